package org.covalue.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.testkit.LogRow;
import org.junit.jupiter.api.Test;
import scala.collection.immutable.ArraySeq;

/**
 * The aggregator and its buffer without a Spark job: batches, merges and the serialized form of the
 * partial result. Its use inside Spark is in {@link SparkJourneyAnalyzerTest}.
 */
class JourneyAnalyticsAggregatorTest {

  private static final JourneyAnalyzer ANALYZER =
      SparkJourneyAnalyzerTest.HELPDESK_ANALYZER.withPercentiles(0.5);

  private static final JourneyAnalyticsAggregator AGGREGATOR =
      SparkJourneyAnalyzer.of(ANALYZER).aggregator();

  /** Cases of 3 events each, activities from "1" to "9", times a minute or less apart. */
  private static List<List<LogRow>> cases(int count) {
    List<List<LogRow>> cases = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      List<LogRow> events = new ArrayList<>();
      for (int e = 0; e < 3; e++) {
        events.add(
            new LogRow(
                "case-" + c,
                Integer.toString(1 + (c * 7 + e * 3) % 9),
                1_000_000L * c + 60_000L * e - (c % 5) * 1_000L * e));
      }
      cases.add(events);
    }
    return cases;
  }

  private static Row path(List<LogRow> events) {
    return RowFactory.create(
        events.get(0).caseId(),
        ArraySeq.unsafeWrapArray(events.stream().map(LogRow::activity).toArray(String[]::new)),
        ArraySeq.unsafeWrapArray(events.stream().mapToLong(LogRow::epochMillis).toArray()));
  }

  private static JourneyAnalytics inMemory(List<List<LogRow>> cases) {
    JourneyLog.Builder log = JourneyLog.builder();
    for (List<LogRow> events : cases) {
      for (LogRow row : events) {
        log.add(log.caseCode(row.caseId()), log.activityCode(row.activity()), row.epochMillis());
      }
    }
    return ANALYZER.analyze(log.build());
  }

  private static JourneyAnalyticsBuffer reduceAll(List<List<LogRow>> cases) {
    JourneyAnalyticsBuffer buffer = AGGREGATOR.zero();
    for (List<LogRow> events : cases) {
      assertThat(AGGREGATOR.reduce(buffer, path(events))).isSameAs(buffer);
    }
    return buffer;
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void analyzesMoreEventsThanOneBatchAsTheWholeLog() {
    List<List<LogRow>> cases = cases(JourneyAnalyticsBuffer.BATCH_EVENTS / 3 + 5_000);

    JourneyAnalyticsBuffer buffer = reduceAll(cases);

    assertThat(buffer.toString()).contains("14997 events pending");
    assertThat(AGGREGATOR.finish(buffer)).isEqualTo(inMemory(cases));
    assertThat(buffer.toString()).contains(" 0 events pending");
  }

  @Test
  void mergesBuffersOfDisjointCasesIntoTheWhole() {
    List<List<LogRow>> cases = cases(300);

    JourneyAnalyticsBuffer first = reduceAll(cases.subList(0, 120));
    JourneyAnalyticsBuffer second = reduceAll(cases.subList(120, 300));

    assertThat(AGGREGATOR.merge(first, second)).isSameAs(first);
    assertThat(AGGREGATOR.finish(first)).isEqualTo(inMemory(cases));
    assertThat(AGGREGATOR.finish(AGGREGATOR.merge(AGGREGATOR.zero(), reduceAll(cases))))
        .isEqualTo(inMemory(cases));
  }

  @Test
  void serializesThePartialResultWithTheEventsItStillHeld() throws Exception {
    List<List<LogRow>> cases = cases(200);
    JourneyAnalyticsBuffer buffer = reduceAll(cases);
    assertThat(buffer.toString()).contains("600 events pending");

    JourneyAnalyticsBuffer copy = roundTrip(buffer);

    assertThat(copy.analytics()).isEqualTo(inMemory(cases));
    assertThat(AGGREGATOR.finish(AGGREGATOR.merge(copy, reduceAll(List.of()))))
        .isEqualTo(inMemory(cases));
  }

  @Test
  void startsFromTheAnalyticsOfNoCase() {
    assertThat(AGGREGATOR.finish(AGGREGATOR.zero()))
        .isEqualTo(ANALYZER.analyze(JourneyLog.builder().build()));
  }

  @Test
  void refusesToMergeBuffersOfOtherSettings() {
    JourneyAnalyticsBuffer other = SparkJourneyAnalyzer.DEFAULT.aggregator().zero();

    assertThatThrownBy(() -> AGGREGATOR.merge(AGGREGATOR.zero(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Only analytics made with equal settings merge");
  }

  @Test
  void isSerializableAndEncodesByJavaSerialization() throws Exception {
    JourneyAnalyticsAggregator copy = roundTrip(AGGREGATOR);

    assertThat(copy.analyzer()).isEqualTo(ANALYZER);
    assertThat(copy.bufferEncoder().clsTag().runtimeClass())
        .isEqualTo(JourneyAnalyticsBuffer.class);
    assertThat(copy.outputEncoder().clsTag().runtimeClass()).isEqualTo(JourneyAnalytics.class);
    assertThat(copy.bufferEncoder().schema().simpleString()).isEqualTo("struct<value:binary>");
    assertThat(copy.toString()).startsWith("JourneyAnalyticsAggregator{JourneyAnalyzer{");
  }
}
