package org.covalue.journey.observed;

import java.time.Instant;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.immutables.value.Value;

/**
 * One thing a consumer was observed to do: reach a touchpoint, at a step of the journey, at a time.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyEvent {

  JourneyEvent() {}

  /**
   * Returns an event.
   *
   * @param touchpoint the touchpoint reached
   * @param step the journey step it was reached at
   * @param at when
   * @return the event
   */
  public static JourneyEvent of(TouchpointId touchpoint, CustomerJourneyStep step, Instant at) {
    return ImmutableJourneyEvent.of(touchpoint, step, at);
  }

  /**
   * Returns the touchpoint reached.
   *
   * @return its id; it may be one the designed journey does not have
   */
  @Value.Parameter
  public abstract TouchpointId touchpoint();

  /**
   * Returns the step the touchpoint was reached at.
   *
   * @return the step
   */
  @Value.Parameter
  public abstract CustomerJourneyStep step();

  /**
   * Returns when the touchpoint was reached.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant at();
}
