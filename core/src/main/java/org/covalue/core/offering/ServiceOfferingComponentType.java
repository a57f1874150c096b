package org.covalue.core.offering;

import org.covalue.core.ItilReference;

/**
 * The kinds of part a service offering may include (ITIL 4: Drive Stakeholder Value, §1.2.7), told
 * apart by what happens to ownership.
 */
public enum ServiceOfferingComponentType {
  /** Tangible resources handed over to the consumer, with their ownership. */
  GOODS(true, "Tangible resources handed over to the consumer; ownership passes to the consumer."),
  /** Access to the provider's resources, which the provider keeps owning. */
  ACCESS_TO_RESOURCES(
      false, "Access granted to the provider's resources; ownership stays with the provider."),
  /** Actions performed to deliver an output to a user. */
  SERVICE_ACTION(
      false,
      "Actions that deliver an output to a user, done by the provider, by users, or jointly.");

  private static final ItilReference REFERENCE = ItilReference.section("1.2.7");

  private final boolean transfersOwnership;
  private final String description;

  ServiceOfferingComponentType(boolean transfersOwnership, String description) {
    this.transfersOwnership = transfersOwnership;
    this.description = description;
  }

  /**
   * Tells whether the consumer becomes the owner of what is offered.
   *
   * @return true for goods only
   */
  public boolean transfersOwnership() {
    return transfersOwnership;
  }

  /**
   * Returns what the component is, in covalue's words.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * Returns where offerings are described.
   *
   * @return §1.2.7
   */
  public ItilReference reference() {
    return REFERENCE;
  }
}
