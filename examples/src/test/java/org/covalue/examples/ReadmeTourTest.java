package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

/** The code of the README's tour, with what its comments claim checked. */
class ReadmeTourTest {

  @Test
  void stakeholdersAndTheirMap() {
    Stakeholder regulator =
        Stakeholder.builder()
            .id(StakeholderId.of("regulator"))
            .name("Data protection authority")
            .kind(StakeholderKind.REGULATOR)
            .influence(Level.HIGH)
            .interest(Score.of(0.2))
            .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW))
            .build();

    StakeholderMap explore =
        StakeholderMap.builder().label("explore").addStakeholder(regulator).build();
    StakeholderMapClassification map =
        StakeholderClassifier.withDefaultThresholds().classify(explore);
    assertThat(map.byStrategy().get(EngagementStrategy.KEEP_SATISFIED))
        .extracting(p -> p.stakeholder())
        .containsExactly(regulator);
    assertThat(SalienceClassifier.withDefaultThreshold().classify(regulator))
        .contains(SalienceClass.DOMINANT);
    assertThat(StakeholderKind.of("INVESTOR").isPredefined()).isFalse();
  }

  @Test
  void relationships() {
    ServiceRelationship desk =
        ServiceRelationship.builder()
            .id(ServiceRelationshipId.of("desk-for-contoso"))
            .provider(PartyId.of("northwind"))
            .consumer(PartyId.of("contoso"))
            .type(ServiceRelationshipType.COOPERATIVE)
            .build();
    assertThat(desk.type().expectedBandOfVisibility()).isEqualTo(BandWidth.MODERATE);

    RelationshipNetwork network = ServiceDeskScenario.network();
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.analyze(network);
    assertThat(analysis.dualRoles())
        .extracting(d -> d.party().value())
        .containsExactly("northwind", "contoso");
    assertThat(
            RelationshipNetworkAnalysis.supplyChain(network, PartyId.of("fabrikam"))
                .ultimateProviders())
        .extracting(PartyId::value)
        .containsExactly("cloudline", "telco-one");
  }

  @Test
  void journeys() {
    PartyId contoso = PartyId.of("contoso");
    PartyId northwind = PartyId.of("northwind");
    CustomerJourney journey = IncidentResolution.journey(contoso, northwind);
    assertThat(journey.touchpointsAt(CustomerJourneyStep.CO_CREATE))
        .extracting(t -> t.id().value())
        .startsWith("notice-problem", "self-help", "contact-desk");
    assertThat(
            ValueStreamRules.check(
                    List.of(journey), IncidentResolution.valueStreams(contoso, northwind))
                .isSatisfied())
        .isTrue();
    JourneyConformance conformance =
        JourneyConformance.check(IncidentResolution.midWayCase(), journey);
    assertThat(conformance.midWayEntry().orElseThrow().entry().touchpoint())
        .isEqualTo(IncidentResolution.DIAGNOSIS);
    assertThat(conformance.missing()).isNotEmpty();
  }
}
