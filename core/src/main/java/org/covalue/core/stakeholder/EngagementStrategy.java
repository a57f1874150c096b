package org.covalue.core.stakeholder;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;

/**
 * How to engage a stakeholder, by the quadrant of the stakeholder map it sits in (ITIL 4: Drive
 * Stakeholder Value, §1.2.1, Figure 1.1). The map crosses influence with interest; each quadrant
 * calls for its own level of communication.
 *
 * <p>The quadrants are ordered by how much engagement they call for, but only partly: {@link
 * #MONITOR} calls for the least and {@link #MANAGE_CLOSELY} for the most, while {@link
 * #KEEP_SATISFIED} and {@link #KEEP_INFORMED} call for different engagement, neither more than the
 * other. {@link #changeTo(EngagementStrategy)} compares two quadrants that way.
 */
public enum EngagementStrategy {
  /** High influence, high interest: involve the stakeholder closely and often. */
  MANAGE_CLOSELY(
      true,
      true,
      "Involve closely: consult often, engage in decisions and keep the relationship active.",
      Confidence.CORROBORATED),
  /** High influence, low interest: meet the stakeholder's needs without overloading it. */
  KEEP_SATISFIED(
      true,
      false,
      "Keep satisfied: meet its needs and expectations without burdening it with detail.",
      Confidence.CORROBORATED),
  /** Low influence, high interest: keep the stakeholder informed of progress. */
  KEEP_INFORMED(
      false,
      true,
      "Keep informed: share progress and listen, as it cares about the outcome.",
      Confidence.CORROBORATED),
  /**
   * Low influence, low interest: watch for changes with little effort. The chapter's text names the
   * other three quadrants only; this name comes from one secondary source.
   */
  MONITOR(
      false,
      false,
      "Monitor: watch for changes in its position with minimal effort.",
      Confidence.SINGLE_SOURCE);

  private static final ItilReference REFERENCE = ItilReference.section("1.2.1").figure("1.1");

  private final boolean highInfluence;
  private final boolean highInterest;
  private final String description;
  private final Confidence confidence;

  EngagementStrategy(
      boolean highInfluence, boolean highInterest, String description, Confidence confidence) {
    this.highInfluence = highInfluence;
    this.highInterest = highInterest;
    this.description = description;
    this.confidence = confidence;
  }

  /**
   * Returns the strategy of the quadrant with the given halves of the map.
   *
   * @param highInfluence whether influence is in the high half
   * @param highInterest whether interest is in the high half
   * @return the quadrant's strategy
   */
  public static EngagementStrategy of(boolean highInfluence, boolean highInterest) {
    if (highInfluence) {
      return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
    }
    return highInterest ? KEEP_INFORMED : MONITOR;
  }

  /**
   * Tells whether the quadrant is in the high-influence half of the map.
   *
   * @return true for manage closely and keep satisfied
   */
  public boolean highInfluence() {
    return highInfluence;
  }

  /**
   * Tells whether the quadrant is in the high-interest half of the map.
   *
   * @return true for manage closely and keep informed
   */
  public boolean highInterest() {
    return highInterest;
  }

  /**
   * Returns what the strategy asks of the provider, in covalue's words.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * Returns how sure covalue is of the quadrant's name.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns where the stakeholder map is described.
   *
   * @return §1.2.1, Figure 1.1
   */
  public ItilReference reference() {
    return REFERENCE;
  }

  /**
   * Tells how engagement changes when a stakeholder moves from this quadrant to another.
   *
   * @param target the quadrant the stakeholder moves to
   * @return more engagement when the target adds a high half, less when it drops one, a shift
   *     between keep satisfied and keep informed, or none for the same quadrant
   */
  public EngagementChange changeTo(EngagementStrategy target) {
    if (target == this) {
      return EngagementChange.NONE;
    }
    boolean gains =
        (target.highInfluence || !highInfluence) && (target.highInterest || !highInterest);
    if (gains) {
      return EngagementChange.MORE;
    }
    boolean loses =
        (!target.highInfluence || highInfluence) && (!target.highInterest || highInterest);
    return loses ? EngagementChange.LESS : EngagementChange.SHIFT;
  }
}
