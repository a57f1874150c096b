package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.ItilReference;
import org.covalue.testkit.References;
import org.junit.jupiter.api.Test;

/** Laws of ITIL references. */
class ItilReferencePropertiesTest {

  private static ItilReference remake(ItilReference reference) {
    ItilReference section = ItilReference.section(reference.section());
    if (reference.artefact().isEmpty()) {
      return section;
    }
    String artefact = reference.artefact().get();
    String number = artefact.substring(artefact.indexOf(' ') + 1);
    return artefact.startsWith("Figure ") ? section.figure(number) : section.table(number);
  }

  @Test
  void referencesRoundTripThroughTheirParts() {
    qt().forAll(References.references())
        .checkAssert(
            reference -> {
              assertThat(remake(reference)).isEqualTo(reference).hasSameHashCodeAs(reference);
              assertThat(reference.toString())
                  .startsWith(ItilReference.PUBLICATION + ", §" + reference.section())
                  .endsWith(reference.artefact().map(a -> ", " + a).orElse(reference.section()));
            });
  }

  @Test
  void narrowingKeepsTheSection() {
    qt().forAll(References.references(), References.references())
        .checkAssert(
            (a, b) -> {
              ItilReference figure = a.figure(b.section());
              assertThat(figure.section()).isEqualTo(a.section());
              assertThat(figure.artefact()).contains("Figure " + b.section());
              assertThat(a.table(b.section()).equals(figure)).isFalse();
            });
  }
}
