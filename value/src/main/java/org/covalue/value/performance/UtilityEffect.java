package org.covalue.value.performance;

/**
 * The two ways a service can have utility for its consumer (ITIL 4: Drive Stakeholder Value,
 * §1.2.6): by supporting what the consumer does, or by taking a constraint away from it. Many
 * services do both.
 */
public enum UtilityEffect {
  /** The service helps the consumer perform: do more, better or faster. */
  SUPPORTS_PERFORMANCE,
  /** The service lifts a limit the consumer had: a place, a time, a skill, a cost. */
  REMOVES_CONSTRAINT
}
