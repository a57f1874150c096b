package org.covalue.journey.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.PartyId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.junit.jupiter.api.Test;

class IncidentResolutionTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  @Test
  void theJourneyOfAUserWithAnIncident() {
    CustomerJourney journey = IncidentResolution.journey(ACME, DESK);
    assertThat(IncidentResolution.CONFIDENCE).isEqualTo(Confidence.RECONSTRUCTED);
    assertThat(journey.persona()).isEqualTo(ConsumerRole.USER);
    assertThat(journey.touchpoints()).hasSize(8);
    assertThat(journey.touchpoints().get(0).id()).isEqualTo(IncidentResolution.SELF_HELP);
    assertThat(journey.touchpoints().get(7).id()).isEqualTo(IncidentResolution.FEEDBACK);
    assertThat(journey.steps())
        .containsExactly(CustomerJourneyStep.CO_CREATE, CustomerJourneyStep.REALIZE);
    assertThat(journey.interactions()).hasSize(5);
    assertThat(journey.touchpoint(IncidentResolution.SELF_HELP).orElseThrow().isVisibleTo(DESK))
        .isTrue();
    // Noticing the problem is the consumer's own activity, behind its line of visibility.
    assertThat(IncidentResolution.valueStreams(ACME, DESK).get(1).activities().get(0))
        .satisfies(
            activity -> {
              assertThat(activity.id()).isEqualTo(IncidentResolution.NOTICE_PROBLEM);
              assertThat(activity.isVisibleToOtherParties()).isFalse();
            });
    assertThat(journey.touchpoint(IncidentResolution.CONTACT_DESK).orElseThrow().isVisibleTo(DESK))
        .isTrue();
  }

  @Test
  void theModelIsConsistentAndMeetsTheValueStreamRules() {
    CustomerJourney journey = IncidentResolution.journey(ACME, DESK);
    assertThat(
            JourneyValidator.validate(
                JourneyModel.builder()
                    .core(
                        CoreModel.builder()
                            .parties(
                                List.of(
                                    Party.organization(ACME, "Acme"),
                                    Party.organization(DESK, "Desk")))
                            .addService(IncidentResolution.service(ACME, DESK))
                            .build())
                    .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
                    .journeys(List.of(journey))
                    .build()))
        .isEmpty();
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(List.of(journey), IncidentResolution.valueStreams(ACME, DESK));
    assertThat(rules.hasErrors()).isFalse();
    assertThat(rules.findings(ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY)).hasSize(2);
  }

  @Test
  void observedCasesAndExperience() {
    assertThat(IncidentResolution.backAndForthCase().events()).hasSize(10);
    assertThat(IncidentResolution.midWayCase().events().get(0).touchpoint())
        .isEqualTo(IncidentResolution.DIAGNOSIS);
    assertThat(IncidentResolution.experience())
        .hasSize(4)
        .allSatisfy(o -> assertThat(o.journey()).contains(IncidentResolution.JOURNEY));
  }
}
