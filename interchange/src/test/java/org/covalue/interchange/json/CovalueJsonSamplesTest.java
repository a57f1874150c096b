package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.covalue.value.sample.IncidentValue;
import org.covalue.value.sample.MobilePhone;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * The chapter's samples written to small golden files, read back to equal models, and valid against
 * the shipped schema. Run with {@code -Dcovalue.golden.update=true} to rewrite the golden files in
 * src/test/resources after a deliberate change of the format.
 */
class CovalueJsonSamplesTest {

  /** Each sample by the name of its golden file. */
  static Map<String, CovalueDocument> samples() {
    Map<String, CovalueDocument> samples = new TreeMap<>();
    samples.put("server-hosting.json", CovalueDocument.of(ServerHosting.model()));
    samples.put("incident-value.json", CovalueDocument.of(IncidentValue.model()));
    samples.put("mobile-phone.json", CovalueDocument.of(MobilePhone.model()));
    // The incident journey (org.covalue.journey.sample.IncidentResolution) alone, as a journey
    // document: the value sample's journey model, which holds it.
    samples.put("incident-resolution.json", CovalueDocument.of(IncidentValue.model().journey()));
    return samples;
  }

  @Test
  void everySampleMatchesItsGoldenFileAndReadsBackEqual() throws IOException {
    for (Map.Entry<String, CovalueDocument> sample : samples().entrySet()) {
      String json = CovalueJson.DEFAULT.write(sample.getValue()) + "\n";
      if (Boolean.getBoolean("covalue.golden.update")) {
        Files.writeString(
            Path.of("src/test/resources/org/covalue/interchange/json", sample.getKey()), json);
      } else {
        assertThat(json).as(sample.getKey()).isEqualTo(golden(sample.getKey()));
      }
      assertThat(CovalueJson.DEFAULT.read(json)).as(sample.getKey()).isEqualTo(sample.getValue());
      assertThat(Schemas.problems(Schemas.DOCUMENT, json)).as(sample.getKey()).isEmpty();
    }
  }

  @Test
  void compactOutputIsOneLineAndReadsBackEqual() {
    CovalueJson compact = CovalueJson.DEFAULT.withIndent(false);
    for (CovalueDocument document : samples().values()) {
      String json = compact.write(document);
      assertThat(json).doesNotContain("\n").startsWith("{\"covalueFormat\":1,");
      assertThat(compact.read(json)).isEqualTo(document);
    }
  }

  @Test
  void streamsCarryTheSameUtf8Text() {
    CovalueDocument document = CovalueDocument.of(IncidentValue.model());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CovalueJson.DEFAULT.write(document, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CovalueJson.DEFAULT.write(document));
    assertThat(CovalueJson.DEFAULT.read(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(document);
  }

  @Test
  void writingTwiceGivesTheSameText() {
    CovalueDocument document = CovalueDocument.of(ServerHosting.model());
    assertThat(
            CovalueJson.DEFAULT.write(
                CovalueJson.DEFAULT.read(CovalueJson.DEFAULT.write(document))))
        .isEqualTo(CovalueJson.DEFAULT.write(document));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = CovalueJsonSamplesTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
