package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of the salience classes: one per combination of attributes, ordered by inclusion. */
class SalienceClassPropertiesTest {

  @Test
  void aClassIsTheOneOfItsAttributes() {
    qt().forAll(Stakeholders.salienceClasses())
        .checkAssert(
            c -> {
              assertThat(SalienceClass.of(c.hasPower(), c.hasLegitimacy(), c.hasUrgency()))
                  .isSameAs(c);
              assertThat(c.attributeCount())
                  .isEqualTo(
                      (c.hasPower() ? 1 : 0)
                          + (c.hasLegitimacy() ? 1 : 0)
                          + (c.hasUrgency() ? 1 : 0));
            });
  }

  @Test
  void atLeastAsSalientIsAPartialOrderByInclusionOfAttributes() {
    qt().forAll(
            Stakeholders.salienceClasses(),
            Stakeholders.salienceClasses(),
            Stakeholders.salienceClasses())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.isAtLeastAsSalientAs(a)).isTrue();
              if (a.isAtLeastAsSalientAs(b) && b.isAtLeastAsSalientAs(a)) {
                assertThat(a).isSameAs(b);
              }
              if (a.isAtLeastAsSalientAs(b) && b.isAtLeastAsSalientAs(c)) {
                assertThat(a.isAtLeastAsSalientAs(c)).isTrue();
              }
              boolean includes =
                  (a.hasPower() || !b.hasPower())
                      && (a.hasLegitimacy() || !b.hasLegitimacy())
                      && (a.hasUrgency() || !b.hasUrgency());
              assertThat(a.isAtLeastAsSalientAs(b)).isEqualTo(includes);
              if (a.isAtLeastAsSalientAs(b)) {
                assertThat(a.attributeCount()).isGreaterThanOrEqualTo(b.attributeCount());
              }
            });
  }

  @Test
  void definitiveIsTheMostAndNonStakeholderTheLeastSalient() {
    qt().forAll(Stakeholders.salienceClasses())
        .checkAssert(
            c -> {
              assertThat(SalienceClass.DEFINITIVE.isAtLeastAsSalientAs(c)).isTrue();
              assertThat(c.isAtLeastAsSalientAs(SalienceClass.NON_STAKEHOLDER)).isTrue();
            });
  }
}
