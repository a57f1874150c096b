package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.Findings;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The laws of the JSON format over testkit's generators: reading what was written gives an equal
 * model, pretty or compact, and everything written is valid against the shipped schemas.
 */
class CovalueJsonPropertiesTest {

  /** Examples per generator; the build's seed is fixed (docs/decisions/0009). */
  static final int EXAMPLES = 150;

  private static final CovalueJson COMPACT = CovalueJson.DEFAULT.withIndent(false);

  private static void roundTrip(CovalueJson json, CovalueDocument document) {
    String pretty = json.write(document);
    assertThat(json.read(pretty)).isEqualTo(document);
    String compact = json.withIndent(false).write(document);
    assertThat(json.read(compact)).isEqualTo(document);
    assertThat(json.write(json.read(pretty))).isEqualTo(pretty);
    assertThat(Schemas.problems(Schemas.DOCUMENT, compact)).isEmpty();
  }

  private static <T> void law(Gen<T> models, Function<T, CovalueDocument> document) {
    qt().withExamples(EXAMPLES)
        .forAll(models)
        .checkAssert(model -> roundTrip(CovalueJson.DEFAULT, document.apply(model)));
  }

  @Test
  void coreModelsReadBackEqual() {
    law(CoreModels.models(), CovalueDocument::of);
  }

  @Test
  void journeyModelsReadBackEqual() {
    law(JourneyModels.models(), CovalueDocument::of);
  }

  @Test
  void visibilityModelsReadBackEqual() {
    law(Visibilities.models(), CovalueDocument::of);
  }

  @Test
  void valueModelsReadBackEqual() {
    law(Values.models(), CovalueDocument::of);
  }

  @Test
  void aVisibilityAndAValueModelOverOneJourneyModelReadBackEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.models(), Values.models())
        .checkAssert(
            (visibility, value) ->
                roundTrip(
                    CovalueJson.DEFAULT.withValidation(false),
                    CovalueDocument.of(visibility, value.withJourney(visibility.journey()))));
  }

  @Test
  void modelsInProgressReadBackEqualWithoutValidation() {
    CovalueJson loose = CovalueJson.DEFAULT.withValidation(false);
    qt().withExamples(EXAMPLES)
        .forAll(CoreModels.looseModels(), JourneyModels.looseModels(), Visibilities.looseModels())
        .checkAssert(
            (core, journey, visibility) -> {
              roundTrip(loose, CovalueDocument.of(core));
              roundTrip(loose, CovalueDocument.of(journey));
              roundTrip(loose, CovalueDocument.of(visibility));
            });
  }

  @Test
  void findingsAreValidAgainstTheirSchemaAndKeepEveryPart() {
    JsonMapper mapper = JsonMapper.builder().build();
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.lists().of(Findings.findings()).ofSizeBetween(0, 4))
        .checkAssert(
            findings -> {
              String json = COMPACT.writeFindings(findings);
              assertThat(Schemas.problems(Schemas.FINDINGS, json)).isEmpty();
              JsonNode written = mapper.readTree(json).get("findings");
              assertThat(written.size()).isEqualTo(findings.size());
              for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                JsonNode node = written.get(i);
                assertThat(node.get("rule").stringValue()).isEqualTo(finding.rule().id());
                assertThat(node.get("severity").stringValue()).isEqualTo(finding.severity().name());
                assertThat(node.get("section").stringValue())
                    .isEqualTo(finding.reference().section());
                assertThat(node.get("message").stringValue()).isEqualTo(finding.message());
                assertThat(node.get("elements").size()).isEqualTo(finding.elements().size());
                for (int e = 0; e < finding.elements().size(); e++) {
                  assertThat(node.get("elements").get(e).get("kind").stringValue())
                      .isEqualTo(finding.elements().get(e).kind());
                  assertThat(node.get("elements").get(e).get("id").stringValue())
                      .isEqualTo(finding.elements().get(e).value());
                }
                finding
                    .evidence()
                    .forEach(
                        (name, number) ->
                            assertThat(node.get("evidence").get(name).doubleValue())
                                .isEqualTo(number));
                finding
                    .data()
                    .forEach(
                        (name, fact) ->
                            assertThat(node.get("data").get(name).stringValue()).isEqualTo(fact));
                assertThat(node.get("evidence").size()).isEqualTo(finding.evidence().size());
                assertThat(node.get("data").size()).isEqualTo(finding.data().size());
              }
            });
  }

  @Test
  void everyKindOfIdTheModulesDefineCanBeNamed() {
    assertThat(DocumentReader.kindCodes()).hasSize(24).contains("party", "touchpoint", "case");
    assertThat(List.copyOf(DocumentReader.kindCodes())).isSorted();
  }
}
