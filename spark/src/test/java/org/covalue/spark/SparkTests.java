package org.covalue.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The one local SparkSession that every test class of this module shares, so that the module's
 * tests start Spark once (about three seconds) rather than once per class. Two worker threads
 * ({@code local[2]}), no web UI, few shuffle partitions, times in UTC. Surefire runs the test
 * classes in one JVM and sets {@code SPARK_LOCAL_IP} and the JDK packages Spark opens.
 */
final class SparkTests {

  /** The real help-desk log, at ../shared/data/journey-logs/helpdesk.csv from the project root. */
  static final Path HELPDESK =
      Path.of("..", "..", "shared", "data", "journey-logs", "helpdesk.csv")
          .toAbsolutePath()
          .normalize();

  private static @Nullable SparkSession session;

  private SparkTests() {}

  /**
   * Returns the shared session, starting it on first use. Spark stops it when the JVM exits.
   *
   * @return the session
   */
  static synchronized SparkSession spark() {
    SparkSession started = session;
    if (started == null) {
      started =
          SparkSession.builder()
              .appName("covalue-spark tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      session = started;
    }
    return started;
  }

  /**
   * Sets how many partitions Spark's shuffles make, and keeps adaptive execution from merging them,
   * so that a test sees exactly that many tasks merge their partial results.
   *
   * @param partitions the number of shuffle partitions
   */
  static void shufflePartitions(int partitions) {
    spark().conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
    spark().conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
  }
}
