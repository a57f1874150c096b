package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.covalue.core.InvalidModelException;
import org.junit.jupiter.api.Test;

/** The sketch's error bound, its exact merge and its bucket mapping. */
class DurationSketchTest {

  private static DurationStats stats(long[] values, double accuracy) {
    DurationSketch sketch = new DurationSketch(accuracy);
    long total = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long value : values) {
      sketch.add(value);
      total += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return new DurationStats(values.length, total, min, max, sketch, List.of(0.5, 0.9));
  }

  private static void assertWithinBound(long[] values, double accuracy) {
    DurationStats stats = stats(values, accuracy);
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    for (double q = 0; q <= 1.0; q += 0.01) {
      long exact = sorted[(int) Math.floor(q * (sorted.length - 1))];
      double estimate = stats.percentileMillis(q);
      assertThat(Math.abs(estimate - exact))
          .as("q=%s exact=%s estimate=%s", q, exact, estimate)
          .isLessThanOrEqualTo(accuracy * exact * (1 + 1e-9));
    }
  }

  @Test
  void everyPercentileIsWithinTheRelativeAccuracyOfTheValueAtItsRank() {
    SplittableRandom random = new SplittableRandom(20261127);
    for (double accuracy : new double[] {0.001, 0.01, 0.05, 0.2}) {
      for (int round = 0; round < 20; round++) {
        int n = 1 + random.nextInt(2000);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          values[i] =
              switch (round % 4) {
                case 0 -> random.nextLong(1, 1000);
                case 1 -> (long) Math.exp(random.nextDouble() * 25);
                case 2 -> random.nextInt(3) == 0 ? 0 : random.nextLong(1, 90_000_000_000L);
                default -> 1L << random.nextInt(40);
              };
        }
        assertWithinBound(values, accuracy);
      }
    }
  }

  @Test
  void bucketsNeverSpanMoreThanGamma() {
    double accuracy = 0.01;
    double gamma = (1 + accuracy) / (1 - accuracy);
    double multiplier = 1 / StrictMath.log(gamma);
    long first = 1;
    int bucket = DurationSketch.index(1, multiplier);
    for (long v = 2; v < 5_000_000; v++) {
      int index = DurationSketch.index(v, multiplier);
      assertThat(index).isGreaterThanOrEqualTo(bucket);
      if (index != bucket) {
        bucket = index;
        first = v;
      }
      assertThat((double) v / first).isLessThanOrEqualTo(gamma);
    }
  }

  @Test
  void mergedSketchesEqualTheSketchOfAllValues() {
    SplittableRandom random = new SplittableRandom(7);
    DurationSketch whole = new DurationSketch(0.01);
    DurationSketch left = new DurationSketch(0.01);
    DurationSketch right = new DurationSketch(0.01);
    for (int i = 0; i < 5000; i++) {
      long value = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 1L << 40);
      whole.add(value);
      (random.nextBoolean() ? left : right).add(value);
    }
    DurationSketch merged = left.copy();
    merged.addAll(right);
    DurationSketch other = right.copy();
    other.addAll(left);
    assertThat(merged).isEqualTo(whole).hasSameHashCodeAs(whole).isEqualTo(other);
    assertThat(merged.count()).isEqualTo(5000);
    DurationSketch empty = new DurationSketch(0.01);
    empty.addAll(new DurationSketch(0.01));
    assertThat(empty).isEqualTo(new DurationSketch(0.01)).isNotEqualTo(whole);
    assertThat(whole).isNotEqualTo(new DurationSketch(0.02)).isNotEqualTo("sketch");
  }

  @Test
  void extremesAreExactAndOneValueIsItself() {
    DurationStats stats = stats(new long[] {5, 7, 1000, 3}, 0.01);
    assertThat(stats.percentileMillis(0)).isEqualTo(3);
    assertThat(stats.percentileMillis(1)).isEqualTo(1000);
    assertThat(stats.minMillis()).isEqualTo(3);
    assertThat(stats.maxMillis()).isEqualTo(1000);
    assertThat(stats.totalMillis()).isEqualTo(1015);
    assertThat(stats.meanMillis()).isEqualTo(253.75);
    assertThat(stats.medianMillis()).isCloseTo(5, org.assertj.core.data.Offset.offset(0.05));
    assertThat(stats.percentiles()).containsOnlyKeys(0.5, 0.9);
    assertThat(stats.relativeAccuracy()).isEqualTo(0.01);
    assertThat(stats(new long[] {42_000}, 0.01).medianMillis()).isEqualTo(42_000);
    assertThat(stats(new long[] {0, 0, 0}, 0.01).medianMillis()).isZero();
    assertThat(stats.toString()).isEqualTo("4 times, mean 0.3 s, median 0.0 s");
  }

  @Test
  void percentilesOutsideZeroToOneAreRefused() {
    DurationStats stats = stats(new long[] {5}, 0.01);
    assertThatThrownBy(() -> stats.percentileMillis(1.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("q: Percentile must be between 0 and 1, but was 1.5");
    assertThatThrownBy(() -> stats.percentileMillis(Double.NaN))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> stats.percentileMillis(-0.1))
        .isInstanceOf(InvalidModelException.class);
  }

  private static DurationSketch sketchOf(double accuracy, long... values) {
    DurationSketch sketch = new DurationSketch(accuracy);
    for (long value : values) {
      sketch.add(value);
    }
    return sketch;
  }

  @Test
  void sketchesAreEqualWhenTheyHoldTheSameCountsWhateverTheOrderAndGrowth() {
    DurationSketch ascending = sketchOf(0.01, 0, 1, 5, 5, 1_000, 90_000_000L);
    DurationSketch descending = sketchOf(0.01, 90_000_000L, 1_000, 5, 5, 1, 0);
    assertThat(ascending).isEqualTo(descending).hasSameHashCodeAs(descending);
    assertThat(new DurationSketch(0.01)).isEqualTo(new DurationSketch(0.01));
    assertThat(new DurationSketch(0.01).hashCode()).isEqualTo(new DurationSketch(0.01).hashCode());
    assertThat(sketchOf(0.01, 7)).isEqualTo(sketchOf(0.01, 7)).isNotEqualTo("7");
  }

  @Test
  void sketchesDifferWhenAnyCountDiffers() {
    DurationSketch base = sketchOf(0.01, 0, 5, 1_000);
    assertThat(base)
        .isNotEqualTo(sketchOf(0.02, 0, 5, 1_000))
        .isNotEqualTo(sketchOf(0.01, 0, 5, 1_000, 1_000))
        .isNotEqualTo(sketchOf(0.01, 5, 5, 1_000))
        .isNotEqualTo(sketchOf(0.01, 0, 1, 1_000))
        .isNotEqualTo(sketchOf(0.01, 0, 5, 2_000))
        .isNotEqualTo(sketchOf(0.01, 0, 5, 1_000, 0));
    // Same bounds, a different count inside them.
    assertThat(sketchOf(0.01, 1, 5, 5, 1_000)).isNotEqualTo(sketchOf(0.01, 1, 1, 5, 1_000));
    assertThat(base.hashCode())
        .isNotEqualTo(sketchOf(0.01, 0, 5, 1_000, 1_000).hashCode())
        .isNotEqualTo(sketchOf(0.01, 0, 0, 5, 1_000).hashCode())
        .isNotEqualTo(sketchOf(0.01, 0, 5, 2_000).hashCode());
    assertThat(sketchOf(0.01, 1, 5, 5, 1_000).hashCode())
        .isNotEqualTo(sketchOf(0.01, 1, 1, 5, 1_000).hashCode());
  }

  @Test
  void ranksAreFoundAtTheirBucketsEdgesIncluded() {
    DurationSketch sketch = sketchOf(0.01, 0, 0, 100, 100, 100, 10_000);
    assertThat(sketch.valueAtRank(0)).isZero();
    assertThat(sketch.valueAtRank(1)).isZero();
    assertThat(sketch.valueAtRank(2))
        .isCloseTo(100, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(sketch.valueAtRank(4))
        .isCloseTo(100, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(sketch.valueAtRank(5))
        .isCloseTo(10_000, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(sketch.valueAtRank(6))
        .isCloseTo(10_000, org.assertj.core.data.Percentage.withPercentage(1));
  }

  @Test
  void bucketsGrowBothWaysAndKeepTheirCounts() {
    // Start in the middle, then go far below and far above the first room.
    DurationSketch sketch = sketchOf(0.001, 1_000_000, 2, 1L << 50, 3, 1L << 40);
    assertThat(sketch.count()).isEqualTo(5);
    double[] expected = {2, 3, 1_000_000, 1L << 40, 1L << 50};
    for (int rank = 0; rank < 5; rank++) {
      assertThat(sketch.valueAtRank(rank))
          .as("rank %d", rank)
          .isCloseTo(expected[rank], org.assertj.core.data.Percentage.withPercentage(0.1));
    }
    assertThat(sketch).isEqualTo(sketchOf(0.001, 2, 3, 1_000_000, 1L << 40, 1L << 50));
  }
}
