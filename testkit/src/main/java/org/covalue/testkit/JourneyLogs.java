package org.covalue.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.testkit.internal.JourneyLogGens;
import org.quicktheories.core.Gen;

/**
 * Generators of event logs for journey analytics (ITIL 4: Drive Stakeholder Value, §1.2.4): rows of
 * cases with timed activities, interleaved in any order that keeps each case's own order, with
 * frequent equal times within a case, repeated activities and returns to earlier ones; other orders
 * of the same rows; and splits of the cases into parts, for the merge law:
 *
 * <pre>{@code
 * qt().forAll(JourneyLogs.rows())
 *     .checkAssert(rows -> assertThat(JourneyAnalytics.of(JourneyLogs.log(rows)).cases())
 *         .isEqualTo(rows.stream().map(LogRow::caseId).distinct().count()));
 * }</pre>
 */
public final class JourneyLogs {

  /** The activity labels that the generators draw from: free text with spaces, digits, accents. */
  public static final List<String> ACTIVITIES = JourneyLogGens.ACTIVITIES;

  /**
   * Settings that switch every figure of the analysis on for the generated logs: a mapping that
   * places {@code "Register"} at Engage, {@code "8"} at Co-create, {@code "9"} at Agree and {@code
   * "closed "} at Realize (the other activities stay unmapped), the final activity {@code
   * "Résolu"}, the expected start {@code "Register"}, and the percentiles 0.25 and 0.75.
   */
  public static final JourneyAnalyzer FULL_ANALYZER =
      JourneyAnalyzer.DEFAULT
          .withMapping(
              ActivityMapping.of(
                  Map.of(
                      "Register", CustomerJourneyStep.ENGAGE,
                      "8", CustomerJourneyStep.CO_CREATE,
                      "9", CustomerJourneyStep.AGREE,
                      "closed ", CustomerJourneyStep.REALIZE)))
          .withFinalActivities(Set.of("Résolu"))
          .withExpectedStarts(Set.of("Register"))
          .withPercentiles(0.25, 0.75);

  private JourneyLogs() {}

  /**
   * Returns rows of up to eight cases of one to eight events each.
   *
   * @return the generator
   */
  public static Gen<List<LogRow>> rows() {
    return rows(8, 8);
  }

  /**
   * Returns rows of up to a number of cases, each of one to a number of events.
   *
   * @param maxCases the most cases; 0 or more
   * @param maxEvents the most events of one case; 1 or more
   * @return the generator
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static Gen<List<LogRow>> rows(int maxCases, int maxEvents) {
    if (maxCases < 0 || maxEvents < 1) {
      throw new IllegalArgumentException(
          "A log needs maxCases of 0 or more and maxEvents of 1 or more, but they were "
              + maxCases
              + " and "
              + maxEvents);
    }
    return JourneyLogGens.rows(maxCases, maxEvents).map(JourneyLogs::publish);
  }

  /**
   * Returns other orders of rows, each keeping the order of every case's rows.
   *
   * @param rows the rows
   * @return the generator
   */
  public static Gen<List<LogRow>> interleavings(List<LogRow> rows) {
    return JourneyLogGens.interleavings(internal(rows)).map(JourneyLogs::publish);
  }

  /**
   * Returns splits of rows into parts, each case wholly in one part, each part keeping the rows'
   * order. Parts may be empty.
   *
   * @param rows the rows
   * @param parts how many parts; 1 or more
   * @return the generator
   * @throws IllegalArgumentException if parts is less than 1
   */
  public static Gen<List<List<LogRow>>> partitions(List<LogRow> rows, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("A split needs at least one part, but was " + parts);
    }
    return JourneyLogGens.partitions(internal(rows), parts)
        .map(
            split -> {
              List<List<LogRow>> published = new ArrayList<>();
              split.forEach(part -> published.add(publish(part)));
              return published;
            });
  }

  /**
   * Builds the log of rows, adding them in their order.
   *
   * @param rows the rows
   * @return the log
   */
  public static JourneyLog log(List<LogRow> rows) {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (LogRow row : rows) {
      builder.add(
          builder.caseCode(row.caseId()), builder.activityCode(row.activity()), row.epochMillis());
    }
    return builder.build();
  }

  private static List<LogRow> publish(List<JourneyLogGens.Row> rows) {
    List<LogRow> published = new ArrayList<>(rows.size());
    rows.forEach(row -> published.add(new LogRow(row.caseId(), row.activity(), row.epochMillis())));
    return published;
  }

  private static List<JourneyLogGens.Row> internal(List<LogRow> rows) {
    List<JourneyLogGens.Row> internal = new ArrayList<>(rows.size());
    rows.forEach(
        row ->
            internal.add(new JourneyLogGens.Row(row.caseId(), row.activity(), row.epochMillis())));
    return internal;
  }
}
