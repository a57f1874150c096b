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
            "case-1",
            List.of(event("a", "2026-01-01T10:00:00Z"), event("b", "2026-01-01T10:00:00Z")));
    assertThat(journey.events()).hasSize(2);
    assertThat(journey.caseId()).isEqualTo("case-1");
  }

  @Test
  void eventsNeverGoBackInTime() {
    assertThatThrownBy(
            () ->
                ObservedJourney.of(
                    "case-1",
                    List.of(
                        event("a", "2026-01-01T10:00:00Z"), event("b", "2026-01-01T09:59:59Z"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "events[1].at: Events must be in time order, but events[1] at 2026-01-01T09:59:59Z comes before events[0] at 2026-01-01T10:00:00Z");
  }

  @Test
  void aCaseNeedsAnIdAndAnEvent() {
    assertThatThrownBy(() -> ObservedJourney.of(" ", List.of()))
        .hasMessageContaining("caseId: Observed journey case id must not be blank")
        .hasMessageContaining("events: Observed journey   needs at least one event");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullEventsAreRefusedWithAPath() {
    assertThatThrownBy(() -> ObservedJourney.of("c", null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events: events must not be null");
    assertThatThrownBy(
            () -> ObservedJourney.of("c", Arrays.asList(event("a", "2026-01-01T10:00:00Z"), null)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1]: Event 1 must not be null");
  }
}
