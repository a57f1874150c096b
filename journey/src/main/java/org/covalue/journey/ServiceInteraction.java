package org.covalue.journey;

import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * An exchange in which provider and consumer both act, and through which they create value
 * together: the user describes a problem and the agent answers, or both work on a fix (ITIL 4:
 * Drive Stakeholder Value, §1.2.4, §1.2.6, Figure 1.7). Value cannot be co-created without such
 * exchanges, and they occur at every step of the journey. An interaction may take place at a
 * {@link Touchpoint} of the same step.
 *
 * <p>Its parties are its provider and its consumer; it records which of them cannot see it
 * ({@link #hiddenFrom()}). Instances are immutable and thread-safe.
 */
@Value.Immutable
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
  public abstract Set<PartyId> hiddenFrom();

  @Override
  public abstract Set<ValueStreamActivityId> activities();

  /**
   * Returns what the interaction co-creates, in the modeller's words.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> valueCoCreated();

  /** Returns the provider and the consumer. */
  @Override
  public Set<PartyId> parties() {
    return Set.of(provider(), consumer());
  }

  /** Returns the id's text. */
  @Override
  public String elementId() {
    return id().value();
  }

  /**
   * Returns a copy at another step.
   *
   * @param step the step
   * @return the copy
   */
  public abstract ServiceInteraction withStep(CustomerJourneyStep step);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.check(!name().isBlank(), "name", "Service interaction name must not be blank", name());
    found.checkNotBlank(valueCoCreated(), "valueCoCreated", "Value co-created");
    found.check(
        !provider().equals(consumer()),
        "consumer",
        "A service interaction is reciprocal, but " + provider() + " is both provider and consumer",
        consumer());
    for (PartyId hidden : hiddenFrom()) {
      found.check(
          hidden.equals(provider()) || hidden.equals(consumer()),
          "hiddenFrom",
          "Service interaction " + id() + " is hidden from " + hidden + ", which is neither its provider nor its consumer",
          hidden);
    }
    found.throwIfAny();
  }

  /**
   * Builds {@link ServiceInteraction}s; id, name, step, channel, provider and consumer are
   * required.
   */
  public static final class Builder extends ImmutableServiceInteraction.Builder {
    Builder() {}
  }
}
