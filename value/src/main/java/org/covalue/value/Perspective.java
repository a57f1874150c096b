package org.covalue.value;

/**
 * The two sides from which ITIL 4: Drive Stakeholder Value describes what each journey step does
 * for value (§1.2.6; the tables that open chapters 3 to 9 have one column per side): the service
 * consumer's and the service provider's.
 */
public enum Perspective {
  /** The side of the organization that consumes the service. */
  SERVICE_CONSUMER,
  /** The side of the organization that provides the service. */
  SERVICE_PROVIDER
}
