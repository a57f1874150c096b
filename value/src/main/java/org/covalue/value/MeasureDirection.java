package org.covalue.value;

/**
 * Which way a measure improves: availability and use are better when higher, recovery time and the
 * number of breaches when lower. covalue compares measurements with agreed targets and plans
 * through it (ITIL 4: Drive Stakeholder Value, §1.2.6).
 */
public enum MeasureDirection {
  /** More is better, such as availability or the number of orders taken. */
  HIGHER_IS_BETTER,
  /** Less is better, such as recovery time or the number of security breaches. */
  LOWER_IS_BETTER;

  /**
   * Tells whether a value is at least as good as a target.
   *
   * @param value the measured or offered value
   * @param target the target
   * @return true if the value meets or beats the target in this direction
   */
  public boolean isAtLeastAsGoodAs(double value, double target) {
    return this == HIGHER_IS_BETTER ? value >= target : value <= target;
  }

  /**
   * Returns by how much a value falls short of a target, in the target's units.
   *
   * @param value the measured value
   * @param target the target
   * @return the gap, 0 when the value meets the target, otherwise positive
   */
  public double gap(double value, double target) {
    double gap = this == HIGHER_IS_BETTER ? target - value : value - target;
    return gap > 0 ? gap : 0.0;
  }

  /**
   * Returns by how much a value falls short of a target, relative to the target: the {@linkplain
   * #gap(double, double) gap} divided by the target's size, or the gap itself for a target of 0.
   *
   * @param value the measured value
   * @param target the target
   * @return the relative shortfall, 0 when the value meets the target, otherwise positive; 0.1
   *     means ten per cent short of the target
   */
  public double shortfall(double value, double target) {
    double gap = gap(value, target);
    return target == 0 ? gap : gap / Math.abs(target);
  }
}
