package org.covalue.spark;

import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.timestamp_diff;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_millis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Journey analytics of an event log held in Spark (ITIL 4: Drive Stakeholder Value, §1.2.4 and
 * §1.2.6), with the settings of a {@link JourneyAnalyzer} and the names of the event columns, and
 * the one verb that applies them: {@link #analyze(Dataset)}. The result equals what {@link
 * JourneyAnalyzer#analyze} gives for the same events held in memory.
 *
 * <pre>{@code
 * JourneyAnalytics analytics =
 *     SparkJourneyAnalyzer.of(JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of("6")))
 *         .withColumns("CaseID", "ActivityID", "CompleteTimestamp")
 *         .analyze(events);
 * String json = JourneyAnalyticsJson.DEFAULT.write(analytics);
 * }</pre>
 *
 * <p>The events are a {@code Dataset<Row>} with a column for the case, one for the activity and one
 * for the time; other columns are ignored. Cases and activities are texts or whole numbers (read as
 * their decimal text). Times are {@code timestamp} (an instant), {@code timestamp_ntz} (a
 * wall-clock time, read as UTC, as covalue's CSV reader reads times without an offset), {@code
 * date} (midnight UTC), or whole numbers of milliseconds since 1970-01-01T00:00:00Z; they are kept
 * to the millisecond, finer digits cut towards the past. Text times must be converted first, for
 * example with Spark's {@code to_timestamp}.
 *
 * <p>How the work divides: the events are shuffled by case, so that each case's events meet in one
 * task, where Spark sorts them by time, ties in input order, into the case's path ({@link
 * #casePaths}); each task adds its paths to a partial result, and the partial results, whose size
 * depends on the distinct activities, transitions and variants and not on the number of events, are
 * merged with {@link JourneyAnalytics#merge} ({@link JourneyAnalyticsAggregator}). The input order
 * that breaks ties between equal times is the order of the rows in the data set's partitions, one
 * partition after the other, as {@code monotonically_increasing_id} numbers them: the order of the
 * file for a file read by Spark.
 *
 * <p>{@link #DEFAULT} has {@link JourneyAnalyzer#DEFAULT}'s settings and the columns {@code case},
 * {@code activity} and {@code timestamp}. Instances are immutable and thread-safe.
 */
public final class SparkJourneyAnalyzer {

  /** The default settings; see the class description. */
  public static final SparkJourneyAnalyzer DEFAULT =
      new SparkJourneyAnalyzer(JourneyAnalyzer.DEFAULT, "case", "activity", "timestamp");

  /**
   * The columns of {@link #casePaths}, one row per case: {@code case} (text), {@code activities}
   * (the activities of the case's events, in time order, ties in input order) and {@code
   * epochMillis} (their times, in milliseconds since 1970).
   */
  public static final StructType CASE_PATH_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("case", DataTypes.StringType, false),
            DataTypes.createStructField(
                "activities", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField(
                "epochMillis", DataTypes.createArrayType(DataTypes.LongType, false), false)
          });

  private final JourneyAnalyzer analyzer;
  private final String caseColumn;
  private final String activityColumn;
  private final String timestampColumn;

  private SparkJourneyAnalyzer(
      JourneyAnalyzer analyzer, String caseColumn, String activityColumn, String timestampColumn) {
    this.analyzer = analyzer;
    this.caseColumn = caseColumn;
    this.activityColumn = activityColumn;
    this.timestampColumn = timestampColumn;
  }

  /**
   * Returns the default columns with the settings of an analyzer.
   *
   * @param analyzer the settings of the analysis: mapping, final activities, expected starts,
   *     percentiles, accuracy
   * @return the settings
   * @throws NullPointerException if the analyzer is null
   */
  public static SparkJourneyAnalyzer of(JourneyAnalyzer analyzer) {
    return DEFAULT.withAnalyzer(analyzer);
  }

  /**
   * Returns these settings with another analyzer.
   *
   * @param analyzer the settings of the analysis
   * @return the new settings
   * @throws NullPointerException if the analyzer is null
   */
  public SparkJourneyAnalyzer withAnalyzer(JourneyAnalyzer analyzer) {
    Objects.requireNonNull(analyzer, "analyzer");
    return new SparkJourneyAnalyzer(analyzer, caseColumn, activityColumn, timestampColumn);
  }

  /**
   * Returns these settings with other names of the event columns.
   *
   * @param caseColumn the column of the case (a ticket, an order, one consumer's journey)
   * @param activityColumn the column of the activity or touchpoint
   * @param timestampColumn the column of the time
   * @return the new settings
   * @throws NullPointerException if a name is null
   * @throws InvalidModelException if a name is blank
   */
  public SparkJourneyAnalyzer withColumns(
      String caseColumn, String activityColumn, String timestampColumn) {
    Objects.requireNonNull(caseColumn, "caseColumn");
    Objects.requireNonNull(activityColumn, "activityColumn");
    Objects.requireNonNull(timestampColumn, "timestampColumn");
    requireName(caseColumn, "caseColumn");
    requireName(activityColumn, "activityColumn");
    requireName(timestampColumn, "timestampColumn");
    return new SparkJourneyAnalyzer(analyzer, caseColumn, activityColumn, timestampColumn);
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
   * Returns the name of the case column.
   *
   * @return the name
   */
  public String caseColumn() {
    return caseColumn;
  }

  /**
   * Returns the name of the activity column.
   *
   * @return the name
   */
  public String activityColumn() {
    return activityColumn;
  }

  /**
   * Returns the name of the time column.
   *
   * @return the name
   */
  public String timestampColumn() {
    return timestampColumn;
  }

  /**
   * Analyzes the events of a data set: runs one Spark job that shuffles the events by case and
   * merges the partial results of the tasks, and returns the result to the driver.
   *
   * @param events the events, with the three columns these settings name
   * @return the analytics, equal to {@link JourneyAnalyzer#analyze} of the same events in memory
   * @throws NullPointerException if the data set is null
   * @throws InvalidModelException if a column is missing or of a type that cannot hold cases,
   *     activities or times, or if an event has no case, activity or time, or a blank one
   */
  public JourneyAnalytics analyze(Dataset<Row> events) {
    Dataset<Row> paths = casePaths(events);
    try {
      return paths.select(aggregator().toColumn()).first();
    } catch (Exception e) {
      // A bad event fails the task that meets it; Spark reports that as a SparkException on the
      // driver, with the task's exception as its cause.
      InvalidModelException invalid = InvalidEventException.findIn(e);
      if (invalid != null) {
        throw invalid;
      }
      throw e;
    }
  }

  /**
   * Returns the first step of the analysis as a data set, for use with {@link #aggregator()}: the
   * events grouped by case, each case's events sorted by time, ties in input order, as one row per
   * case of {@link #CASE_PATH_SCHEMA}. Nothing runs until an action asks for the rows.
   *
   * @param events the events, with the three columns these settings name
   * @return the paths, one row per case
   * @throws NullPointerException if the data set is null
   * @throws InvalidModelException if a column is missing or of a type that cannot hold cases,
   *     activities or times; an event with no case, activity or time fails the job that reads the
   *     rows
   */
  public Dataset<Row> casePaths(Dataset<Row> events) {
    Objects.requireNonNull(events, "events");
    StructType schema = events.schema();
    StructField caseField = field(events, schema, caseColumn, "caseColumn");
    StructField activityField = field(events, schema, activityColumn, "activityColumn");
    StructField timeField = field(events, schema, timestampColumn, "timestampColumn");
    requireLabels(caseField, "caseColumn");
    requireLabels(activityField, "activityColumn");
    Dataset<Row> keyed =
        events.select(
            column(events, caseField).cast(DataTypes.StringType).as("case"),
            column(events, activityField).cast(DataTypes.StringType).as("activity"),
            epochMillis(column(events, timeField), timeField).as("epochMillis"),
            monotonically_increasing_id().as("seq"));
    return keyed
        .groupBy(keyed.col("case"))
        .as(Encoders.STRING(), Encoders.row(keyed.schema()))
        .flatMapSortedGroups(
            new Column[] {keyed.col("epochMillis"), keyed.col("seq")},
            new CasePathFunction(caseField.name(), activityField.name(), timeField.name()),
            Encoders.row(CASE_PATH_SCHEMA));
  }

  /**
   * Returns the aggregator that turns case paths into analytics with these settings.
   *
   * @return the aggregator
   */
  public JourneyAnalyticsAggregator aggregator() {
    return new JourneyAnalyticsAggregator(analyzer);
  }

  private static void requireName(String name, String path) {
    if (name.isBlank()) {
      throw InvalidModelException.of(
          path, "Event column name " + path + " must not be blank", name);
    }
  }

  /** Finds a column by its name, exactly or, when Spark's analyzer is, regardless of case. */
  private static StructField field(
      Dataset<Row> events, StructType schema, String name, String path) {
    StructField[] fields = schema.fields();
    for (StructField field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    boolean caseSensitive =
        Boolean.parseBoolean(events.sparkSession().conf().get("spark.sql.caseSensitive", "false"));
    List<StructField> matches = new ArrayList<>();
    for (StructField field : fields) {
      if (!caseSensitive
          && field.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        matches.add(field);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    throw InvalidModelException.of(
        path,
        "Event column "
            + Violations.quote(name)
            + (matches.isEmpty() ? " is not among" : " matches more than one of")
            + " the data set's columns "
            + Violations.shorten(Arrays.toString(schema.fieldNames())),
        name);
  }

  private static Column column(Dataset<Row> events, StructField field) {
    return events.col("`" + field.name().replace("`", "``") + "`");
  }

  private static void requireLabels(StructField field, String path) {
    DataType type = field.dataType();
    if (!(type instanceof StringType || isWholeNumber(type))) {
      throw InvalidModelException.of(
          path,
          "Event column "
              + Violations.quote(field.name())
              + " holds "
              + type.simpleString()
              + ", but cases and activities must be text or whole numbers",
          field.name());
    }
  }

  private static boolean isWholeNumber(DataType type) {
    return type instanceof ByteType
        || type instanceof ShortType
        || type instanceof IntegerType
        || type instanceof LongType;
  }

  /** The time of each event in milliseconds since 1970, floored, from any supported type. */
  private static Column epochMillis(Column time, StructField field) {
    DataType type = field.dataType();
    if (type instanceof TimestampType) {
      return unix_millis(time);
    }
    if (type instanceof TimestampNTZType) {
      Column micros = timestamp_diff("MICROSECOND", lit(LocalDateTime.of(1970, 1, 1, 0, 0)), time);
      return floor(micros.cast(DataTypes.createDecimalType(20, 0)).divide(lit(1000)))
          .cast(DataTypes.LongType);
    }
    if (type instanceof DateType) {
      return unix_date(time).cast(DataTypes.LongType).multiply(lit(86_400_000L));
    }
    if (isWholeNumber(type)) {
      return time.cast(DataTypes.LongType);
    }
    throw InvalidModelException.of(
        "timestampColumn",
        "Event column "
            + Violations.quote(field.name())
            + " holds "
            + type.simpleString()
            + ", but times must be timestamp, timestamp_ntz, date or whole milliseconds since"
            + " 1970 (convert text with to_timestamp)",
        field.name());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SparkJourneyAnalyzer that
        && analyzer.equals(that.analyzer)
        && caseColumn.equals(that.caseColumn)
        && activityColumn.equals(that.activityColumn)
        && timestampColumn.equals(that.timestampColumn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(analyzer, caseColumn, activityColumn, timestampColumn);
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "SparkJourneyAnalyzer{analyzer="
        + analyzer
        + ", caseColumn="
        + caseColumn
        + ", activityColumn="
        + activityColumn
        + ", timestampColumn="
        + timestampColumn
        + "}";
  }
}
