package org.covalue.testkit.internal;

import java.util.List;
import java.util.Set;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.ObservedJourney;

/**
 * An observed journey drawn from a designed one, with what was done to it; the public {@code
 * ObservedCase} is made from it.
 *
 * @param designed the designed journey
 * @param observed the observed journey
 * @param applied the deviations applied
 * @param entryPosition the designed position of the first touchpoint reached
 * @param leftOut the designed touchpoints never reached, in the designed order
 * @param extras the touchpoints reached that the design lacks, in the order reached
 * @param swappedLater the touchpoints a swap made come after their successor, in the order reached
 * @param returnIndices the indices of the events that go back to a touchpoint reached before
 */
public record ObservedCaseParts(
    CustomerJourney designed,
    ObservedJourney observed,
    Set<Deviation> applied,
    int entryPosition,
    List<TouchpointId> leftOut,
    List<TouchpointId> extras,
    List<TouchpointId> swappedLater,
    List<Integer> returnIndices) {

  /**
   * Copies the collections.
   *
   * @param designed the designed journey
   * @param observed the observed journey
   * @param applied the deviations applied
   * @param entryPosition the designed position of the first touchpoint reached
   * @param leftOut the designed touchpoints never reached
   * @param extras the touchpoints the design lacks
   * @param swappedLater the touchpoints a swap moved after their successor
   * @param returnIndices the indices of the events that go back
   */
  public ObservedCaseParts {
    applied = Set.copyOf(applied);
    leftOut = List.copyOf(leftOut);
    extras = List.copyOf(extras);
    swappedLater = List.copyOf(swappedLater);
    returnIndices = List.copyOf(returnIndices);
  }
}
