package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.relationship.OrganizationalLevel;
import org.covalue.core.relationship.RelationshipTypeAttribute;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.testkit.ServiceRelationships;
import org.junit.jupiter.api.Test;

/** Laws of the three relationship types as an ordinal scale of closeness (Table 1.2). */
class ServiceRelationshipTypePropertiesTest {

  @Test
  void closerTypesInvolveMoreLevelsAndAWiderBand() {
    qt().forAll(ServiceRelationships.types(), ServiceRelationships.types())
        .checkAssert(
            (a, b) -> {
              if (a.isAtLeastAsCloseAs(b)) {
                assertThat(a.organizationalLevels()).containsAll(b.organizationalLevels());
                assertThat(a.expectedBandOfVisibility().isAtLeast(b.expectedBandOfVisibility()))
                    .isTrue();
              }
              assertThat(a.isAtLeastAsCloseAs(b) || b.isAtLeastAsCloseAs(a)).isTrue();
              assertThat(a.isAtLeastAsCloseAs(b) && b.isAtLeastAsCloseAs(a)).isEqualTo(a == b);
            });
  }

  @Test
  void bandWidthsAndLevelsAreOrderedScales() {
    qt().forAll(
            ServiceRelationships.bandWidths(),
            ServiceRelationships.bandWidths(),
            ServiceRelationships.typeAttributes())
        .checkAssert(
            (a, b, attribute) -> {
              assertThat(a.isAtLeast(b)).isEqualTo(a.compareTo(b) >= 0);
              assertThat(a.isAtLeast(b) || b.isAtLeast(a)).isTrue();
              assertThat(attribute.confidence()).isNotNull();
            });
    qt().forAll(ServiceRelationships.organizationalLevels(), ServiceRelationships.types())
        .checkAssert(
            (level, type) -> {
              assertThat(ServiceRelationshipType.BASIC.organizationalLevels())
                  .containsExactly(OrganizationalLevel.OPERATIONAL);
              assertThat(ServiceRelationshipType.PARTNERSHIP.organizationalLevels())
                  .contains(level);
              assertThat(type.organizationalLevels()).contains(OrganizationalLevel.OPERATIONAL);
            });
  }

  @Test
  void everyTypeDescribesEveryAttribute() {
    qt().forAll(ServiceRelationships.types())
        .checkAssert(
            type -> {
              assertThat(type.attributes()).containsOnlyKeys(RelationshipTypeAttribute.values());
              assertThat(type.attributes().values())
                  .allSatisfy(value -> assertThat(value).isNotBlank());
            });
  }
}
