package org.covalue.core.relationship;

/**
 * The levels of an organization at which a service relationship is conducted (ITIL 4: Drive
 * Stakeholder Value, Table 1.2, as corroborated by secondary sources). Closer relationships engage
 * more levels.
 */
public enum OrganizationalLevel {
  /** Day-to-day running of the service. */
  OPERATIONAL,
  /** Medium-term planning, improvement and adjustment. */
  TACTICAL,
  /** Long-term direction, goals and investment. */
  STRATEGIC
}
