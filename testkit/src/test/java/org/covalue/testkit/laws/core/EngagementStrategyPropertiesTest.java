package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of the engagement strategies and of how engagement changes between them. */
class EngagementStrategyPropertiesTest {

  /** Whether a strategy holds every high half another holds: the reference order of engagement. */
  private static boolean covers(EngagementStrategy a, EngagementStrategy b) {
    return (a.highInfluence() || !b.highInfluence()) && (a.highInterest() || !b.highInterest());
  }

  @Test
  void aStrategyIsTheOneOfItsHalves() {
    qt().forAll(Stakeholders.strategies())
        .checkAssert(
            strategy ->
                assertThat(EngagementStrategy.of(strategy.highInfluence(), strategy.highInterest()))
                    .isSameAs(strategy));
  }

  @Test
  void noChangeExactlyForTheSameStrategy() {
    qt().forAll(Stakeholders.strategies(), Stakeholders.strategies())
        .checkAssert(
            (a, b) -> assertThat(a.changeTo(b) == EngagementChange.NONE).isEqualTo(a == b));
  }

  @Test
  void moreOneWayIsLessTheOtherWay() {
    qt().forAll(Stakeholders.strategies(), Stakeholders.strategies())
        .checkAssert(
            (a, b) -> {
              assertThat(a.changeTo(b) == EngagementChange.MORE)
                  .isEqualTo(b.changeTo(a) == EngagementChange.LESS);
              assertThat(a.changeTo(b) == EngagementChange.LESS)
                  .isEqualTo(b.changeTo(a) == EngagementChange.MORE);
            });
  }

  @Test
  void everyChangeHappensBetweenSomeQuadrantsAndHasAdvice() {
    qt().forAll(Stakeholders.engagementChanges())
        .checkAssert(
            change -> {
              boolean happens = false;
              for (EngagementStrategy a : EngagementStrategy.values()) {
                for (EngagementStrategy b : EngagementStrategy.values()) {
                  happens |= a.changeTo(b) == change;
                }
              }
              assertThat(happens).as("%s happens", change).isTrue();
              assertThat(change.advice()).isNotBlank();
            });
  }

  @Test
  void aShiftIsSymmetric() {
    qt().forAll(Stakeholders.strategies(), Stakeholders.strategies())
        .checkAssert(
            (a, b) ->
                assertThat(a.changeTo(b) == EngagementChange.SHIFT)
                    .isEqualTo(b.changeTo(a) == EngagementChange.SHIFT));
  }

  @Test
  void moreMeansTheTargetAddsHighHalvesAndLessThatItDropsThem() {
    qt().forAll(Stakeholders.strategies(), Stakeholders.strategies())
        .checkAssert(
            (a, b) -> {
              EngagementChange change = a.changeTo(b);
              assertThat(change == EngagementChange.MORE).isEqualTo(a != b && covers(b, a));
              assertThat(change == EngagementChange.LESS).isEqualTo(a != b && covers(a, b));
              assertThat(change == EngagementChange.SHIFT)
                  .isEqualTo(!covers(a, b) && !covers(b, a));
            });
  }
}
