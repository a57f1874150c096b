package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

  @Test
  void levelsStandForTheMiddleOfTheirThird() {
    assertThat(Level.LOW.score()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(Level.MEDIUM.score()).isCloseTo(0.5, within(1e-12));
    assertThat(Level.HIGH.score()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(Level.LOW.lowerBound()).isZero();
    assertThat(Level.LOW.upperBound()).isEqualTo(1.0 / 3);
    assertThat(Level.HIGH.upperBound()).isEqualTo(1.0);
    for (Level level : Level.values()) {
      assertThat(level.level()).isSameAs(level);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, LOW",
    "0.3333, LOW",
    "0.33333333333333337, MEDIUM",
    "0.5, MEDIUM",
    "0.6666, MEDIUM",
    "0.6666666666666667, HIGH",
    "1.0, HIGH"
  })
  void scoresBelongToTheLevelOfTheirBand(double score, Level level) {
    assertThat(Level.ofScore(score)).isEqualTo(level);
    assertThat(Score.of(score).level()).isEqualTo(level);
  }

  @Test
  void scoreKeepsItsValue() {
    Score score = Score.of(0.7);
    assertThat(score.value()).isEqualTo(0.7);
    assertThat(score.score()).isEqualTo(0.7);
    assertThat(score).hasToString("0.7");
    assertThat(Score.of(0)).isEqualTo(Score.ZERO);
    assertThat(Score.of(1)).isEqualTo(Score.ONE);
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(Score.of(-0.0)).isEqualTo(Score.ZERO).hasSameHashCodeAs(Score.ZERO);
    assertThat(Double.doubleToRawLongBits(Score.of(-0.0).value())).isZero();
  }

  @Test
  void everyScoreWithAtMostTwoDecimalsIsOneSharedInstance() {
    for (int k = 0; k <= 100; k++) {
      double written = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2f", k / 100.0));
      Score score = Score.of(written);
      assertThat(score.value()).as("score %d", k).isEqualTo(written);
      assertThat(Score.of(k / 100.0)).as("score %d", k).isSameAs(score);
    }
    assertThat(Score.of(0)).isSameAs(Score.ZERO);
    assertThat(Score.of(1)).isSameAs(Score.ONE);
    assertThat(Score.of(-0.0)).isSameAs(Score.ZERO);
    assertThat(Score.of(0.29)).isSameAs(Score.of(0.29));
    for (double finer : new double[] {0.285, 0.005, 0.995, 1.0 / 3, Math.nextUp(0.29), 1e-300}) {
      Score score = Score.of(finer);
      assertThat(score.value()).isEqualTo(finer);
      assertThat(Score.of(finer)).isEqualTo(score).isNotSameAs(score);
    }
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        -0.000001,
        1.000001,
        -1,
        2,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void scoreOutsideTheUnitIntervalIsRefusedNotClamped(double value) {
    assertThatThrownBy(() -> Score.of(value))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Score must be a number between 0 and 1, but was " + value);
    assertThatThrownBy(() -> Level.ofScore(value)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void scoresCompareByValue() {
    assertThat(Score.of(0.2)).isLessThan(Score.of(0.3));
    assertThat(Score.of(0.3).isAtLeast(Score.of(0.3))).isTrue();
    assertThat(Score.of(0.3).isAtLeast(Score.of(0.31))).isFalse();
    assertThat(Score.of(0.3)).isNotEqualTo(Score.of(0.31));
  }

  @Test
  void ratingsOfBothFormsOrderByScore() {
    assertThat(Rating.BY_SCORE.compare(Level.HIGH, Score.of(0.9))).isNegative();
    assertThat(Rating.BY_SCORE.compare(Level.LOW, Score.of(0.1))).isPositive();
    assertThat(Rating.BY_SCORE.compare(Level.MEDIUM, Score.of(0.5))).isZero();
  }

  @Test
  void aRatingKeepsItsForm() {
    assertThat((Rating) Level.MEDIUM).isNotEqualTo(Score.of(0.5));
  }
}
