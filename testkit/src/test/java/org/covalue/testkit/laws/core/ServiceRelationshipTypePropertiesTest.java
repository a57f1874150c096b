package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.relationship.RelationshipTypeAttribute;
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
                assertThat(a.expectedBandOfVisibility().isAtLeast(b.expectedBandOfVisibility())).isTrue();
              }
              assertThat(a.isAtLeastAsCloseAs(b) || b.isAtLeastAsCloseAs(a)).isTrue();
              assertThat(a.isAtLeastAsCloseAs(b) && b.isAtLeastAsCloseAs(a)).isEqualTo(a == b);
            });
  }

  @Test
  void everyTypeDescribesEveryAttribute() {
    qt().forAll(ServiceRelationships.types())
        .checkAssert(
            type -> {
              assertThat(type.attributes()).containsOnlyKeys(RelationshipTypeAttribute.values());
              assertThat(type.attributes().values()).allSatisfy(value -> assertThat(value).isNotBlank());
            });
  }
}
