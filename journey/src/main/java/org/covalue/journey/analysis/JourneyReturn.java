package org.covalue.journey.analysis;

import java.util.OptionalInt;
import org.covalue.journey.observed.JourneyEvent;
import org.immutables.value.Value;

/**
 * A move back in an observed journey (ITIL 4: Drive Stakeholder Value, §1.2.4): to a step that
 * comes earlier than the one before it, or to a touchpoint visited before with other touchpoints in
 * between. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyReturn {

  /** What the consumer went back to. */
  public enum Kind {
    /** A step that comes before the previous event's step. */
    EARLIER_STEP,
    /** A touchpoint already visited, left for another one in between. */
    EARLIER_TOUCHPOINT
  }

  JourneyReturn() {}

  static JourneyReturn of(
      Kind kind, int eventIndex, OptionalInt earlierIndex, JourneyEvent from, JourneyEvent to) {
    return ImmutableJourneyReturn.of(kind, eventIndex, earlierIndex, from, to);
  }

  /**
   * Returns what the consumer went back to.
   *
   * @return an earlier step or an earlier touchpoint
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the index of the event that goes back.
   *
   * @return an index into the observed events, at least 1
   */
  @Value.Parameter
  public abstract int eventIndex();

  /**
   * Returns the index of the earlier event gone back to: for a touchpoint, its latest earlier
   * visit; for a step, the latest earlier event at that step.
   *
   * @return an index smaller than {@link #eventIndex()}; empty for a return to a step that was not
   *     observed before (the consumer reached an earlier step for the first time)
   */
  @Value.Parameter
  public abstract OptionalInt earlierIndex();

  /**
   * Returns the event just before the return.
   *
   * @return the event at {@code eventIndex - 1}
   */
  @Value.Parameter
  // The name is API; the generated builder, which covalue never uses (returns are built with
  // of(..)), loses its copy method from(..) to it. Decision 40.
  @SuppressWarnings("immutables:from")
  public abstract JourneyEvent from();

  /**
   * Returns the event that goes back.
   *
   * @return the event at {@link #eventIndex()}
   */
  @Value.Parameter
  public abstract JourneyEvent to();
}
