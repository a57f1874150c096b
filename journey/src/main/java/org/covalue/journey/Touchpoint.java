package org.covalue.journey;

import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A moment when a consumer, or someone who may become one, comes into contact with a provider or
 * with something of the provider's: a product, a resource, a message (ITIL 4: Drive Stakeholder
 * Value, §1.2.4). A touchpoint may be one-way, such as seeing an advertisement; a reciprocal
 * encounter that co-creates value is a {@link ServiceInteraction}.
 *
 * <p>A touchpoint belongs to one journey step and happens through a channel. It lies in the band of
 * visibility (§1.2.5): the parties it involves see it happen. What a party cannot see is behind its
 * line of visibility: the activities of the other party's value streams, parts of its products and
 * resources, not the encounter itself. Only a touchpoint of the onboard step may say whether it
 * onboards or offboards. Instances are immutable and thread-safe.
 */
@Value.Immutable
// Builder.from(JourneyElement) copies every attribute but the id, whose type is narrower here
// than in JourneyElement; Builder.from(Touchpoint) copies the id too. Decision 40.
@SuppressWarnings("immutables:from")
public abstract non-sealed class Touchpoint implements JourneyElement {

  Touchpoint() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the touchpoints of a journey.
   *
   * @return the id
   */
  @Override
  public abstract TouchpointId id();

  @Override
  public abstract String name();

  @Override
  public abstract CustomerJourneyStep step();

  @Override
  public abstract Channel channel();

  @Override
  public abstract Set<PartyId> parties();

  @Override
  public abstract Set<ValueStreamActivityId> activities();

  /**
   * Returns whether an onboard touchpoint joins or separates resources.
   *
   * @return the direction, or empty; present only at the onboard step
   */
  public abstract Optional<TransitionDirection> transition();

  /**
   * Returns a description of the encounter.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy at another step.
   *
   * @param step the step
   * @return the copy
   */
  public abstract Touchpoint withStep(CustomerJourneyStep step);

  /**
   * Returns a copy with another id.
   *
   * @param id the id
   * @return the copy
   */
  public abstract Touchpoint withId(TouchpointId id);

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Touchpoint withName(String name);

  /**
   * Returns a copy with another channel.
   *
   * @param channel the new value
   * @return the copy
   */
  public abstract Touchpoint withChannel(Channel channel);

  /**
   * Returns a copy with other parties.
   *
   * @param parties the new value
   * @return the copy
   */
  public abstract Touchpoint withParties(Iterable<? extends PartyId> parties);

  /**
   * Returns a copy with other value-stream activities.
   *
   * @param activities the new value
   * @return the copy
   */
  public abstract Touchpoint withActivities(Iterable<? extends ValueStreamActivityId> activities);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkName(name(), "name", "Touchpoint name");
    found.checkText(description(), "description", "Touchpoint description");
    found.check(
        !parties().isEmpty(),
        "parties",
        "Touchpoint " + id() + " must involve at least one party",
        null);
    found.check(
        transition().isEmpty() || step() == CustomerJourneyStep.ONBOARD,
        "transition",
        "Only a touchpoint of the onboard step has a transition direction, but "
            + id()
            + " is at "
            + step(),
        transition().orElse(null));
    found.throwIfAny();
  }

  /**
   * Builds {@link Touchpoint}s; id, name, step, channel and one party are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableTouchpoint.Builder {
    Builder() {}
  }
}
