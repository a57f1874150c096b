package org.covalue.core.relationship;

/**
 * How wide the band of visibility of a relationship is, as an ordered scale: the activities and
 * resources both parties can see (ITIL 4: Drive Stakeholder Value, §1.2.5). A commodity service has
 * a narrow band; a long-term partnership needs a wide one.
 */
public enum BandWidth {
  /** The parties see little of each other: a commodity bought as is. */
  NARROW,
  /** The parties see part of each other's activities. */
  MODERATE,
  /** The parties see deeply into each other's activities, to optimise co-creation. */
  WIDE;

  /**
   * Tells whether this width is at least another one.
   *
   * @param other the width to compare with
   * @return true if this band is as wide as the other or wider
   */
  public boolean isAtLeast(BandWidth other) {
    return compareTo(other) >= 0;
  }
}
