package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.Rule;
import org.covalue.core.TypedId;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.testkit.Findings;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of rules and findings, the hand-written values every analysis reports with. */
class FindingPropertiesTest {

  /** Rebuilds a finding from what it tells about itself, the message as given or on demand. */
  private static Finding rebuild(Finding finding, Rule rule, boolean lazily) {
    Finding.Builder builder = Finding.builder(rule).severity(finding.severity());
    String message = finding.message();
    if (lazily) {
      builder.message(() -> message);
    } else {
      builder.message(message);
    }
    builder.addAllElements(finding.elements());
    finding.evidence().forEach(builder::putEvidence);
    finding.data().forEach(builder::putData);
    return builder.build();
  }

  @Test
  void aFindingRebuiltFromItsPartsIsEqualWhetherItsMessageIsGivenOrFormed() {
    qt().forAll(Findings.findings())
        .checkAssert(
            finding -> {
              for (boolean lazily : List.of(true, false)) {
                Finding again = rebuild(finding, finding.rule(), lazily);
                assertThat(again).isEqualTo(finding).hasSameHashCodeAs(finding);
              }
              assertThat(finding.toString())
                  .isEqualTo(
                      finding.severity() + " " + finding.rule().id() + ": " + finding.message());
              assertThat(finding.reference()).isEqualTo(finding.rule().reference());
            });
  }

  @Test
  void findingsThatDifferInOnePartAreNotEqual() {
    qt().forAll(Findings.findings(), Findings.findings())
        .checkAssert(
            (a, b) -> {
              assertThat(rebuild(a, b.rule(), false).equals(a))
                  .isEqualTo(a.rule().equals(b.rule()));
              assertThat(Finding.builder(a.rule()).message(a.message()).build().equals(a))
                  .isEqualTo(
                      a.elements().isEmpty()
                          && a.evidence().isEmpty()
                          && a.data().isEmpty()
                          && a.severity() == a.rule().defaultSeverity());
              List<TypedId<?>> reversed = new ArrayList<>(a.elements());
              java.util.Collections.reverse(reversed);
              Finding.Builder turned =
                  Finding.builder(a.rule()).severity(a.severity()).message(a.message());
              turned.addAllElements(reversed);
              a.evidence().forEach(turned::putEvidence);
              a.data().forEach(turned::putData);
              assertThat(turned.build().equals(a)).isEqualTo(reversed.equals(a.elements()));
              Finding.Builder other = Finding.builder(a.rule()).severity(a.severity());
              other.message(b.message()).addAllElements(a.elements());
              a.evidence().forEach(other::putEvidence);
              a.data().forEach(other::putData);
              assertThat(other.build().equals(a)).isEqualTo(a.message().equals(b.message()));
            });
  }

  @Test
  void anEnumConstantIsKeptAsItsCode() {
    qt().forAll(Findings.rules(), Journeys.steps())
        .checkAssert(
            (rule, step) -> {
              Finding finding = Finding.builder(rule).message("m").putData("step", step).build();
              String code = step.name().toLowerCase(Locale.ROOT).replace('_', '-');
              assertThat(finding.data()).isEqualTo(Map.of("step", code));
              assertThat(code)
                  .isIn("explore", "engage", "offer", "agree", "onboard", "co-create", "realize");
              assertThat(
                      CustomerJourneyStep.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')))
                  .isSameAs(step);
            });
  }

  @Test
  void aRuleRemadeFromItsPartsIsEqualAndDiffersWhenAPartDoes() {
    qt().forAll(Findings.rules(), Findings.rules())
        .checkAssert(
            (a, b) -> {
              Rule again = Rule.of(a.id(), a.defaultSeverity(), a.reference(), a.description());
              assertThat(again).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(a.toString()).isEqualTo(a.id());
              assertThat(Rule.of(b.id(), a.defaultSeverity(), a.reference(), a.description()))
                  .matches(r -> r.equals(a) == a.id().equals(b.id()));
              assertThat(Rule.of(a.id(), b.defaultSeverity(), a.reference(), a.description()))
                  .matches(r -> r.equals(a) == (a.defaultSeverity() == b.defaultSeverity()));
              assertThat(Rule.of(a.id(), a.defaultSeverity(), b.reference(), a.description()))
                  .matches(r -> r.equals(a) == a.reference().equals(b.reference()));
              assertThat(Rule.of(a.id(), a.defaultSeverity(), a.reference(), b.description()))
                  .matches(r -> r.equals(a) == a.description().equals(b.description()));
              assertThat(Finding.builder(a).message("m").build().severity())
                  .isEqualTo(a.defaultSeverity());
            });
  }
}
