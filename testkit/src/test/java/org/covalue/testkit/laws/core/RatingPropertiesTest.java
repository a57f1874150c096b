package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.testkit.Ratings;
import org.junit.jupiter.api.Test;

/** Laws of ratings: levels and scores, their bands and their order. */
class RatingPropertiesTest {

  private static boolean inBand(Level level, double value) {
    return value >= level.lowerBound()
        && (level == Level.HIGH ? value <= level.upperBound() : value < level.upperBound());
  }

  @Test
  void aLevelIsTheLevelOfItsOwnScore() {
    qt().forAll(Ratings.levels())
        .checkAssert(
            level -> {
              assertThat(Level.ofScore(level.score())).isEqualTo(level);
              assertThat(level.level()).isEqualTo(level);
              assertThat(inBand(level, level.score())).isTrue();
            });
  }

  @Test
  void theLevelOfAScoreIsTheOneWhoseBandHoldsIt() {
    qt().forAll(Ratings.scoreValues())
        .checkAssert(
            value -> {
              Level level = Score.of(value).level();
              assertThat(inBand(level, value)).as("%s in band of %s", value, level).isTrue();
              assertThat(Level.ofScore(value)).isEqualTo(level);
              for (Level other : Level.values()) {
                if (other != level) {
                  assertThat(inBand(other, value))
                      .as("%s also in band of %s", value, other)
                      .isFalse();
                }
              }
            });
  }

  @Test
  void scoresRoundTripThroughTheirValue() {
    qt().forAll(Ratings.scoreValues())
        .checkAssert(
            value -> {
              Score score = Score.of(value);
              assertThat(score.value() == value).isTrue();
              assertThat(score.score() == value).isTrue();
              Score again = Score.of(score.value());
              assertThat(again).isEqualTo(score).hasSameHashCodeAs(score);
              assertThat(Double.parseDouble(score.toString())).isEqualTo(score.value());
            });
  }

  @Test
  void aScoreKeepsItsValueExactlyWhetherOrNotItIsShared() {
    qt().forAll(doubles().between(0, 1), integers().between(0, 100))
        .checkAssert(
            (value, hundredths) -> {
              assertThat(Score.of(value).value()).isEqualTo(value + 0.0);
              assertThat(Score.of(value)).isEqualTo(Score.of(value));
              double twoDecimals = hundredths / 100.0;
              assertThat(Score.of(twoDecimals).value()).isEqualTo(twoDecimals);
              assertThat(Score.of(value).equals(Score.of(twoDecimals)))
                  .isEqualTo(value == twoDecimals);
            });
  }

  @Test
  void byScoreOrdersScoresAsTheirNaturalOrderAndAgreesWithEquals() {
    qt().forAll(Ratings.scores(), Ratings.scores())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(Rating.BY_SCORE.compare(a, b)))
                  .isEqualTo(Integer.signum(a.compareTo(b)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.isAtLeast(b)).isEqualTo(a.compareTo(b) >= 0);
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
            });
  }

  @Test
  void byScoreOrdersLevelsLikeTheEnum() {
    qt().forAll(Ratings.levels(), Ratings.levels())
        .checkAssert(
            (a, b) ->
                assertThat(Integer.signum(Rating.BY_SCORE.compare(a, b)))
                    .isEqualTo(Integer.signum(a.compareTo(b))));
  }

  @Test
  void theLevelOfARatingIsMonotoneInItsScore() {
    qt().forAll(Ratings.ratings(), Ratings.ratings())
        .checkAssert(
            (a, b) -> {
              if (Rating.BY_SCORE.compare(a, b) <= 0) {
                assertThat(a.level()).isLessThanOrEqualTo(b.level());
              }
            });
  }

  @Test
  void ratingsKeepTheirFormThoughTheirScoresMatch() {
    qt().forAll(Ratings.levels())
        .checkAssert(
            level -> {
              Score same = Score.of(level.score());
              assertThat(Rating.BY_SCORE.compare(level, same)).isZero();
              assertThat((Rating) same).isNotEqualTo(level);
              assertThat(same.level()).isEqualTo(level);
            });
  }

  @Test
  void theEndsOfTheScaleAreTheConstants() {
    qt().forAll(Ratings.scores())
        .checkAssert(
            score -> {
              assertThat(score.isAtLeast(Score.ZERO)).isTrue();
              assertThat(Score.ONE.isAtLeast(score)).isTrue();
            });
  }
}
