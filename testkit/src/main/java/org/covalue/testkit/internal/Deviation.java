package org.covalue.testkit.internal;

/**
 * The ways the internal generators make an observed journey depart from its design; the public
 * {@code JourneyDeviation} has one constant of the same name for each.
 */
public enum Deviation {
  /** A touchpoint is reached several times in a row. */
  REPEATS,
  /** The consumer goes back to a touchpoint reached before, and sometimes forth again. */
  LOOPS,
  /** The journey starts at a later designed touchpoint than the first. */
  MID_WAY_ENTRY,
  /** Designed touchpoints after the first one reached are left out. */
  SKIPS,
  /** Touchpoints the design lacks are reached, never first. */
  EXTRA_TOUCHPOINTS,
  /**
   * Two touchpoints next to each other on the path, never the first one, are reached in swapped
   * order.
   */
  SWAPS
}
