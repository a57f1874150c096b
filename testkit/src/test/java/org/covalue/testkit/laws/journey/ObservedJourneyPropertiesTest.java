package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.testkit.ObservedJourneys;
import org.junit.jupiter.api.Test;

/** Laws of observed journeys and their events as values (§1.2.4). */
class ObservedJourneyPropertiesTest {

  @Test
  void eventsRemadeFromTheirPartsAreEqual() {
    qt().forAll(ObservedJourneys.events())
        .checkAssert(
            event -> {
              JourneyEvent again = JourneyEvent.of(event.touchpoint(), event.step(), event.at());
              assertThat(again).isEqualTo(event).hasSameHashCodeAs(event);
            });
  }

  @Test
  void observedJourneysRemadeFromTheirPartsAreEqualAndKeepTimeOrder() {
    qt().forAll(
            ObservedJourneys.observedJourneys()
                .mix(ObservedJourneys.cases().map(c -> c.observed())))
        .checkAssert(
            observed -> {
              ObservedJourney again =
                  ObservedJourney.of(observed.caseId(), List.copyOf(observed.events()));
              assertThat(again).isEqualTo(observed).hasSameHashCodeAs(observed);
              assertThat(observed.caseId()).isNotBlank();
              assertThat(observed.events()).isNotEmpty();
              for (int i = 1; i < observed.events().size(); i++) {
                assertThat(observed.events().get(i).at())
                    .isAfterOrEqualTo(observed.events().get(i - 1).at());
              }
            });
  }

  @Test
  void observedJourneysThatDifferInTheirEventsAreNotEqual() {
    qt().forAll(ObservedJourneys.observedJourneys(), ObservedJourneys.observedJourneys())
        .checkAssert(
            (a, b) -> {
              ObservedJourney other = ObservedJourney.of(a.caseId(), b.events());
              assertThat(other.equals(a)).isEqualTo(a.events().equals(b.events()));
              assertThat(ObservedJourney.of(b.caseId(), a.events()).equals(a))
                  .isEqualTo(a.caseId().equals(b.caseId()));
            });
  }
}
