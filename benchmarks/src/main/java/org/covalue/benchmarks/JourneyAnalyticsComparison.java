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
 * <p>It first measures the heap the log keeps, then times every contender in rounds in this JVM
 * ({@link SameJvmRounds}: covalue and DuckDB meet the same load of a shared machine), then runs the
 * JMH benchmarks, one fork per benchmark and size. System properties: {@code benchmarks.rounds}
 * (measured rounds, 5), {@code benchmarks.jmh=false} (skip JMH), {@code benchmarks.heap} (the
 * forks' heap, {@code 8g}), {@code benchmarks.quick=true} (JMH with one warm-up and two measured
 * runs), {@code benchmarks.sameJvm=false} (skip the heap measure and the same-JVM rounds), {@code
 * benchmarks.include} (a regular expression of the JMH benchmarks' method names to run, such as
 * {@code covalueReadCsv|duckdbReadCsv1Thread}; all by default), {@code covalue.helpdesk} (where the
 * help-desk log is). The Maven profile {@code benchmarks} passes each on: {@code
 * -Dbenchmarks.include=...} on its command line.
 */
public final class JourneyAnalyticsComparison {

  private JourneyAnalyticsComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   * @throws InterruptedException if interrupted while waiting for the collector
   * @throws java.sql.SQLException if DuckDB fails
   */
  public static void main(String[] args)
      throws RunnerException, InterruptedException, java.sql.SQLException {
    Path small = HelpdeskReplica.file(1_000_000);
    Path large = HelpdeskReplica.file(10_000_000);
    System.out.println("Event logs: " + small + ", " + large);
    if (Boolean.parseBoolean(System.getProperty("benchmarks.sameJvm", "true"))) {
      double bytesPerEvent = heapPerEvent(large);
      int rounds = Integer.getInteger("benchmarks.rounds", 5);
      Map<String, SameJvmRounds.Timing> smallTimes = SameJvmRounds.time(1_000_000, rounds);
      Map<String, SameJvmRounds.Timing> largeTimes = SameJvmRounds.time(10_000_000, rounds);
      printRounds(smallTimes, largeTimes, bytesPerEvent, rounds);
    }
    if (!Boolean.parseBoolean(System.getProperty("benchmarks.jmh", "true"))) {
      return;
    }
    String heap = System.getProperty("benchmarks.heap", "8g");
    String include = System.getProperty("benchmarks.include", ".*");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(JourneyBenchmarks.class.getName() + "\\.(" + include + ")$")
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
    System.out.println();
    System.out.println("JMH, one fork per benchmark and size (wall time):");
    printJmh(millis);
  }

  private static final String[] NAMES = {
    "covalueAnalysis",
    "duckdbDirectlyFollows1Thread",
    "duckdbDirectlyFollows2Threads",
    "duckdbVariants1Thread",
    "duckdbVariants2Threads",
    "covalueReadCsv",
    "duckdbReadCsv1Thread",
    "duckdbReadCsv2Threads"
  };

  private static void printRounds(
      Map<String, SameJvmRounds.Timing> small,
      Map<String, SameJvmRounds.Timing> large,
      double bytesPerEvent,
      int rounds) {
    int smallEvents = HelpdeskReplica.copiesFor(1_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    int largeEvents = HelpdeskReplica.copiesFor(10_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Same JVM, %d rounds, medians; wall and process CPU milliseconds:%n%n"
            + "| contender | wall, %,d events | CPU, %,d | wall, %,d events | CPU, %,d |%n"
            + "|---|---:|---:|---:|---:|%n",
        rounds,
        smallEvents,
        smallEvents,
        largeEvents,
        largeEvents);
    for (String name : NAMES) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.0f | %.0f |%n",
          name,
          at(small, name).wallMillis(),
          at(small, name).cpuMillis(),
          at(large, name).wallMillis(),
          at(large, name).cpuMillis());
    }
    System.out.println();
    System.out.println("| ratio at 10M events | wall | CPU | target | met (wall) |");
    System.out.println("|---|---:|---:|---:|---|");
    ratio(
        "covalue full analysis / DuckDB directly-follows, 1 thread",
        at(large, "covalueAnalysis"),
        at(large, "duckdbDirectlyFollows1Thread"),
        0.5);
    ratio(
        "covalue CSV read / DuckDB read_csv, 1 thread",
        at(large, "covalueReadCsv"),
        at(large, "duckdbReadCsv1Thread"),
        2.0);
    ratio(
        String.format(
            Locale.ROOT,
            "covalue analysis, 10M / 1M events (%.2fx the events)",
            (double) largeEvents / smallEvents),
        at(large, "covalueAnalysis"),
        at(small, "covalueAnalysis"),
        12.0);
    System.out.printf(
        Locale.ROOT,
        "| heap bytes per event of the covalue log | %.1f | | <= 48 | %s |%n",
        bytesPerEvent,
        bytesPerEvent <= 48 ? "yes" : "no");
  }

  private static void ratio(
      String what, SameJvmRounds.Timing a, SameJvmRounds.Timing b, double target) {
    double wall = a.wallMillis() / b.wallMillis();
    double cpu = a.cpuMillis() / b.cpuMillis();
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | <= %.2f | %s |%n",
        what,
        wall,
        cpu,
        target,
        wall <= target ? "yes" : "no");
  }

  private static void printJmh(Map<String, Double> millis) {
    int smallEvents = HelpdeskReplica.copiesFor(1_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    int largeEvents = HelpdeskReplica.copiesFor(10_000_000) * HelpdeskReplica.HELPDESK_EVENTS;
    System.out.printf(
        Locale.ROOT,
        "| milliseconds (mean of the measured runs) | %,d events | %,d events |%n",
        smallEvents,
        largeEvents);
    System.out.println("|---|---:|---:|");
    for (String name : NAMES) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f |%n",
          name,
          millis.getOrDefault(name + "@1000000", Double.NaN),
          millis.getOrDefault(name + "@10000000", Double.NaN));
    }
    System.out.printf(
        Locale.ROOT,
        "analysis / DuckDB directly-follows 1 thread: %.2f; CSV read / read_csv 1 thread: %.2f;"
            + " analysis 10M / 1M: %.2f%n",
        get(millis, "covalueAnalysis@10000000")
            / get(millis, "duckdbDirectlyFollows1Thread@10000000"),
        get(millis, "covalueReadCsv@10000000") / get(millis, "duckdbReadCsv1Thread@10000000"),
        get(millis, "covalueAnalysis@10000000") / get(millis, "covalueAnalysis@1000000"));
  }

  private static SameJvmRounds.Timing at(Map<String, SameJvmRounds.Timing> times, String name) {
    return java.util.Objects.requireNonNull(times.get(name), name);
  }

  private static double get(Map<String, Double> millis, String key) {
    return millis.getOrDefault(key, Double.NaN);
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
