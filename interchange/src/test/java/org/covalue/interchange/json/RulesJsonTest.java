package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.covalue.core.Rule;
import org.covalue.core.analysis.CoreRules;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.value.analysis.ValueRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a rule catalogue: the fields a finding's rule, severity and section refer to.
 */
class RulesJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void writesEveryRuleWithItsSeveritySectionAndDescriptionInOrder() {
    List<Rule> rules = CoreRules.all();

    JsonNode root = MAPPER.readTree(CovalueJson.DEFAULT.writeRules(rules));

    assertThat(root.get("covalueFormat").asInt()).isEqualTo(1);
    assertThat(root.get("rules").size()).isEqualTo(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      JsonNode node = root.get("rules").get(i);
      Rule rule = rules.get(i);
      assertThat(node.get("id").asString()).isEqualTo(rule.id());
      assertThat(node.get("severity").asString()).isEqualTo(rule.defaultSeverity().name());
      assertThat(node.get("section").asString()).isEqualTo(rule.reference().section());
      assertThat(node.get("description").asString()).isEqualTo(rule.description());
    }
  }

  @Test
  void namesTheFigureOrTableWhenTheRuleHasOne() {
    JsonNode rule =
        MAPPER
            .readTree(CovalueJson.DEFAULT.writeRules(List.of(ServiceAnalysis.NO_PRODUCT)))
            .get("rules")
            .get(0);

    assertThat(rule.get("section").asString()).isEqualTo("1.2.7");
    assertThat(rule.get("artefact").asString()).isEqualTo("Figure 1.10");
  }

  @Test
  void compactOutputIsOneLineAndNullsAreRefused() {
    assertThat(CovalueJson.DEFAULT.withIndent(false).writeRules(ValueRules.all()))
        .doesNotContain("\n");
    assertThatThrownBy(
            () -> CovalueJson.DEFAULT.writeRules(Arrays.asList(ServiceAnalysis.NO_PRODUCT, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules[1]");
  }
}
