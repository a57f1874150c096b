package org.covalue.testkit;

import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.testkit.internal.KernelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of ratings: the ordinal {@link Level}s and numeric {@link Score}s that rate a
 * stakeholder's influence, interest and salience (ITIL 4: Drive Stakeholder Value, §1.2.1). Score
 * values favour the edges of the scale and of the three level bands (0, 1/3, 2/3, 1 and their
 * neighbours), where mistakes hide.
 */
public final class Ratings {

  private Ratings() {}

  /**
   * Returns the three levels.
   *
   * @return the generator
   */
  public static Gen<Level> levels() {
    return KernelGens.levels();
  }

  /**
   * Returns numbers that are valid scores: in [0, 1], including both ends, {@code -0.0} and the
   * band edges.
   *
   * @return the generator
   */
  public static Gen<Double> scoreValues() {
    return KernelGens.scoreValues();
  }

  /**
   * Returns scores.
   *
   * @return the generator
   */
  public static Gen<Score> scores() {
    return KernelGens.scores();
  }

  /**
   * Returns ratings of both forms, levels and scores, about evenly.
   *
   * @return the generator
   */
  public static Gen<Rating> ratings() {
    return KernelGens.ratings();
  }

  /**
   * Returns numbers that are not valid scores: NaN (of more than one bit pattern), the infinities,
   * numbers just below 0 or just above 1, and numbers far outside [0, 1].
   *
   * @return the generator
   */
  public static Gen<Double> invalidScoreValues() {
    return KernelGens.invalidScoreValues();
  }

  /**
   * Returns attempts to make a {@link Score}, or to look up a {@link Level}, from a number that is
   * not a valid score. Each is expected to fail with a violation at the empty path.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidScores() {
    return KernelGens.invalidScores().map(InvalidInput::from);
  }
}
