package org.covalue.interchange.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.Move;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;
import org.junit.jupiter.api.Test;

/**
 * The real help-desk log (Polato 2017; the integer-coded form of Tax et al., CAiSE 2017) read from
 * {@code ../shared/data/journey-logs/helpdesk.csv} relative to the project root, with its known
 * facts pinned. The test fails, and never skips, when the file is missing.
 */
class HelpdeskLogTest {

  static final Path HELPDESK =
      Path.of("..", "..", "shared", "data", "journey-logs", "helpdesk.csv").toAbsolutePath();

  static EventLogRead readHelpdesk() {
    assertThat(HELPDESK)
        .as("the help-desk log, ../shared/data/journey-logs/helpdesk.csv from the project root")
        .isRegularFile();
    return CsvEventLogReader.DEFAULT.read(HELPDESK);
  }

  @Test
  void readsEveryRowWithTheDefaultSettings() {
    EventLogRead read = readHelpdesk();
    assertThat(read.rowsRead()).isEqualTo(13_710);
    assertThat(read.rowsRejected()).isZero();
    assertThat(read.log().eventCount()).isEqualTo(13_710);
    assertThat(read.log().caseCount()).isEqualTo(3_804);
    assertThat(read.log().activityCount()).isEqualTo(9);
  }

  @Test
  void pinsTheKnownFactsOfTheLog() {
    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT
            .withExpectedStarts(Set.of("1", "3"))
            .withFinalActivities(Set.of("6"))
            .analyze(readHelpdesk().log());
    assertThat(analytics.cases()).isEqualTo(3_804);
    assertThat(analytics.events()).isEqualTo(13_710);
    assertThat(analytics.activities()).hasSize(9);
    assertThat(analytics.variants()).hasSize(154);
    assertThat(analytics.variants().stream().mapToLong(Variant::cases).sum()).isEqualTo(3_804);
    assertThat(analytics.variants().get(0).path()).containsExactly("1", "8", "6");
    assertThat(analytics.startActivities())
        .containsExactly(
            Map.entry("1", 3_644L),
            Map.entry("3", 108L),
            Map.entry("8", 48L),
            Map.entry("6", 2L),
            Map.entry("2", 1L),
            Map.entry("9", 1L));
    assertThat(analytics.midWayStarts())
        .contains(new LinkedHashMap<>(Map.of("8", 48L, "6", 2L, "2", 1L, "9", 1L)));
    assertThat(analytics.endActivities()).containsExactly(Map.entry("6", 3_804L));
    assertThat(analytics.abandonment().orElseThrow().cases()).isZero();
    assertThat(analytics.directlyFollows().stream().mapToLong(Transition::count).sum())
        .isEqualTo(13_710 - 3_804);
    assertThat(analytics.directlyFollows())
        .extracting(t -> t.from() + ">" + t.to() + "=" + t.count())
        .startsWith("1>8=3483", "8>6=3286", "8>9=851", "9>8=519", "1>1=394");
    assertThat(analytics.loops().cases()).isEqualTo(517);
    assertThat(analytics.loops().returns()).isEqualTo(851);
    assertThat(analytics.loops().returnsPerCase()).containsEntry(1, 332L).containsEntry(10, 1L);
    Move<String> first = analytics.loops().moves().get(0);
    assertThat(List.of(first.from(), first.to(), first.count())).containsExactly("9", "8", 485L);
    assertThat(analytics.loops().returnsTo()).containsEntry("8", 623L);
  }

  @Test
  void theSameLogAsXesGivesTheSameAnalytics() throws IOException {
    List<String> lines = Files.readAllLines(readHelpdeskPath());
    Map<String, StringBuilder> traces = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      traces
          .computeIfAbsent(fields[0], id -> new StringBuilder())
          .append("<event><string key=\"concept:name\" value=\"")
          .append(fields[1])
          .append("\"/><date key=\"time:timestamp\" value=\"")
          .append(fields[2].replace(' ', 'T'))
          .append(".000+00:00\"/></event>\n");
    }
    StringBuilder xes = new StringBuilder("<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\">\n");
    traces.forEach(
        (id, events) ->
            xes.append("<trace><string key=\"concept:name\" value=\"")
                .append(id)
                .append("\"/>\n")
                .append(events)
                .append("</trace>\n"));
    xes.append("</log>\n");
    EventLogRead read =
        XesEventLogReader.DEFAULT.read(
            new ByteArrayInputStream(xes.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(read.rowsRead()).isEqualTo(13_710);
    assertThat(JourneyAnalytics.of(read.log()))
        .isEqualTo(JourneyAnalytics.of(readHelpdesk().log()));
  }

  private static Path readHelpdeskPath() {
    readHelpdesk();
    return HELPDESK;
  }
}
