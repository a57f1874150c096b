package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schema check of the tests can fail: documents the schemas refuse are reported. */
class ArchimateDocumentsTest {

  private static final String VALID = ArchimateExport.DEFAULT.toXml(ArchimateExportTest.small());

  @Test
  void acceptsAnExportedDocument() {
    ArchimateDocuments.assertValid(VALID);
  }

  @Test
  void refusesARelationshipToAnUnknownElement() {
    String broken = VALID.replaceFirst("target=\"party_ana\"", "target=\"party_nobody\"");
    assertThat(broken).isNotEqualTo(VALID);
    assertThatThrownBy(() -> ArchimateDocuments.assertValid(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("party_nobody");
  }

  @Test
  void refusesAnIdentifierThatIsNotAnXmlId() {
    String broken = VALID.replace("\"party_desk\"", "\"1:desk\"");
    assertThatThrownBy(() -> ArchimateDocuments.assertValid(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1:desk");
  }

  @Test
  void refusesAnUnknownElementType() {
    String broken = VALID.replaceFirst("xsi:type=\"BusinessActor\"", "xsi:type=\"Customer\"");
    assertThatThrownBy(() -> ArchimateDocuments.assertValid(broken))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void knowsWhichRelationshipsArchimateAllows() {
    assertThat(ArchimateRelationshipRules.isAllowed("BusinessActor", "Assignment", "BusinessRole"))
        .isTrue();
    assertThat(
            ArchimateRelationshipRules.isAllowed("BusinessProcess", "Composition", "BusinessEvent"))
        .isFalse();
    assertThat(ArchimateRelationshipRules.isAllowed("Product", "Aggregation", "Resource"))
        .isFalse();
    assertThat(ArchimateRelationshipRules.isAllowed("Driver", "Influence", "Goal")).isTrue();
    assertThat(ArchimateRelationshipRules.isAllowed("Product", "Influence", "Goal")).isFalse();
    assertThat(ArchimateRelationshipRules.isAllowed("Grouping", "Aggregation", "Outcome")).isTrue();
  }
}
