package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TransitionDirection;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of the seven journey steps: their numbering and their usual order (Table 1.1). */
class CustomerJourneyStepPropertiesTest {

  @Test
  void stepsAreNumberedOneToSevenInTheirUsualOrderAndCoveredByChaptersThreeToNine() {
    qt().forAll(Journeys.steps())
        .checkAssert(
            step -> {
              assertThat(step.number())
                  .isBetween(1, 7)
                  .isEqualTo(List.of(CustomerJourneyStep.values()).indexOf(step) + 1);
              assertThat(step.chapter()).isEqualTo(step.number() + 2);
              assertThat(step.title()).isNotBlank();
              assertThat(step.headline()).isNotBlank();
              assertThat(step.purpose()).isNotBlank();
              assertThat(step.reference()).isEqualTo(ItilReference.section("1.1").table("1.1"));
              boolean translationOnly =
                  step == CustomerJourneyStep.ONBOARD || step == CustomerJourneyStep.REALIZE;
              assertThat(step.titleConfidence())
                  .isEqualTo(translationOnly ? Confidence.SEED : Confidence.CORROBORATED);
            });
    assertThat(List.of(CustomerJourneyStep.values()))
        .extracting(CustomerJourneyStep::title)
        .containsExactly("Explore", "Engage", "Offer", "Agree", "Onboard", "Co-create", "Realize");
  }

  @Test
  void isBeforeIsTheStrictOrderOfTheNumbers() {
    qt().forAll(Journeys.steps(), Journeys.steps())
        .checkAssert(
            (a, b) -> {
              assertThat(a.isBefore(b))
                  .isEqualTo(a.number() < b.number())
                  .isEqualTo(a.compareTo(b) < 0);
              assertThat(a.isBefore(b) && b.isBefore(a)).as("asymmetric").isFalse();
              assertThat(a.isBefore(b) || b.isBefore(a) || a == b).as("total").isTrue();
              assertThat(a.isBefore(a)).as("irreflexive").isFalse();
            });
  }

  @Test
  void isBeforeIsTransitive() {
    qt().forAll(Journeys.steps(), Journeys.steps(), Journeys.steps())
        .checkAssert(
            (a, b, c) -> {
              if (a.isBefore(b) && b.isBefore(c)) {
                assertThat(a.isBefore(c)).isTrue();
              }
            });
  }

  @Test
  void theTransitionHasTwoDirections() {
    qt().forAll(Journeys.transitionDirections())
        .checkAssert(
            direction ->
                assertThat(TransitionDirection.valueOf(direction.name())).isSameAs(direction));
    assertThat(TransitionDirection.values())
        .containsExactly(TransitionDirection.ONBOARD, TransitionDirection.OFFBOARD);
  }
}
