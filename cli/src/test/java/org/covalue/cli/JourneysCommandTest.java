package org.covalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code covalue journeys} as a user would, on the real help-desk log at {@code
 * ../shared/data/journey-logs/helpdesk.csv} from the project root (the test fails, never skips,
 * without it) and on small files.
 */
class JourneysCommandTest {

  private static final Path HELPDESK =
      Path.of("..", "..", "shared", "data", "journey-logs", "helpdesk.csv").toAbsolutePath();

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run covalue(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CovalueCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static String helpdesk() {
    assertThat(HELPDESK).as("the help-desk log").isRegularFile();
    return HELPDESK.toString();
  }

  @Test
  void jsonHasTheDocumentedFields() {
    Run run = covalue("journeys", helpdesk(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"cases\" : 3804")
        .contains("\"events\" : 13710")
        .contains("\"activities\" : 9")
        .contains("\"variants\" : [ {\n    \"path\" : [ \"1\", \"8\", \"6\" ],")
        .contains("\"from\" : \"1\",\n    \"to\" : \"8\",\n    \"count\" : 3483,")
        .contains("\"meanSeconds\"")
        .contains("\"medianSeconds\"")
        .contains("\"startActivities\" : {\n    \"1\" : 3644,\n    \"3\" : 108,")
        .contains("\"endActivities\" : {\n    \"6\" : 3804\n  }")
        .contains("\"loops\" : {\n    \"cases\" : 517,\n    \"returns\" : 851,");
  }

  @Test
  void textSummarisesTheLog() {
    Run run = covalue("journeys", helpdesk());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("helpdesk.csv: 3804 cases, 13710 events, 9 activities, 154 variants\n")
        .contains("Most frequent paths:\n")
        .contains("cases  1 > 8 > 6\n")
        .contains("Start activities: 1=3644, 3=108, 8=48, 6=2, 2=1, 9=1\n")
        .contains("End activities:   6=3804\n")
        .contains("  1            -> 8               3483  mean ")
        .contains("Back-and-forth loops: 517 cases went back to an earlier activity, 851 returns\n")
        .contains("  9 -> back to 8: 485\n");
  }

  @Test
  void columnsNameTheCsvColumns(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tickets.csv");
    Files.writeString(
        file,
        "Ticket,Step,When,Who\nT1,Open,2026-01-01 10:00:00,ana\nT1,Close,2026-01-01 11:00:00,bo\n");
    Run run =
        covalue(
            "journeys",
            file.toString(),
            "--columns",
            "case=Ticket,activity=Step,timestamp=When,resource=Who",
            "--format=json");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"path\" : [ \"Open\", \"Close\" ]").contains("3600.0");
    Run text =
        covalue("journeys", file.toString(), "--columns", "touchpoint=Step,case=Ticket,time=When");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("1.0h");
  }

  @Test
  void xesDocumentsAreReadByTheirName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("log.xes");
    Files.writeString(
        file,
        "<log><trace><string key=\"concept:name\" value=\"c\"/><event>"
            + "<string key=\"concept:name\" value=\"A\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event></trace></log>");
    Run run = covalue("journeys", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("log.xes: 1 cases, 1 events, 1 activities, 1 variants\n");
    Run columns = covalue("journeys", file.toString(), "--columns", "case=x");
    assertThat(columns.status()).isEqualTo(2);
    assertThat(columns.err()).contains("--columns applies to CSV files, not to XES documents");
  }

  @Test
  void badRowsAndFilesEndWithStatusOneAndTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "CaseID,ActivityID,CompleteTimestamp\n1,1,2026-01-01\n1,2,later\n");
    Run run = covalue("journeys", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "covalue journeys: line 3, column 3: Timestamp 'later' in column CompleteTimestamp"
                + " is not a time of a known form, such as 2012-04-03 16:55:38\n");
    Run missing = covalue("journeys", dir.resolve("none.csv").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).startsWith("covalue journeys: Cannot read event log ");
  }

  @Test
  void wrongCommandLinesEndWithStatusTwoAndOneLine() {
    Run noLog = covalue("journeys");
    assertThat(noLog.status()).isEqualTo(2);
    assertThat(noLog.err())
        .isEqualTo(
            "covalue journeys: Missing required parameter: 'LOG' (see covalue journeys --help)"
                + System.lineSeparator());
    Run format = covalue("journeys", "x.csv", "--format", "yaml");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).contains("--format");
    Run role = covalue("journeys", helpdesk(), "--columns", "ticket=CaseID");
    assertThat(role.status()).isEqualTo(2);
    assertThat(role.err())
        .contains(
            "Unknown column role 'ticket' in --columns: use case, activity, timestamp or"
                + " resource");
    Run root = covalue();
    assertThat(root.status()).isZero();
    assertThat(root.out()).contains("Usage: covalue").contains("journeys");
    assertThat(covalue("--version").out()).startsWith("covalue ");
  }

  @Test
  void durationsAreReadable() {
    assertThat(JourneysCommand.duration(1500)).isEqualTo("1.5s");
    assertThat(JourneysCommand.duration(90_000)).isEqualTo("1.5min");
    assertThat(JourneysCommand.duration(5_400_000)).isEqualTo("1.5h");
    assertThat(JourneysCommand.duration(129_600_000)).isEqualTo("1.5d");
  }

  @Test
  void theProgressLineIsDrawnOnStandardErrorAndWipedAtTheEnd() {
    Run quiet = covalue("journeys", helpdesk(), "--progress", "never");
    Run shown = covalue("journeys", helpdesk(), "--progress", "always");
    assertThat(quiet.err()).isEmpty();
    assertThat(shown.status()).isZero();
    assertThat(shown.out()).isEqualTo(quiet.out());
    assertThat(shown.err())
        .startsWith("\rReading helpdesk.csv: 0%")
        .contains("\rReading helpdesk.csv: 100%, analysing 13710 events")
        .endsWith(
            "\r"
                + " ".repeat("Reading helpdesk.csv: 100%, analysing 13710 events".length())
                + "\r");
    // Whole percentages, each drawn once, rising.
    java.util.List<Integer> percents = new java.util.ArrayList<>();
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("\rReading helpdesk\\.csv: (\\d+)%(?!,)")
            .matcher(shown.err());
    while (matcher.find()) {
      percents.add(Integer.parseInt(matcher.group(1)));
    }
    assertThat(percents).hasSizeGreaterThan(3).isSorted().doesNotHaveDuplicates();
    assertThat(percents.get(percents.size() - 1)).isEqualTo(100);
  }

  @Test
  void automaticProgressStaysOffWhenStandardErrorIsNoTerminal() {
    // The test JVM's standard error is a pipe to the build.
    assertThat(Progress.stderrIsTerminal()).isFalse();
    assertThat(covalue("journeys", helpdesk(), "--progress", "auto").err()).isEmpty();
  }

  @Test
  void compressedLogsShowTheProgressOfTheirBytes(@TempDir Path dir) throws IOException {
    Path zipped = dir.resolve("helpdesk.csv.gz");
    try (java.io.OutputStream out =
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(zipped))) {
      Files.copy(Path.of(helpdesk()), out);
    }
    Run plain = covalue("journeys", helpdesk(), "--format", "json");
    Run shown = covalue("journeys", zipped.toString(), "--format", "json", "--progress", "always");
    assertThat(shown.status()).isZero();
    assertThat(shown.out()).isEqualTo(plain.out());
    assertThat(shown.err()).contains("Reading helpdesk.csv.gz: 100%, analysing 13710 events");
  }

  @Test
  void errorsWithProgressWipeTheLineThenSayWhatIsWrong(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "CaseID,ActivityID,CompleteTimestamp\n1,1,2026-01-01\n1,2,later\n");
    Run run = covalue("journeys", file.toString(), "--progress", "always");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .matches("(?s)\rReading bad\\.csv: 0%.*\r +\rcovalue journeys: line 3, column 3: .*\n");
    Run missing = covalue("journeys", dir.resolve("none.csv").toString(), "--progress", "always");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).startsWith("covalue journeys: Cannot read event log ");
    Run wrong = covalue("journeys", helpdesk(), "--progress", "sometimes");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains("--progress").contains("sometimes");
  }
}
