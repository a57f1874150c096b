package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** A second value lands in its own bucket however far its bucket is from the first one's. */
class DurationSketchBucketsTest {

  @Test
  void aValueAnyNumberOfBucketsAwayFromTheFirstIsCountedInItsBucket() {
    double accuracy = 0.01;
    double multiplier = 1 / StrictMath.log((1 + accuracy) / (1 - accuracy));
    // The smallest value of every bucket from 1 ms to 20 s.
    Map<Integer, Long> firstOfBucket = new TreeMap<>();
    for (long v = 1; v < 20_000; v++) {
      firstOfBucket.putIfAbsent(DurationSketch.index(v, multiplier), v);
    }
    long first = 1000;
    for (long v : firstOfBucket.values()) {
      DurationSketch sketch = new DurationSketch(accuracy);
      sketch.add(first);
      sketch.add(v);
      DurationSketch merged = new DurationSketch(accuracy);
      DurationSketch one = new DurationSketch(accuracy);
      one.add(first);
      DurationSketch other = new DurationSketch(accuracy);
      other.add(v);
      merged.addAll(one);
      merged.addAll(other);
      assertThat(merged).as("value %d", v).isEqualTo(sketch);
      assertThat(sketch.count()).isEqualTo(2);
      long low = Math.min(first, v);
      long high = Math.max(first, v);
      assertThat(sketch.valueAtRank(0))
          .as("value %d", v)
          .isCloseTo((double) low, Percentage.withPercentage(1));
      assertThat(sketch.valueAtRank(1))
          .as("value %d", v)
          .isCloseTo((double) high, Percentage.withPercentage(1));
    }
  }
}
