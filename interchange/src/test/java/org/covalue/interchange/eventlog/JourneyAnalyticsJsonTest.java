package org.covalue.interchange.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JourneyAnalyticsJsonTest {

  private static final JourneyLog LOG =
      JourneyLog.builder()
          .add("a", "Open", Instant.ofEpochSecond(0))
          .add("a", "Fix", Instant.ofEpochSecond(60))
          .add("a", "Open", Instant.ofEpochSecond(90))
          .add("b", "Open", Instant.ofEpochSecond(0))
          .add("b", "Fix", Instant.ofEpochSecond(30))
          .build();

  @Test
  void writesTheDocumentedFieldsOnOneLine() {
    String json = JourneyAnalyticsJson.DEFAULT.withIndent(false).write(JourneyAnalytics.of(LOG));
    assertThat(json)
        .isEqualTo(
            "{\"cases\":2,\"events\":5,\"activities\":2,\"activityEvents\":{\"Open\":3,\"Fix\":2},"
                + "\"variants\":[{\"path\":[\"Open\",\"Fix\"],\"cases\":1},"
                + "{\"path\":[\"Open\",\"Fix\",\"Open\"],\"cases\":1}],"
                + "\"directlyFollows\":[{\"from\":\"Open\",\"to\":\"Fix\",\"count\":2,"
                + "\"meanSeconds\":45.0,\"medianSeconds\":30.0,\"minSeconds\":30.0,"
                + "\"maxSeconds\":60.0,\"percentileSeconds\":{\"p50\":30.0,\"p90\":30.0,"
                + "\"p99\":30.0}},{\"from\":\"Fix\",\"to\":\"Open\",\"count\":1,\"meanSeconds\":30.0,"
                + "\"medianSeconds\":30.0,\"minSeconds\":30.0,\"maxSeconds\":30.0,"
                + "\"percentileSeconds\":{\"p50\":30.0,\"p90\":30.0,\"p99\":30.0}}],"
                + "\"startActivities\":{\"Open\":2},\"endActivities\":{\"Fix\":1,\"Open\":1},"
                + "\"loops\":{\"cases\":1,\"returns\":1,\"returnsPerCase\":{\"1\":1},"
                + "\"moves\":[{\"from\":\"Fix\",\"to\":\"Open\",\"count\":1}]},"
                + "\"relativeAccuracy\":0.01}");
  }

  @Test
  void stepsMidWayStartsAndAbandonmentAppearWhenAskedFor() {
    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT
            .withMapping(
                ActivityMapping.of(
                    Map.of(
                        "Open", CustomerJourneyStep.ENGAGE, "Fix", CustomerJourneyStep.CO_CREATE)))
            .withExpectedStarts(Set.of("Fix"))
            .analyze(LOG);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JourneyAnalyticsJson.DEFAULT.write(analytics, bytes);
    String json = bytes.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\n");
    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(root.get("midWayStarts").get("Open").asLong()).isEqualTo(2);
    assertThat(root.get("steps").get("unmappedEvents").asLong()).isZero();
    // The mapping places no activity at Realize: neither case reaches it.
    assertThat(root.get("steps").get("casesWithoutRealize").asLong()).isEqualTo(2);
    assertThat(root.get("steps").get("directlyFollows").get(0).get("from").asString())
        .isEqualTo("ENGAGE");
    assertThat(root.get("steps").get("loops").get("returns").asLong()).isEqualTo(1);
    assertThat(root.get("steps").get("dwellTimes").get("ENGAGE").get("count").asLong())
        .isEqualTo(2);
    assertThat(root.get("abandonment").get("cases").asLong()).isEqualTo(2);
    assertThat(root.get("abandonment").get("lastActivities").get("Fix").asLong()).isEqualTo(1);
    assertThat(JourneyAnalyticsJson.DEFAULT.write(analytics)).isEqualTo(json);
  }

  @Test
  void percentilesAreNamedByTheirFraction() {
    assertThat(JourneyAnalyticsJson.percentileName(0.5)).isEqualTo("p50");
    assertThat(JourneyAnalyticsJson.percentileName(0.999)).isEqualTo("p99.9");
    assertThat(JourneyAnalyticsJson.percentileName(1)).isEqualTo("p100");
    assertThat(JourneyAnalyticsJson.percentileName(0)).isEqualTo("p0");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> JourneyAnalyticsJson.DEFAULT.write(null)).hasMessage("analytics");
    assertThatThrownBy(() -> JourneyAnalyticsJson.DEFAULT.write(JourneyAnalytics.of(LOG), null))
        .hasMessage("out");
  }
}
