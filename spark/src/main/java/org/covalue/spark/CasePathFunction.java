package org.covalue.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.covalue.core.Violations;
import org.jspecify.annotations.Nullable;
import scala.collection.immutable.ArraySeq;

/**
 * Turns the events of one case, sorted by Spark by time and input order, into the case's path: one
 * row of {@link SparkJourneyAnalyzer#CASE_PATH_SCHEMA}. Its input rows are {@code case}, {@code
 * activity}, {@code epochMillis} and {@code seq}. An event with no case, activity or time, or a
 * blank one, fails the task with an {@link InvalidEventException} naming the column.
 */
final class CasePathFunction implements FlatMapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  private final String caseColumn;
  private final String activityColumn;
  private final String timestampColumn;

  CasePathFunction(String caseColumn, String activityColumn, String timestampColumn) {
    this.caseColumn = caseColumn;
    this.activityColumn = activityColumn;
    this.timestampColumn = timestampColumn;
  }

  @Override
  public Iterator<Row> call(@Nullable String caseId, Iterator<Row> events) {
    if (caseId == null || caseId.isBlank()) {
      throw new InvalidEventException(
          "events." + caseColumn,
          "The case of an event must not be "
              + (caseId == null ? "null" : "blank")
              + ", but column "
              + Violations.quote(caseColumn)
              + " holds "
              + (caseId == null ? "null" : Violations.quote(caseId)),
          caseId);
    }
    List<String> activities = new ArrayList<>();
    long[] times = new long[16];
    while (events.hasNext()) {
      Row event = events.next();
      String activity = event.isNullAt(1) ? null : event.getString(1);
      if (activity == null || activity.isBlank()) {
        throw new InvalidEventException(
            "events." + activityColumn,
            "The activity of an event of case "
                + Violations.quote(caseId)
                + " must not be "
                + (activity == null ? "null" : "blank")
                + " (column "
                + Violations.quote(activityColumn)
                + ")",
            activity);
      }
      if (event.isNullAt(2)) {
        throw new InvalidEventException(
            "events." + timestampColumn,
            "The time of an event of case "
                + Violations.quote(caseId)
                + " must not be null (column "
                + Violations.quote(timestampColumn)
                + ")",
            null);
      }
      if (activities.size() == times.length) {
        times = Arrays.copyOf(times, times.length * 2);
      }
      times[activities.size()] = event.getLong(2);
      activities.add(activity);
    }
    // The row encoder takes Scala sequences; these wrap the arrays without copying them.
    return List.of(
            RowFactory.create(
                caseId,
                ArraySeq.unsafeWrapArray(activities.toArray(new String[0])),
                ArraySeq.unsafeWrapArray(Arrays.copyOf(times, activities.size()))))
        .iterator();
  }
}
