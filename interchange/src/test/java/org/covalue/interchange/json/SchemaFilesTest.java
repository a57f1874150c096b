package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schemas in the jar and their copies in docs/ are the same files. */
class SchemaFilesTest {

  private static String docs(String name) throws IOException {
    return Files.readString(Path.of("..", "docs", name), StandardCharsets.UTF_8);
  }

  @Test
  void theDocumentSchemaInTheJarIsTheOneInDocs() throws IOException {
    assertThat(CovalueJson.documentSchema()).isEqualTo(docs("covalue-document.schema.json"));
    assertThat(CovalueJson.documentSchema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  @Test
  void theFindingsSchemaInTheJarIsTheOneInDocs() throws IOException {
    assertThat(CovalueJson.findingsSchema()).isEqualTo(docs("covalue-findings.schema.json"));
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    assertThat(Schemas.problems(Schemas.DOCUMENT, "{\"covalueFormat\": 1}")).isEmpty();
    assertThat(Schemas.problems(Schemas.DOCUMENT, "{\"covalueFormat\": 2}")).isNotEmpty();
    assertThat(Schemas.problems(Schemas.DOCUMENT, "{\"covalueFormat\": 1, \"extra\": 1}"))
        .isNotEmpty();
    assertThat(
            Schemas.problems(
                Schemas.DOCUMENT,
                "{\"covalueFormat\": 1, \"core\": {\"parties\": [{\"id\": \"p\", \"name\": \"P\"}]}}"))
        .isNotEmpty();
  }
}
