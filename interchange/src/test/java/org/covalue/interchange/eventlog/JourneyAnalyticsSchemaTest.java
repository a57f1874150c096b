package org.covalue.interchange.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.testkit.JourneyLogs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What {@link JourneyAnalyticsJson} writes is valid against docs/journey-analytics.schema.json. */
class JourneyAnalyticsSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Settings that switch every optional part on. */
  private static final JourneyAnalyzer FULL = JourneyLogs.FULL_ANALYZER;

  private static Schema schema() throws IOException {
    String text =
        Files.readString(
            Path.of("..", "docs", "journey-analytics.schema.json"), StandardCharsets.UTF_8);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  private static List<String> problems(Schema schema, JsonNode json) {
    return schema.validate(json).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void everythingWrittenIsValidAgainstTheSchema() throws IOException {
    Schema schema = schema();
    qt().forAll(JourneyLogs.rows())
        .checkAssert(
            rows -> {
              for (JourneyAnalyzer analyzer : List.of(JourneyAnalyzer.DEFAULT, FULL)) {
                String json =
                    JourneyAnalyticsJson.DEFAULT.write(analyzer.analyze(JourneyLogs.log(rows)));
                assertThat(problems(schema, MAPPER.readTree(json))).isEmpty();
              }
            });
  }

  @Test
  void theSchemaAsksForEveryPartTheWriterAlwaysWrites() throws IOException {
    Schema schema = schema();
    JsonNode written =
        MAPPER.readTree(
            JourneyAnalyticsJson.DEFAULT.write(
                FULL.analyze(
                    JourneyLog.builder()
                        .add("c", "Register", Instant.EPOCH)
                        .add("c", "closed ", Instant.EPOCH.plusSeconds(5))
                        .build())));
    assertThat(problems(schema, written)).isEmpty();
    ObjectNode withoutCount = (ObjectNode) written.deepCopy();
    ((ObjectNode) withoutCount.get("steps")).remove("casesWithoutRealize");
    assertThat(problems(schema, withoutCount)).anyMatch(p -> p.contains("casesWithoutRealize"));
    ObjectNode withoutCases = (ObjectNode) written.deepCopy();
    withoutCases.remove("cases");
    assertThat(problems(schema, withoutCases)).anyMatch(p -> p.contains("cases"));
  }
}
