package org.covalue.core;

/**
 * The ordinal levels of a {@link Rating}: low, medium and high, as practitioners rate a
 * stakeholder's influence and interest (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1). Each
 * level stands for one third of the [0, 1] scale of {@link Score}; see {@link Rating} for how the
 * two forms relate.
 */
public enum Level implements Rating {
  /** Little or none: the band [0, 1/3), represented by 1/6. */
  LOW(0.0, 1.0 / 3),
  /** Some: the band [1/3, 2/3), represented by 1/2. */
  MEDIUM(1.0 / 3, 2.0 / 3),
  /** Much: the band [2/3, 1], represented by 5/6. */
  HIGH(2.0 / 3, 1.0);

  private final double lowerBound;
  private final double upperBound;

  Level(double lowerBound, double upperBound) {
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
  }

  /**
   * Returns the level whose band holds a score.
   *
   * @param score a number in [0, 1]
   * @return {@code LOW} below 1/3, {@code MEDIUM} below 2/3, {@code HIGH} from 2/3 on
   * @throws InvalidModelException if the score is not a number in [0, 1]
   */
  public static Level ofScore(double score) {
    double checked = Score.of(score).value();
    if (checked < MEDIUM.lowerBound) {
      return LOW;
    }
    return checked < HIGH.lowerBound ? MEDIUM : HIGH;
  }

  /**
   * Returns the lowest score in this level's band.
   *
   * @return 0, 1/3 or 2/3
   */
  public double lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the upper end of this level's band: excluded for low and medium, included for high.
   *
   * @return 1/3, 2/3 or 1
   */
  public double upperBound() {
    return upperBound;
  }

  /** Returns the middle of this level's band: 1/6, 1/2 or 5/6. */
  @Override
  public double score() {
    return (lowerBound + upperBound) / 2;
  }

  /** Returns this level. */
  @Override
  public Level level() {
    return this;
  }
}
