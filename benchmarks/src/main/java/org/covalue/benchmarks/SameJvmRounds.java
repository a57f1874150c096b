package org.covalue.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.journey.log.JourneyLog;

/**
 * The contenders of {@link JourneyBenchmarks} timed in rounds in one JVM, one after the other in
 * each round, so that covalue and DuckDB meet the same load of a shared machine (ITIL 4: Drive
 * Stakeholder Value, §1.2.4). Each run records its wall time and the CPU time of the whole process
 * (all threads, DuckDB's and the JVM's own included); the medians over the rounds are reported.
 */
public final class SameJvmRounds {

  /** One contender: a name and what it runs. */
  interface Run {
    long run() throws SQLException;
  }

  /** The median wall and process CPU milliseconds of each contender. */
  record Timing(double wallMillis, double cpuMillis) {}

  private SameJvmRounds() {}

  /**
   * Times every contender on a replica of about a number of events.
   *
   * @param events the wanted number of events
   * @param rounds how many measured rounds, after one warm-up round
   * @return the median timings by contender, in the order they ran
   * @throws SQLException if DuckDB fails
   */
  public static Map<String, Timing> time(int events, int rounds) throws SQLException {
    Path csv = HelpdeskReplica.file(events);
    JourneyLog log = CsvEventLogReader.DEFAULT.read(csv).log();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute(
          "CREATE TABLE events AS SELECT row_number() OVER () AS rn, CaseID AS case_id,"
              + " ActivityID AS activity, CompleteTimestamp AS ts FROM "
              + JourneyBenchmarks.readCsv(csv));
      Map<String, Run> contenders = new LinkedHashMap<>();
      contenders.put("covalueAnalysis", () -> JourneyBenchmarks.ANALYZER.analyze(log).events());
      contenders.put(
          "duckdbDirectlyFollows1Thread",
          () -> query(statement, 1, JourneyBenchmarks.DIRECTLY_FOLLOWS, 3));
      contenders.put(
          "duckdbDirectlyFollows2Threads",
          () -> query(statement, 2, JourneyBenchmarks.DIRECTLY_FOLLOWS, 3));
      contenders.put(
          "duckdbVariants1Thread", () -> query(statement, 1, JourneyBenchmarks.VARIANTS, 2));
      contenders.put(
          "duckdbVariants2Threads", () -> query(statement, 2, JourneyBenchmarks.VARIANTS, 2));
      contenders.put(
          "covalueReadCsv", () -> CsvEventLogReader.DEFAULT.read(csv).log().eventCount());
      contenders.put("duckdbReadCsv1Thread", () -> load(statement, csv, 1));
      contenders.put("duckdbReadCsv2Threads", () -> load(statement, csv, 2));

      Map<String, List<double[]>> samples = new LinkedHashMap<>();
      contenders.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long check = 0;
      for (int round = 0; round <= rounds; round++) {
        for (Map.Entry<String, Run> contender : contenders.entrySet()) {
          System.gc();
          long cpu = os.getProcessCpuTime();
          long wall = System.nanoTime();
          check += contender.getValue().run();
          double wallMillis = (System.nanoTime() - wall) / 1e6;
          double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
          if (round > 0) {
            samples
                .computeIfAbsent(contender.getKey(), name -> new ArrayList<>())
                .add(new double[] {wallMillis, cpuMillis});
          }
        }
        System.out.printf("  round %d of %d done at %,d events%n", round, rounds, log.eventCount());
      }
      if (check == 42) {
        System.out.println();
      }
      Map<String, Timing> medians = new LinkedHashMap<>();
      samples.forEach(
          (name, runs) -> medians.put(name, new Timing(median(runs, 0), median(runs, 1))));
      return medians;
    }
  }

  private static double median(List<double[]> runs, int index) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = runs.get(i)[index];
    }
    Arrays.sort(values);
    return values.length % 2 == 1
        ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

  private static long query(Statement statement, int threads, String sql, int countColumn)
      throws SQLException {
    statement.execute("SET threads = " + threads);
    long rows = 0;
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows += result.getLong(countColumn);
      }
    }
    return rows;
  }

  private static long load(Statement statement, Path csv, int threads) throws SQLException {
    statement.execute("SET threads = " + threads);
    statement.execute(
        "CREATE OR REPLACE TABLE loaded AS SELECT * FROM " + JourneyBenchmarks.readCsv(csv));
    try (ResultSet result = statement.executeQuery("SELECT count(*) FROM loaded")) {
      result.next();
      return result.getLong(1);
    }
  }
}
