package org.covalue.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.junit.jupiter.api.Test;

class ServiceRelationshipTypeTest {

  @Test
  void basicIsAboutSupportAndEfficiencyAtTheOperationalLevel() {
    ServiceRelationshipType basic = ServiceRelationshipType.BASIC;
    assertThat(basic.focus()).isEqualTo("Support and efficiency");
    assertThat(basic.organizationalLevels()).containsExactly(OrganizationalLevel.OPERATIONAL);
    assertThat(basic.typeOfServices()).contains("Standard services");
    assertThat(basic.expectedBandOfVisibility()).isEqualTo(BandWidth.NARROW);
    assertThat(basic.agreementStyle()).contains("Standard contracts");
    assertThat(basic.providerPosition()).contains("orders");
  }

  @Test
  void cooperativeIsAboutImprovementAtOperationalAndTacticalLevels() {
    ServiceRelationshipType cooperative = ServiceRelationshipType.COOPERATIVE;
    assertThat(cooperative.focus()).isEqualTo("Improvement and effectiveness");
    assertThat(cooperative.organizationalLevels())
        .containsExactlyInAnyOrder(OrganizationalLevel.OPERATIONAL, OrganizationalLevel.TACTICAL);
    assertThat(cooperative.expectedBandOfVisibility()).isEqualTo(BandWidth.MODERATE);
    assertThat(cooperative.providerPosition()).contains("trusted adviser");
  }

  @Test
  void partnershipIsAboutInnovationAtEveryLevelWithTheWidestBand() {
    ServiceRelationshipType partnership = ServiceRelationshipType.PARTNERSHIP;
    assertThat(partnership.focus()).isEqualTo("Innovation and growth");
    assertThat(partnership.organizationalLevels())
        .isEqualTo(EnumSet.allOf(OrganizationalLevel.class));
    assertThat(partnership.expectedBandOfVisibility()).isEqualTo(BandWidth.WIDE);
    assertThat(partnership.goalAlignment()).contains("common goals");
    assertThat(partnership.typeOfServices()).contains("created with the consumer");
  }

  @Test
  void closenessGrowsFromBasicToPartnership() {
    assertThat(
            ServiceRelationshipType.PARTNERSHIP.isAtLeastAsCloseAs(ServiceRelationshipType.BASIC))
        .isTrue();
    assertThat(
            ServiceRelationshipType.BASIC.isAtLeastAsCloseAs(ServiceRelationshipType.COOPERATIVE))
        .isFalse();
    assertThat(
            ServiceRelationshipType.COOPERATIVE.isAtLeastAsCloseAs(
                ServiceRelationshipType.COOPERATIVE))
        .isTrue();
    ServiceRelationshipType previous = null;
    for (ServiceRelationshipType type : ServiceRelationshipType.values()) {
      if (previous != null) {
        assertThat(type.organizationalLevels()).containsAll(previous.organizationalLevels());
        assertThat(type.expectedBandOfVisibility().isAtLeast(previous.expectedBandOfVisibility()))
            .isTrue();
        assertThat(type.expectedBandOfVisibility())
            .isNotEqualTo(previous.expectedBandOfVisibility());
      }
      previous = type;
    }
  }

  @Test
  void attributesListEveryRowWithItsConfidence() {
    assertThat(ServiceRelationshipType.BASIC.attributes())
        .containsOnlyKeys(RelationshipTypeAttribute.values());
    assertThat(ServiceRelationshipType.BASIC.attributes().get(RelationshipTypeAttribute.FOCUS))
        .isEqualTo("Support and efficiency");
    assertThat(
            ServiceRelationshipType.PARTNERSHIP
                .attributes()
                .get(RelationshipTypeAttribute.BAND_OF_VISIBILITY))
        .isEqualTo("WIDE");
    assertThat(RelationshipTypeAttribute.FOCUS.confidence()).isEqualTo(Confidence.CORROBORATED);
    assertThat(RelationshipTypeAttribute.AGREEMENT_STYLE.confidence())
        .isEqualTo(Confidence.SINGLE_SOURCE);
    assertThat(RelationshipTypeAttribute.GOAL_ALIGNMENT.confidence().isInterpretation()).isTrue();
    assertThat(RelationshipTypeAttribute.BAND_OF_VISIBILITY.confidence().isInterpretation())
        .isTrue();
    assertThat(ServiceRelationshipType.BASIC.reference())
        .isEqualTo(ItilReference.section("1.2.3").table("1.2"));
  }

  @Test
  void bandWidthsAreOrdered() {
    assertThat(BandWidth.WIDE.isAtLeast(BandWidth.NARROW)).isTrue();
    assertThat(BandWidth.NARROW.isAtLeast(BandWidth.MODERATE)).isFalse();
    assertThat(BandWidth.MODERATE.isAtLeast(BandWidth.MODERATE)).isTrue();
  }
}
