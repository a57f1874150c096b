package org.covalue.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.testkit.JourneyLogs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The law of this module (§1.2.4): on any log the generators of covalue-testkit draw, with equal
 * times within cases and rows of cases interleaved, the Spark analysis equals the in-memory one,
 * for 1, 2 and 8 partitions of the input and of the shuffle. Each example runs one Spark job (about
 * half a second warm), so the law checks 10 examples for each number of partitions, not
 * QuickTheories' default 1,000.
 */
class SparkJourneyAnalyzerPropertiesTest {

  /** Settings that switch every figure on: steps, an end, expected starts, two percentiles. */
  private static final JourneyAnalyzer FULL = JourneyLogs.FULL_ANALYZER;

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 8})
  void theSparkAnalysisEqualsTheInMemoryAnalysis(int partitions) {
    SparkTests.shufflePartitions(partitions);
    qt().withExamples(10)
        .withShrinkCycles(20)
        .forAll(JourneyLogs.rows(16, 8))
        .checkAssert(
            rows ->
                assertThat(SparkJourneyAnalyzer.of(FULL).analyze(Events.of(rows, partitions)))
                    .isEqualTo(FULL.analyze(JourneyLogs.log(rows))));
  }
}
