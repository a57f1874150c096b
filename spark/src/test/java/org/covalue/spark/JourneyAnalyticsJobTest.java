package org.covalue.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.interchange.eventlog.JourneyAnalyticsJson;
import org.covalue.journey.log.JourneyAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example job on the help-desk log, read from CSV and from Parquet: it prints its figures and
 * writes the JSON that covalue writes for the in-memory analysis of the same log.
 */
class JourneyAnalyticsJobTest {

  private static final JourneyAnalyzer ANALYZER =
      JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of("6")).withExpectedStarts(Set.of("1", "3"));

  private static String expectedJson() {
    assertThat(SparkTests.HELPDESK).as("the help-desk log").isRegularFile();
    return JourneyAnalyticsJson.DEFAULT.write(
            ANALYZER.analyze(CsvEventLogReader.DEFAULT.read(SparkTests.HELPDESK).log()))
        + "\n";
  }

  @Test
  void analyzesACsvLogAndWritesTheJsonOfTheInMemoryAnalysis(@TempDir Path folder)
      throws IOException {
    SparkTests.shufflePartitions(2);
    Path output = folder.resolve("out/helpdesk.json");

    String printed =
        JourneyAnalyticsJob.run(
            SparkTests.spark(),
            SparkTests.HELPDESK.toString(),
            output.toString(),
            "--columns",
            "CaseID,ActivityID,CompleteTimestamp",
            "--final",
            "6",
            "--starts",
            "1,3");

    assertThat(printed)
        .isEqualTo(
            "helpdesk.csv: 3804 cases, 13710 events, 9 activities, 154 variants; written to "
                + output);
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(expectedJson());
  }

  @Test
  void analyzesAParquetLog(@TempDir Path folder) throws IOException {
    SparkTests.shufflePartitions(2);
    Path parquet = folder.resolve("helpdesk.parquet");
    SparkTests.spark()
        .read()
        .option("header", "true")
        .csv(SparkTests.HELPDESK.toString())
        .selectExpr(
            "CaseID AS ticket", "ActivityID AS step", "to_timestamp(CompleteTimestamp) AS at")
        .write()
        .parquet(parquet.toString());
    Path output = folder.resolve("helpdesk.json");

    String printed =
        JourneyAnalyticsJob.run(
            SparkTests.spark(),
            parquet.toString(),
            output.toString(),
            "--columns",
            "ticket,step,at",
            "--final",
            "6",
            "--starts",
            "1,3");

    assertThat(printed).startsWith("helpdesk.parquet: 3804 cases, 13710 events,");
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(expectedJson());
  }

  @Test
  void refusesWrongArguments() {
    assertThatThrownBy(() -> JourneyAnalyticsJob.run(SparkTests.spark(), "events.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Give the events and the output file");
    assertThatThrownBy(
            () -> JourneyAnalyticsJob.run(SparkTests.spark(), "a.csv", "b.json", "--columns", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--columns needs three names, CASE,ACTIVITY,TIME, but was x");
    assertThatThrownBy(() -> JourneyAnalyticsJob.run(SparkTests.spark(), "a.csv", "--final"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option --final needs a value");
    assertThatThrownBy(
            () -> JourneyAnalyticsJob.run(SparkTests.spark(), "a.csv", "b.json", "--colour", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown option --colour");
    assertThatThrownBy(
            () -> JourneyAnalyticsJob.run(SparkTests.spark(), "a.csv", "b.json", "--final", " "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Activity in finalActivities must not be blank");
  }

  @Test
  void namesTheColumnsTheLogHasWhenOneIsMissing(@TempDir Path folder) {
    assertThatThrownBy(
            () ->
                JourneyAnalyticsJob.run(
                    SparkTests.spark(),
                    SparkTests.HELPDESK.toString(),
                    folder.resolve("out.json").toString()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "Event column \"case\" is not among the data set's columns"
                + " [CaseID, ActivityID, CompleteTimestamp]");
  }
}
