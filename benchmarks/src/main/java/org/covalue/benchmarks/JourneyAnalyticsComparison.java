package org.covalue.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.journey.log.JourneyLog;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link JourneyBenchmarks} for 1 and 10 million events and prints the comparison with DuckDB
 * as ratios, with the targets of the journey-analytics issue (ITIL 4: Drive Stakeholder Value,
 * §1.2.4): covalue's full analysis in at most half the time of DuckDB's one-thread directly-follows
 * counts; at most 48 bytes of heap per event; CSV reading at least half as fast as DuckDB's
 * one-thread {@code read_csv}; at most 12 times the time for 10 times the events.
 *
 * <p>System properties: {@code benchmarks.heap} (the forks' heap, such as {@code 8g}), {@code
 * benchmarks.quick=true} (one warm-up and two measured runs, for a first look), {@code
 * covalue.helpdesk} (where the help-desk log is).
 */
public final class JourneyAnalyticsComparison {

  private JourneyAnalyticsComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws RunnerException, InterruptedException {
    Path small = HelpdeskReplica.file(1_000_000);
    Path large = HelpdeskReplica.file(10_000_000);
    System.out.println("Event logs: " + small + ", " + large);
    double bytesPerEvent = heapPerEvent(large);

    String heap = System.getProperty("benchmarks.heap", "8g");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(JourneyBenchmarks.class.getName() + "\\.")
            .jvmArgs("-Xms" + heap, "-Xmx" + heap)
            .shouldFailOnError(true);
    if (Boolean.getBoolean("benchmarks.quick")) {
      options = options.warmupIterations(1).measurementIterations(2);
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Double> millis = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      millis.put(
          name + "@" + result.getParams().getParam("events"), result.getPrimaryResult().getScore());
    }
    print(millis, bytesPerEvent, small, large);
  }

  private static void print(
      Map<String, Double> millis, double bytesPerEvent, Path small, Path large) {
    int smallEvents = HelpdeskReplica.copiesFor(1_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    int largeEvents = HelpdeskReplica.copiesFor(10_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "| milliseconds (mean of the measured runs) | %,d events | %,d events |%n",
        smallEvents,
        largeEvents);
    System.out.println("|---|---:|---:|");
    for (String name :
        new String[] {
          "covalueAnalysis",
          "duckdbDirectlyFollows1Thread",
          "duckdbDirectlyFollows2Threads",
          "duckdbVariants1Thread",
          "duckdbVariants2Threads",
          "covalueReadCsv",
          "duckdbReadCsv1Thread",
          "duckdbReadCsv2Threads"
        }) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f |%n",
          name,
          millis.getOrDefault(name + "@1000000", Double.NaN),
          millis.getOrDefault(name + "@10000000", Double.NaN));
    }
    double analysisVsDuckdb =
        get(millis, "covalueAnalysis@10000000")
            / get(millis, "duckdbDirectlyFollows1Thread@10000000");
    double readVsDuckdb =
        get(millis, "covalueReadCsv@10000000") / get(millis, "duckdbReadCsv1Thread@10000000");
    double growth =
        get(millis, "covalueAnalysis@10000000") / get(millis, "covalueAnalysis@1000000");
    double eventsGrowth = (double) largeEvents / smallEvents;
    System.out.println();
    System.out.println("| ratio at 10M events | measured | target | met |");
    System.out.println("|---|---:|---:|---|");
    row("covalue full analysis / DuckDB directly-follows, 1 thread", analysisVsDuckdb, 0.5);
    row("covalue CSV read / DuckDB read_csv, 1 thread (time)", readVsDuckdb, 2.0);
    row(
        String.format(
            Locale.ROOT, "covalue analysis time, 10M / 1M events (%.2fx the events)", eventsGrowth),
        growth,
        12.0);
    row("heap bytes per event of the covalue log", bytesPerEvent, 48.0);
    System.out.println();
    System.out.println("Files: " + small.getFileName() + ", " + large.getFileName());
  }

  private static double get(Map<String, Double> millis, String key) {
    return millis.getOrDefault(key, Double.NaN);
  }

  private static void row(String what, double measured, double target) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | <= %.2f | %s |%n",
        what,
        measured,
        target,
        measured <= target ? "yes" : "no");
  }

  /**
   * Reads a log and measures the heap it keeps: the heap in use after reading, less the heap in use
   * before, each after garbage collection, divided by the events.
   */
  private static double heapPerEvent(Path file) throws InterruptedException {
    long before = usedHeap();
    JourneyLog log = CsvEventLogReader.DEFAULT.read(file).log();
    long after = usedHeap();
    double measured = (double) (after - before) / log.eventCount();
    System.out.printf(
        Locale.ROOT,
        "Heap kept by the log of %,d events: %.1f bytes per event measured,"
            + " %.1f estimated from its arrays%n",
        log.eventCount(),
        measured,
        (double) log.estimatedHeapBytes() / log.eventCount());
    if (log.eventCount() < 0) {
      System.out.println(log);
    }
    return measured;
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
