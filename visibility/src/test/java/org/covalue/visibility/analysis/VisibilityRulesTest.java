package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.covalue.core.Rule;
import org.covalue.core.analysis.CoreRules;
import org.covalue.journey.analysis.JourneyRules;
import org.junit.jupiter.api.Test;

class VisibilityRulesTest {

  @Test
  void everyRuleOfTheModuleIsListedOnceWithAnIdNoOtherModuleUses() {
    List<Rule> rules = VisibilityRules.all();

    assertThat(rules)
        .containsExactly(
            BandWidthAssessment.TOO_NARROW,
            BandWidthAssessment.TOO_WIDE,
            HiddenDependencies.HIDDEN_DEPENDENCY,
            ManagedBand.UNMANAGED_ELEMENT,
            ProductVisibility.HIDDEN_PROMISE);
    HashSet<String> ids = new HashSet<>();
    CoreRules.all().forEach(rule -> ids.add(rule.id()));
    JourneyRules.all().forEach(rule -> ids.add(rule.id()));
    for (Rule rule : rules) {
      assertThat(ids.add(rule.id())).as("%s is unique", rule).isTrue();
      assertThat(rule.reference().section()).isIn("1.2.5", "1.2.7");
    }
  }
}
