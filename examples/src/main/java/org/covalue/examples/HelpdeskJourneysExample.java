package org.covalue.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.interchange.eventlog.EventLogRead;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.Move;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;

/**
 * Real customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4: journeys rarely follow the
 * designed path, go back and forth and may start part-way): the help-desk event log of an Italian
 * software company (Polato 2017, in the integer-coded form of Tax, Verenich, La Rosa and Dumas,
 * CAiSE 2017; see helpdesk-PROVENANCE.md beside the file), read from CSV and analysed in one pass.
 * The activity codes are placed at journey steps by an illustrative mapping, as the log does not
 * name its activities.
 */
public final class HelpdeskJourneysExample {

  private HelpdeskJourneysExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    EventLogRead read;
    try (InputStream in = HelpdeskJourneysExample.class.getResourceAsStream("helpdesk.csv")) {
      if (in == null) {
        throw new IllegalStateException("helpdesk.csv is missing beside the example");
      }
      read = CsvEventLogReader.DEFAULT.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ActivityMapping mapping =
        ActivityMapping.of(
            Map.of(
                "1", CustomerJourneyStep.ENGAGE,
                "3", CustomerJourneyStep.ENGAGE,
                "8", CustomerJourneyStep.CO_CREATE,
                "9", CustomerJourneyStep.CO_CREATE,
                "6", CustomerJourneyStep.REALIZE));
    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT
            .withMapping(mapping)
            .withFinalActivities(Set.of("6"))
            .withExpectedStarts(Set.of("1", "3"))
            .analyze(read.log());

    Text.println(
        out,
        String.format(
            Locale.ROOT,
            "Help-desk log of a software company: %d rows read, %d rejected; %d cases (tickets),"
                + " %d events, %d activities",
            read.rowsRead(),
            read.rowsRejected(),
            analytics.cases(),
            analytics.events(),
            analytics.activities().size()));
    Text.println(
        out,
        "The log numbers its activities without naming them; this example places 1 and 3 at"
            + " Engage, 8 and 9 at Co-create, and 6 (closing the ticket) at Realize.");
    Text.println(out, "Path variants: " + analytics.variants().size() + "; the most frequent:");
    for (Variant variant : analytics.variants().subList(0, 3)) {
      Text.println(out, "  " + variant);
    }
    Text.println(out, "Starts: " + counts(analytics.startActivities()));
    Text.println(
        out, "Mid-way starts (not at 1 or 3): " + counts(analytics.midWayStarts().orElseThrow()));
    Text.println(out, "Ends: " + counts(analytics.endActivities()));
    Text.println(out, "Most frequent moves, with the time between:");
    for (Transition<String> transition : analytics.directlyFollows().subList(0, 4)) {
      Text.println(
          out,
          String.format(
              Locale.ROOT,
              "  %s -> %s: %d times, median %.1f h",
              transition.from(),
              transition.to(),
              transition.count(),
              transition.durations().medianMillis() / 3_600_000));
    }
    Text.println(
        out,
        "Back and forth: "
            + analytics.loops().cases()
            + " cases went back to an earlier activity, "
            + analytics.loops().returns()
            + " times; most often:");
    for (Move<String> move : analytics.loops().moves().subList(0, 2)) {
      Text.println(out, "  " + move);
    }
    Text.println(
        out,
        "Step returns (Co-create back to Engage and the like): "
            + analytics.stepLoops().returns()
            + "; unmapped events: "
            + analytics.unmappedEvents());
    analytics
        .dwellTimes()
        .forEach(
            (step, times) ->
                Text.println(
                    out,
                    String.format(
                        Locale.ROOT,
                        "Dwell at %s: %d stays, median %.1f h",
                        step.title(),
                        times.count(),
                        times.medianMillis() / 3_600_000)));
    Text.println(
        out,
        "Abandoned (never closed with 6 nor at Realize): "
            + analytics.abandonment().orElseThrow().cases());
    Text.println(
        out,
        "Never at Realize, so value not tracked (leakage evidence, §1.2.6): "
            + analytics.casesWithoutRealize().orElseThrow());
  }

  private static String counts(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((activity, count) -> parts.add(activity + " (" + count + ")"));
    return String.join(", ", parts);
  }
}
