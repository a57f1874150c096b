package org.covalue.value.alignment;

import org.covalue.core.relationship.ServiceRelationshipType;

/**
 * The kind of service an offering provides, as Table 1.2 of ITIL 4: Drive Stakeholder Value
 * (§1.2.3) sets it against the three types of relationship: standard commodities go with a basic
 * relationship, configured services with a cooperative one, bespoke co-created services with a
 * partnership. A relationship whose type differs from what its offering's type of service calls for
 * is misaligned, one cause of value leakage (§1.2.6). The names are covalue's.
 */
public enum TypeOfService {
  /** Standard services bought as they are, off the shelf. */
  COMMODITY(ServiceRelationshipType.BASIC),
  /** Services configured or adapted for the consumer. */
  CONFIGURED(ServiceRelationshipType.COOPERATIVE),
  /** Services designed and created with the consumer, unique to the relationship. */
  BESPOKE(ServiceRelationshipType.PARTNERSHIP);

  private final ServiceRelationshipType relationshipType;

  TypeOfService(ServiceRelationshipType relationshipType) {
    this.relationshipType = relationshipType;
  }

  /**
   * Returns the type of relationship that this type of service calls for.
   *
   * @return basic, cooperative or partnership
   */
  public ServiceRelationshipType relationshipType() {
    return relationshipType;
  }
}
