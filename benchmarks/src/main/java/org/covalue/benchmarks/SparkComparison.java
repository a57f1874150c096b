package org.covalue.benchmarks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.covalue.interchange.eventlog.CsvEventLogReader;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyLog;
import org.covalue.spark.JourneyAnalyticsAggregator;
import org.covalue.spark.JourneyAnalyticsBuffer;
import org.covalue.spark.SparkJourneyAnalyzer;

/**
 * The journey analytics of covalue-spark on Spark in local mode, with one and with two worker
 * threads, against covalue's in-memory analysis in the same JVM run (ITIL 4: Drive Stakeholder
 * Value, §1.2.4), over the 10-million-event replica of the help-desk log ({@link HelpdeskReplica})
 * and the analysis settings of {@link JourneyBenchmarks}.
 *
 * <p>For each of {@code local[1]} and {@code local[2]}, one session runs a warm-up round and then
 * measured rounds; each round times, one after the other so that they meet the same load: the
 * in-memory analysis of a {@link JourneyLog} already read; covalue's CSV reader and that analysis;
 * Spark's analysis of the same events cached in Spark's memory; and Spark reading the CSV file and
 * analyzing it, as {@code JourneyAnalyticsJob} does. Every result is checked equal to the in-memory
 * one. It prints the medians (wall and process CPU time), the ratios of Spark to the in-memory
 * analysis, the bytes each stage shuffled, and the size of each partial result.
 *
 * <p>System properties: {@code benchmarks.events} (10,000,000), {@code benchmarks.rounds} (3),
 * {@code covalue.helpdesk} (where the help-desk log is).
 */
public final class SparkComparison {

  private SparkComparison() {}

  /** The median wall and process CPU milliseconds of one contender. */
  record Timing(double wallMillis, double cpuMillis) {}

  /** The shuffle writes of the stages of the last job: stage name, tasks, records, bytes. */
  static final class ShuffleListener extends SparkListener {
    final List<String> stages = new ArrayList<>();

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
      long bytes = completed.stageInfo().taskMetrics().shuffleWriteMetrics().bytesWritten();
      if (bytes > 0) {
        stages.add(
            String.format(
                Locale.ROOT,
                "%d tasks wrote %,d records, %,d bytes",
                completed.stageInfo().numTasks(),
                completed.stageInfo().taskMetrics().shuffleWriteMetrics().recordsWritten(),
                bytes));
      }
    }

    synchronized List<String> take() {
      List<String> taken = List.copyOf(stages);
      stages.clear();
      return taken;
    }
  }

  /**
   * Runs the comparison and prints its tables.
   *
   * @param args ignored
   * @throws TimeoutException if Spark's listener bus does not drain
   */
  public static void main(String[] args) throws TimeoutException {
    int events = Integer.getInteger("benchmarks.events", 10_000_000);
    int rounds = Integer.getInteger("benchmarks.rounds", 3);
    Path csv = HelpdeskReplica.file(events);
    JourneyLog log = CsvEventLogReader.DEFAULT.read(csv).log();
    JourneyAnalytics expected = JourneyBenchmarks.ANALYZER.analyze(log);
    System.out.printf(
        Locale.ROOT,
        "Event log: %s, %,d events, %,d cases; %s%n",
        csv,
        log.eventCount(),
        log.caseCount(),
        expected);
    SparkJourneyAnalyzer analyzer =
        SparkJourneyAnalyzer.of(JourneyBenchmarks.ANALYZER)
            .withColumns("CaseID", "ActivityID", "CompleteTimestamp");
    Map<String, Timing> timings = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession spark =
          SparkSession.builder()
              .appName("covalue spark comparison")
              .master(master)
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      ShuffleListener listener = new ShuffleListener();
      spark.sparkContext().addSparkListener(listener);
      Dataset<Row> fromCsv =
          spark
              .read()
              .option("header", "true")
              .csv(csv.toString())
              .withColumn("CompleteTimestamp", to_timestamp(col("CompleteTimestamp")));
      Dataset<Row> cached = fromCsv.persist(StorageLevel.MEMORY_ONLY());
      System.out.printf(Locale.ROOT, "%s: %,d events cached in Spark%n", master, cached.count());

      Map<String, Supplier<JourneyAnalytics>> contenders = new LinkedHashMap<>();
      contenders.put(
          master + " | covalue in memory, analysis of the log",
          () -> JourneyBenchmarks.ANALYZER.analyze(log));
      contenders.put(
          master + " | covalue in memory, CSV read and analysis",
          () -> JourneyBenchmarks.ANALYZER.analyze(CsvEventLogReader.DEFAULT.read(csv).log()));
      contenders.put(
          master + " | Spark, analysis of the cached events", () -> analyzer.analyze(cached));
      contenders.put(master + " | Spark, CSV read and analysis", () -> analyzer.analyze(fromCsv));
      Map<String, Timing> medians = time(contenders, expected, rounds, spark, listener, notes);
      timings.putAll(medians);
      notes.add(
          master
              + " partial results (serialized bytes, one per task): "
              + partials(analyzer, cached));
      cached.unpersist(true);
      spark.stop();
    }
    print(timings, notes, rounds, serializedSize(expected));
  }

  private static Map<String, Timing> time(
      Map<String, Supplier<JourneyAnalytics>> contenders,
      JourneyAnalytics expected,
      int rounds,
      SparkSession spark,
      ShuffleListener listener,
      List<String> notes)
      throws TimeoutException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      for (Map.Entry<String, Supplier<JourneyAnalytics>> contender : contenders.entrySet()) {
        System.gc();
        listener.take();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        JourneyAnalytics result = contender.getValue().get();
        double wallMillis = (System.nanoTime() - wall) / 1e6;
        double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
        if (!result.equals(expected)) {
          throw new IllegalStateException(contender.getKey() + " differs: " + result);
        }
        // Spark's own test hook: the listener has seen every stage of the job once it is empty.
        spark.sparkContext().listenerBus().waitUntilEmpty();
        List<String> shuffles = listener.take();
        if (round == rounds && !shuffles.isEmpty()) {
          notes.add(contender.getKey() + " shuffles: " + String.join("; ", shuffles));
        }
        if (round > 0) {
          samples
              .computeIfAbsent(contender.getKey(), name -> new ArrayList<>())
              .add(new double[] {wallMillis, cpuMillis});
        }
        System.out.printf(
            Locale.ROOT,
            "  round %d, %s: %.0f ms wall, %.0f ms CPU%n",
            round,
            contender.getKey(),
            wallMillis,
            cpuMillis);
      }
    }
    Map<String, Timing> medians = new LinkedHashMap<>();
    samples.forEach(
        (name, runs) -> medians.put(name, new Timing(median(runs, 0), median(runs, 1))));
    return medians;
  }

  /** The serialized size of each task's partial result, as the aggregator ships it. */
  private static List<Long> partials(SparkJourneyAnalyzer analyzer, Dataset<Row> events) {
    JourneyAnalyticsAggregator aggregator = analyzer.aggregator();
    return analyzer
        .casePaths(events)
        .mapPartitions(
            (MapPartitionsFunction<Row, Long>)
                paths -> {
                  JourneyAnalyticsBuffer buffer = aggregator.zero();
                  paths.forEachRemaining(path -> aggregator.reduce(buffer, path));
                  return List.of(serializedSize(buffer)).iterator();
                },
            Encoders.LONG())
        .collectAsList();
  }

  private static long serializedSize(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.size();
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

  private static void print(
      Map<String, Timing> timings, List<String> notes, int rounds, long resultBytes) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Same JVM, %d rounds after one warm-up, medians in milliseconds:%n%n"
            + "| master | contender | wall | CPU | wall / in-memory analysis |"
            + " wall / in-memory CSV read and analysis |%n"
            + "|---|---|---:|---:|---:|---:|%n",
        rounds);
    for (Map.Entry<String, Timing> entry : timings.entrySet()) {
      String master = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      Timing analysis =
          Objects.requireNonNull(timings.get(master + " | covalue in memory, analysis of the log"));
      Timing read =
          Objects.requireNonNull(
              timings.get(master + " | covalue in memory, CSV read and analysis"));
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.1f | %.2f |%n",
          entry.getKey(),
          entry.getValue().wallMillis(),
          entry.getValue().cpuMillis(),
          entry.getValue().wallMillis() / analysis.wallMillis(),
          entry.getValue().wallMillis() / read.wallMillis());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "The whole result, Java-serialized: %,d bytes%n", resultBytes);
    notes.forEach(System.out::println);
  }
}
