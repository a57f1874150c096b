package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.testkit.ServiceRelationships;
import org.junit.jupiter.api.Test;

/** Laws of service relationships as values. */
class ServiceRelationshipPropertiesTest {

  @Test
  void aRelationshipRebuiltFromItselfIsEqual() {
    qt().forAll(ServiceRelationships.relationships())
        .checkAssert(
            relationship -> {
              ServiceRelationship copy = ServiceRelationship.builder().from(relationship).build();
              assertThat(copy).isEqualTo(relationship).hasSameHashCodeAs(relationship);
            });
  }

  @Test
  void withTypeChangesOnlyTheType() {
    qt().forAll(ServiceRelationships.relationships(), ServiceRelationships.types())
        .checkAssert(
            (relationship, type) -> {
              ServiceRelationship changed = relationship.withType(type);
              assertThat(changed.type()).isEqualTo(type);
              assertThat(changed.id()).isEqualTo(relationship.id());
              assertThat(changed.provider()).isEqualTo(relationship.provider());
              assertThat(changed.consumer()).isEqualTo(relationship.consumer());
              assertThat(changed.offerings()).isEqualTo(relationship.offerings());
              assertThat(changed.descriptors()).isEqualTo(relationship.descriptors());
              assertThat(changed.description()).isEqualTo(relationship.description());
              assertThat(changed.equals(relationship)).isEqualTo(type == relationship.type());
            });
  }

  @Test
  void aRelationshipJoinsTwoDistinctOrganizations() {
    qt().forAll(ServiceRelationships.relationships())
        .checkAssert(r -> assertThat(r.provider()).isNotEqualTo(r.consumer()));
  }

  @Test
  void relationshipsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(ServiceRelationships.relationships(), ServiceRelationships.relationships())
        .checkAssert(
            (a, b) -> {
              if (!a.id().equals(b.id())) {
                assertThat(ServiceRelationship.builder().from(a).id(b.id()).build())
                    .isNotEqualTo(a);
              }
              if (!a.offerings().equals(b.offerings())) {
                assertThat(ServiceRelationship.builder().from(a).offerings(b.offerings()).build())
                    .isNotEqualTo(a);
              }
              if (!a.descriptors().equals(b.descriptors())) {
                assertThat(
                        ServiceRelationship.builder().from(a).descriptors(b.descriptors()).build())
                    .isNotEqualTo(a);
              }
              if (!a.description().equals(b.description())) {
                assertThat(
                        ServiceRelationship.builder().from(a).description(b.description()).build())
                    .isNotEqualTo(a);
              }
            });
  }
}
