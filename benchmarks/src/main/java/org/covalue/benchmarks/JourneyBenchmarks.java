package org.covalue.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Journey analytics of a replicated, shuffled help-desk log (ITIL 4: Drive Stakeholder Value,
 * §1.2.4), by covalue and by DuckDB on the same events: covalue's full one-pass analysis from its
 * in-memory log (single-threaded); DuckDB's directly-follows counts with a window function and its
 * path variants with {@code string_agg}, from a DuckDB table of the same events, with one and two
 * threads; and reading the CSV file into covalue's log and into a DuckDB table. Each run is timed
 * once per iteration ({@link Mode#SingleShotTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@SuppressWarnings("NullAway.Init") // JMH fills the fields in setUp, before any benchmark runs
public class JourneyBenchmarks {

  /** Directly-follows counts, as DuckDB computes them: the next activity of each event. */
  static final String DIRECTLY_FOLLOWS =
      "SELECT activity, next, count(*) FROM ("
          + " SELECT activity, lead(activity) OVER (PARTITION BY case_id ORDER BY ts, rn) AS next"
          + " FROM events) WHERE next IS NOT NULL GROUP BY activity, next";

  /** Path variants, as DuckDB computes them: each case's activities joined, then counted. */
  static final String VARIANTS =
      "SELECT path, count(*) FROM ("
          + " SELECT case_id, string_agg(activity, ',' ORDER BY ts, rn) AS path"
          + " FROM events GROUP BY case_id) GROUP BY path";

  /** The analyzer of the full analysis: steps, final activity and expected starts. */
  static final JourneyAnalyzer ANALYZER =
      JourneyAnalyzer.DEFAULT
          .withMapping(
              ActivityMapping.of(
                  Map.of(
                      "1", CustomerJourneyStep.ENGAGE,
                      "2", CustomerJourneyStep.AGREE,
                      "3", CustomerJourneyStep.ENGAGE,
                      "4", CustomerJourneyStep.AGREE,
                      "5", CustomerJourneyStep.AGREE,
                      "7", CustomerJourneyStep.CO_CREATE,
                      "8", CustomerJourneyStep.CO_CREATE,
                      "9", CustomerJourneyStep.CO_CREATE,
                      "6", CustomerJourneyStep.REALIZE)))
          .withFinalActivities(Set.of("6"))
          .withExpectedStarts(Set.of("1", "3"));

  /** The number of events wanted; the log has the closest whole number of help-desk copies. */
  @Param({"1000000", "10000000"})
  public int events;

  private Path csv;
  private JourneyLog log;
  private Connection duckdb;

  /** Creates the benchmark; JMH calls this. */
  public JourneyBenchmarks() {}

  /**
   * Writes the replica if needed, reads it into covalue's log and into a DuckDB table.
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    csv = HelpdeskReplica.file(events);
    log = CsvEventLogReader.DEFAULT.read(csv).log();
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(
          "CREATE TABLE events AS SELECT row_number() OVER () AS rn, CaseID AS case_id,"
              + " ActivityID AS activity, CompleteTimestamp AS ts FROM "
              + readCsv(csv));
    }
  }

  /**
   * Closes DuckDB.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckdb.close();
  }

  static String readCsv(Path file) {
    return "read_csv('"
        + file.toString().replace("'", "''")
        + "', header = true, columns = {'CaseID': 'BIGINT', 'ActivityID': 'VARCHAR',"
        + " 'CompleteTimestamp': 'TIMESTAMP'})";
  }

  /**
   * covalue's full analysis of the in-memory log, on one thread.
   *
   * @return the analytics
   */
  @Benchmark
  public JourneyAnalytics covalueAnalysis() {
    return ANALYZER.analyze(log);
  }

  /**
   * DuckDB's directly-follows counts, one thread.
   *
   * @return the number of result rows
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbDirectlyFollows1Thread() throws SQLException {
    return query(1, DIRECTLY_FOLLOWS, 3);
  }

  /**
   * DuckDB's directly-follows counts, two threads.
   *
   * @return the number of result rows
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbDirectlyFollows2Threads() throws SQLException {
    return query(2, DIRECTLY_FOLLOWS, 3);
  }

  /**
   * DuckDB's path variants, one thread.
   *
   * @return the number of result rows
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbVariants1Thread() throws SQLException {
    return query(1, VARIANTS, 2);
  }

  /**
   * DuckDB's path variants, two threads.
   *
   * @return the number of result rows
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbVariants2Threads() throws SQLException {
    return query(2, VARIANTS, 2);
  }

  /**
   * covalue's CSV reader, from the file to the sorted columnar log.
   *
   * @return the log
   */
  @Benchmark
  public JourneyLog covalueReadCsv() {
    return CsvEventLogReader.DEFAULT.read(csv).log();
  }

  /**
   * DuckDB's {@code read_csv} into a table, one thread.
   *
   * @return the number of rows read
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbReadCsv1Thread() throws SQLException {
    return load(1);
  }

  /**
   * DuckDB's {@code read_csv} into a table, two threads.
   *
   * @return the number of rows read
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbReadCsv2Threads() throws SQLException {
    return load(2);
  }

  /** Runs a query and adds up its count column, so that every row is fetched. */
  private long query(int threads, String sql, int countColumn) throws SQLException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("SET threads = " + threads);
      long rows = 0;
      try (ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          rows += result.getLong(countColumn);
        }
      }
      return rows;
    }
  }

  private long load(int threads) throws SQLException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute("CREATE OR REPLACE TABLE loaded AS SELECT * FROM " + readCsv(csv));
      try (ResultSet result = statement.executeQuery("SELECT count(*) FROM loaded")) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
