package org.covalue.core.party;

/**
 * What a party is: an organization, a person or a team. Organizations take the provider and
 * consumer roles of service relationships (ITIL 4: Drive Stakeholder Value, §1.2.3); persons and
 * teams hold the consumer roles of customer, user and sponsor (§1.2.2).
 */
public enum PartyKind {
  /** A company, a public body, a department run as a unit, or any other organization. */
  ORGANIZATION,
  /** One person. */
  PERSON,
  /** A group of persons that acts together, usually inside an organization. */
  TEAM
}
