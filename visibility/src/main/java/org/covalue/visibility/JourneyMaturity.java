package org.covalue.visibility;

import org.covalue.core.ItilReference;

/**
 * How complete and settled the customer journey of a relationship is: one of the three things the
 * width of the band of visibility depends on (ITIL 4: Drive Stakeholder Value, §1.2.5; the
 * translation this factor comes from is uncertain, so the scale and its effect are covalue's
 * reading). A journey that is still emerging may do with a narrower band than the relationship will
 * call for once it is established; a mature journey may carry a wider one.
 */
public enum JourneyMaturity {
  /** The journey is new or still being designed: the band may be one step narrower. */
  EMERGING("The journey is new or still being designed"),
  /** The journey is established: the band is judged by the relationship and the service alone. */
  ESTABLISHED("The journey is established"),
  /** The journey is mature and well understood by both parties: the band may be one step wider. */
  MATURE("The journey is mature and well understood by both parties");

  private static final ItilReference REFERENCE = ItilReference.section("1.2.5");

  private final String description;

  JourneyMaturity(String description) {
    this.description = description;
  }

  /**
   * Returns what the level means, in covalue's words.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * Returns where the chapter names journey maturity as a factor of the band's width.
   *
   * @return §1.2.5
   */
  public ItilReference reference() {
    return REFERENCE;
  }
}
