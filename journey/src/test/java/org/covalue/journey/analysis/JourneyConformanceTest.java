package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

class JourneyConformanceTest {

  private final CustomerJourney designed =
      IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk"));

  private static ObservedJourney follow(String caseId, List<Touchpoint> touchpoints) {
    List<JourneyEvent> events = new ArrayList<>();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    for (Touchpoint touchpoint : touchpoints) {
      events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
      at = at.plusSeconds(60);
    }
    return ObservedJourney.of(CaseId.of(caseId), events);
  }

  @Test
  void followingTheDesignConforms() {
    JourneyConformance conformance =
        JourneyConformance.of(designed, follow("c", designed.touchpoints()));
    assertThat(conformance.isConforming()).isTrue();
    assertThat(conformance.missing()).isEmpty();
    assertThat(conformance.extra()).isEmpty();
    assertThat(conformance.reordered()).isEmpty();
    assertThat(conformance.paths().returns()).isEmpty();
    assertThat(conformance.paths().midWayEntry()).isEmpty();
    assertThat(conformance.paths().skippedSteps()).isEmpty();
  }

  @Test
  void repeatingATouchpointInARowIsNotADeviation() {
    List<Touchpoint> path = new ArrayList<>(designed.touchpoints());
    path.add(6, designed.touchpoints().get(5));
    assertThat(JourneyConformance.of(designed, follow("c", path)).isConforming()).isTrue();
  }

  @Test
  void theBackAndForthCaseReturnsToDiagnosisAndFix() {
    JourneyConformance conformance =
        JourneyConformance.of(designed, IncidentResolution.backAndForthCase());
    assertThat(conformance.paths().returns())
        .extracting(r -> r.kind() + "@" + r.eventIndex() + "<-" + r.earlierIndex().orElse(-1))
        .containsExactly("EARLIER_TOUCHPOINT@5<-3", "EARLIER_TOUCHPOINT@7<-4");
    // The fix came before the progress updates: the one reached later is out of order.
    assertThat(conformance.reordered()).containsExactly(IncidentResolution.PROGRESS_UPDATES);
    assertThat(conformance.missing()).isEmpty();
    assertThat(conformance.paths().midWayEntry()).isEmpty();
    assertThat(conformance.isConforming()).isFalse();
    assertThat(conformance.findings())
        .extracting(Finding::message)
        .contains(
            "Case INC-1001 goes back to touchpoint diagnosis after fix-received at event 5",
            "Case INC-1001 reached progress-updates out of the designed order");
  }

  @Test
  void theMidWayCaseStartsAtDiagnosisAndSkipsTheSurvey() {
    JourneyConformance conformance =
        JourneyConformance.of(designed, IncidentResolution.midWayCase());
    MidWayEntry entry = conformance.paths().midWayEntry().orElseThrow();
    assertThat(entry.entry().touchpoint()).isEqualTo(IncidentResolution.DIAGNOSIS);
    assertThat(entry.designedStart()).isEqualTo(IncidentResolution.SELF_HELP);
    assertThat(entry.entryPosition()).hasValue(3);
    assertThat(entry.passedBy())
        .containsExactly(
            IncidentResolution.SELF_HELP,
            IncidentResolution.CONTACT_DESK,
            IncidentResolution.INCIDENT_REGISTERED);
    assertThat(conformance.missing())
        .containsExactly(
            IncidentResolution.SELF_HELP,
            IncidentResolution.CONTACT_DESK,
            IncidentResolution.INCIDENT_REGISTERED,
            IncidentResolution.FEEDBACK);
    assertThat(conformance.paths().returns()).isEmpty();
    assertThat(conformance.findings())
        .extracting(Finding::rule)
        .containsExactly(JourneyPaths.MID_WAY_ENTRY, JourneyConformance.MISSING_TOUCHPOINT);
    assertThat(conformance.findings().get(1).elements())
        .containsExactly(CaseId.of("INC-1002"), IncidentResolution.FEEDBACK);
    assertThat(conformance.findings().get(1).data()).containsEntry("step", "realize");
    assertThat(conformance.findings().get(0).evidence()).containsEntry("passedBy", 3.0);
    assertThat(conformance.findings().get(0).message())
        .isEqualTo(
            "Case INC-1002 starts part-way, at touchpoint diagnosis at step co-create, where the"
                + " design starts at touchpoint self-help at step co-create");
    assertThat(conformance.findings().get(0).data())
        .containsEntry("step", "co-create")
        .containsEntry("designedStart", "self-help");
    assertThat(conformance.findings().get(0).evidence()).containsEntry("entryPosition", 3.0);
  }

  @Test
  void extraTouchpointsAndStepReturns() {
    ObservedJourney observed =
        ObservedJourney.of(
            CaseId.of("c"),
            List.of(
                JourneyEvent.of(
                    IncidentResolution.SELF_HELP, CustomerJourneyStep.CO_CREATE, Instant.EPOCH),
                JourneyEvent.of(
                    TouchpointId.of("chatbot"), CustomerJourneyStep.REALIZE, Instant.EPOCH),
                JourneyEvent.of(
                    TouchpointId.of("forum"), CustomerJourneyStep.ENGAGE, Instant.EPOCH)));
    JourneyConformance conformance = JourneyConformance.of(designed, observed);
    assertThat(conformance.extra())
        .containsExactly(TouchpointId.of("chatbot"), TouchpointId.of("forum"));
    assertThat(conformance.paths().returns())
        .extracting(JourneyReturn::kind)
        .containsExactly(JourneyReturn.Kind.EARLIER_STEP);
    // The forum is at ENGAGE, a step not observed before: there is no earlier event to point at.
    assertThat(conformance.paths().returns().get(0).earlierIndex()).isEmpty();
    assertThat(conformance.paths().skippedSteps()).isEmpty();
  }

  @Test
  void designedStepsBetweenTheFirstAndLastObservedAreSkipped() {
    List<Touchpoint> touchpoints =
        List.of(
            designed
                .touchpoints()
                .get(0)
                .withId(TouchpointId.of("sign"))
                .withStep(CustomerJourneyStep.AGREE),
            designed
                .touchpoints()
                .get(0)
                .withId(TouchpointId.of("setup"))
                .withStep(CustomerJourneyStep.ONBOARD),
            designed
                .touchpoints()
                .get(0)
                .withId(TouchpointId.of("use"))
                .withStep(CustomerJourneyStep.CO_CREATE),
            designed
                .touchpoints()
                .get(0)
                .withId(TouchpointId.of("review"))
                .withStep(CustomerJourneyStep.REALIZE));
    CustomerJourney lifecycle = designed.withInteractions(List.of()).withTouchpoints(touchpoints);
    ObservedJourney observed = follow("c", List.of(touchpoints.get(0), touchpoints.get(2)));
    JourneyConformance conformance = JourneyConformance.of(lifecycle, observed);
    assertThat(conformance.paths().skippedSteps()).containsExactly(CustomerJourneyStep.ONBOARD);
    assertThat(conformance.missing())
        .containsExactly(TouchpointId.of("setup"), TouchpointId.of("review"));
    assertThat(conformance.findings())
        .extracting(Finding::message)
        .contains("Case c passes over designed step onboard");
  }

  @Test
  void aDesignThatGoesBackAStepStillConformsWithItself() {
    List<Touchpoint> touchpoints = new ArrayList<>(designed.touchpoints());
    touchpoints.add(
        touchpoints
            .get(0)
            .withId(TouchpointId.of("renegotiate"))
            .withStep(CustomerJourneyStep.AGREE));
    CustomerJourney nonLinear = designed.withTouchpoints(touchpoints).withInteractions(List.of());
    JourneyConformance conformance =
        JourneyConformance.of(nonLinear, follow("c", nonLinear.touchpoints()));
    assertThat(conformance.isConforming()).isTrue();
    assertThat(JourneyPaths.movesBack(follow("c", nonLinear.touchpoints())))
        .extracting(JourneyReturn::kind)
        .containsExactly(JourneyReturn.Kind.EARLIER_STEP);
  }

  @Test
  void reorderingFlagsTheFewestTouchpoints() {
    List<Touchpoint> designedOrder = designed.touchpoints();
    List<Touchpoint> lastFirst = new ArrayList<>();
    lastFirst.add(designedOrder.get(7));
    lastFirst.addAll(designedOrder.subList(0, 7));
    JourneyConformance conformance = JourneyConformance.of(designed, follow("c", lastFirst));
    assertThat(conformance.reordered()).containsExactly(IncidentResolution.FEEDBACK);
    List<Touchpoint> swapped = new ArrayList<>(designedOrder);
    swapped.set(1, designedOrder.get(2));
    swapped.set(2, designedOrder.get(1));
    assertThat(JourneyConformance.of(designed, follow("c", swapped)).reordered())
        .containsExactly(IncidentResolution.CONTACT_DESK);
  }

  @Test
  void stepsOnlyInteractionsHaveAreNeverSkipped() {
    Touchpoint first = designed.touchpoints().get(0);
    CustomerJourney design =
        designed
            .withInteractions(List.of())
            .withTouchpoints(
                List.of(
                    first.withStep(CustomerJourneyStep.EXPLORE), designed.touchpoints().get(7)));
    CustomerJourney withInteraction =
        design.withInteractions(
            List.of(
                ServiceInteraction.builder()
                    .id(ServiceInteractionId.of("negotiate"))
                    .name("Negotiates")
                    .step(CustomerJourneyStep.AGREE)
                    .channel(Channel.EMAIL)
                    .provider(PartyId.of("desk"))
                    .consumer(PartyId.of("acme"))
                    .build()));
    JourneyConformance conformance =
        JourneyConformance.of(withInteraction, follow("c", withInteraction.touchpoints()));
    assertThat(conformance.paths().skippedSteps()).isEmpty();
    assertThat(conformance.isConforming()).isTrue();
  }

  @Test
  void eventsAtAnotherStepThanTheDesignAreStepMismatches() {
    List<JourneyEvent> events = new ArrayList<>(follow("c", designed.touchpoints()).events());
    JourneyEvent third = events.get(2);
    events.set(2, JourneyEvent.of(third.touchpoint(), CustomerJourneyStep.ENGAGE, third.at()));
    JourneyConformance conformance =
        JourneyConformance.of(designed, ObservedJourney.of(CaseId.of("c"), events));
    assertThat(conformance.stepMismatches()).containsExactly(2);
    assertThat(conformance.isConforming()).isFalse();
    assertThat(conformance.findings())
        .filteredOn(f -> f.rule().equals(JourneyConformance.STEP_MISMATCH))
        .extracting(Finding::message)
        .containsExactly(
            "Case c reached incident-registered at step engage, but the design puts it at"
                + " co-create");
  }

  @Test
  void anEntryAtTheDesignedFirstTouchpointButALaterStepIsMidWay() {
    Touchpoint first = designed.touchpoints().get(0);
    ObservedJourney late =
        ObservedJourney.of(
            CaseId.of("c"),
            List.of(JourneyEvent.of(first.id(), CustomerJourneyStep.REALIZE, Instant.EPOCH)));
    MidWayEntry entry = JourneyPaths.of(designed, late).midWayEntry().orElseThrow();
    assertThat(entry.entryPosition()).hasValue(0);
    assertThat(entry.designedStartStep()).isEqualTo(first.step());
    assertThat(entry.passedBy()).isEmpty();
  }

  @Test
  void midWayByStepWhenTheEntryIsNotDesigned() {
    ObservedJourney late =
        ObservedJourney.of(
            CaseId.of("c"),
            List.of(
                JourneyEvent.of(TouchpointId.of("x"), CustomerJourneyStep.REALIZE, Instant.EPOCH)));
    MidWayEntry entry = JourneyPaths.of(designed, late).midWayEntry().orElseThrow();
    assertThat(entry.entryPosition()).isEmpty();
    assertThat(entry.passedBy()).isEmpty();
    ObservedJourney early =
        ObservedJourney.of(
            CaseId.of("c"),
            List.of(
                JourneyEvent.of(TouchpointId.of("x"), CustomerJourneyStep.EXPLORE, Instant.EPOCH)));
    assertThat(JourneyPaths.of(designed, early).midWayEntry()).isEmpty();
  }

  /**
   * §1.2.4: a journey may start part-way along the expected path and then move back towards the
   * expected start. A user who was sent to the diagnosis by a colleague then looks for self-help
   * and registers the incident herself: not out of order, but a late entry that catches up.
   */
  @Test
  void aMidWayEntryThatMovesBackTowardsTheStartIsReportedAsSuch() {
    List<Touchpoint> t = designed.touchpoints();
    ObservedJourney late =
        follow(
            "INC-1003",
            List.of(t.get(3), t.get(0), t.get(2), t.get(4), t.get(5), t.get(6), t.get(7)));
    JourneyConformance conformance = JourneyConformance.of(designed, late);
    ReturnTowardsStart back = conformance.paths().backTowardsStart().orElseThrow();
    assertThat(back.entryPosition()).isEqualTo(3);
    assertThat(back.eventIndex()).isEqualTo(1);
    assertThat(back.touchpoints())
        .containsExactly(IncidentResolution.SELF_HELP, IncidentResolution.INCIDENT_REGISTERED);
    assertThat(back.earliestPosition()).isZero();
    // Today's longest-run reading still lists the entry as out of order...
    assertThat(conformance.reordered()).containsExactly(IncidentResolution.DIAGNOSIS);
    // ...but no finding says so: the move back towards the start is what happened.
    assertThat(conformance.findings())
        .extracting(Finding::rule)
        .containsExactly(JourneyPaths.MID_WAY_ENTRY, JourneyPaths.BACK_TOWARDS_START);
    // The contact with the desk it never made was passed by at the entry, as before.
    assertThat(conformance.missing()).containsExactly(IncidentResolution.CONTACT_DESK);
    Finding finding = conformance.findings(JourneyPaths.BACK_TOWARDS_START).get(0);
    assertThat(finding.elements())
        .containsExactly(
            CaseId.of("INC-1003"),
            IncidentResolution.DIAGNOSIS,
            IncidentResolution.SELF_HELP,
            IncidentResolution.INCIDENT_REGISTERED);
    assertThat(finding.data())
        .containsEntry("step", "co-create")
        .containsEntry("towardsStep", "co-create");
    assertThat(finding.evidence())
        .containsEntry("eventIndex", 1.0)
        .containsEntry("touchpoints", 2.0)
        .containsEntry("entryPosition", 3.0)
        .containsEntry("earliestPosition", 0.0);
    assertThat(finding.message())
        .isEqualTo(
            "Case INC-1003 starts part-way, at touchpoint diagnosis, and then moves back towards"
                + " the designed start: from event 1 it reaches 2 designed touchpoints it passed"
                + " by, back to step co-create");
  }

  @Test
  void aMidWayEntryThatGoesOnIsNotAMoveBackTowardsTheStart() {
    assertThat(JourneyPaths.of(designed, IncidentResolution.midWayCase()).backTowardsStart())
        .isEmpty();
  }
}
