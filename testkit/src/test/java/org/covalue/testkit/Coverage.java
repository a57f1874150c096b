package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;

/**
 * Counts how often generated values show the features the laws depend on, so that no law passes
 * only because its input never shows the interesting case.
 */
final class Coverage {

  static final int SAMPLES = 500;

  private Coverage() {}

  /** Counts how many of {@value #SAMPLES} generated values satisfy each named predicate. */
  static <T> Map<String, Integer> sample(Gen<T> gen, Map<String, Predicate<T>> features) {
    Map<String, Integer> counts = new HashMap<>();
    features.keySet().forEach(name -> counts.put(name, 0));
    qt().withExamples(SAMPLES)
        .forAll(gen)
        .checkAssert(
            value ->
                features.forEach(
                    (name, feature) -> {
                      if (feature.test(value)) {
                        counts.merge(name, 1, Integer::sum);
                      }
                    }));
    return counts;
  }

  static void assertEachSeenAtLeast(Map<String, Integer> counts, int least) {
    counts.forEach(
        (name, count) ->
            assertThat(count).as("samples with %s", name).isGreaterThanOrEqualTo(least));
  }
}
