package org.covalue.core.analysis;

import org.covalue.core.PartyId;
import org.covalue.core.Rating;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;

/** Small builders for analysis tests. */
final class Fixtures {

  private Fixtures() {}

  static Stakeholder stakeholder(String id, Rating influence, Rating interest) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name("Stakeholder " + id)
        .kind(StakeholderKind.OTHER)
        .influence(influence)
        .interest(interest)
        .build();
  }

  static ServiceRelationship relationship(String id, String provider, String consumer) {
    return relationship(id, provider, consumer, ServiceRelationshipType.BASIC);
  }

  static ServiceRelationship relationship(
      String id, String provider, String consumer, ServiceRelationshipType type) {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of(id))
        .provider(PartyId.of(provider))
        .consumer(PartyId.of(consumer))
        .type(type)
        .build();
  }

  static PartyId party(String id) {
    return PartyId.of(id);
  }
}
