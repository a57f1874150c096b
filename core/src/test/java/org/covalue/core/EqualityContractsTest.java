package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/**
 * The hand-written equality of the kernel's values: equal parts make equal values with equal hash
 * codes, and a change of any one part makes a different value, here with a different hash code too.
 */
class EqualityContractsTest {

  @SafeVarargs
  private static <T> void contract(T value, T same, T... different) {
    EqualsTester tester = new EqualsTester().addEqualityGroup(value, same);
    for (T other : different) {
      tester.addEqualityGroup(other);
      assertThat(value.hashCode()).as("hash against %s", other).isNotEqualTo(other.hashCode());
    }
    tester.testEquals();
  }

  private static final ItilReference SECTION = ItilReference.section("1.2.4");

  private static Rule rule(String id, Severity severity, ItilReference reference, String text) {
    return Rule.of(id, severity, reference, text);
  }

  @Test
  void rules() {
    Rule rule = rule("journey.loop", Severity.WARNING, SECTION, "Cases go back");
    contract(
        rule,
        rule("journey.loop", Severity.WARNING, ItilReference.section("1.2.4"), "Cases go back"),
        rule("journey.loops", Severity.WARNING, SECTION, "Cases go back"),
        rule("journey.loop", Severity.ERROR, SECTION, "Cases go back"),
        rule("journey.loop", Severity.WARNING, ItilReference.section("1.2.5"), "Cases go back"),
        rule("journey.loop", Severity.WARNING, SECTION, "Cases go back and forth"));
  }

  @Test
  void references() {
    contract(
        SECTION,
        ItilReference.section("1.2.4"),
        ItilReference.section("1.2.5"),
        SECTION.figure("1.4"),
        SECTION.table("1.3"));
  }

  @Test
  void violations() {
    Violation violation = Violation.of("name", "Name must not be blank", " ");
    contract(
        violation,
        Violation.of("name", "Name must not be blank", " "),
        Violation.of("label", "Name must not be blank", " "),
        Violation.of("name", "Label must not be blank", " "),
        Violation.of("name", "Name must not be blank", "  "),
        Violation.of("name", "Name must not be blank"));
  }

  @Test
  void scores() {
    contract(Score.of(0.25), Score.of(0.25), Score.of(0.5), Score.of(0), Score.of(1));
  }

  @Test
  void findings() {
    Rule rule = rule("journey.loop", Severity.WARNING, SECTION, "Cases go back");
    Finding finding = finding(rule, Severity.WARNING, "c-1", "loops", 2, "step", "AGREE", "Back");
    contract(
        finding,
        finding(rule, Severity.WARNING, "c-1", "loops", 2, "step", "AGREE", "Back"),
        finding(
            rule("journey.other", Severity.WARNING, SECTION, "Cases go back"),
            Severity.WARNING,
            "c-1",
            "loops",
            2,
            "step",
            "AGREE",
            "Back"),
        finding(rule, Severity.ERROR, "c-1", "loops", 2, "step", "AGREE", "Back"),
        finding(rule, Severity.WARNING, "c-2", "loops", 2, "step", "AGREE", "Back"),
        finding(rule, Severity.WARNING, "c-1", "returns", 2, "step", "AGREE", "Back"),
        finding(rule, Severity.WARNING, "c-1", "loops", 3, "step", "AGREE", "Back"),
        finding(rule, Severity.WARNING, "c-1", "loops", 2, "stage", "AGREE", "Back"),
        finding(rule, Severity.WARNING, "c-1", "loops", 2, "step", "OFFER", "Back"),
        finding(rule, Severity.WARNING, "c-1", "loops", 2, "step", "AGREE", "Back again"));
  }

  private static Finding finding(
      Rule rule,
      Severity severity,
      String element,
      String evidence,
      double value,
      String dataName,
      String dataValue,
      String message) {
    return Finding.builder(rule)
        .severity(severity)
        .addElement(StakeholderId.of(element))
        .putEvidence(evidence, value)
        .putData(dataName, dataValue)
        .message(message)
        .build();
  }
}
