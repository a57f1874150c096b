package org.covalue.value;

/**
 * The three aspects of service value (ITIL 4: Drive Stakeholder Value, §1.2.6, Figure 1.8): the
 * outcomes a stakeholder perceives, weighed against the costs and the risks it takes on. A service
 * is valuable to a stakeholder when the outcomes outweigh the costs and risks (Figure 1.9).
 */
public enum ValueAspect {
  /** The results the stakeholder gets from the service. */
  OUTCOMES,
  /** The money, time and resources the stakeholder puts in. */
  COSTS,
  /** The uncertainty the stakeholder carries, and its distance to compliance. */
  RISKS;

  /**
   * Returns the row of the step tables that serves this aspect (covalue's reading).
   *
   * @return the dimension
   */
  public ValueDimension dimension() {
    return switch (this) {
      case OUTCOMES -> ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE;
      case RISKS -> ValueDimension.OPTIMIZE_RISK_AND_COMPLIANCE;
      case COSTS -> ValueDimension.OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS;
    };
  }
}
