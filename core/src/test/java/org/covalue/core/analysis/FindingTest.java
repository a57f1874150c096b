package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.ItilReference;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static Finding.Builder finding(String rule) {
    return Finding.builder()
        .rule(rule)
        .severity(Severity.WARNING)
        .message("Something needs attention")
        .reference(ItilReference.section("1.2.2"));
  }

  @Test
  void keepsEvidenceInInsertionOrder() {
    Finding finding =
        finding("a.b-c").addElement("x").putEvidence("z", 1.0).putEvidence("a", 2.0).build();
    assertThat(finding.evidence().keySet()).containsExactly("z", "a");
    assertThat(finding).hasToString("WARNING a.b-c: Something needs attention");
    assertThat(Finding.builder().from(finding).build()).isEqualTo(finding);
  }

  @Test
  void ruleIdsAreDottedLowerCase() {
    assertThat(finding("consumer-roles.role-not-covered").build().rule())
        .isEqualTo("consumer-roles.role-not-covered");
    for (String bad : new String[] {"Upper", "a..b", "a.", "-a", "a b", ""}) {
      assertThatThrownBy(() -> finding(bad).build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "rule: Finding rule must be a dotted, lower-case id, but was \"" + bad + "\"");
    }
  }

  @Test
  void blankMessageIsRefused() {
    assertThatThrownBy(() -> finding("a").message(" ").build())
        .hasMessage("message: Finding message must not be blank");
  }
}
