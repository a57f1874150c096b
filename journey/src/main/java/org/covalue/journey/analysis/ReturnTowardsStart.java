package org.covalue.journey.analysis;

import java.util.List;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.JourneyEvent;
import org.immutables.value.Value;

/**
 * An observed journey that starts part-way along the designed path and then moves back towards the
 * designed start (ITIL 4: Drive Stakeholder Value, §1.2.4): after entering at a designed touchpoint
 * later than the first, the consumer reaches designed touchpoints that come before the entry. Such
 * a journey is not out of order: it is a late entry that then catches up with what it passed by.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReturnTowardsStart {

  ReturnTowardsStart() {}

  static ReturnTowardsStart of(
      JourneyEvent entry,
      int entryPosition,
      int eventIndex,
      List<TouchpointId> touchpoints,
      int earliestPosition) {
    return ImmutableReturnTowardsStart.of(
        entry, entryPosition, eventIndex, touchpoints, earliestPosition);
  }

  /**
   * Returns the first observed event: the entry part-way.
   *
   * @return the entry event
   */
  @Value.Parameter
  public abstract JourneyEvent entry();

  /**
   * Returns where the entry touchpoint is in the design.
   *
   * @return its index in the designed touchpoints, at least 1
   */
  @Value.Parameter
  public abstract int entryPosition();

  /**
   * Returns the index of the first event that reaches a designed touchpoint before the entry.
   *
   * @return an index into the observed events, at least 1
   */
  @Value.Parameter
  public abstract int eventIndex();

  /**
   * Returns the designed touchpoints before the entry that the consumer reached afterwards.
   *
   * @return their ids, at least one, in the order first reached
   */
  @Value.Parameter
  public abstract List<TouchpointId> touchpoints();

  /**
   * Returns the earliest designed position the consumer moved back to.
   *
   * @return an index into the designed touchpoints, smaller than {@link #entryPosition()}
   */
  @Value.Parameter
  public abstract int earliestPosition();
}
