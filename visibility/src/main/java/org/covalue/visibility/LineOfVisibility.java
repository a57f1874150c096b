package org.covalue.visibility;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A party's line of visibility (ITIL 4: Drive Stakeholder Value, §1.2.5): the line beyond which the
 * other parties of its service relationships cannot see. The party draws it by placing its own
 * elements ({@linkplain ElementKind#isPlaceable() value-stream activities, products, resources and
 * environment elements}) in front of the line, where the other side sees them ({@link #shown()}),
 * or behind it, where they are hidden ({@link #hidden()}). Provider and consumer draw their lines
 * alike, whether they are separate companies or departments of one (internal and external alike).
 *
 * <p>A provider may tailor its line to a target consumer group (§1.2.7): a line with a {@link
 * #targetConsumerGroup()}, named as the provider's offerings name their groups, applies to the
 * relationships based on an offering for that group, so that the same product shows more to one
 * group than to another. For an element such a line places, it takes precedence over the party's
 * general line (the line without a group); for any other element the general line applies. An
 * element no line of its owner places stays where its own model puts it: a value-stream activity is
 * visible or hidden as its value stream says; anything else is behind the line. {@code
 * org.covalue.visibility.analysis.BandOfVisibility} applies these rules.
 *
 * <pre>{@code
 * LineOfVisibility general = LineOfVisibility.of(cloud)
 *     .show(ResourceId.of("console"))
 *     .hide(ProductId.of("platform"));
 * LineOfVisibility partners = LineOfVisibility.of(cloud, "Strategic partners")
 *     .show(ProductId.of("platform"));
 * }</pre>
 *
 * <p>An element is placed on one side of a line, not both. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LineOfVisibility {

  LineOfVisibility() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a party's general line, with nothing placed yet.
   *
   * @param party the party whose line it is
   * @return the line
   * @throws InvalidModelException if the party is null
   */
  public static LineOfVisibility of(PartyId party) {
    return builder().party(party).build();
  }

  /**
   * Returns a provider's line tailored to a target consumer group, with nothing placed yet.
   *
   * @param party the provider whose line it is
   * @param targetConsumerGroup the group, as the provider's offerings name it
   * @return the line
   * @throws InvalidModelException if an argument is null or the group is not a readable name
   */
  public static LineOfVisibility of(PartyId party, String targetConsumerGroup) {
    return builder().party(party).targetConsumerGroup(targetConsumerGroup).build();
  }

  /**
   * Returns the party whose line it is: the owner of the elements it places.
   *
   * @return the party's id
   */
  public abstract PartyId party();

  /**
   * Returns the target consumer group the line is tailored to.
   *
   * @return the group, as the party's offerings name it; empty for the party's general line
   */
  public abstract Optional<String> targetConsumerGroup();

  /**
   * Returns the elements placed in front of the line, which the other parties see.
   *
   * @return the elements' ids, in the order given
   */
  public abstract Set<TypedId<?>> shown();

  /**
   * Returns the elements placed behind the line, hidden from the other parties.
   *
   * @return the elements' ids, in the order given
   */
  public abstract Set<TypedId<?>> hidden();

  /**
   * Tells whether the line is tailored to a target consumer group.
   *
   * @return true if it has a {@link #targetConsumerGroup()}
   */
  public boolean isTailored() {
    return targetConsumerGroup().isPresent();
  }

  /**
   * Tells whether the line places an element in front of it.
   *
   * @param element the element's id
   * @return true if the element is among {@link #shown()}
   * @throws NullPointerException if the element is null
   */
  public boolean isShown(TypedId<?> element) {
    return shown().contains(Objects.requireNonNull(element, "element"));
  }

  /**
   * Tells whether the line places an element behind it.
   *
   * @param element the element's id
   * @return true if the element is among {@link #hidden()}
   * @throws NullPointerException if the element is null
   */
  public boolean isHidden(TypedId<?> element) {
    return hidden().contains(Objects.requireNonNull(element, "element"));
  }

  /**
   * Returns a copy that places an element in front of the line, moving it there if it was behind:
   * the line moves outward.
   *
   * @param element the element's id: a value-stream activity, product, resource or environment
   *     element
   * @return the copy
   * @throws InvalidModelException if the element is null or not of a kind a line places
   */
  public LineOfVisibility show(TypedId<?> element) {
    TypedId<?> checked = requireElement(element, "shown");
    Set<TypedId<?>> hidden = new LinkedHashSet<>(hidden());
    hidden.remove(checked);
    return builder().from(this).hidden(hidden).addShown(checked).build();
  }

  /**
   * Returns a copy that places an element behind the line, moving it there if it was in front: the
   * line moves inward.
   *
   * @param element the element's id: a value-stream activity, product, resource or environment
   *     element
   * @return the copy
   * @throws InvalidModelException if the element is null or not of a kind a line places
   */
  public LineOfVisibility hide(TypedId<?> element) {
    TypedId<?> checked = requireElement(element, "hidden");
    Set<TypedId<?>> shown = new LinkedHashSet<>(shown());
    shown.remove(checked);
    return builder().from(this).shown(shown).addHidden(checked).build();
  }

  private static TypedId<?> requireElement(TypedId<?> element, String path) {
    if (element == null) {
      throw InvalidModelException.of(
          path, "An element placed on a line of visibility must not be null", null);
    }
    return element;
  }

  /**
   * Returns a copy of another party.
   *
   * @param party the new value
   * @return the copy
   */
  public abstract LineOfVisibility withParty(PartyId party);

  /**
   * Returns a copy tailored to another target consumer group.
   *
   * @param targetConsumerGroup the new value
   * @return the copy
   */
  public abstract LineOfVisibility withTargetConsumerGroup(String targetConsumerGroup);

  /**
   * Returns a copy with other elements in front of the line.
   *
   * @param shown the new value
   * @return the copy
   */
  public abstract LineOfVisibility withShown(Iterable<? extends TypedId<?>> shown);

  /**
   * Returns a copy with other elements behind the line.
   *
   * @param hidden the new value
   * @return the copy
   */
  public abstract LineOfVisibility withHidden(Iterable<? extends TypedId<?>> hidden);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkName(targetConsumerGroup(), "targetConsumerGroup", "Target consumer group");
    checkPlaceable(found, "shown", shown());
    checkPlaceable(found, "hidden", hidden());
    for (TypedId<?> element : shown()) {
      found.check(
          !hidden().contains(element),
          "hidden",
          "The line of visibility of "
              + party()
              + " places "
              + element.describe()
              + " both in front of it and behind it",
          element);
    }
    found.throwIfAny();
  }

  private void checkPlaceable(Violations found, String path, Set<TypedId<?>> elements) {
    for (TypedId<?> element : elements) {
      found.check(
          ElementKind.of(element).map(ElementKind::isPlaceable).orElse(false),
          path,
          "A line of visibility places value-stream activities, products, resources and"
              + " environment elements, but the line of "
              + party()
              + " places "
              + element.describe(),
          element);
    }
  }

  /**
   * Builds {@link LineOfVisibility} values; the party is required.
   *
   * <p>Set each attribute with the method of its name, such as {@code party(..)}; an optional
   * attribute may be left unset. Add to a set with {@code addShown(..)}, {@code addHidden(..)} or
   * their {@code addAll} forms, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value. {@code build()} checks the value and
   * returns it, or throws an {@link InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableLineOfVisibility.Builder {
    Builder() {}
  }
}
