package org.covalue.value.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Journey path figures counted case by case from conformance: each kind of deviation counts the
 * cases that show it, and a conformance with another journey is refused at its index.
 */
class JourneyPathFiguresCountsTest {

  private static final CustomerJourney JOURNEY = IncidentValue.journey();

  private static JourneyConformance backAndForth() {
    return JourneyConformance.of(JOURNEY, IncidentResolution.backAndForthCase());
  }

  private static JourneyConformance midWay() {
    return JourneyConformance.of(JOURNEY, IncidentResolution.midWayCase());
  }

  @Test
  void aCaseThatGoesBackAndForthButReachesTheEndIsCountedOnceAsBackAndForth() {
    JourneyPathFigures figures = JourneyPathFigures.of(JOURNEY.id(), List.of(backAndForth()));
    assertThat(figures.cases()).isEqualTo(1);
    assertThat(figures.backAndForthCases()).hasValue(1);
    assertThat(figures.abandonedCases()).hasValue(0);
    assertThat(figures.skippedStepCases()).hasValue(0);
  }

  @Test
  void aCaseThatNeverAnswersTheSurveyIsAbandonedButDoesNotLoop() {
    JourneyPathFigures figures = JourneyPathFigures.of(JOURNEY.id(), List.of(midWay()));
    assertThat(figures.backAndForthCases()).hasValue(0);
    assertThat(figures.abandonedCases()).hasValue(1);
  }

  @Test
  void eachCaseCountsOnceForEachKindItShows() {
    JourneyPathFigures figures =
        JourneyPathFigures.of(JOURNEY.id(), List.of(backAndForth(), midWay(), backAndForth()));
    assertThat(figures.cases()).isEqualTo(3);
    assertThat(figures.backAndForthCases()).hasValue(2);
    assertThat(figures.abandonedCases()).hasValue(1);
  }

  @Test
  void aConformanceWithAnotherJourneyIsRefusedAtItsIndex() {
    JourneyId other = JourneyId.of("other-journey");
    assertThatThrownBy(() -> JourneyPathFigures.of(other, List.of(backAndForth(), midWay())))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "conformances[0]: Conformance of case INC-1001 compares with journey");
    CustomerJourney renamed = CustomerJourney.builder().from(JOURNEY).id(other).build();
    JourneyConformance second = JourneyConformance.of(renamed, IncidentResolution.midWayCase());
    assertThatThrownBy(() -> JourneyPathFigures.of(JOURNEY.id(), List.of(backAndForth(), second)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "conformances[1]: Conformance of case INC-1002 compares with journey other-journey,"
                + " not with "
                + JOURNEY.id());
  }

  @Test
  void everyCountIsHeldToTheNumberOfCases() {
    for (String name : List.of("backAndForthCases", "abandonedCases", "skippedStepCases")) {
      JourneyPathFigures.Builder builder =
          JourneyPathFigures.builder().journey(JOURNEY.id()).cases(2);
      switch (name) {
        case "backAndForthCases" -> builder.backAndForthCases(3);
        case "abandonedCases" -> builder.abandonedCases(3);
        default -> builder.skippedStepCases(3);
      }
      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              name
                  + ": Journey path figures "
                  + name
                  + " must be between 0 and the 2 cases, but was 3");
    }
    assertThat(
            JourneyPathFigures.builder()
                .journey(JOURNEY.id())
                .cases(2)
                .skippedStepCases(2)
                .build()
                .skippedStepCases())
        .hasValue(2);
  }

  @Test
  void aCaseThatGoesFromEngagingStraightToRealizingSkipsCoCreation() {
    // Self-help recorded at the engage step, then the survey: the co-create step in between,
    // which the designed journey has, is passed over; the case reaches the designed end.
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    ObservedJourney skipping =
        ObservedJourney.of(
            CaseId.of("INC-1003"),
            List.of(
                JourneyEvent.of(IncidentResolution.SELF_HELP, CustomerJourneyStep.ENGAGE, start),
                JourneyEvent.of(
                    IncidentResolution.FEEDBACK,
                    CustomerJourneyStep.REALIZE,
                    start.plus(Duration.ofHours(1)))));
    JourneyPathFigures figures =
        JourneyPathFigures.of(
            JOURNEY.id(), List.of(JourneyConformance.of(JOURNEY, skipping), backAndForth()));
    assertThat(figures.skippedStepCases()).hasValue(1);
    assertThat(figures.abandonedCases()).hasValue(0);
    assertThat(figures.backAndForthCases()).hasValue(1);
  }
}
