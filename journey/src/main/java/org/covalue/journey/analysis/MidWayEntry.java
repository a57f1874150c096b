package org.covalue.journey.analysis;

import java.util.List;
import java.util.OptionalInt;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.JourneyEvent;
import org.immutables.value.Value;

/**
 * An observed journey that starts part-way along the designed path (ITIL 4: Drive Stakeholder
 * Value, §1.2.4): its first touchpoint comes later in the design than the designed first one, or,
 * for a touchpoint the design lacks, its first step comes after the designed start step. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MidWayEntry {

  MidWayEntry() {}

  static MidWayEntry of(
      JourneyEvent entry,
      TouchpointId designedStart,
      CustomerJourneyStep designedStartStep,
      OptionalInt entryPosition,
      List<TouchpointId> passedBy) {
    return ImmutableMidWayEntry.of(
        entry, designedStart, designedStartStep, entryPosition, passedBy);
  }

  /**
   * Returns the first observed event.
   *
   * @return the entry event
   */
  @Value.Parameter
  public abstract JourneyEvent entry();

  /**
   * Returns the first touchpoint of the design.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract TouchpointId designedStart();

  /**
   * Returns the step of the first touchpoint of the design.
   *
   * @return the designed start step
   */
  @Value.Parameter
  public abstract CustomerJourneyStep designedStartStep();

  /**
   * Returns where the entry touchpoint is in the design.
   *
   * @return its index in the designed touchpoints, or empty if the design lacks it
   */
  @Value.Parameter
  public abstract OptionalInt entryPosition();

  /**
   * Returns the designed touchpoints before the entry.
   *
   * @return their ids, in the designed order; empty if the design lacks the entry touchpoint
   */
  @Value.Parameter
  public abstract List<TouchpointId> passedBy();
}
