package org.covalue.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.testkit.internal.CaseDraft;

/**
 * An observed journey drawn from a designed one by {@link ObservedJourneys}, with a record of what
 * was done to it, so that a property can state what an analysis must find (ITIL 4: Drive
 * Stakeholder Value, §1.2.4). Instances are immutable and thread-safe.
 */
public final class ObservedCase {

  private final CustomerJourney designed;
  private final Set<JourneyDeviation> deviations;
  private final CaseDraft.DrawnCase drawn;

  ObservedCase(
      CustomerJourney designed, Set<JourneyDeviation> deviations, CaseDraft.DrawnCase drawn) {
    this.designed = designed;
    this.deviations =
        deviations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(deviations));
    this.drawn = drawn;
  }

  /**
   * Returns the designed journey the case was drawn from.
   *
   * @return the design
   */
  public CustomerJourney designed() {
    return designed;
  }

  /**
   * Returns the observed journey.
   *
   * @return what the consumer did
   */
  public ObservedJourney observed() {
    return drawn.observed();
  }

  /**
   * Returns the deviations applied: those asked for that the design allowed.
   *
   * @return an unmodifiable set; empty for a case that follows the design exactly
   */
  public Set<JourneyDeviation> deviations() {
    return deviations;
  }

  /**
   * Returns where the first touchpoint reached is in the design.
   *
   * @return its index in the designed touchpoints: 0 unless the case enters mid-way
   */
  public int entryPosition() {
    return drawn.entryPosition();
  }

  /**
   * Returns the designed touchpoints the case never reaches, by skips or by a mid-way entry.
   *
   * @return their ids, in the designed order
   */
  public List<TouchpointId> leftOut() {
    return drawn.leftOut();
  }

  /**
   * Returns the touchpoints the case reaches that the design lacks.
   *
   * @return their ids, in the order reached
   */
  public List<TouchpointId> extras() {
    return drawn.extras();
  }

  /**
   * Returns the touchpoints a swap made come right after the touchpoint that followed them on the
   * path. When the path keeps the designed order apart from the swaps (no mid-way entry), these are
   * exactly the touchpoints a minimal account of the reordering reports.
   *
   * @return their ids, in the order reached
   */
  public List<TouchpointId> swappedLater() {
    return drawn.swappedLater();
  }

  /**
   * Returns the indices of the events that go back to a touchpoint reached before, with another
   * touchpoint in between: the loops inserted, forth moves included. No other event of the case
   * revisits a touchpoint, except right after itself (a repeat).
   *
   * @return indices into the observed events, increasing
   */
  public List<Integer> returnIndices() {
    return drawn.returnIndices();
  }

  /** Returns the deviations, the case and its design, for test reports. */
  @Override
  public String toString() {
    return "case with "
        + deviations
        + " (entry at "
        + entryPosition()
        + ", left out "
        + leftOut()
        + ", extras "
        + extras()
        + ", swapped "
        + swappedLater()
        + ", returns at "
        + returnIndices()
        + "): "
        + observed().events()
        + " of design "
        + designed.touchpoints();
  }
}
