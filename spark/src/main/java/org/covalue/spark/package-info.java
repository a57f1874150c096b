/**
 * Journey analytics on Apache Spark, for event logs that one machine cannot hold (ITIL 4: Drive
 * Stakeholder Value, §1.2.4 and §1.2.6): the same figures as {@link
 * org.covalue.journey.log.JourneyAnalyzer}, computed from a {@code Dataset} of events.
 *
 * <p>{@link org.covalue.spark.SparkJourneyAnalyzer} is the entry point. It shuffles the events by
 * case, orders each case's events by time, turns each case into its path, and feeds the paths to
 * {@link org.covalue.spark.JourneyAnalyticsAggregator}, a Spark aggregator whose buffer is a
 * partial {@link org.covalue.journey.log.JourneyAnalytics} and whose merge is the library's own
 * {@link org.covalue.journey.log.JourneyAnalytics#merge merge}. The result equals the in-memory
 * analysis of the same log. {@link org.covalue.spark.JourneyAnalyticsJob} is a job for {@code
 * spark-submit} that reads a CSV or Parquet log and writes the result as JSON.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().parquet("events.parquet");
 * JourneyAnalytics analytics =
 *     SparkJourneyAnalyzer.of(JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of("Closed")))
 *         .withColumns("ticket", "activity", "time")
 *         .analyze(events);
 * }</pre>
 *
 * <p>Spark is a provided dependency: applications bring their cluster's Spark (4.x, Scala 2.13). No
 * other covalue module depends on Spark.
 */
@NullMarked
package org.covalue.spark;

import org.jspecify.annotations.NullMarked;
