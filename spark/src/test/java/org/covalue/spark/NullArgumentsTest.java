package org.covalue.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.log.JourneyAnalyzer;
import org.junit.jupiter.api.Test;
import scala.collection.immutable.ArraySeq;

/**
 * Every public method of covalue-spark refuses a null argument with a NullPointerException, as the
 * settings and analyses of {@code org.covalue.journey.log} do.
 */
class NullArgumentsTest {

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(SparkJourneyAnalyzer.class, () -> SparkJourneyAnalyzer.DEFAULT)
            .sample(JourneyAnalyzer.class, () -> JourneyAnalyzer.DEFAULT)
            .sample(
                JourneyAnalyticsAggregator.class, () -> SparkJourneyAnalyzer.DEFAULT.aggregator())
            .sample(
                JourneyAnalyticsBuffer.class,
                () -> SparkJourneyAnalyzer.DEFAULT.aggregator().zero())
            .sample(
                Row.class,
                () ->
                    RowFactory.create(
                        "a",
                        ArraySeq.unsafeWrapArray(new String[] {"x"}),
                        ArraySeq.unsafeWrapArray(new long[] {1})))
            .sample(Dataset.class, () -> Events.of(List.of(), 1))
            .sample(String[].class, () -> new String[0])
            .analysisPackage("org.covalue.spark")
            .checkPackages("org.covalue.spark", List.of("org.covalue.spark"));

    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked())
        .contains(
            "SparkJourneyAnalyzer.analyze parameter 0",
            "SparkJourneyAnalyzer.withColumns parameter 2",
            "JourneyAnalyticsAggregator.reduce parameter 1",
            "JourneyAnalyticsJob.main parameter 0");
  }
}
