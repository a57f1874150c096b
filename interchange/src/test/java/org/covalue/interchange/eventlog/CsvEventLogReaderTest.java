package org.covalue.interchange.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.GZIPOutputStream;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.log.JourneyLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("StringConcatToTextBlock") // one row a line, with its line end in sight
class CsvEventLogReaderTest {

  static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static EventLogRead read(String text) {
    return CsvEventLogReader.DEFAULT.read(csv(text));
  }

  private static EventLogRead collect(String text) {
    return CsvEventLogReader.DEFAULT.withFailFast(false).read(csv(text));
  }

  @Test
  void theHelpdeskLayoutWorksWithDefaults() {
    EventLogRead read =
        read(
            "CaseID,ActivityID,CompleteTimestamp\n"
                + "2,1,2012-04-03 16:55:38\n"
                + "2,8,2012-04-03 16:55:53\n"
                + "3,1,2010-10-29 18:14:06\n");
    JourneyLog log = read.log();
    assertThat(read.rowsRead()).isEqualTo(3);
    assertThat(read.rowsRejected()).isZero();
    assertThat(read.hasRejections()).isFalse();
    assertThat(read.rejections()).isEmpty();
    assertThat(log.eventCount()).isEqualTo(3);
    assertThat(log.caseCount()).isEqualTo(2);
    assertThat(log.caseLabel(0)).isEqualTo("2");
    assertThat(log.activity(1)).isEqualTo("8");
    assertThat(log.time(1)).isEqualTo(Instant.parse("2012-04-03T16:55:53Z"));
    assertThat(read.toString()).isEqualTo("3 rows read, 0 rejected, 3 events in 2 cases");
  }

  @Test
  void otherCommonHeadersAreFoundWithoutSettings() {
    EventLogRead read = read("case:concept:name,Activity,time:timestamp\nc1;a,Open,2026-01-01\n");
    assertThat(read.log().caseLabel(0)).isEqualTo("c1;a");
    assertThat(read.log().activity(0)).isEqualTo("Open");
    EventLogRead spaced = read("Case ID,Activity Name,Date_Time\nc1,Open,2026-01-01 10:00\n");
    assertThat(spaced.log().time(0)).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
  }

  @Test
  void namedColumnsDelimiterAndResources() {
    EventLogRead read =
        CsvEventLogReader.DEFAULT
            .withCaseColumn("Ticket")
            .withActivityColumn("Touchpoint")
            .withTimestampColumn("When")
            .withResourceColumn("Agent")
            .withDelimiter(';')
            .read(
                csv(
                    "Agent;When;Touchpoint;Ticket;Note\n"
                        + "ana;2026-01-01T10:00:00Z;Portal;T-1;x\n"
                        + ";2026-01-01T11:00:00Z;Phone;T-1;y\n"));
    JourneyLog log = read.log();
    assertThat(log.activity(0)).isEqualTo("Portal");
    assertThat(log.resource(0)).contains("ana");
    assertThat(log.resource(1)).isEmpty();
    assertThat(log.caseLabel(0)).isEqualTo("T-1");
  }

  @Test
  void quotesBomCrlfEmptyLinesAndLineNumbersAfterAQuotedNewline() {
    String text =
        "\uFEFFCaseID,ActivityID,CompleteTimestamp\r\n"
            + "\r\n"
            + "\"c,1\",\"Said \"\"hi\"\"\",2026-01-01 10:00:00\r\n"
            + "c2,\"two\nlines\",2026-01-01 10:00:00\r\n"
            + "\n"
            + "c3,x,not-a-time\r\n";
    EventLogRead read = collect(text);
    assertThat(read.log().caseLabel(0)).isEqualTo("c,1");
    assertThat(read.log().activity(0)).isEqualTo("Said \"hi\"");
    assertThat(read.log().activity(1)).isEqualTo("two\nlines");
    assertThat(read.rowsRead()).isEqualTo(3);
    assertThat(read.rejections())
        .extracting(RejectedRow::toString)
        .containsExactly(
            "line 7, column 3: Timestamp 'not-a-time' in column CompleteTimestamp is not a time"
                + " of a known form, such as 2012-04-03 16:55:38");
  }

  @Test
  void aRowLongerThanTheBufferIsReadWhole() {
    StringBuilder text = new StringBuilder("CaseID,ActivityID,CompleteTimestamp\n");
    for (int i = 0; i < 60_000; i++) {
      text.append("case-").append(i % 1000).append(",act-").append(i % 7);
      text.append(",2026-01-01 10:").append(String.format("%02d", i % 60)).append(":00\n");
    }
    String big = "x".repeat(3 << 20);
    text.append("big,").append(big).append(",2026-01-01 11:00:00\n");
    EventLogRead read = read(text.toString());
    assertThat(read.rowsRead()).isEqualTo(60_001);
    assertThat(read.log().eventCount()).isEqualTo(60_001);
    assertThat(read.log().caseCount()).isEqualTo(1001);
    assertThat(read.log().activity(60_000)).hasSize(3 << 20);
  }

  @Test
  void timestampsOfCommonFormsAndZones() {
    String text =
        "case,activity,timestamp\n"
            + "a1,1,2026-03-01\n"
            + "a2,2,2026/03/01 10:15\n"
            + "a3,3,2026-03-01T10:15:30.5\n"
            + "a4,4,2026-03-01 10:15:30.123456789\n"
            + "a5,5,2026-03-01T10:15:30Z\n"
            + "a6,6,2026-03-01T10:15:30+02:00\n"
            + "a7,7,2026-03-01T10:15:30-0130\n"
            + "a8,8,2024-02-29T00:00:00+05\n";
    JourneyLog log = read(text).log();
    assertThat(log.time(0)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(log.time(1)).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    assertThat(log.time(2)).isEqualTo(Instant.parse("2026-03-01T10:15:30.500Z"));
    assertThat(log.time(3)).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    assertThat(log.time(4)).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    assertThat(log.time(5)).isEqualTo(Instant.parse("2026-03-01T08:15:30Z"));
    assertThat(log.time(6)).isEqualTo(Instant.parse("2026-03-01T11:45:30Z"));
    assertThat(log.time(7)).isEqualTo(Instant.parse("2024-02-28T19:00:00Z"));
    JourneyLog rome =
        CsvEventLogReader.DEFAULT
            .withZone(ZoneId.of("Europe/Rome"))
            .read(csv("case,activity,timestamp\na,1,2026-07-01 12:00:00\nb,1,2026-07-01T12:00Z\n"))
            .log();
    assertThat(rome.time(0)).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    assertThat(rome.time(1)).isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    JourneyLog fixed =
        CsvEventLogReader.DEFAULT
            .withZone(java.time.ZoneOffset.ofHours(-3))
            .read(csv("case,activity,timestamp\na,1,2026-07-01 12:00:00\n"))
            .log();
    assertThat(fixed.time(0)).isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
    JourneyLog patterned =
        CsvEventLogReader.DEFAULT
            .withTimestampPattern("dd.MM.yyyy HH:mm")
            .read(csv("case,activity,timestamp\na,1,05.01.2026 09:30\n"))
            .log();
    assertThat(patterned.time(0)).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
    JourneyLog dated =
        CsvEventLogReader.DEFAULT
            .withTimestampPattern("dd.MM.yyyy")
            .read(csv("case,activity,timestamp\na,1,05.01.2026\n"))
            .log();
    assertThat(dated.time(0)).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    JourneyLog zoned =
        CsvEventLogReader.DEFAULT
            .withTimestampPattern("yyyy-MM-dd HH:mm XXX")
            .read(csv("case,activity,timestamp\na,1,2026-01-05 09:30 +01:00\n"))
            .log();
    assertThat(zoned.time(0)).isEqualTo(Instant.parse("2026-01-05T08:30:00Z"));
  }

  @Test
  void impossibleTimestampsAreRejected() {
    String[] bad = {
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-00-01",
      "2026-01-32",
      "2026-1-01",
      "2026-01-01 24:00",
      "2026-01-01 10:60",
      "2026-01-01 10:00:60",
      "2026-01-01T10:00:00.",
      "2026-01-01T10:00:00+1900",
      "2026-01-01T10:00:00+02:0",
      "2026-01-01X",
      "26-01-01",
      "2026-01-01T10:00:00ZZ",
      "2026.01.01",
      "2026-01-01 10",
      "2026-01-01T10:00:00.1234567890",
      "2026-01-01T10:00:00+02:60",
      "é"
    };
    StringBuilder text = new StringBuilder("case,activity,timestamp\n");
    for (String value : bad) {
      text.append("a,1,").append(value).append('\n');
    }
    EventLogRead read = collect(text.toString());
    assertThat(read.rowsRead()).isEqualTo(bad.length);
    assertThat(read.rowsRejected()).isEqualTo(bad.length);
    assertThat(read.log().eventCount()).isZero();
    assertThat(read.rejections()).allSatisfy(r -> assertThat(r.column()).hasValue(3));
    assertThat(read.rejections().get(0).line()).isEqualTo(2);
    EventLogRead patterned =
        CsvEventLogReader.DEFAULT
            .withTimestampPattern("dd.MM.yyyy")
            .withFailFast(false)
            .read(csv("case,activity,timestamp\na,1,31.02.2026\na,1,2026-01-01\n"));
    assertThat(patterned.rowsRejected()).isEqualTo(2);
  }

  @Test
  void failFastThrowsAtTheFirstBadRowNamingLineAndColumn() {
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\n ,1,2026-01-01\n"))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("line 2, column 1: Case in column CaseID is blank");
              assertThat(e.violations().get(0).path()).isEqualTo("line 2, column 1");
            });
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\na,1,2026-01-01\na,,x\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 3, column 2: Activity in column ActivityID is blank");
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\na,1,2026-01-01,extra\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 2: Row has 4 fields, but the header has 3");
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\na,1\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 2: Row has 2 fields, but the header has 3");
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\na,\"1\"x,2026-01-01\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "line 2, column 2: Quoted field must end at a delimiter or at the end of the row");
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\n\na,\"1,2026-01-01\nb\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 3: Quoted field is not closed before the end of the file");
    assertThatThrownBy(() -> read("CaseID,ActivityID,CompleteTimestamp\na,1,2026-02-30\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("line 2, column 3: Timestamp '2026-02-30' in column");
  }

  @Test
  void collectingReportsEveryBadRowUpToTheLimitAndCountsThemAll() {
    String text =
        "CaseID,ActivityID,CompleteTimestamp\n"
            + "a,1,2026-01-01\n"
            + ",1,2026-01-01\n"
            + "b,1,2026-01-01\n"
            + "c,,2026-01-01\n"
            + "d,1\n"
            + "e,1,2026-01-01\n";
    EventLogRead read = collect(text);
    assertThat(read.rowsRead()).isEqualTo(6);
    assertThat(read.rowsRejected()).isEqualTo(3);
    assertThat(read.hasRejections()).isTrue();
    assertThat(read.log().eventCount()).isEqualTo(3);
    assertThat(read.rejections())
        .extracting(RejectedRow::location)
        .containsExactly("line 3, column 1", "line 5, column 2", "line 6");
    assertThat(read.rejections().get(2).column()).isEmpty();
    assertThat(read.rejections().get(2).message())
        .isEqualTo("Row has 2 fields, but the header has 3");
    assertThat(read.rejections().get(2).toViolation().path()).isEqualTo("line 6");
    EventLogRead limited =
        CsvEventLogReader.DEFAULT.withFailFast(false).withMaxReportedRejections(1).read(csv(text));
    assertThat(limited.rowsRejected()).isEqualTo(3);
    assertThat(limited.rejections()).hasSize(1);
    EventLogRead none =
        CsvEventLogReader.DEFAULT.withFailFast(false).withMaxReportedRejections(0).read(csv(text));
    assertThat(none.rejections()).isEmpty();
    assertThat(none.rowsRejected()).isEqualTo(3);
    EventLogRead unclosed = collect("CaseID,ActivityID,CompleteTimestamp\na,\"1,x\n");
    assertThat(unclosed.rowsRead()).isEqualTo(1);
    assertThat(unclosed.rowsRejected()).isEqualTo(1);
  }

  @Test
  void theHeaderMustNameEachColumnOnce() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 1: CSV file has no header");
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 3: CSV file has no header");
    assertThatThrownBy(() -> read("\nCaseID,Activity\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "line 2: CSV header has no timestamp column (one of [completetimestamp, datetime,"
                + " time, time:timestamp, timestamp]); its columns are [CaseID, Activity]");
    assertThatThrownBy(() -> read("Case,CaseID,Activity,Time\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("line 1: CSV header has more than one case column");
    assertThatThrownBy(
            () ->
                CsvEventLogReader.DEFAULT
                    .withResourceColumn("Agent")
                    .read(csv("CaseID,ActivityID,CompleteTimestamp\n")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "line 1: CSV header has no resource column (Agent); its columns are [CaseID,"
                + " ActivityID, CompleteTimestamp]");
    assertThatThrownBy(() -> read("\"Case,Activity,Time\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("line 1: Quoted field is not closed before the end of the file");
    assertThatThrownBy(() -> read("\"Case\"x,Activity,Time\n"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "line 1, column 1: Quoted field must end at a delimiter or at the end of the row");
    EventLogRead headerOnly = read("CaseID,ActivityID,CompleteTimestamp");
    assertThat(headerOnly.rowsRead()).isZero();
    assertThat(headerOnly.log().eventCount()).isZero();
  }

  @Test
  void settingsAreCheckedWhenMade() {
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withDelimiter('"'))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "delimiter: CSV delimiter must be an ASCII character other than a quote, CR or LF,"
                + " but was '\"'");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withDelimiter('\n'))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withDelimiter('é'))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withMaxReportedRejections(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "maxReportedRejections: Maximum of reported rejections must not be negative, but was"
                + " -1");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withTimestampPattern("yyyy-MM-dd {"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "timestampPattern: Timestamp pattern yyyy-MM-dd { is not a valid pattern: ");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withCaseColumn(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("caseColumn: CSV column name must not be blank");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withActivityColumn(""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("activityColumn: CSV column name must not be blank");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withTimestampColumn(""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("timestampColumn: CSV column name must not be blank");
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.withResourceColumn(""))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("resourceColumn: CSV column name must not be blank");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRefusedNamingTheParameter() {
    CsvEventLogReader reader = CsvEventLogReader.DEFAULT;
    assertThatThrownBy(() -> reader.read((Path) null)).hasMessage("path");
    assertThatThrownBy(() -> reader.read((InputStream) null)).hasMessage("in");
    assertThatThrownBy(() -> reader.withZone(null)).hasMessage("zone");
    assertThatThrownBy(() -> reader.withTimestampPattern(null)).hasMessage("pattern");
    assertThatThrownBy(() -> reader.withCaseColumn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("caseColumn");
  }

  @Test
  void filesPlainAndGzippedAreRead(@TempDir Path dir) throws IOException {
    String text = "CaseID,ActivityID,CompleteTimestamp\na,1,2026-01-01\n";
    Path plain = dir.resolve("log.csv");
    Files.writeString(plain, text);
    Path zipped = dir.resolve("log.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(CsvEventLogReader.DEFAULT.read(plain).log().eventCount()).isEqualTo(1);
    assertThat(CsvEventLogReader.DEFAULT.read(zipped).log().eventCount()).isEqualTo(1);
    assertThatThrownBy(() -> CsvEventLogReader.DEFAULT.read(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void rowsEndingInADelimiterAreCountedAtEveryWidth() {
    // A trailing delimiter adds an empty last field; at 8, 16 and 32 fields it once overran the
    // reader's field table (found by EventLogReaderFuzzPropertiesTest).
    for (int width = 4; width <= 40; width++) {
      String header = "CaseID,ActivityID,CompleteTimestamp" + ",extra".repeat(width - 3);
      String row = "a,1,2026-01-01" + ",x".repeat(width - 4) + ",";
      EventLogRead read = read(header + "\n" + row + "\n");
      assertThat(read.log().eventCount()).as("width %d", width).isEqualTo(1);
      int wider = width;
      assertThatThrownBy(() -> read(header + "\n" + row + ",\n"))
          .as("width %d", width)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("Row has " + (wider + 1) + " fields, but the header has " + wider);
    }
  }
}
