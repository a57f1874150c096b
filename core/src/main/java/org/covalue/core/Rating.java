package org.covalue.core;

import java.util.Comparator;

/**
 * How strong something is on a scale from none to full: a stakeholder's influence or interest, a
 * salience attribute. A rating is either one of the ordinal {@link Level}s practitioners use (low,
 * medium, high) or a numeric {@link Score} in [0, 1] for finer maps.
 *
 * <p>The two relate through three equal bands of [0, 1]: {@link Level#LOW} covers [0, 1/3), {@link
 * Level#MEDIUM} covers [1/3, 2/3) and {@link Level#HIGH} covers [2/3, 1]. A score belongs to the
 * level of its band ({@link #level()}); a level stands for the middle of its band (1/6, 1/2 and
 * 5/6) when a number is needed ({@link #score()}). So {@code Level.HIGH.score()} is 5/6, and {@code
 * Score.of(0.7).level()} is {@code HIGH}. A rating keeps the form it was given in: {@code
 * Level.HIGH} and {@code Score.of(5.0 / 6)} are not equal, though they have the same score.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Rating permits Level, Score {

  /** Orders ratings by {@link #score()}, whatever their form. */
  Comparator<Rating> BY_SCORE = Comparator.comparingDouble(Rating::score);

  /**
   * Returns the rating as a number in [0, 1].
   *
   * @return the score itself, or the middle of the level's band
   */
  double score();

  /**
   * Returns the ordinal level whose band holds this rating.
   *
   * @return the level itself, or the level whose band holds the score
   */
  Level level();
}
