package org.covalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StringType;
import org.covalue.interchange.eventlog.JourneyAnalyticsJson;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;

/**
 * A Spark job, ready for {@code spark-submit}, that analyzes the customer journeys of an event log
 * (ITIL 4: Drive Stakeholder Value, §1.2.4) and writes the result as JSON, in the form of {@link
 * JourneyAnalyticsJson} (the schema {@code docs/journey-analytics.schema.json}).
 *
 * <pre>
 * spark-submit --master 'local[2]' --jars JARS covalue-spark.jar \
 *     EVENTS OUTPUT.json [--columns CASE,ACTIVITY,TIME] [--final A,B] [--starts A,B]
 * </pre>
 *
 * <p>{@code EVENTS} is a Parquet file or folder when its name ends in {@code .parquet}, otherwise a
 * CSV file or folder with a header row. Text times in CSV are read by Spark's {@code to_timestamp}
 * in the session time zone, which the job sets to UTC unless {@code spark.sql.session.timeZone} is
 * given, as covalue's own CSV reader does. {@code --columns} names the case, activity and time
 * columns (default {@code case,activity,timestamp}); {@code --final} and {@code --starts} name the
 * final activities and the expected start activities. The driver writes {@code OUTPUT.json}, a
 * small document whatever the size of the log, to its own file system, and prints one line of
 * figures.
 */
public final class JourneyAnalyticsJob {

  private static final String USAGE =
      "usage: JourneyAnalyticsJob EVENTS OUTPUT.json [--columns CASE,ACTIVITY,TIME]"
          + " [--final A,B] [--starts A,B]";

  private JourneyAnalyticsJob() {}

  /**
   * Runs the job in a new or the current Spark session, and stops the session at the end.
   *
   * @param args the events, the output file and options; see the class description
   * @throws NullPointerException if the array is null
   */
  public static void main(String[] args) {
    Objects.requireNonNull(args, "args");
    SparkSession spark = SparkSession.builder().appName("covalue journey analytics").getOrCreate();
    int status = 0;
    try {
      System.out.println(run(spark, args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      status = 2;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param args the events, the output file and options
   * @return the line of figures the job prints
   * @throws IllegalArgumentException if the arguments are wrong, or the log is not a journey log
   */
  static String run(SparkSession spark, String... args) {
    List<String> files = new ArrayList<>();
    String[] columns = {"case", "activity", "timestamp"};
    JourneyAnalyzer analyzer = JourneyAnalyzer.DEFAULT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("Option " + arg + " needs a value");
        }
        String value = args[++i];
        switch (arg) {
          case "--columns" -> {
            columns = value.split(",", -1);
            if (columns.length != 3) {
              throw new IllegalArgumentException(
                  "--columns needs three names, CASE,ACTIVITY,TIME, but was " + value);
            }
          }
          case "--final" -> analyzer = analyzer.withFinalActivities(list(value));
          case "--starts" -> analyzer = analyzer.withExpectedStarts(list(value));
          default -> throw new IllegalArgumentException("Unknown option " + arg);
        }
      } else {
        files.add(arg);
      }
    }
    if (files.size() != 2) {
      throw new IllegalArgumentException("Give the events and the output file");
    }
    if (!spark.sparkContext().getConf().contains("spark.sql.session.timeZone")) {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
    }
    String events = files.get(0);
    Dataset<Row> log =
        events.toLowerCase(Locale.ROOT).endsWith(".parquet")
            ? spark.read().parquet(events)
            : spark.read().option("header", "true").csv(events);
    String time = columns[2];
    if (Arrays.asList(log.columns()).contains(time)
        && log.schema().apply(time).dataType() instanceof StringType) {
      log = log.withColumn(time, to_timestamp(col("`" + time + "`")));
    }

    JourneyAnalytics analytics =
        SparkJourneyAnalyzer.of(analyzer)
            .withColumns(columns[0], columns[1], columns[2])
            .analyze(log);

    Path output = Path.of(files.get(1)).toAbsolutePath();
    try {
      Path folder = output.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(
          output, JourneyAnalyticsJson.DEFAULT.write(analytics) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.format(
        Locale.ROOT,
        "%s: %d cases, %d events, %d activities, %d variants; written to %s",
        Path.of(events).getFileName(),
        analytics.cases(),
        analytics.events(),
        analytics.activities().size(),
        analytics.variants().size(),
        output);
  }

  private static Set<String> list(String value) {
    return new HashSet<>(Arrays.asList(value.split(",", -1)));
  }
}
