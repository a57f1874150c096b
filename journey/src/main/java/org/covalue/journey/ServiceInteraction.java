package org.covalue.journey;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * An exchange in which provider and consumer both act, and through which they create value
 * together: the user describes a problem and the agent answers, or both work on a fix (ITIL 4:
 * Drive Stakeholder Value, §1.2.4, §1.2.6, Figure 1.7). Value cannot be co-created without such
 * exchanges, and they occur at every step of the journey. An interaction may take place at a {@link
 * Touchpoint} of the same step.
 *
 * <p>Its parties are its provider and its consumer, and both see it: interactions lie in the band
 * of visibility (§1.2.5). Instances are immutable and thread-safe.
 */
@Value.Immutable
// Builder.from(JourneyElement) copies every attribute but the id, whose type is narrower here
// than in JourneyElement; Builder.from(ServiceInteraction) copies the id too. Decision 40.
@SuppressWarnings("immutables:from")
public abstract non-sealed class ServiceInteraction implements JourneyElement {

  ServiceInteraction() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the interactions of a journey.
   *
   * @return the id
   */
  @Override
  public abstract ServiceInteractionId id();

  @Override
  public abstract String name();

  @Override
  public abstract CustomerJourneyStep step();

  @Override
  public abstract Channel channel();

  /**
   * Returns the party in the provider role.
   *
   * @return its id
   */
  public abstract PartyId provider();

  /**
   * Returns the party in the consumer role.
   *
   * @return its id; never the provider's
   */
  public abstract PartyId consumer();

  /**
   * Returns the touchpoint at which the interaction takes place.
   *
   * @return its id, or empty
   */
  public abstract Optional<TouchpointId> touchpoint();

  @Override
  public abstract Set<ValueStreamActivityId> activities();

  /**
   * Returns what the interaction co-creates, in the modeller's words.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> valueCoCreated();

  /** Returns the provider and the consumer, in that order. */
  @Override
  public Set<PartyId> parties() {
    Set<PartyId> parties = new LinkedHashSet<>();
    parties.add(provider());
    parties.add(consumer());
    return Collections.unmodifiableSet(parties);
  }

  /**
   * Returns a copy at another step.
   *
   * @param step the step
   * @return the copy
   */
  public abstract ServiceInteraction withStep(CustomerJourneyStep step);

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract ServiceInteraction withId(ServiceInteractionId id);

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract ServiceInteraction withName(String name);

  /**
   * Returns a copy with another touchpoint.
   *
   * @param touchpoint the new value
   * @return the copy
   */
  public abstract ServiceInteraction withTouchpoint(TouchpointId touchpoint);

  /**
   * Returns a copy with other value-stream activities.
   *
   * @param activities the new value
   * @return the copy
   */
  public abstract ServiceInteraction withActivities(
      Iterable<? extends ValueStreamActivityId> activities);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkName(name(), "name", "Service interaction name");
    found.checkText(valueCoCreated(), "valueCoCreated", "Value co-created");
    found.check(
        !provider().equals(consumer()),
        "consumer",
        "A service interaction is reciprocal, but " + provider() + " is both provider and consumer",
        consumer());
    found.throwIfAny();
  }

  /**
   * Builds {@link ServiceInteraction}s; id, name, step, channel, provider and consumer are
   * required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableServiceInteraction.Builder {
    Builder() {}
  }
}
