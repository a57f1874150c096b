package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

/**
 * Table 1.1: expectations are agreed before investing; a transition follows the outcome of agree;
 * offerings are shaped once needs are understood.
 */
class JourneyStepConditionsTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  /** A journey with one touchpoint per step given, named after the step. */
  static CustomerJourney journey(CustomerJourneyStep... steps) {
    CustomerJourney.Builder journey =
        CustomerJourney.builder()
            .id(JourneyId.of("j"))
            .name("Journey")
            .consumer(ACME)
            .addProvider(DESK)
            .persona(ConsumerRole.CUSTOMER);
    for (int i = 0; i < steps.length; i++) {
      journey.addTouchpoint(
          Touchpoint.builder()
              .id(TouchpointId.of("t" + i + "-" + steps[i].title().toLowerCase(Locale.ROOT)))
              .name(steps[i].title())
              .step(steps[i])
              .channel(Channel.WEB)
              .addParties(ACME, DESK)
              .build());
    }
    return journey.build();
  }

  static ObservedJourney observed(CustomerJourney journey) {
    List<JourneyEvent> events = new ArrayList<>();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    for (Touchpoint touchpoint : journey.touchpoints()) {
      events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
      at = at.plusSeconds(60);
    }
    return ObservedJourney.of(CaseId.of("c1"), events);
  }

  @Test
  void theSevenStepsInTheirUsualOrderMeetEveryCondition() {
    CustomerJourney journey = journey(CustomerJourneyStep.values());
    assertThat(JourneyStepConditions.of(journey).findings()).isEmpty();
    assertThat(JourneyStepConditions.of(observed(journey)).findings()).isEmpty();
  }

  @Test
  void theIncidentJourneyNeverReachesAgreeAndBreaksNoCondition() {
    assertThat(JourneyStepConditions.of(IncidentResolution.journey(ACME, DESK)).findings())
        .isEmpty();
  }

  @Test
  void aPilotCoCreatedBeforeTheAgreementIsAnInvestmentBeforeAgreeing() {
    CustomerJourney pilot =
        journey(
            CustomerJourneyStep.ENGAGE,
            CustomerJourneyStep.OFFER,
            CustomerJourneyStep.CO_CREATE,
            CustomerJourneyStep.AGREE,
            CustomerJourneyStep.ONBOARD,
            CustomerJourneyStep.CO_CREATE);
    List<Finding> findings = JourneyStepConditions.of(pilot).findings();
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(JourneyStepConditions.INVEST_BEFORE_AGREE);
    Finding finding = findings.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements())
        .containsExactly(
            JourneyId.of("j"), TouchpointId.of("t2-co-create"), TouchpointId.of("t3-agree"));
    assertThat(finding.data()).containsExactly(entry("step", "co-create"));
    assertThat(finding.evidence())
        .containsExactly(entry("index", 2.0), entry("agreeIndex", 3.0), entry("count", 1.0));
    assertThat(finding.message())
        .isEqualTo(
            "Journey j reaches t2-co-create at step co-create before its first agree touchpoint"
                + " t3-agree");
  }

  @Test
  void anAgreementStraightIntoUseHasNoTransition() {
    CustomerJourney noOnboarding =
        journey(
            CustomerJourneyStep.ENGAGE,
            CustomerJourneyStep.OFFER,
            CustomerJourneyStep.AGREE,
            CustomerJourneyStep.CO_CREATE);
    Finding finding = JourneyStepConditions.of(observed(noOnboarding)).findings().get(0);
    assertThat(finding.rule()).isEqualTo(JourneyStepConditions.AGREE_WITHOUT_TRANSITION);
    assertThat(finding.elements()).containsExactly(CaseId.of("c1"), TouchpointId.of("t2-agree"));
    assertThat(finding.evidence()).containsExactly(entry("agreeIndex", 2.0));
    assertThat(finding.message())
        .isEqualTo(
            "Case c1 reaches the agree step at t2-agree, but no onboard touchpoint follows:"
                + " whether or not the parties agree, a transition joins or separates their"
                + " resources");
  }

  @Test
  void anOfferBeforeNeedsAreUnderstoodIsReportedOnObservedJourneysToo() {
    CustomerJourney coldOffer =
        journey(
            CustomerJourneyStep.OFFER,
            CustomerJourneyStep.OFFER,
            CustomerJourneyStep.ENGAGE,
            CustomerJourneyStep.OFFER);
    JourneyModel model =
        JourneyModel.builder()
            .core(CoreModel.empty())
            .addJourney(coldOffer)
            .addObservedJourney(observed(coldOffer))
            .build();
    List<Finding> findings = JourneyStepConditions.of(model).findings();
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(
            JourneyStepConditions.OFFER_BEFORE_ENGAGE, JourneyStepConditions.OFFER_BEFORE_ENGAGE);
    assertThat(findings.get(0).elements().get(0)).isEqualTo(JourneyId.of("j"));
    assertThat(findings.get(1).elements().get(0)).isEqualTo(CaseId.of("c1"));
    assertThat(findings.get(1).evidence())
        .containsExactly(entry("index", 0.0), entry("engageIndex", 2.0), entry("count", 2.0));
    assertThat(findings.get(1).message()).endsWith("(2 events in all)");
  }
}
