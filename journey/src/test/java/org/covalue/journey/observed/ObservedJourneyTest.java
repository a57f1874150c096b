package org.covalue.journey.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.junit.jupiter.api.Test;

class ObservedJourneyTest {

  private static JourneyEvent event(String touchpoint, String at) {
    return JourneyEvent.of(
        TouchpointId.of(touchpoint), CustomerJourneyStep.CO_CREATE, Instant.parse(at));
  }

  @Test
  void eventsMayShareATime() {
    ObservedJourney journey =
        ObservedJourney.of(
            CaseId.of("case-1"),
            List.of(event("a", "2026-01-01T10:00:00Z"), event("b", "2026-01-01T10:00:00Z")));
    assertThat(journey.events()).hasSize(2);
    assertThat(journey.caseId()).isEqualTo(CaseId.of("case-1"));
    assertThat(journey.caseId().kind()).isEqualTo("case");
    assertThat(journey).hasToString("ObservedJourney{caseId=case-1, events=2}");
  }

  @Test
  void eventsNeverGoBackInTime() {
    assertThatThrownBy(
            () ->
                ObservedJourney.of(
                    CaseId.of("case-1"),
                    List.of(
                        event("a", "2026-01-01T10:00:00Z"), event("b", "2026-01-01T09:59:59Z"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "events[1].at: Events of observed journey case-1 must be in time order, but events[1]"
                + " at 2026-01-01T09:59:59Z comes before events[0] at 2026-01-01T10:00:00Z");
  }

  @Test
  void aLongJourneyBackwardsIsRefusedWithOneShortMessage() {
    List<JourneyEvent> events = new java.util.ArrayList<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 200_000; i++) {
      events.add(
          JourneyEvent.of(
              TouchpointId.of("t"), CustomerJourneyStep.CO_CREATE, start.minusSeconds(i)));
    }
    assertThatThrownBy(() -> ObservedJourney.of(CaseId.of("c"), events))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.getMessage())
                  .hasSizeLessThan(300)
                  .endsWith("(and 199998 more events go back in time)");
            });
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aCaseNeedsAnIdAndAnEvent() {
    assertThatThrownBy(() -> ObservedJourney.of(CaseId.of("c"), List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events: Observed journey c needs at least one event");
    assertThatThrownBy(() -> ObservedJourney.of(null, List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("caseId: caseId must not be null");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullEventsAreRefusedWithAPath() {
    assertThatThrownBy(() -> ObservedJourney.of(CaseId.of("c"), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events: events must not be null");
    assertThatThrownBy(
            () ->
                ObservedJourney.of(
                    CaseId.of("c"), Arrays.asList(event("a", "2026-01-01T10:00:00Z"), null)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1]: Element 1 of events must not be null");
  }
}
