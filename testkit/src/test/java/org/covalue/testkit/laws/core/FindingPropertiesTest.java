package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.analysis.Finding;
import org.covalue.testkit.Findings;
import org.junit.jupiter.api.Test;

/** Laws of findings as values. */
class FindingPropertiesTest {

  @Test
  void aFindingRebuiltFromItselfIsEqual() {
    qt().forAll(Findings.findings())
        .checkAssert(
            finding -> {
              assertThat(Finding.builder().from(finding).build())
                  .isEqualTo(finding)
                  .hasSameHashCodeAs(finding);
              assertThat(finding.toString()).contains(finding.rule()).contains(finding.message());
            });
  }

  @Test
  void findingsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Findings.findings(), Findings.findings())
        .checkAssert(
            (a, b) -> {
              assertThat(Finding.builder().from(a).rule(b.rule()).build().equals(a))
                  .isEqualTo(a.rule().equals(b.rule()));
              assertThat(Finding.builder().from(a).severity(b.severity()).build().equals(a))
                  .isEqualTo(a.severity() == b.severity());
              assertThat(Finding.builder().from(a).reference(b.reference()).build().equals(a))
                  .isEqualTo(a.reference().equals(b.reference()));
              assertThat(Finding.builder().from(a).elements(b.elements()).build().equals(a))
                  .isEqualTo(a.elements().equals(b.elements()));
            });
  }
}
