package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.journey.CustomerJourney;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.testkit.Experiences;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of the observations drawn about a journey (§1.2.4, Figure 1.5). */
class ExperienceObservationPropertiesTest {

  /** An observation with the journey it is about. */
  private record About(CustomerJourney journey, ExperienceObservation observation) {}

  @Test
  void observationsOfAJourneyAreAboutItsTouchpointsAndSteps() {
    qt().forAll(
            Journeys.journeys()
                .flatMap(j -> Experiences.observationsOf(j).map(o -> new About(j, o))))
        .checkAssert(
            about -> {
              CustomerJourney journey = about.journey();
              ExperienceObservation observation = about.observation();
              assertThat(observation.journey()).contains(journey.id());
              observation.step().ifPresent(step -> assertThat(journey.steps()).contains(step));
              observation
                  .touchpoint()
                  .ifPresent(
                      at ->
                          assertThat(journey.touchpoint(at).map(t -> t.step()))
                              .isEqualTo(observation.step()));
            });
  }
}
