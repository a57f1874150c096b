package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

/**
 * §1.2.7: the customer journey is part of the service, but the service is not the journey; a
 * service is scoped and agreed by all parties.
 */
class JourneyServiceAnalysisTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  private static JourneyModel model(CustomerJourney journey, Service service) {
    return JourneyModel.builder()
        .core(
            CoreModel.builder()
                .addParty(Party.organization(ACME, "Acme"))
                .addParty(Party.organization(DESK, "Desk"))
                .addService(service)
                .build())
        .addJourney(journey)
        .build();
  }

  @Test
  void theIncidentJourneyIsPartOfAServiceAgreedBeforeIt() {
    JourneyModel model =
        model(IncidentResolution.journey(ACME, DESK), IncidentResolution.service(ACME, DESK));
    assertThat(JourneyServiceAnalysis.of(model).findings()).isEmpty();
  }

  @Test
  void aJourneyThatInvolvesNoServiceIsReported() {
    CustomerJourney alone = IncidentResolution.journey(ACME, DESK).withServices(List.of());
    Finding finding =
        JourneyServiceAnalysis.of(model(alone, IncidentResolution.service(ACME, DESK)))
            .findings()
            .get(0);
    assertThat(finding.rule()).isEqualTo(JourneyServiceAnalysis.NO_SERVICE);
    assertThat(finding.elements()).containsExactly(IncidentResolution.JOURNEY);
  }

  @Test
  void coCreatingUnderAServiceNobodyAgreedIsReported() {
    Service unagreed =
        Service.builder().id(IncidentResolution.SERVICE).name("Incident resolution").build();
    Finding finding =
        JourneyServiceAnalysis.of(model(IncidentResolution.journey(ACME, DESK), unagreed))
            .findings()
            .get(0);
    assertThat(finding.rule()).isEqualTo(JourneyServiceAnalysis.USE_WITHOUT_AGREEMENT);
    assertThat(finding.elements())
        .containsExactly(
            IncidentResolution.JOURNEY, IncidentResolution.SERVICE, IncidentResolution.SELF_HELP);
  }

  @Test
  void theFindingNamesTheFirstOnboardOrCoCreateTouchpointNotAnEarlierOne() {
    Service unagreed = Service.builder().id(ServiceId.of("s")).name("S").build();
    for (CustomerJourneyStep investment :
        List.of(CustomerJourneyStep.ONBOARD, CustomerJourneyStep.CO_CREATE)) {
      CustomerJourney journey =
          JourneyStepConditionsTest.journey(
                  CustomerJourneyStep.EXPLORE,
                  CustomerJourneyStep.ENGAGE,
                  investment,
                  CustomerJourneyStep.REALIZE)
              .withServices(List.of(ServiceId.of("s")));
      Finding finding = JourneyServiceAnalysis.of(model(journey, unagreed)).findings().get(0);
      assertThat(finding.elements())
          .as("%s", investment)
          .containsExactly(journey.id(), ServiceId.of("s"), journey.touchpoints().get(2).id());
    }
    CustomerJourney onlyLooking =
        JourneyStepConditionsTest.journey(
                CustomerJourneyStep.EXPLORE, CustomerJourneyStep.ENGAGE, CustomerJourneyStep.OFFER)
            .withServices(List.of(ServiceId.of("s")));
    assertThat(JourneyServiceAnalysis.of(model(onlyLooking, unagreed)).findings()).isEmpty();
  }

  @Test
  void aJourneyThatAgreesBeforeCoCreatingNeedsNoRecordedAgreement() {
    CustomerJourney agreeing =
        JourneyStepConditionsTest.journey(
                CustomerJourneyStep.AGREE,
                CustomerJourneyStep.ONBOARD,
                CustomerJourneyStep.CO_CREATE)
            .withServices(List.of(ServiceId.of("s")));
    Service unagreed = Service.builder().id(ServiceId.of("s")).name("S").build();
    assertThat(JourneyServiceAnalysis.of(model(agreeing, unagreed)).findings()).isEmpty();
  }
}
