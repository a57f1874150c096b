package org.covalue.journey.log;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * The times of one kind of move or stay in observed journeys, such as the time between two
 * activities that directly follow each other, or the time a case stays at a journey step (ITIL 4:
 * Drive Stakeholder Value, §1.2.4: where journeys are slow, the experience suffers).
 *
 * <p>The count, the total, the minimum, the maximum and the mean are exact, and stay exact when
 * results are merged. The median and other percentiles come from a relative-error sketch: each is
 * within {@link #relativeAccuracy()} of the true value at that rank, relatively (for the default
 * accuracy of 0.01, a true median of 100 s is reported as between 99 s and 101 s), before and after
 * merging. Times are in milliseconds, as the {@link JourneyLog} keeps them. The percentile of a
 * rank is the value at rank {@code floor(q * (count - 1))} of the times in ascending order, counted
 * from 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DurationStats implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many there were. */
  private final long count;

  /** The sum of the times, in milliseconds. */
  private final long totalMillis;

  /** The shortest time, in milliseconds. */
  private final long minMillis;

  /** The longest time, in milliseconds. */
  private final long maxMillis;

  /** The buckets of the times, for medians and percentiles. */
  private final DurationSketch sketch;

  /** The percentiles the analyzer reports. */
  @SuppressWarnings("serial") // an unmodifiable copy of a list of Doubles, serializable
  private final List<Double> chosenPercentiles;

  DurationStats(
      long count,
      long totalMillis,
      long minMillis,
      long maxMillis,
      DurationSketch sketch,
      List<Double> chosenPercentiles) {
    this.count = count;
    this.totalMillis = totalMillis;
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
    this.sketch = sketch;
    this.chosenPercentiles = chosenPercentiles;
  }

  /**
   * Returns how many times were measured.
   *
   * @return at least 1; exact
   */
  public long count() {
    return count;
  }

  /**
   * Returns the sum of the times.
   *
   * @return milliseconds; exact
   */
  public long totalMillis() {
    return totalMillis;
  }

  /**
   * Returns the shortest time.
   *
   * @return milliseconds; exact
   */
  public long minMillis() {
    return minMillis;
  }

  /**
   * Returns the longest time.
   *
   * @return milliseconds; exact
   */
  public long maxMillis() {
    return maxMillis;
  }

  /**
   * Returns the mean time: the total divided by the count.
   *
   * @return milliseconds; exact up to the rounding of one division
   */
  public double meanMillis() {
    return (double) totalMillis / (double) count;
  }

  /**
   * Returns the median time: the {@linkplain #percentileMillis(double) percentile} 0.5.
   *
   * @return milliseconds, within the relative accuracy of the true median
   */
  public double medianMillis() {
    return percentileMillis(0.5);
  }

  /**
   * Returns a percentile of the times: the value at rank {@code floor(q * (count - 1))} in
   * ascending order. The percentiles 0 and 1 are the exact minimum and maximum; the others are
   * within the {@linkplain #relativeAccuracy() relative accuracy} of the true value.
   *
   * @param q the fraction, from 0 to 1, such as 0.9 for the 90th percentile
   * @return milliseconds
   * @throws InvalidModelException if q is not between 0 and 1
   */
  public double percentileMillis(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw InvalidModelException.of("q", "Percentile must be between 0 and 1, but was " + q, q);
    }
    if (q == 0) {
      return (double) minMillis;
    }
    if (q == 1) {
      return (double) maxMillis;
    }
    long rank = (long) Math.floor(q * (double) (count - 1));
    double estimate = sketch.valueAtRank(rank);
    return Math.min(Math.max(estimate, (double) minMillis), (double) maxMillis);
  }

  /**
   * Returns the percentiles the analyzer was asked for ({@link JourneyAnalyzer#percentiles()}).
   *
   * @return milliseconds by fraction, in ascending order of the fraction; unmodifiable
   */
  public Map<Double, Double> percentiles() {
    Map<Double, Double> values = new LinkedHashMap<>();
    for (Double q : chosenPercentiles) {
      values.put(q, percentileMillis(q));
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * Returns the relative accuracy of the median and the other percentiles.
   *
   * @return a fraction such as 0.01
   */
  public double relativeAccuracy() {
    return sketch.relativeAccuracy();
  }

  DurationSketch sketch() {
    return sketch;
  }

  /** Returns these statistics and another's as one: exact for every figure kept. */
  DurationStats plus(DurationStats other) {
    DurationSketch merged = sketch.copy();
    merged.addAll(other.sketch);
    return new DurationStats(
        count + other.count,
        totalMillis + other.totalMillis,
        Math.min(minMillis, other.minMillis),
        Math.max(maxMillis, other.maxMillis),
        merged,
        chosenPercentiles);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DurationStats that)) {
      return false;
    }
    return count == that.count
        && totalMillis == that.totalMillis
        && minMillis == that.minMillis
        && maxMillis == that.maxMillis
        && sketch.equals(that.sketch)
        && chosenPercentiles.equals(that.chosenPercentiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, totalMillis, minMillis, maxMillis, sketch);
  }

  /** Returns the count, the mean and the median, in seconds. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d times, mean %.1f s, median %.1f s",
        count,
        meanMillis() / 1000,
        medianMillis() / 1000);
  }
}
