package org.covalue.core.stakeholder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.core.internal.ScoreColumns;
import org.immutables.value.Value;

/**
 * A snapshot of the stakeholders of a journey with their influence and interest, as of a date or a
 * stage of the journey (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1). Stakeholders and
 * their positions change as the journey goes on, so a map is revised rather than kept: compare two
 * snapshots with {@code org.covalue.core.analysis.StakeholderMapRevision}. To place a map at one of
 * the seven journey steps, see covalue-journey.
 *
 * <p>A map holds each stakeholder once (by id), in the order given, and may say where the
 * provider's plan wants some of them to be ({@link #targets()}). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMap {

  static {
    ScoreColumns.connectStakeholderMap(map -> ((StakeholderMap) map).scoreColumns());
  }

  StakeholderMap() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date the snapshot describes.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns a label for the stage the snapshot describes, such as "after agreement".
   *
   * @return a label that is not blank, or empty
   */
  public abstract Optional<String> label();

  /**
   * Returns the stakeholders, each once.
   *
   * @return the stakeholders, in the order given
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * Returns where the provider's plan wants stakeholders of the map to be: at most one target per
   * stakeholder, each for a stakeholder on the map (§1.2.1: a provider may try to cultivate a
   * stakeholder's influence or interest).
   *
   * @return the targets, in the order given; may be empty
   */
  public abstract List<CultivationTarget> targets();

  /**
   * Returns the cultivation target of a stakeholder.
   *
   * @param id the stakeholder's id
   * @return its target, or empty if the map has none for it
   * @throws NullPointerException if the id is null
   */
  public Optional<CultivationTarget> target(StakeholderId id) {
    Objects.requireNonNull(id, "id");
    for (CultivationTarget target : targets()) {
      if (target.stakeholder().equals(id)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy as of another date.
   *
   * @param asOf the date
   * @return the copy
   */
  public abstract StakeholderMap withAsOf(LocalDate asOf);

  /**
   * Returns a copy with another label.
   *
   * @param label the label
   * @return the copy
   * @throws org.covalue.core.InvalidModelException if the label is blank
   */
  public abstract StakeholderMap withLabel(String label);

  /**
   * Returns a copy with other stakeholders.
   *
   * @param stakeholders the stakeholders, each once
   * @return the copy
   * @throws org.covalue.core.InvalidModelException if a stakeholder id appears twice
   */
  public abstract StakeholderMap withStakeholders(Iterable<? extends Stakeholder> stakeholders);

  /**
   * Returns a copy with other cultivation targets.
   *
   * @param targets the targets, at most one per stakeholder, each for a stakeholder on the map
   * @return the copy
   * @throws org.covalue.core.InvalidModelException if a target names a stakeholder twice or one
   *     that is not on the map
   */
  public abstract StakeholderMap withTargets(Iterable<? extends CultivationTarget> targets);

  /**
   * Returns the stakeholder with an id.
   *
   * @param id the id
   * @return the stakeholder, or empty if the map does not hold it
   * @throws NullPointerException if the id is null
   */
  public Optional<Stakeholder> stakeholder(StakeholderId id) {
    return Optional.ofNullable(byId().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a copy in which a stakeholder replaces the one with the same id, or is added at the end
   * if there is none: the way to record that a stakeholder's position changed.
   *
   * @param stakeholder the stakeholder to put on the map
   * @return the copy
   * @throws org.covalue.core.InvalidModelException if the stakeholder is null
   */
  public StakeholderMap withStakeholder(Stakeholder stakeholder) {
    Violations.requireNonNull(stakeholder, "stakeholder");
    List<Stakeholder> revised = new ArrayList<>(stakeholders().size() + 1);
    boolean replaced = false;
    for (Stakeholder existing : stakeholders()) {
      if (existing.id().equals(stakeholder.id())) {
        revised.add(stakeholder);
        replaced = true;
      } else {
        revised.add(existing);
      }
    }
    if (!replaced) {
      revised.add(stakeholder);
    }
    return withStakeholders(revised);
  }

  /**
   * Returns a copy without the stakeholder with an id, and without its cultivation target.
   *
   * @param id the id
   * @return the copy; equal to this map if it does not hold the id
   * @throws org.covalue.core.InvalidModelException if the id is null
   */
  public StakeholderMap withoutStakeholder(StakeholderId id) {
    Violations.requireNonNull(id, "id");
    List<Stakeholder> revised = new ArrayList<>(stakeholders());
    revised.removeIf(existing -> existing.id().equals(id));
    List<CultivationTarget> targets = new ArrayList<>(targets());
    targets.removeIf(target -> target.stakeholder().equals(id));
    return builder().from(this).stakeholders(revised).targets(targets).build();
  }

  @Value.Lazy
  Map<StakeholderId, Stakeholder> byId() {
    Map<StakeholderId, Stakeholder> index = new HashMap<>();
    for (Stakeholder stakeholder : stakeholders()) {
      index.put(stakeholder.id(), stakeholder);
    }
    return index;
  }

  /**
   * The stakeholders' influence and interest scores as two columns, read once as the map is built,
   * so that a classification reads arrays rather than objects (16 bytes per stakeholder).
   */
  @Value.Derived
  @Value.Auxiliary
  ScoreColumns scoreColumns() {
    return ScoreColumns.of(stakeholders(), s -> s.influence().score(), s -> s.interest().score());
  }

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkName(label(), "label", "Map label");
    found.checkUnique("stakeholders", stakeholders(), Stakeholder::id, "Stakeholder id");
    found.checkUnique(
        "targets",
        targets(),
        CultivationTarget::stakeholder,
        "stakeholder",
        "The cultivation target of stakeholder");
    List<CultivationTarget> targets = targets();
    for (int i = 0; i < targets.size(); i++) {
      StakeholderId stakeholder = targets.get(i).stakeholder();
      found.check(
          byId().containsKey(stakeholder),
          "targets[" + i + "].stakeholder",
          "A cultivation target is for a stakeholder on the map, but "
              + stakeholder
              + " is not on it",
          stakeholder);
    }
    found.throwIfAny();
  }

  /**
   * Builds {@link StakeholderMap}s; every attribute is optional.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStakeholderMap.Builder {
    Builder() {}
  }
}
