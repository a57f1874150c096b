package org.covalue.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.junit.jupiter.api.Test;

class ServiceRelationshipTest {

  static ServiceRelationship relationship(
      String id, String provider, String consumer, ServiceRelationshipType type) {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of(id))
        .provider(PartyId.of(provider))
        .consumer(PartyId.of(consumer))
        .type(type)
        .build();
  }

  @Test
  void providerAndConsumerAreRolesInOneRelationship() {
    ServiceRelationship desk =
        ServiceRelationship.builder()
            .from(relationship("r", "it", "acme", ServiceRelationshipType.COOPERATIVE))
            .addOffering(ServiceOfferingId.of("desk"))
            .putDescriptor("trust", "high")
            .description("IT services for Acme")
            .build();
    assertThat(desk.provider()).isEqualTo(PartyId.of("it"));
    assertThat(desk.consumer()).isEqualTo(PartyId.of("acme"));
    assertThat(desk.offerings()).containsExactly(ServiceOfferingId.of("desk"));
    assertThat(desk.descriptors()).isEqualTo(Map.of("trust", "high"));
    assertThat(desk.description()).contains("IT services for Acme");
    assertThat(desk.withType(ServiceRelationshipType.PARTNERSHIP).type())
        .isEqualTo(ServiceRelationshipType.PARTNERSHIP);
    assertThat(desk.withType(ServiceRelationshipType.PARTNERSHIP).offerings())
        .isEqualTo(desk.offerings());
    assertThat(ServiceRelationship.builder().from(desk).build()).isEqualTo(desk);
  }

  @Test
  void anOrganizationCannotBeItsOwnProvider() {
    assertThatThrownBy(() -> relationship("r", "acme", "acme", ServiceRelationshipType.BASIC))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "consumer: A service relationship needs two organizations, but acme is both provider and consumer");
  }

  @Test
  void descriptorNamesMustNotBeBlank() {
    assertThatThrownBy(
            () ->
                ServiceRelationship.builder()
                    .from(relationship("r", "a", "b", ServiceRelationshipType.BASIC))
                    .putDescriptor(" ", "x")
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("descriptors: A descriptor name must not be blank");
  }
}
