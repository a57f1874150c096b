package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import org.covalue.core.Finding;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;

/**
 * §1.2.3, Table 1.2: an organization may prefer one type of relationship, depending on its
 * strategy; a relationship of another type is reported with the evidence.
 */
class RelationshipStrategyAnalysisTest {

  @Test
  void theGapCountsStepsTowardsCloserTypesAsPositive() {
    CoreModel model =
        CoreModel.builder()
            .addParty(
                Party.organization(party("shop"), "Shop")
                    .withPreferredRelationshipType(ServiceRelationshipType.BASIC))
            .addParty(Party.organization(party("acme"), "Acme"))
            .addParty(Party.organization(party("beta"), "Beta"))
            .addRelationship(
                relationship("acme-shop", "acme", "shop", ServiceRelationshipType.PARTNERSHIP))
            .addRelationship(
                relationship("beta-shop", "beta", "shop", ServiceRelationshipType.COOPERATIVE))
            .build();
    RelationshipStrategyAnalysis strategy = RelationshipStrategyAnalysis.of(model);
    assertThat(strategy.findings())
        .extracting(finding -> finding.evidence().get("closenessGap"))
        .containsExactly(2.0, 1.0);
    assertThat(strategy).hasToString("RelationshipStrategyAnalysis{departures=2}");
  }

  @Test
  void aProviderThatPrefersPartnershipsSeesItsBasicRelationships() {
    CoreModel model =
        CoreModel.builder()
            .addParty(
                Party.organization(party("it"), "IT services")
                    .withPreferredRelationshipType(ServiceRelationshipType.PARTNERSHIP))
            .addParty(Party.organization(party("acme"), "Acme"))
            .addParty(Party.organization(party("beta"), "Beta"))
            .addParty(Party.organization(party("cloud"), "Cloud"))
            .addRelationship(
                relationship("it-acme", "it", "acme", ServiceRelationshipType.PARTNERSHIP))
            .addRelationship(relationship("it-beta", "it", "beta", ServiceRelationshipType.BASIC))
            .addRelationship(
                relationship("cloud-it", "cloud", "it", ServiceRelationshipType.COOPERATIVE))
            .build();
    RelationshipStrategyAnalysis strategy = RelationshipStrategyAnalysis.of(model);
    assertThat(strategy.departures())
        .extracting(RelationshipStrategyAnalysis.Departure::relationship)
        .containsExactly(ServiceRelationshipId.of("it-beta"), ServiceRelationshipId.of("cloud-it"));
    Finding basic = strategy.findings().get(0);
    assertThat(basic.rule()).isEqualTo(RelationshipStrategyAnalysis.OTHER_TYPE);
    assertThat(basic.severity()).isEqualTo(Severity.INFO);
    assertThat(basic.elements())
        .containsExactly(party("it"), ServiceRelationshipId.of("it-beta"), party("beta"));
    assertThat(basic.data())
        .containsExactly(
            entry("preferred", "partnership"), entry("actual", "basic"), entry("role", "provider"));
    assertThat(basic.evidence())
        .containsExactly(
            entry("closenessGap", -2.0),
            entry("relationshipsOfPreferredType", 1.0),
            entry("relationshipsOfOtherTypes", 2.0));
    assertThat(basic.message())
        .isEqualTo(
            "it prefers partnership relationships, but provides in it-beta, a basic one (2 of its 3"
                + " relationships are of another type)");
    assertThat(strategy.findings().get(1).data()).containsEntry("role", "consumer");
    assertThat(strategy.findings().get(1).evidence()).containsEntry("closenessGap", -1.0);
  }

  @Test
  void noPreferenceMeansNoFinding() {
    CoreModel model =
        CoreModel.builder()
            .addParty(Party.organization(party("it"), "IT services"))
            .addRelationship(relationship("it-beta", "it", "beta", ServiceRelationshipType.BASIC))
            .build();
    assertThat(RelationshipStrategyAnalysis.of(model).findings()).isEmpty();
  }
}
