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

@SuppressWarnings("StringConcatToTextBlock") // lines and columns of the documents are pinned
class XesEventLogReaderTest {

  private static final String LOG =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n"
          + "  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://x/concept.xesext\"/>\n"
          + "  <global scope=\"event\"><string key=\"concept:name\" value=\"__INVALID__\"/></global>\n"
          + "  <string key=\"concept:name\" value=\"the log\"/>\n"
          + "  <trace>\n"
          + "    <string key=\"concept:name\" value=\"INC-1\"/>\n"
          + "    <event>\n"
          + "      <string key=\"concept:name\" value=\"Register\"/>\n"
          + "      <string key=\"org:resource\" value=\"Ana\"/>\n"
          + "      <date key=\"time:timestamp\" value=\"2026-01-05T10:00:00.000+01:00\"/>\n"
          + "      <list key=\"notes\"><string key=\"concept:name\" value=\"nested\"/></list>\n"
          + "    </event>\n"
          + "    <event>\n"
          + "      <date key=\"time:timestamp\" value=\"2026-01-05T09:30:00Z\"/>\n"
          + "      <string key=\"concept:name\" value=\"Chat &amp; call\"/>\n"
          + "    </event>\n"
          + "  </trace>\n"
          + "  <trace>\n"
          + "    <event>\n"
          + "      <string key=\"concept:name\" value=\"Resolve\"/>\n"
          + "      <date key=\"time:timestamp\" value=\"2026-01-06T08:00:00\"/>\n"
          + "    </event>\n"
          + "    <string key=\"concept:name\" value=\"INC-2\"/>\n"
          + "  </trace>\n"
          + "</log>\n";

  static InputStream xml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTracesAsCasesAndEventsInTimeOrder() {
    EventLogRead read = XesEventLogReader.DEFAULT.read(xml(LOG));
    JourneyLog log = read.log();
    assertThat(read.rowsRead()).isEqualTo(3);
    assertThat(read.rowsRejected()).isZero();
    assertThat(log.caseCount()).isEqualTo(2);
    assertThat(log.caseLabel(0)).isEqualTo("INC-1");
    assertThat(log.activity(0)).isEqualTo("Register");
    assertThat(log.time(0)).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(log.resource(0)).contains("Ana");
    assertThat(log.activity(1)).isEqualTo("Chat & call");
    assertThat(log.resource(1)).isEmpty();
    assertThat(log.caseLabel(1)).isEqualTo("INC-2");
    assertThat(log.time(2)).isEqualTo(Instant.parse("2026-01-06T08:00:00Z"));
    assertThat(log.activityLabels()).doesNotContain("nested", "__INVALID__");
  }

  @Test
  void otherAttributesAndZones() {
    String text =
        "<log><trace><string key=\"case\" value=\"c\"/><event><string key=\"what\" value=\"A\"/>"
            + "<date key=\"when\" value=\"2026-07-01T12:00:00\"/>"
            + "<string key=\"who\" value=\"bot\"/></event></trace></log>";
    JourneyLog log =
        XesEventLogReader.DEFAULT
            .withCaseAttribute("case")
            .withActivityAttribute("what")
            .withTimestampAttribute("when")
            .withResourceAttribute("who")
            .withZone(ZoneId.of("Europe/Rome"))
            .read(xml(text))
            .log();
    assertThat(log.caseLabel(0)).isEqualTo("c");
    assertThat(log.activity(0)).isEqualTo("A");
    assertThat(log.resource(0)).contains("bot");
    assertThat(log.time(0)).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
  }

  @Test
  void badEventsAreRejectedWithTheirLineAndColumn() {
    String text =
        "<log>\n"
            + "<trace><string key=\"concept:name\" value=\"a\"/>\n"
            + "  <event><date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event>\n"
            + "  <event><string key=\"concept:name\" value=\"A\"/></event>\n"
            + "  <event><string key=\"concept:name\" value=\"A\"/>"
            + "<date key=\"time:timestamp\" value=\"yesterday\"/></event>\n"
            + "  <event><string key=\"concept:name\" value=\"A\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event>\n"
            + "</trace>\n"
            + "<trace>\n"
            + "  <event><string key=\"concept:name\" value=\"B\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event>\n"
            + "  <event><string key=\"concept:name\" value=\"C\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event>\n"
            + "</trace>\n"
            + "<event><string key=\"concept:name\" value=\"D\"/></event>\n"
            + "</log>\n";
    EventLogRead read = XesEventLogReader.DEFAULT.withFailFast(false).read(xml(text));
    assertThat(read.rowsRead()).isEqualTo(7);
    assertThat(read.rowsRejected()).isEqualTo(6);
    assertThat(read.log().eventCount()).isEqualTo(1);
    assertThat(read.rejections())
        .extracting(RejectedRow::toString)
        .containsExactly(
            "line 3, column 10: Event has no activity: its concept:name is missing or blank",
            "line 4, column 10: Event has no time: its time:timestamp is missing",
            "line 5, column 10: Event time 'yesterday' is not an xs:dateTime such as"
                + " 2012-04-03T16:55:38.000+02:00",
            "line 8, column 8: Trace has no case id: its concept:name is missing or blank, so"
                + " its 2 events are left out",
            "line 12, column 8: Event is outside a trace");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read(xml(text)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "line 3, column 10: Event has no activity: its concept:name is missing or blank");
    EventLogRead limited =
        XesEventLogReader.DEFAULT.withFailFast(false).withMaxReportedRejections(2).read(xml(text));
    assertThat(limited.rejections()).hasSize(2);
    assertThat(limited.rowsRejected()).isEqualTo(6);
  }

  @Test
  void documentTypesAndEntitiesAreRefusedAndNothingOutsideIsRead(@TempDir Path dir)
      throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<log><trace><string key=\"concept:name\" value=\"&xxe;\"/></trace></log>";
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read(xml(xxe)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("line ")
        .hasMessageNotContaining("TOP-SECRET");
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<log>&b;</log>";
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read(xml(bomb)))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void malformedDocumentsAlwaysThrowWithTheirLocation() {
    assertThatThrownBy(
            () -> XesEventLogReader.DEFAULT.withFailFast(false).read(xml("<log>\n<trace>\n</log>")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("line 3, column ")
        .hasMessageContaining("XES document is not well-formed XML: ");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read(xml("")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("XES document is not well-formed XML");
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withCaseAttribute(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("caseAttribute: XES attribute key must not be blank");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withActivityAttribute(""))
        .hasMessage("activityAttribute: XES attribute key must not be blank");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withTimestampAttribute(""))
        .hasMessage("timestampAttribute: XES attribute key must not be blank");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withResourceAttribute(""))
        .hasMessage("resourceAttribute: XES attribute key must not be blank");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withMaxReportedRejections(-2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "maxReportedRejections: Maximum of reported rejections must not be negative, but was"
                + " -2");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read((Path) null)).hasMessage("path");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read((InputStream) null)).hasMessage("in");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withZone(null)).hasMessage("zone");
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.withCaseAttribute(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("caseAttribute");
  }

  @Test
  void gzippedFilesAreRead(@TempDir Path dir) throws IOException {
    Path zipped = dir.resolve("log.xes.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
      out.write(LOG.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(XesEventLogReader.DEFAULT.read(zipped).log().eventCount()).isEqualTo(3);
    assertThatThrownBy(() -> XesEventLogReader.DEFAULT.read(dir.resolve("none.xes")))
        .isInstanceOf(UncheckedIOException.class);
  }
}
