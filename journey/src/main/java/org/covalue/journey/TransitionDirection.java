package org.covalue.journey;

/**
 * Which way the transition of the onboard step goes (ITIL 4: Drive Stakeholder Value, §1.1, Table
 * 1.1): the step covers both joining the parties' resources when a relationship begins and
 * separating them when it ends.
 */
public enum TransitionDirection {
  /** The relationship begins: the parties' resources are joined. */
  ONBOARD,
  /** The relationship ends: the parties' resources are separated. */
  OFFBOARD
}
