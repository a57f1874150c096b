package org.covalue.journey.log;

import java.io.Serializable;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A relative-error quantile sketch of durations in milliseconds, in the style of DDSketch (Masson,
 * Rim and Lee, VLDB 2019): each positive duration falls into a logarithmic bucket whose upper bound
 * is at most {@code (1 + a) / (1 - a)} times its lower bound, for a relative accuracy {@code a}; a
 * zero duration has a bucket of its own. A quantile is estimated by the bucket that holds the value
 * of that rank, so the estimate is within {@code a} of the true value, relatively.
 *
 * <p>The bucket of a value is computed with exact integer and floating-point steps (a linearly
 * interpolated base-2 logarithm, read off the value's bits), never with {@code Math.log}, so the
 * same value always lands in the same bucket on every JVM. Merging adds the bucket counts, which
 * makes merging exact, associative and commutative: a sketch of a whole equals the merge of the
 * sketches of its parts.
 *
 * <p>Instances are mutable and not thread-safe while being filled; the analytics never change a
 * sketch once they hand it out.
 */
final class DurationSketch implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long[] NO_COUNTS = new long[0];

  /** Buckets per unit of the interpolated base-2 logarithm: 1 / ln(gamma). */
  private final double multiplier;

  private final double relativeAccuracy;
  private long zeroCount;
  private long count;
  private long[] counts = NO_COUNTS;

  /** The bucket index of counts[0]. */
  private int base;

  /** The smallest and largest bucket index in use; minIndex > maxIndex when there is none. */
  private int minIndex = Integer.MAX_VALUE;

  private int maxIndex = Integer.MIN_VALUE;

  DurationSketch(double relativeAccuracy) {
    this.relativeAccuracy = relativeAccuracy;
    double gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.multiplier = 1 / StrictMath.log(gamma);
  }

  double relativeAccuracy() {
    return relativeAccuracy;
  }

  long count() {
    return count;
  }

  /** Adds a duration; it must not be negative. */
  void add(long millis) {
    count++;
    if (millis == 0) {
      zeroCount++;
      return;
    }
    int index = index(millis, multiplier);
    if (index < base || index >= base + counts.length) {
      cover(index, index);
    }
    counts[index - base]++;
    if (index < minIndex) {
      minIndex = index;
    }
    if (index > maxIndex) {
      maxIndex = index;
    }
  }

  /** Adds the counts of another sketch of the same accuracy into this one. */
  void addAll(DurationSketch other) {
    count += other.count;
    zeroCount += other.zeroCount;
    if (other.minIndex > other.maxIndex) {
      return;
    }
    cover(other.minIndex, other.maxIndex);
    for (int index = other.minIndex; index <= other.maxIndex; index++) {
      counts[index - base] += other.counts[index - other.base];
    }
    minIndex = Math.min(minIndex, other.minIndex);
    maxIndex = Math.max(maxIndex, other.maxIndex);
  }

  /** Returns a copy that can be changed without changing this one. */
  DurationSketch copy() {
    DurationSketch copy = new DurationSketch(relativeAccuracy);
    copy.addAll(this);
    return copy;
  }

  /**
   * Returns the estimate of the value at a 0-based rank among the values added, in ascending order:
   * the representative of the bucket that holds it. The caller clamps it to the exact extremes.
   */
  double valueAtRank(long rank) {
    if (rank < zeroCount) {
      return 0;
    }
    long seen = zeroCount;
    for (int index = minIndex; index <= maxIndex; index++) {
      seen += counts[index - base];
      if (seen > rank) {
        return representative(index);
      }
    }
    return representative(maxIndex);
  }

  /**
   * Returns the bucket index of a positive duration: the floor of {@code L(v) * multiplier}, where
   * {@code L(v) = e + (v - 2^e) / 2^e} for {@code 2^e <= v < 2^(e+1)}. L is a monotone, piecewise
   * linear stand-in for log2 whose slope against ln(v) is at least 1, so one bucket never spans
   * more than a factor gamma. Exact for durations below 2^53 ms.
   */
  static int index(long millis, double multiplier) {
    int exponent = 63 - Long.numberOfLeadingZeros(millis);
    long power = 1L << exponent;
    double log2 = exponent + (double) (millis - power) / power;
    return (int) (log2 * multiplier);
  }

  /** The lower bound of a bucket: the inverse of L at index / multiplier. */
  private double lowerBound(int index) {
    double log2 = index / multiplier;
    double exponent = Math.floor(log2);
    return Math.scalb(1 + (log2 - exponent), (int) exponent);
  }

  /** The value that is within the relative accuracy of every value in a bucket. */
  private double representative(int index) {
    double lower = lowerBound(index);
    double upper = lowerBound(index + 1);
    return 2 * lower * upper / (lower + upper);
  }

  /** Makes room for the buckets from low to high, keeping the counts. */
  private void cover(int low, int high) {
    if (low >= base && high < base + counts.length) {
      return;
    }
    boolean any = minIndex <= maxIndex;
    int from = any ? Math.min(low, minIndex) : low;
    int to = any ? Math.max(high, maxIndex) : high;
    int span = to - from + 1;
    int room = Math.max(16, span / 2);
    long[] bigger = new long[span + 2 * room];
    int newBase = from - room;
    if (any) {
      System.arraycopy(
          counts, minIndex - base, bigger, minIndex - newBase, maxIndex - minIndex + 1);
    }
    counts = bigger;
    base = newBase;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DurationSketch that)) {
      return false;
    }
    if (relativeAccuracy != that.relativeAccuracy
        || count != that.count
        || zeroCount != that.zeroCount
        || minIndex != that.minIndex
        || maxIndex != that.maxIndex) {
      return false;
    }
    if (minIndex > maxIndex) {
      return true;
    }
    return Arrays.equals(
        counts,
        minIndex - base,
        maxIndex - base + 1,
        that.counts,
        minIndex - that.base,
        maxIndex - that.base + 1);
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(count) * 31 + Long.hashCode(zeroCount);
    for (int index = minIndex; index <= maxIndex; index++) {
      h = h * 31 + Long.hashCode(counts[index - base]);
    }
    return h;
  }
}
