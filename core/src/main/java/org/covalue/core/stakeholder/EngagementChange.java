package org.covalue.core.stakeholder;

/**
 * How the engagement of a stakeholder changes when it moves on the stakeholder map (ITIL 4: Drive
 * Stakeholder Value, §1.2.1): the map is revisited as the journey goes on, and a stakeholder that
 * changes quadrant needs a different level of communication.
 */
public enum EngagementChange {
  /** The stakeholder stays in its quadrant. */
  NONE("keep the current engagement"),
  /** The stakeholder gains a high half of the map: engage more. */
  MORE("step up engagement"),
  /** The stakeholder loses a high half of the map: engagement can be scaled down. */
  LESS("scale engagement down"),
  /**
   * The stakeholder swaps halves, between keep satisfied and keep informed: engage differently,
   * neither more nor less.
   */
  SHIFT("change the kind of engagement");

  private final String advice;

  EngagementChange(String advice) {
    this.advice = advice;
  }

  /**
   * Returns what the change calls for, as a short imperative phrase.
   *
   * @return such as "step up engagement"
   */
  public String advice() {
    return advice;
  }
}
