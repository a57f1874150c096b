package org.covalue.value.risk;

/**
 * Where the uncertainty of a {@link Risk} comes from (ITIL 4: Drive Stakeholder Value, §1.2.6). The
 * chapter gives two reasons why service outcomes are uncertain; covalue names them so that a model
 * can say which one a risk stands for.
 */
public enum RiskSource {
  /**
   * Services are provided and consumed at the same time, so an unexpected event can disturb
   * consumption without warning.
   */
  UNEXPECTED_EVENT,
  /**
   * Outcomes often come long after the needs were identified, and the needs or the conditions may
   * have changed since the relationship started.
   */
  CHANGED_NEEDS
}
