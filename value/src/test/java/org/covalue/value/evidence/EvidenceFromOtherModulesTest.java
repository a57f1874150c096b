package org.covalue.value.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.relationship.BandWidth;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * Leakage evidence read from the other modules' results: the band width that covalue-visibility
 * measured (§1.2.5) and the loops and abandonment of a real event log (§1.2.4, §1.2.6).
 */
class EvidenceFromOtherModulesTest {

  private static final JourneyId JOURNEY = JourneyId.of("incident-resolution");

  @Test
  void aMeasuredBandWidthCarriesTheVisibilityAssessmentsWidthAndShare() {
    BandOfVisibility band = BandOfVisibility.of(ServerHosting.model(), ServerHosting.commodity());
    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);

    MeasuredBandWidth measured = MeasuredBandWidth.of(assessment);

    assertThat(measured.relationship()).isEqualTo(ServerHosting.COMMODITY);
    assertThat(measured.width()).isEqualTo(assessment.measured());
    assertThat(measured.share()).isEqualTo(Score.of(assessment.share()));
    assertThat(measured)
        .isEqualTo(
            MeasuredBandWidth.of(
                ServerHosting.COMMODITY, assessment.measured(), Score.of(assessment.share())));
  }

  @Test
  void theCommodityAndThePartnershipBandsAreMeasuredApart() {
    MeasuredBandWidth commodity =
        MeasuredBandWidth.of(
            BandWidthCheck.DEFAULT.check(
                BandOfVisibility.of(ServerHosting.model(), ServerHosting.commodity())));
    MeasuredBandWidth partnership =
        MeasuredBandWidth.of(
            BandWidthCheck.DEFAULT.check(
                BandOfVisibility.of(ServerHosting.model(), ServerHosting.partnership())));

    assertThat(partnership.relationship()).isEqualTo(ServerHosting.PARTNERSHIP);
    assertThat(partnership.share().value()).isGreaterThan(commodity.share().value());
    assertThat(commodity.width()).isEqualTo(BandWidth.NARROW);
  }

  @Test
  void anEventLogGivesLoopsAndAbandonmentButNoSkippedSteps() {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    JourneyLog log =
        JourneyLog.builder()
            // goes back to Diagnose once, then closes
            .add("c1", "Register", t)
            .add("c1", "Diagnose", t.plusSeconds(60))
            .add("c1", "Fix", t.plusSeconds(120))
            .add("c1", "Diagnose", t.plusSeconds(180))
            .add("c1", "Close", t.plusSeconds(240))
            // straight through
            .add("c2", "Register", t)
            .add("c2", "Diagnose", t.plusSeconds(60))
            .add("c2", "Close", t.plusSeconds(120))
            // never closed: abandoned
            .add("c3", "Register", t)
            .add("c3", "Diagnose", t.plusSeconds(60))
            .build();
    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of("Close")).analyze(log);

    JourneyPathFigures figures = JourneyPathFigures.of(JOURNEY, analytics);

    assertThat(figures.journey()).isEqualTo(JOURNEY);
    assertThat(figures.cases()).isEqualTo(3);
    assertThat(figures.backAndForthCases()).hasValue(1);
    assertThat(figures.abandonedCases()).hasValue(1);
    assertThat(figures.skippedStepCases()).isEmpty();
  }

  @Test
  void anEventLogWithAMappingCountsTheCasesThatNeverReachRealize() {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    JourneyLog log =
        JourneyLog.builder()
            // closed and confirmed: reaches Realize
            .add("c1", "Register", t)
            .add("c1", "Close", t.plusSeconds(60))
            .add("c1", "Confirm", t.plusSeconds(120))
            // closed, but the user never confirmed: the end without Realize
            .add("c2", "Register", t)
            .add("c2", "Close", t.plusSeconds(60))
            // never closed
            .add("c3", "Register", t)
            .build();
    JourneyAnalyzer analyzer =
        JourneyAnalyzer.DEFAULT
            .withFinalActivities(Set.of("Close"))
            .withMapping(
                ActivityMapping.of(
                    Map.of(
                        "Register", CustomerJourneyStep.ENGAGE,
                        "Close", CustomerJourneyStep.CO_CREATE,
                        "Confirm", CustomerJourneyStep.REALIZE)));

    JourneyPathFigures figures = JourneyPathFigures.of(JOURNEY, analyzer.analyze(log));

    assertThat(figures.cases()).isEqualTo(3);
    assertThat(figures.unrealizedCases()).hasValue(2);
    assertThat(figures.abandonedCases()).hasValue(1);
    assertThat(
            JourneyPathFigures.of(JOURNEY, JourneyAnalytics.of(log)).unrealizedCases().isPresent())
        .isFalse();
  }

  @Test
  void withoutANamedEndAbandonmentIsNotCounted() {
    JourneyLog log =
        JourneyLog.builder().add("c1", "Register", Instant.parse("2026-01-05T09:00:00Z")).build();

    JourneyPathFigures figures =
        JourneyPathFigures.of(JOURNEY, JourneyAnalyzer.DEFAULT.analyze(log));

    assertThat(figures.cases()).isEqualTo(1);
    assertThat(figures.backAndForthCases()).hasValue(0);
    assertThat(figures.abandonedCases()).isEmpty();
  }

  @Test
  void anEmptyLogIsNoEvidence() {
    JourneyAnalytics empty = JourneyAnalyzer.DEFAULT.analyze(JourneyLog.builder().build());

    assertThatThrownBy(() -> JourneyPathFigures.of(JOURNEY, empty))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("cases");
  }
}
