package org.covalue.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.covalue.interchange.eventlog.JourneyAnalyticsJson;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyLog;
import org.junit.jupiter.api.Test;

/**
 * Spark's own Jackson 2 works on this module's class path, beside the Jackson 3 of covalue's JSON.
 * The parent POM imports Jackson 3's BOM, which also pins {@code jackson-annotations} (shared by
 * Jackson 2 and 3) to a newer 2.x than Spark's; Spark's databind, core and Scala module must stay
 * at the versions Spark was built with, because the Scala module refuses a databind of another
 * minor version, and Spark uses it to write every operation's scope as JSON.
 */
class SparkJacksonTest {

  private static String majorMinor(Version version) {
    return version.getMajorVersion() + "." + version.getMinorVersion();
  }

  @Test
  void sparkKeepsTheJackson2ItWasBuiltWith() {
    Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    Version scalaModule = DefaultScalaModule$.MODULE$.version();

    assertThat(databind.toString()).as("Spark 4.2's databind").startsWith("2.21.");
    assertThat(core.toString()).isEqualTo(databind.toString());
    assertThat(majorMinor(scalaModule)).isEqualTo(majorMinor(databind));
    // Annotations may be newer than databind, never older: 2.x annotations only grow.
    String annotations = JsonProperty.class.getPackage().getImplementationVersion();
    assertThat(annotations).startsWith("2.");
    assertThat(Integer.parseInt(annotations.replaceFirst("^2\\.(\\d+).*$", "$1")))
        .isGreaterThanOrEqualTo(databind.getMinorVersion());
  }

  @Test
  void theScalaModuleAcceptsThatDatabind() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);

    assertThat(mapper.writeValueAsString(scala.Option.apply("x"))).isEqualTo("\"x\"");
    assertThat(mapper.readTree("{\"a\":[1,2]}").get("a").size()).isEqualTo(2);
  }

  @Test
  void sparkReadsAndWritesJson() {
    Dataset<String> lines =
        SparkTests.spark()
            .createDataset(
                List.of("{\"case\":\"a\",\"n\":1}", "{\"case\":\"b\",\"n\":2}"), Encoders.STRING());

    Dataset<Row> read = SparkTests.spark().read().json(lines);

    assertThat(read.orderBy("case").toJSON().collectAsList())
        .containsExactly("{\"case\":\"a\",\"n\":1}", "{\"case\":\"b\",\"n\":2}");
    assertThat(DataType.fromJson(read.schema().json())).isEqualTo(read.schema());
  }

  @Test
  void covalueWritesItsJsonWithJackson3BesideIt() {
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    JourneyAnalytics none = JourneyAnalytics.of(JourneyLog.builder().build());

    assertThat(JourneyAnalyticsJson.DEFAULT.withIndent(false).write(none))
        .startsWith("{\"cases\":0,\"events\":0,");
  }
}
