package org.covalue.spark;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;

/**
 * Journey analytics as a typed Spark aggregator (ITIL 4: Drive Stakeholder Value, §1.2.4): its
 * input is one row per case, the case's path as {@link SparkJourneyAnalyzer#casePaths} makes it
 * (columns {@code case}, {@code activities} and {@code epochMillis}, see {@link
 * SparkJourneyAnalyzer#CASE_PATH_SCHEMA}); its buffer is a partial result, {@link
 * JourneyAnalyticsBuffer}; its merge is {@link JourneyAnalytics#merge}; its output is the {@link
 * JourneyAnalytics} of all the cases, equal to the in-memory analysis of the same log.
 *
 * <p>Each case must come in one row only: the merge law holds for parts of a log with no case in
 * common, and a case split over two rows would count as two cases. {@link
 * SparkJourneyAnalyzer#casePaths} guarantees it. Besides the whole log, as {@link
 * SparkJourneyAnalyzer#analyze} does, the aggregator analyzes groups of cases, one result per
 * group:
 *
 * <pre>{@code
 * Dataset<Row> paths = analyzer.casePaths(events);
 * JourneyAnalyticsAggregator aggregator = analyzer.aggregator();
 * Dataset<JourneyAnalytics> whole = paths.select(aggregator.toColumn());
 * Dataset<Tuple2<String, JourneyAnalytics>> byRegion =
 *     paths
 *         .groupByKey(
 *             (MapFunction<Row, String>) path -> region(path.getString(0)), Encoders.STRING())
 *         .agg(aggregator.toColumn());
 * }</pre>
 *
 * <p>Buffers and results travel between Spark's tasks by Java serialization, which {@link
 * JourneyAnalytics} supports with a checked form; it needs no Kryo registration and no opened JDK
 * packages. Instances are immutable and serializable.
 */
public final class JourneyAnalyticsAggregator
    extends Aggregator<Row, JourneyAnalyticsBuffer, JourneyAnalytics> {

  private static final long serialVersionUID = 1L;

  /** The settings of the analysis. */
  private final JourneyAnalyzer analyzer;

  JourneyAnalyticsAggregator(JourneyAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /**
   * Returns the settings of the analysis.
   *
   * @return the analyzer
   */
  public JourneyAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * Returns an empty buffer: the analytics of no case.
   *
   * @return a new buffer
   */
  @Override
  public JourneyAnalyticsBuffer zero() {
    return new JourneyAnalyticsBuffer(analyzer);
  }

  /**
   * Adds one case's path to a buffer.
   *
   * @param buffer the buffer
   * @param path a row of {@link SparkJourneyAnalyzer#CASE_PATH_SCHEMA}
   * @return the same buffer
   */
  @Override
  public JourneyAnalyticsBuffer reduce(JourneyAnalyticsBuffer buffer, Row path) {
    buffer.add(path.getString(0), path.getList(1), path.getList(2));
    return buffer;
  }

  /**
   * Merges two buffers of disjoint cases with the library's merge.
   *
   * @param first a buffer
   * @param second another buffer
   * @return the first buffer, now holding both
   */
  @Override
  public JourneyAnalyticsBuffer merge(JourneyAnalyticsBuffer first, JourneyAnalyticsBuffer second) {
    return first.merge(second);
  }

  /**
   * Returns the analytics of every case a buffer has seen.
   *
   * @param buffer the buffer
   * @return the analytics
   */
  @Override
  public JourneyAnalytics finish(JourneyAnalyticsBuffer buffer) {
    return buffer.analytics();
  }

  /**
   * Returns how buffers are encoded when Spark ships them: Java serialization of the partial
   * result.
   *
   * @return the encoder
   */
  @Override
  public Encoder<JourneyAnalyticsBuffer> bufferEncoder() {
    return Encoders.javaSerialization(JourneyAnalyticsBuffer.class);
  }

  /**
   * Returns how results are encoded: Java serialization of the analytics.
   *
   * @return the encoder
   */
  @Override
  public Encoder<JourneyAnalytics> outputEncoder() {
    return Encoders.javaSerialization(JourneyAnalytics.class);
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "JourneyAnalyticsAggregator{" + analyzer + "}";
  }
}
