package org.covalue.value.cost;

/**
 * On which side of the service relationship a cost arises (ITIL 4: Drive Stakeholder Value, §1.2.3
 * and §1.2.6): in providing the service or in consuming it.
 */
public enum CostSide {
  /** Incurred to provide the service: the provider's resources, actions and goods. */
  PROVISION,
  /** Incurred to consume the service: the consumer's resources, its users' time and actions. */
  CONSUMPTION
}
