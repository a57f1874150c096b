package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.visibility.Scenario.JOURNEY;
import static org.covalue.visibility.Scenario.PROVIDER;

import org.covalue.core.Finding;
import org.covalue.core.Severity;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.Scenario;
import org.junit.jupiter.api.Test;

class ManagedBandTest {

  private static final PracticeId DESK = PracticeId.of("desk");
  private static final ElementRef ASK = ElementRef.of(JOURNEY, TouchpointId.of("ask"));
  private static final ElementRef LOG = ElementRef.of(ValueStreamActivityId.of("log"));

  private static Scenario scenario() {
    return new Scenario()
        .providerActivity("log", true)
        .providerActivity("triage", false)
        .touchpoint("ask", CustomerJourneyStep.ENGAGE, "log")
        .touchpoint("hear", CustomerJourneyStep.ENGAGE)
        .visibility(
            model ->
                model
                    .addPractice(Practice.of(DESK, "Service desk", PROVIDER))
                    .addResponsibilities(
                        Responsibility.of(ASK, DESK),
                        Responsibility.of(ASK, PROVIDER),
                        Responsibility.of(ValueStreamActivityId.of("triage"), PROVIDER)));
  }

  @Test
  void everyElementOfTheBandWithoutAResponsibilityIsReported() {
    Scenario scenario = scenario();
    ManagedBand managed = ManagedBand.of(scenario.model(), scenario.relationship());

    assertThat(managed.holders()).containsOnlyKeys(ASK);
    assertThat(managed.holders(ASK)).containsExactly(DESK, PROVIDER);
    assertThat(managed.holders(LOG)).isEmpty();
    assertThat(managed.unmanaged())
        .containsExactly(ElementRef.of(JOURNEY, TouchpointId.of("hear")), LOG);
    assertThat(managed.hasUnmanagedElements()).isTrue();
    assertThat(managed.findings()).hasSize(2);
    Finding finding = managed.findings().get(0);
    assertThat(finding.rule()).isEqualTo(ManagedBand.UNMANAGED_ELEMENT);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements()).containsExactly(TouchpointId.of("hear"), JOURNEY);
    assertThat(finding.data()).containsEntry("kind", "touchpoint");
    assertThat(finding.message())
        .isEqualTo(
            "Touchpoint hear of journey journey is in the band of visibility of relationship"
                + " relationship, but no party, team or practice answers for it");
    assertThat(managed.findings().get(1).elements())
        .containsExactly(ValueStreamActivityId.of("log"));
    assertThat(managed.toString())
        .isEqualTo("ManagedBand{relationship=relationship, managed=1, unmanaged=2}");
  }

  @Test
  void aBandEveryElementOfWhichIsAnsweredForHasNoFinding() {
    Scenario scenario =
        scenario()
            .visibility(
                model ->
                    model.addResponsibilities(
                        Responsibility.of(ElementRef.of(JOURNEY, TouchpointId.of("hear")), DESK),
                        Responsibility.of(LOG, DESK)));
    ManagedBand managed = ManagedBand.of(scenario.model(), scenario.relationship());

    assertThat(managed.hasUnmanagedElements()).isFalse();
    assertThat(managed.findings()).isEmpty();
  }
}
