package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.MobilePhone;
import org.junit.jupiter.api.Test;

/** Runs the tour of docs/json-format.md and checks what its comments say. */
class JsonFormatGuideTest {

  @Test
  void theTourDoesWhatItSays() {
    ValueModel value = MobilePhone.model();
    CovalueDocument document = CovalueDocument.of(value);

    String json = CovalueJson.DEFAULT.write(document);
    assertThat(json).startsWith("{\n  \"covalueFormat\": 1,\n  \"core\": {");
    assertThat(json).contains("\n  \"value\": {").doesNotContain("\"journey\"");
    CovalueDocument back = CovalueJson.DEFAULT.read(json);
    assertThat(back).isEqualTo(document);
    assertThat(back.value()).isEqualTo(value);

    InvalidModelException e =
        catchThrowableOfType(
            InvalidModelException.class,
            () ->
                CovalueJson.DEFAULT.read(
                    "{\"covalueFormat\": 1, \"core\": {\"parties\": [{\"id\": \"p\"}]}}"));
    List<String> pointers =
        e.violations().stream().map(Violation::path).collect(Collectors.toList());
    assertThat(pointers).containsExactly("/core/parties/0/name", "/core/parties/0/kind");
    assertThat(e.violations())
        .allMatch(violation -> violation.message().endsWith(" is required but missing"));
  }

  @Test
  void theDefaultLimitsAreTheOnesTheGuideLists() {
    assertThat(JsonLimits.DEFAULT.maxDocumentLength()).isEqualTo(8L << 20);
    assertThat(JsonLimits.DEFAULT.maxNestingDepth()).isEqualTo(64);
    assertThat(JsonLimits.DEFAULT.maxStringLength()).isEqualTo(1 << 20);
    assertThat(JsonLimits.DEFAULT.maxNumberLength()).isEqualTo(100);
    assertThat(JsonLimits.DEFAULT.maxTokenCount()).isEqualTo(1_000_000L);
  }
}
