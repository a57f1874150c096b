package org.covalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.covalue.core.InvalidModelException;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.interchange.eventlog.JourneyAnalyticsJson;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.testkit.JourneyLogs;
import org.covalue.testkit.LogRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.Tuple2;

/**
 * The Spark analysis equals the in-memory analysis: on the real help-desk log read by Spark's own
 * CSV reader, split into 1, 2 and 8 partitions, and on small logs that pin ties, time types and bad
 * input. The test fails, and never skips, when the help-desk log is missing.
 */
class SparkJourneyAnalyzerTest {

  /** The help-desk analysis of the benchmarks: steps, final activity and expected starts. */
  static final JourneyAnalyzer HELPDESK_ANALYZER =
      JourneyAnalyzer.DEFAULT
          .withMapping(
              ActivityMapping.of(
                  Map.of(
                      "1", CustomerJourneyStep.ENGAGE,
                      "2", CustomerJourneyStep.AGREE,
                      "3", CustomerJourneyStep.ENGAGE,
                      "8", CustomerJourneyStep.CO_CREATE,
                      "9", CustomerJourneyStep.CO_CREATE,
                      "6", CustomerJourneyStep.REALIZE)))
          .withFinalActivities(Set.of("6"))
          .withExpectedStarts(Set.of("1", "3"));

  private static Dataset<Row> helpdeskInSpark(int filePartitions) throws IOException {
    assertThat(SparkTests.HELPDESK)
        .as("the help-desk log, ../shared/data/journey-logs/helpdesk.csv from the project root")
        .isRegularFile();
    long size = Files.size(SparkTests.HELPDESK);
    SparkTests.spark()
        .conf()
        .set("spark.sql.files.maxPartitionBytes", Long.toString(size / filePartitions + 1));
    SparkTests.spark().conf().set("spark.sql.files.openCostInBytes", "0");
    SparkTests.spark().conf().set("spark.sql.files.minPartitionNum", "1");
    try {
      Dataset<Row> csv =
          SparkTests.spark().read().option("header", "true").csv(SparkTests.HELPDESK.toString());
      assertThat(csv.rdd().getNumPartitions()).isEqualTo(filePartitions);
      return csv.withColumn("CompleteTimestamp", to_timestamp(col("CompleteTimestamp")));
    } finally {
      SparkTests.spark().conf().unset("spark.sql.files.maxPartitionBytes");
      SparkTests.spark().conf().unset("spark.sql.files.openCostInBytes");
      SparkTests.spark().conf().unset("spark.sql.files.minPartitionNum");
    }
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 8})
  void equalsTheInMemoryAnalysisOfTheHelpdeskLog(int partitions) throws IOException {
    SparkTests.shufflePartitions(partitions);
    JourneyAnalytics inMemory =
        HELPDESK_ANALYZER.analyze(CsvEventLogReader.DEFAULT.read(SparkTests.HELPDESK).log());

    JourneyAnalytics inSpark =
        SparkJourneyAnalyzer.of(HELPDESK_ANALYZER)
            .withColumns("CaseID", "ActivityID", "CompleteTimestamp")
            .analyze(helpdeskInSpark(partitions));

    assertThat(inSpark).isEqualTo(inMemory);
    assertThat(JourneyAnalyticsJson.DEFAULT.write(inSpark))
        .isEqualTo(JourneyAnalyticsJson.DEFAULT.write(inMemory));
    assertThat(inSpark.cases()).isEqualTo(3_804);
    assertThat(inSpark.events()).isEqualTo(13_710);
    assertThat(inSpark.variants()).hasSize(154);
    assertThat(inSpark.loops().returns()).isEqualTo(851);
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 8})
  void breaksTiesOfEqualTimesByInputOrderAcrossPartitions(int partitions) {
    SparkTests.shufflePartitions(partitions);
    List<LogRow> rows =
        List.of(
            new LogRow("b", "Register", 1_000),
            new LogRow("a", "Register", 5_000),
            new LogRow("a", "Resolve", 5_000),
            new LogRow("b", "Resolve", 1_000),
            new LogRow("a", "Check", 5_000),
            new LogRow("b", "Check", 1_000),
            new LogRow("a", "Register", 4_000),
            new LogRow("c", "Close", 0),
            new LogRow("b", "Close", 2_000));

    JourneyAnalytics inSpark = SparkJourneyAnalyzer.DEFAULT.analyze(Events.of(rows, partitions));

    assertThat(inSpark).isEqualTo(JourneyAnalytics.of(JourneyLogs.log(rows)));
    assertThat(inSpark.variants())
        .extracting(v -> String.join(">", v.path()))
        .containsExactlyInAnyOrder(
            "Register>Register>Resolve>Check", "Register>Resolve>Check>Close", "Close");
  }

  @Test
  void givesEachCaseItsPathInTimeOrder() {
    SparkTests.shufflePartitions(2);
    List<LogRow> rows =
        List.of(
            new LogRow("t-2", "Resolve", 9_000),
            new LogRow("t-1", "Register", 1_000),
            new LogRow("t-2", "Register", 3_000),
            new LogRow("t-1", "Resolve", 2_000));

    List<Row> paths =
        SparkJourneyAnalyzer.DEFAULT.casePaths(Events.of(rows, 2)).orderBy("case").collectAsList();

    assertThat(paths)
        .extracting(Row::toString)
        .containsExactly(
            "[t-1,ArraySeq(Register, Resolve),ArraySeq(1000, 2000)]",
            "[t-2,ArraySeq(Register, Resolve),ArraySeq(3000, 9000)]");
    assertThat(paths.get(0).schema()).isEqualTo(SparkJourneyAnalyzer.CASE_PATH_SCHEMA);
  }

  @Test
  void analyzesEachGroupOfCasesApartWithTheAggregator() {
    SparkTests.shufflePartitions(2);
    List<LogRow> rows =
        List.of(
            new LogRow("north-1", "Register", 1_000),
            new LogRow("south-1", "Register", 2_000),
            new LogRow("north-2", "Register", 3_000),
            new LogRow("north-1", "Resolve", 4_000),
            new LogRow("south-1", "Close", 5_000),
            new LogRow("north-2", "Close", 6_000));
    SparkJourneyAnalyzer analyzer = SparkJourneyAnalyzer.DEFAULT;

    List<Tuple2<String, JourneyAnalytics>> byRegion =
        analyzer
            .casePaths(Events.of(rows, 2))
            .groupByKey(
                (MapFunction<Row, String>) path -> path.getString(0).replaceFirst("-.*", ""),
                Encoders.STRING())
            .agg(analyzer.aggregator().toColumn())
            .collectAsList();

    assertThat(byRegion).extracting(Tuple2::_1).containsExactlyInAnyOrder("north", "south");
    for (Tuple2<String, JourneyAnalytics> region : byRegion) {
      List<LogRow> ofRegion =
          rows.stream().filter(row -> row.caseId().startsWith(region._1())).toList();
      assertThat(region._2()).isEqualTo(JourneyAnalytics.of(JourneyLogs.log(ofRegion)));
    }
  }

  @Test
  void readsEveryKindOfTimeToTheMillisecond() {
    SparkTests.shufflePartitions(2);
    Instant first = Instant.parse("1969-12-31T23:59:59.9995Z");
    Instant second = Instant.parse("2012-04-03T16:55:38.123456Z");
    StructType schema =
        new StructType()
            .add("case", DataTypes.IntegerType)
            .add("activity", DataTypes.LongType)
            .add("instant", DataTypes.TimestampType)
            .add("wallClock", DataTypes.TimestampNTZType)
            .add("day", DataTypes.DateType)
            .add("millis", DataTypes.LongType)
            .add("intMillis", DataTypes.IntegerType);
    List<Row> rows =
        List.of(
            row(7, 1, first, 5),
            row(7, 2, second, 6),
            row(8, 2, second.plusSeconds(86_400 * 3), 7),
            row(8, 1, first.minusSeconds(86_400 * 2), 8));
    Dataset<Row> events = SparkTests.spark().createDataFrame(rows, schema);
    JourneyLog.Builder expected = JourneyLog.builder();
    expected.add("7", "1", Instant.ofEpochMilli(-1));
    expected.add("7", "2", Instant.ofEpochMilli(second.toEpochMilli()));
    expected.add("8", "2", second.plusSeconds(86_400 * 3));
    expected.add("8", "1", first.minusSeconds(86_400 * 2));
    JourneyAnalytics byInstant = JourneyAnalytics.of(expected.build());

    for (String column : List.of("instant", "wallClock")) {
      assertThat(
              SparkJourneyAnalyzer.DEFAULT.withColumns("case", "activity", column).analyze(events))
          .as(column)
          .isEqualTo(byInstant);
    }
    JourneyLog.Builder days = JourneyLog.builder();
    days.add("7", "1", Instant.parse("1969-12-31T00:00:00Z"));
    days.add("7", "2", Instant.parse("2012-04-03T00:00:00Z"));
    days.add("8", "2", Instant.parse("2012-04-06T00:00:00Z"));
    days.add("8", "1", Instant.parse("1969-12-29T00:00:00Z"));
    assertThat(SparkJourneyAnalyzer.DEFAULT.withColumns("case", "activity", "day").analyze(events))
        .isEqualTo(JourneyAnalytics.of(days.build()));
    JourneyLog.Builder numbers = JourneyLog.builder();
    numbers.add("7", "1", Instant.ofEpochMilli(5));
    numbers.add("7", "2", Instant.ofEpochMilli(6));
    numbers.add("8", "2", Instant.ofEpochMilli(7));
    numbers.add("8", "1", Instant.ofEpochMilli(8));
    for (String column : List.of("millis", "intMillis")) {
      assertThat(
              SparkJourneyAnalyzer.DEFAULT.withColumns("case", "activity", column).analyze(events))
          .as(column)
          .isEqualTo(JourneyAnalytics.of(numbers.build()));
    }
  }

  private static Row row(int caseId, long activity, Instant time, int millis) {
    return RowFactory.create(
        caseId,
        activity,
        java.sql.Timestamp.from(time),
        LocalDateTime.ofInstant(time, ZoneOffset.UTC),
        java.sql.Date.valueOf(LocalDate.ofInstant(time, ZoneOffset.UTC)),
        (long) millis,
        millis);
  }

  @Test
  void findsColumnsRegardlessOfCaseAsSparkDoes() {
    SparkTests.shufflePartitions(1);
    List<LogRow> rows = List.of(new LogRow("a", "x", 1), new LogRow("a", "y", 2));

    assertThat(
            SparkJourneyAnalyzer.DEFAULT
                .withColumns("CASE", "Activity", "TimeStamp")
                .analyze(Events.of(rows, 1)))
        .isEqualTo(JourneyAnalytics.of(JourneyLogs.log(rows)));
  }

  @Test
  void refusesAMissingColumnNamingTheColumnsThereAre() {
    Dataset<Row> events = Events.of(List.of(new LogRow("a", "x", 1)), 1);

    assertThatThrownBy(
            () ->
                SparkJourneyAnalyzer.DEFAULT
                    .withColumns("ticket", "activity", "timestamp")
                    .analyze(events))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("caseColumn")
        .hasMessageContaining(
            "Event column \"ticket\" is not among the data set's columns [case, activity, timestamp]");
  }

  @Test
  void refusesTimesAndLabelsOfTypesThatCannotHoldThem() {
    StructType schema =
        new StructType()
            .add("case", DataTypes.StringType)
            .add("activity", DataTypes.DoubleType)
            .add("timestamp", DataTypes.StringType);
    Dataset<Row> events =
        SparkTests.spark()
            .createDataFrame(List.of(RowFactory.create("a", 1.5, "2020-01-01")), schema);

    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.analyze(events))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "Event column \"activity\" holds double, but cases and activities must be text or"
                + " whole numbers");
    assertThatThrownBy(
            () ->
                SparkJourneyAnalyzer.DEFAULT.analyze(
                    events.drop("activity").withColumn("activity", col("case"))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "Event column \"timestamp\" holds string, but times must be timestamp, timestamp_ntz,"
                + " date or whole milliseconds since 1970 (convert text with to_timestamp)");
  }

  @Test
  void refusesAnEventWithNoActivityNamingTheCaseAndTheColumn() {
    StructType schema = Events.SCHEMA;
    Dataset<Row> events =
        SparkTests.spark()
            .createDataFrame(
                List.of(RowFactory.create("a", "Register", 1L), RowFactory.create("a", null, 2L)),
                schema);

    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.analyze(events))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("events.activity")
        .hasMessageContaining(
            "The activity of an event of case \"a\" must not be null (column \"activity\")");
  }

  @Test
  void refusesAnEventWithNoCaseOrNoTime() {
    StructType schema = Events.SCHEMA;
    Dataset<Row> noCase =
        SparkTests.spark().createDataFrame(List.of(RowFactory.create(null, "x", 1L)), schema);
    Dataset<Row> blankCase =
        SparkTests.spark().createDataFrame(List.of(RowFactory.create(" ", "x", 1L)), schema);
    Dataset<Row> noTime =
        SparkTests.spark().createDataFrame(List.of(RowFactory.create("a", "x", null)), schema);

    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.analyze(noCase))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "The case of an event must not be null, but column \"case\" holds null");
    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.analyze(blankCase))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "The case of an event must not be blank, but column \"case\" holds \" \"");
    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.analyze(noTime))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "The time of an event of case \"a\" must not be null (column \"timestamp\")");
  }

  @Test
  void analyzesAnEmptyDataSetAsTheAnalyticsOfNoCase() {
    SparkTests.shufflePartitions(2);
    assertThat(SparkJourneyAnalyzer.DEFAULT.analyze(Events.of(List.of(), 2)))
        .isEqualTo(JourneyAnalytics.of(JourneyLog.builder().build()));
  }

  @Test
  void keepsItsSettings() {
    SparkJourneyAnalyzer settings =
        SparkJourneyAnalyzer.of(HELPDESK_ANALYZER).withColumns("CaseID", "ActivityID", "Time");

    assertThat(settings.analyzer()).isEqualTo(HELPDESK_ANALYZER);
    assertThat(settings.caseColumn()).isEqualTo("CaseID");
    assertThat(settings.activityColumn()).isEqualTo("ActivityID");
    assertThat(settings.timestampColumn()).isEqualTo("Time");
    assertThat(settings.withAnalyzer(JourneyAnalyzer.DEFAULT).analyzer())
        .isEqualTo(JourneyAnalyzer.DEFAULT);
    assertThat(settings.withAnalyzer(JourneyAnalyzer.DEFAULT).caseColumn()).isEqualTo("CaseID");
    assertThat(settings.aggregator().analyzer()).isEqualTo(HELPDESK_ANALYZER);
    assertThat(settings)
        .isEqualTo(
            SparkJourneyAnalyzer.DEFAULT
                .withAnalyzer(HELPDESK_ANALYZER)
                .withColumns("CaseID", "ActivityID", "Time"))
        .hasSameHashCodeAs(
            SparkJourneyAnalyzer.of(HELPDESK_ANALYZER).withColumns("CaseID", "ActivityID", "Time"))
        .isNotEqualTo(SparkJourneyAnalyzer.of(HELPDESK_ANALYZER));
    assertThat(settings.toString()).contains("caseColumn=CaseID", "timestampColumn=Time");
    assertThat(SparkJourneyAnalyzer.DEFAULT.caseColumn()).isEqualTo("case");
    assertThat(SparkJourneyAnalyzer.DEFAULT.activityColumn()).isEqualTo("activity");
    assertThat(SparkJourneyAnalyzer.DEFAULT.timestampColumn()).isEqualTo("timestamp");
  }

  @Test
  void refusesBlankColumnNames() {
    assertThatThrownBy(() -> SparkJourneyAnalyzer.DEFAULT.withColumns("case", " ", "timestamp"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Event column name activityColumn must not be blank");
  }
}
