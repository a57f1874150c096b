package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.model.CoreModel;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** Bad input: every problem reported at once, each at its JSON pointer; limits refused early. */
class CovalueJsonReadTest {

  private static List<String> pointers(InvalidModelException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  private static InvalidModelException refusal(CovalueJson json, String text) {
    InvalidModelException e =
        catchThrowableOfType(InvalidModelException.class, () -> json.read(text));
    assertThat(e)
        .as("refusal of %s", text.length() > 200 ? text.substring(0, 200) : text)
        .isNotNull();
    return e;
  }

  private static InvalidModelException refusal(String text) {
    return refusal(CovalueJson.DEFAULT, text);
  }

  @Test
  void readsTheSmallestDocument() {
    assertThat(CovalueJson.DEFAULT.read("{\"covalueFormat\": 1}"))
        .isEqualTo(CovalueDocument.of(CoreModel.empty()));
  }

  @Test
  void refusesAMissingOrUnknownFormat() {
    assertThat(refusal("{}").getMessage())
        .contains("/covalueFormat")
        .contains("must name its format");
    InvalidModelException future = refusal("{\"covalueFormat\": 2, \"whatever\": true}");
    assertThat(pointers(future)).containsExactly("/covalueFormat");
    assertThat(future.getMessage()).contains("Unknown covalueFormat 2: this reader knows format 1");
    assertThat(refusal("{\"covalueFormat\": \"1\"}").getMessage())
        .contains("covalueFormat must be the integer 1, but was a string");
    assertThat(refusal("[1]").getMessage()).contains("must be a JSON object, but was an array");
  }

  @Test
  void reportsUnknownFieldsWrongTypesAndMissingValuesAllAtOnce() {
    String text =
        "{\"covalueFormat\": 1, \"extra\": 0, \"core\": {\"parties\": ["
            + "{\"id\": \"a\", \"name\": 7, \"kind\": \"ORGANIZATION\", \"colour\": \"red\"},"
            + "{\"id\": \"b\", \"kind\": \"CLUB\"},"
            + "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"ORGANIZATION\", \"memberOf\": null}"
            + "], \"stakeholders\": {}}}";
    InvalidModelException e = refusal(text);
    assertThat(pointers(e))
        .containsExactlyInAnyOrder(
            "/extra",
            "/core/parties/0/name",
            "/core/parties/0/colour",
            "/core/parties/1/name",
            "/core/parties/1/kind",
            "/core/parties/2/memberOf",
            "/core/stakeholders");
    assertThat(e.getMessage())
        .contains("name must be a string, but was a number")
        .contains("Unknown field \"colour\"")
        .contains("name is required but missing")
        .contains("kind must be one of ORGANIZATION, PERSON, TEAM, but was \"CLUB\"")
        .contains("memberOf must not be null")
        .contains("stakeholders must be an array, but was an object");
  }

  @Test
  void translatesTheModelsOwnRefusalsToPointers() {
    String text =
        "{\"covalueFormat\": 1, \"core\": {\"stakeholders\": ["
            + "{\"id\": \"s\", \"name\": \" \", \"kind\": \"OWNER\", \"influence\": 1.5,"
            + " \"interest\": \"HIGH\"}]}}";
    InvalidModelException e = refusal(text);
    assertThat(pointers(e)).containsExactly("/core/stakeholders/0/influence");
    assertThat(e.getMessage()).contains("between 0 and 1");
    String blank =
        "{\"covalueFormat\": 1, \"core\": {\"stakeholders\": ["
            + "{\"id\": \"s\", \"name\": \" \", \"kind\": \"OWNER\", \"influence\": 0.5,"
            + " \"interest\": \"HIGH\"}]}}";
    InvalidModelException named = refusal(blank);
    assertThat(pointers(named)).containsExactly("/core/stakeholders/0/name");
    assertThat(named.getMessage()).contains("Stakeholder name must not be blank");
  }

  @Test
  void reportsDanglingAndDuplicateIdsWithPointers() {
    String text =
        "{\"covalueFormat\": 1, \"core\": {\"parties\": ["
            + "{\"id\": \"p\", \"name\": \"P\", \"kind\": \"ORGANIZATION\"},"
            + "{\"id\": \"p\", \"name\": \"Q\", \"kind\": \"ORGANIZATION\"}],"
            + " \"relationships\": [{\"id\": \"r\", \"provider\": \"p\", \"consumer\": \"nobody\","
            + " \"type\": \"BASIC\"}]}}";
    InvalidModelException e = refusal(text);
    assertThat(pointers(e)).contains("/core/parties/1/id", "/core/relationships/0/consumer");
    assertThat(e.getMessage()).contains("appears twice").contains("nobody");
    assertThat(CovalueJson.DEFAULT.withValidation(false).read(text).core().parties()).hasSize(2);
  }

  @Test
  void reportsValidatorPathsOfEveryPartUnderItsPart() {
    String valid = CovalueJson.DEFAULT.write(CovalueDocument.of(IncidentValue.model()));
    String broken =
        valid.replaceFirst("\"stakeholder\": \"warehouse-manager\"", "\"stakeholder\": \"ghost\"");
    assertThat(broken).isNotEqualTo(valid);
    InvalidModelException e = refusal(broken);
    assertThat(pointers(e)).isNotEmpty().allMatch(pointer -> pointer.startsWith("/value/"));
    assertThat(e.getMessage()).contains("ghost");
  }

  @Test
  void refusesDuplicateFieldsMalformedJsonAndTrailingText() {
    assertThat(refusal("{\"covalueFormat\": 1, \"covalueFormat\": 1}").getMessage())
        .contains("not well-formed JSON")
        .contains("Duplicate");
    assertThat(refusal("{\"covalueFormat\": 1,\n  \"core\": [}").getMessage())
        .contains("not well-formed JSON at line 2, column");
    assertThat(refusal("{\"covalueFormat\": 1} {}").getMessage()).contains("not well-formed JSON");
    assertThat(refusal("").getMessage()).contains("must be a JSON object");
  }

  @Test
  void refusesDeepNestingInBoundedStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    InvalidModelException e = refusal(deep);
    assertThat(e.getMessage()).contains("exceeds a limit").contains("nesting depth");
    String deepObjects = "{\"covalueFormat\": 1, \"x\": " + "{\"a\": ".repeat(100_000);
    assertThat(refusal(deepObjects).getMessage()).contains("exceeds a limit");
    assertThat(
            refusal(
                    CovalueJson.DEFAULT.withLimits(JsonLimits.DEFAULT.withMaxNestingDepth(3)),
                    "{\"covalueFormat\": 1, \"core\": {\"parties\": [{}]}}")
                .getMessage())
        .contains("nesting depth");
  }

  @Test
  void refusesAHugeStringAndAHugeNumber() {
    String huge =
        "{\"covalueFormat\": 1, \"core\": {\"parties\": [{\"id\": \""
            + "x".repeat(2 << 20)
            + "\"}]}}";
    assertThat(refusal(huge).getMessage())
        .contains("exceeds a limit")
        .contains("String value length");
    String hugeName = "{\"covalueFormat\": 1, \"" + "x".repeat(2 << 20) + "\": 1}";
    assertThat(refusal(hugeName).getMessage())
        .contains("exceeds a limit")
        .contains("JsonLimits maxStringLength")
        .doesNotContain("StreamReadConstraints");
    String number = "{\"covalueFormat\": 1" + "0".repeat(200) + "}";
    assertThat(refusal(number).getMessage())
        .contains("exceeds a limit")
        .contains("Number value length");
  }

  @Test
  void refusesALongDocumentAndTooManyTokens() {
    CovalueJson small =
        CovalueJson.DEFAULT.withLimits(JsonLimits.DEFAULT.withMaxDocumentLength(100));
    String text = "{\"covalueFormat\": 1, \"core\": {}" + " ".repeat(200) + "}";
    assertThat(refusal(small, text).getMessage())
        .contains("exceeds a limit")
        .contains(
            "Document length (232) exceeds the maximum allowed (100, JsonLimits"
                + " maxDocumentLength)");
    InvalidModelException fromStream =
        catchThrowableOfType(
            InvalidModelException.class,
            () -> small.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromStream.getMessage()).contains("Document length");
    CovalueJson fewTokens =
        CovalueJson.DEFAULT.withLimits(JsonLimits.DEFAULT.withMaxTokenCount(10));
    assertThat(
            refusal(
                    fewTokens,
                    "{\"covalueFormat\": 1, \"core\": {\"parties\": [1, 2, 3, 4, 5, 6]}}")
                .getMessage())
        .contains("exceeds a limit")
        .contains("Token count");
  }

  @Test
  void boundsTheErrorOfAManyProblemDocument() {
    StringBuilder text = new StringBuilder("{\"covalueFormat\": 1, \"core\": {\"parties\": [");
    for (int i = 0; i < 5000; i++) {
      text.append(i == 0 ? "" : ",").append("1");
    }
    text.append("]}}");
    InvalidModelException e = refusal(text.toString());
    assertThat(e.violations()).hasSize(CovalueJson.MAX_PROBLEMS + 1);
    assertThat(e.violations().get(CovalueJson.MAX_PROBLEMS).message())
        .isEqualTo("4000 more problems are not listed; the first 1000 are");
    assertThat(e.getMessage().length()).isLessThan(30_000);
  }

  @Test
  void refusesNullsNamingTheArgument() {
    assertThatThrownBy(() -> CovalueJson.DEFAULT.read((String) nothing()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("json must not be null");
    assertThatThrownBy(() -> CovalueJson.DEFAULT.read((InputStream) nothing()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("in must not be null");
    assertThatThrownBy(() -> CovalueJson.DEFAULT.withLimits(nothing()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("limits must not be null");
    assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxNestingDepth(0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("JsonLimits maxNestingDepth must be at least 1, but was 0");
  }

  @Test
  void reportsAStreamThatFailsAsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> CovalueJson.DEFAULT.read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"}) // passes null on purpose
  private static <T> T nothing() {
    return null;
  }
}
