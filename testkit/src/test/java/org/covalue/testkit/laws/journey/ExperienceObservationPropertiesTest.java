package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.journey.CustomerJourney;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.testkit.Experiences;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of experience observations as values (§1.2.4, Figure 1.5). */
class ExperienceObservationPropertiesTest {

  /** An observation with the journey it is about. */
  private record About(CustomerJourney journey, ExperienceObservation observation) {}

  @Test
  void anObservationRebuiltFromItselfIsEqualAndRatesAtLeastOneSide() {
    qt().forAll(Experiences.observations())
        .checkAssert(
            observation -> {
              ExperienceObservation copy =
                  ExperienceObservation.builder().from(observation).build();
              assertThat(copy).isEqualTo(observation).hasSameHashCodeAs(observation);
              assertThat(
                      observation.functional().isPresent() || observation.emotional().isPresent())
                  .isTrue();
            });
  }

  @Test
  void observationsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Experiences.observations(), Experiences.observations())
        .checkAssert(
            (a, b) -> {
              if (a.perceiver() != b.perceiver()) {
                assertThat(ExperienceObservation.builder().from(a).perceiver(b.perceiver()).build())
                    .isNotEqualTo(a);
              }
              if (!a.source().equals(b.source())) {
                assertThat(ExperienceObservation.builder().from(a).source(b.source()).build())
                    .isNotEqualTo(a);
              }
              if (!a.step().equals(b.step())) {
                assertThat(ExperienceObservation.builder().from(a).step(b.step()).build())
                    .isNotEqualTo(a);
              }
              if (b.functional().isPresent() && !a.functional().equals(b.functional())) {
                assertThat(
                        ExperienceObservation.builder().from(a).functional(b.functional()).build())
                    .isNotEqualTo(a);
              }
            });
  }

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
