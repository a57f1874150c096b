package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final Rule RULE =
      Rule.of("a.b-c", Severity.WARNING, ItilReference.section("1.2.2"), "Something to check");

  @Test
  void takesTheRulesSeverityAndReferenceUnlessTold() {
    Finding finding = Finding.builder(RULE).message("Something needs attention").build();
    assertThat(finding.rule()).isSameAs(RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.reference()).isEqualTo(ItilReference.section("1.2.2"));
    assertThat(finding).hasToString("WARNING a.b-c: Something needs attention");
    assertThat(Finding.builder(RULE).severity(Severity.ERROR).message("Worse").build().severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void keepsTypedElementsEvidenceAndDataInOrder() {
    Finding finding =
        Finding.builder(RULE)
            .message("m")
            .addElement(PartyId.of("contoso"))
            .addAllElements(List.of(StakeholderId.of("cfo")))
            .putEvidence("z", 1.0)
            .putEvidence("a", 2.0)
            .putData("role", "sponsor")
            .putData("step", Severity.ERROR)
            .build();
    assertThat(finding.elements()).containsExactly(PartyId.of("contoso"), StakeholderId.of("cfo"));
    assertThat(finding.elements())
        .extracting(TypedId::kind)
        .containsExactly("party", "stakeholder");
    assertThat(finding.evidence()).containsExactly(entry("z", 1.0), entry("a", 2.0));
    assertThat(finding.data())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("role", "sponsor"),
            org.assertj.core.api.Assertions.entry("step", "error"));
    assertThatThrownBy(() -> finding.evidence().put("x", 3.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> finding.data().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> finding.elements().add(PartyId.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static java.util.Map.Entry<String, Double> entry(String name, double value) {
    return org.assertj.core.api.Assertions.entry(name, value);
  }

  @Test
  void formsASuppliedMessageOnlyWhenRead() {
    AtomicInteger calls = new AtomicInteger();
    Finding finding =
        Finding.builder(RULE)
            .message(
                () -> {
                  calls.incrementAndGet();
                  return "Formed on demand";
                })
            .build();
    assertThat(calls).hasValue(0);
    assertThat(finding.message()).isEqualTo("Formed on demand");
    assertThat(finding.message()).isEqualTo("Formed on demand");
    assertThat(calls).hasValue(2);
    assertThat(finding).isEqualTo(Finding.builder(RULE).message("Formed on demand").build());
  }

  @Test
  void equalsByEveryPart() {
    Finding base = Finding.builder(RULE).message("m").addElement(PartyId.of("p")).build();
    assertThat(base)
        .isEqualTo(Finding.builder(RULE).message("m").addElement(PartyId.of("p")).build())
        .hasSameHashCodeAs(Finding.builder(RULE).message("m").addElement(PartyId.of("p")).build());
    assertThat(base)
        .isNotEqualTo(Finding.builder(RULE).message("other").addElement(PartyId.of("p")).build())
        .isNotEqualTo(Finding.builder(RULE).message("m").addElement(PartyId.of("q")).build())
        .isNotEqualTo(Finding.builder(RULE).message("m").addElement(StakeholderId.of("p")).build())
        .isNotEqualTo(
            Finding.builder(RULE)
                .severity(Severity.INFO)
                .message("m")
                .addElement(PartyId.of("p"))
                .build())
        .isNotEqualTo(
            Finding.builder(RULE)
                .message("m")
                .addElement(PartyId.of("p"))
                .putEvidence("n", 1)
                .build())
        .isNotEqualTo(
            Finding.builder(RULE)
                .message("m")
                .addElement(PartyId.of("p"))
                .putData("n", "v")
                .build())
        .isNotEqualTo("m");
    assertThat(Finding.builder(RULE).message("m").putEvidence("n", 1).build())
        .isNotEqualTo(Finding.builder(RULE).message("m").putEvidence("n", 2).build());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void refusesEveryBadPartAtOnce() {
    assertThatThrownBy(
            () ->
                Finding.builder(RULE)
                    .putEvidence("nan", Double.NaN)
                    .putEvidence("infinite", Double.POSITIVE_INFINITY)
                    .putEvidence(" ", 1)
                    .putEvidence("twice", 1)
                    .putEvidence("twice", 2)
                    .putData("blank", " ")
                    .addElement(null)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::toString)
                    .containsExactly(
                        "evidence.nan: Finding evidence nan must be a finite number",
                        "evidence.infinite: Finding evidence infinite must be a finite number",
                        "evidence: A finding evidence name must not be blank",
                        "evidence.twice: Finding evidence twice is given twice",
                        "data.blank: Finding data blank must not be blank",
                        "elements[0]: A finding element must not be null",
                        "message: Finding message must be set"));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void refusesABlankOrNullMessage() {
    assertThatThrownBy(() -> Finding.builder(RULE).message(" ").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("message: Finding message must not be blank");
    assertThatThrownBy(() -> Finding.builder(RULE).message((String) null).build())
        .hasMessage("message: Finding message must not be null");
    assertThatThrownBy(() -> Finding.builder(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("rule: Finding rule must not be null");
  }

  @Test
  void resultsSelectFindingsByRuleAndTellErrors() {
    Rule other = Rule.of("other", Severity.ERROR, ItilReference.section("1.2"), "Other");
    Finding warning = Finding.builder(RULE).message("w").build();
    Finding error = Finding.builder(other).message("e").build();
    HasFindings both = () -> List.of(warning, error);
    HasFindings warningsOnly = () -> List.of(warning);
    assertThat(both.findings(RULE)).containsExactly(warning);
    assertThat(both.findings(other)).containsExactly(error);
    assertThat(both.hasErrors()).isTrue();
    assertThat(warningsOnly.hasErrors()).isFalse();
    assertThat(warningsOnly.findings(other)).isEmpty();
  }

  @Test
  void severitiesAreOrdered() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }
}
