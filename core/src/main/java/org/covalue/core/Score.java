package org.covalue.core;

import org.jspecify.annotations.Nullable;

/**
 * A number in [0, 1] that rates how strong something is, for maps finer than low, medium and high:
 * 0 is none, 1 is the most there is. See {@link Rating} for how a score relates to a {@link Level}.
 * Scores compare and are equal by their value. Instances are immutable and thread-safe.
 *
 * <p>A score is a value-based class: {@link #of(double)} returns one shared instance for each of
 * the 101 scores with at most two decimals (0, 0.01, ..., 1), the ratings people give most, so that
 * a map of a million stakeholders rated that way keeps no score objects of its own. Compare scores
 * with {@code equals}, never with {@code ==}.
 */
public final class Score implements Rating, Comparable<Score> {

  private static final int HUNDREDTHS = 100;

  private static final Score[] SHARED = new Score[HUNDREDTHS + 1];

  static {
    for (int k = 0; k <= HUNDREDTHS; k++) {
      SHARED[k] = new Score(k / (double) HUNDREDTHS);
    }
  }

  /** The score 0: none. */
  public static final Score ZERO = SHARED[0];

  /** The score 1: the most there is. */
  public static final Score ONE = SHARED[HUNDREDTHS];

  private final double value;

  private Score(double value) {
    this.value = value;
  }

  /**
   * Returns the score with the given value.
   *
   * @param value a number from 0 to 1, both included
   * @return the score, shared if the value has at most two decimals; {@code -0.0} is taken as 0
   * @throws InvalidModelException if the value is not a number or lies outside [0, 1]; a builder's
   *     setter that takes a plain number, such as {@code Stakeholder.Builder.influence(double)},
   *     names its attribute in that case
   */
  public static Score of(double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw InvalidModelException.of(
          "", "Score must be a number between 0 and 1, but was " + value, value);
    }
    long hundredths = Math.round(value * HUNDREDTHS);
    if (hundredths / (double) HUNDREDTHS == value) {
      return SHARED[(int) hundredths];
    }
    return new Score(value);
  }

  /**
   * Returns the score's value.
   *
   * @return a number in [0, 1]
   */
  public double value() {
    return value;
  }

  /** Returns {@link #value()}. */
  @Override
  public double score() {
    return value;
  }

  /** Returns the level whose band holds this score; see {@link Level#ofScore(double)}. */
  @Override
  public Level level() {
    return Level.ofScore(value);
  }

  /**
   * Tells whether this score is at least another one.
   *
   * @param threshold the score to compare with
   * @return true if this score is greater than or equal to the threshold
   */
  public boolean isAtLeast(Score threshold) {
    return value >= threshold.value;
  }

  @Override
  public int compareTo(Score other) {
    return Double.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Score that)) {
      return false;
    }
    return Double.compare(value, that.value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /** Returns the value, as {@link Double#toString(double)} writes it. */
  @Override
  public String toString() {
    return Double.toString(value);
  }
}
