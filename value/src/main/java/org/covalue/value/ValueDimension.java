package org.covalue.value;

/**
 * The three rows of the tables with which ITIL 4: Drive Stakeholder Value describes what each
 * journey step does for value, for the consumer and for the provider (§1.2.6; Tables 2.1 and 3.1
 * show the form): facilitating outcomes and experience, optimizing risk and compliance, and
 * optimizing resources and minimizing costs. Each row serves one of the three {@linkplain
 * ValueAspect aspects of value}; that mapping is covalue's reading.
 */
public enum ValueDimension {
  /** Helping the stakeholder reach the outcomes it wants and have a good experience. */
  FACILITATE_OUTCOME_AND_EXPERIENCE("Facilitate outcome and experience"),
  /** Keeping risks where the stakeholder wants them and meeting the rules it must comply with. */
  OPTIMIZE_RISK_AND_COMPLIANCE("Optimize risk and compliance"),
  /** Using resources well and keeping the stakeholder's costs down. */
  OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS("Optimize resources and minimize costs");

  private final String title;

  ValueDimension(String title) {
    this.title = title;
  }

  /**
   * Returns the row's title, in covalue's words.
   *
   * @return such as "Optimize risk and compliance"
   */
  public String title() {
    return title;
  }

  /**
   * Returns the aspect of value the row serves (covalue's reading): outcomes, risks or costs.
   *
   * @return the aspect
   */
  public ValueAspect aspect() {
    return switch (this) {
      case FACILITATE_OUTCOME_AND_EXPERIENCE -> ValueAspect.OUTCOMES;
      case OPTIMIZE_RISK_AND_COMPLIANCE -> ValueAspect.RISKS;
      case OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS -> ValueAspect.COSTS;
    };
  }
}
