package org.covalue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.interchange.eventlog.EventLogRead;
import org.covalue.interchange.eventlog.JourneyAnalyticsJson;
import org.covalue.interchange.eventlog.XesEventLogReader;
import org.covalue.journey.log.DurationStats;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.Move;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code covalue journeys LOG}: reads an event log of real customer journeys (a CSV file, or an XES
 * document ending in {@code .xes} or {@code .xes.gz}) and prints its journey analytics (ITIL 4:
 * Drive Stakeholder Value, §1.2.4): the path variants, the directly-follows relation with its
 * times, the start and end activities and the back-and-forth loops, as text or as JSON.
 */
@Command(
    name = "journeys",
    mixinStandardHelpOptions = true,
    description = {
      "Journey analytics of an event log (CSV or XES).",
      "Path variants, directly-follows counts and times, start and end activities,",
      "back-and-forth loops (ITIL 4: DSV, section 1.2.4)."
    })
public final class JourneysCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "LOG",
      description = "The event log: CSV, or XES (.xes, .xes.gz); .gz files are decompressed.")
  private @Nullable Path log;

  @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
  private @Nullable Format format;

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "ROLE=NAME",
      description = {
        "The CSV columns, as case=NAME,activity=NAME,timestamp=NAME[,resource=NAME];",
        "by default common names (CaseID, ActivityID, CompleteTimestamp, ...) are found."
      })
  private @Nullable Map<String, String> columns;

  @Option(
      names = "--progress",
      defaultValue = "auto",
      description = {
        "auto (the default): a progress line on standard error while the log is read, when",
        "standard error is a terminal; always; or never."
      })
  private @Nullable ProgressMode progress;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** When the progress line is drawn. */
  enum ProgressMode {
    auto,
    always,
    never
  }

  /** The output formats. */
  enum Format {
    text,
    json
  }

  /** Creates the command; picocli calls this. */
  public JourneysCommand() {}

  /**
   * Reads the log and prints its analytics.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec commandSpec = java.util.Objects.requireNonNull(spec, "spec");
    Path path = java.util.Objects.requireNonNull(log, "log");
    PrintWriter out = commandSpec.commandLine().getOut();
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    boolean xes = name.toLowerCase(Locale.ROOT).matches(".*\\.xes(\\.gz)?");
    if (xes && columns != null) {
      throw new CommandLine.ParameterException(
          commandSpec.commandLine(), "--columns applies to CSV files, not to XES documents");
    }
    boolean showProgress =
        progress == ProgressMode.always
            || (progress == ProgressMode.auto && Progress.stderrIsTerminal());
    EventLogRead read;
    JourneyAnalytics analytics;
    if (showProgress) {
      PrintWriter err = commandSpec.commandLine().getErr();
      Progress.Opened opened = Progress.open(path, err);
      try (InputStream in = opened.in()) {
        read = xes ? XesEventLogReader.DEFAULT.read(in) : csvReader(commandSpec).read(in);
        opened.progress().now("analysing " + read.log().eventCount() + " events");
        analytics = JourneyAnalytics.of(read.log());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read event log " + path, e);
      } finally {
        opened.progress().clear();
      }
    } else {
      read = xes ? XesEventLogReader.DEFAULT.read(path) : csvReader(commandSpec).read(path);
      analytics = JourneyAnalytics.of(read.log());
    }
    if (format == Format.json) {
      out.println(JourneyAnalyticsJson.DEFAULT.write(analytics));
    } else {
      printText(out, name, read, analytics);
    }
    out.flush();
    return 0;
  }

  private CsvEventLogReader csvReader(CommandLine.Model.CommandSpec commandSpec) {
    CsvEventLogReader reader = CsvEventLogReader.DEFAULT;
    Map<String, String> named = columns;
    if (named == null) {
      return reader;
    }
    for (Map.Entry<String, String> entry : named.entrySet()) {
      String role = entry.getKey().strip().toLowerCase(Locale.ROOT);
      String column = entry.getValue();
      reader =
          switch (role) {
            case "case" -> reader.withCaseColumn(column);
            case "activity", "touchpoint" -> reader.withActivityColumn(column);
            case "timestamp", "time" -> reader.withTimestampColumn(column);
            case "resource" -> reader.withResourceColumn(column);
            default ->
                throw new CommandLine.ParameterException(
                    commandSpec.commandLine(),
                    "Unknown column role '"
                        + entry.getKey()
                        + "' in --columns: use case, activity, timestamp or resource");
          };
    }
    return reader;
  }

  private static void printText(
      PrintWriter out, String name, EventLogRead read, JourneyAnalytics analytics) {
    out.printf(
        Locale.ROOT,
        "%s: %d cases, %d events, %d activities, %d variants%n",
        name,
        analytics.cases(),
        analytics.events(),
        analytics.activities().size(),
        analytics.variants().size());
    out.println();
    out.println("Most frequent paths:");
    for (Variant variant :
        analytics.variants().subList(0, Math.min(10, analytics.variants().size()))) {
      out.printf(
          Locale.ROOT, "  %6d cases  %s%n", variant.cases(), String.join(" > ", variant.path()));
    }
    out.println();
    out.println("Start activities: " + tally(analytics.startActivities()));
    out.println("End activities:   " + tally(analytics.endActivities()));
    out.println();
    out.println("Directly follows (count, mean and median time between):");
    for (Transition<String> transition :
        analytics.directlyFollows().subList(0, Math.min(15, analytics.directlyFollows().size()))) {
      DurationStats times = transition.durations();
      out.printf(
          Locale.ROOT,
          "  %-12s -> %-12s %7d  mean %-9s median %s%n",
          transition.from(),
          transition.to(),
          transition.count(),
          duration(times.meanMillis()),
          duration(times.medianMillis()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Back-and-forth loops: %d cases went back to an earlier activity, %d returns%n",
        analytics.loops().cases(),
        analytics.loops().returns());
    for (Move<String> move :
        analytics.loops().moves().subList(0, Math.min(5, analytics.loops().moves().size()))) {
      out.printf(Locale.ROOT, "  %s -> back to %s: %d%n", move.from(), move.to(), move.count());
    }
    if (read.hasRejections()) {
      out.println();
      out.println(read.rowsRejected() + " rows rejected; first: " + read.rejections().get(0));
    }
  }

  private static String tally(Map<String, Long> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (activity, count) ->
            text.append(text.length() == 0 ? "" : ", ").append(activity).append('=').append(count));
    return text.toString();
  }

  /** Formats milliseconds with a unit a person reads at a glance. */
  static String duration(double millis) {
    double seconds = millis / 1000;
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%.1fmin", seconds / 60);
    }
    if (seconds < 86_400) {
      return String.format(Locale.ROOT, "%.1fh", seconds / 3600);
    }
    return String.format(Locale.ROOT, "%.1fd", seconds / 86_400);
  }
}
