package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of the open set of stakeholder kinds. */
class StakeholderKindPropertiesTest {

  @Test
  void kindsRoundTripThroughTheirCode() {
    qt().forAll(Stakeholders.kinds())
        .checkAssert(
            kind -> {
              StakeholderKind again = StakeholderKind.of(kind.code());
              assertThat(again).isEqualTo(kind).hasSameHashCodeAs(kind);
              assertThat(again.isPredefined()).isEqualTo(kind.isPredefined());
              assertThat(again.toString()).isEqualTo(kind.code());
              assertThat(kind.code()).matches("[A-Z][A-Z0-9_]{0,63}");
            });
  }

  @Test
  void aKindIsPredefinedExactlyWhenTheListHoldsItAndThenHasADescription() {
    qt().forAll(Stakeholders.kinds())
        .checkAssert(
            kind -> {
              assertThat(StakeholderKind.predefined().contains(kind))
                  .isEqualTo(kind.isPredefined());
              assertThat(kind.description().isPresent()).isEqualTo(kind.isPredefined());
              if (kind.isPredefined()) {
                assertThat(StakeholderKind.of(kind.code())).isSameAs(kind);
              }
            });
  }

  @Test
  void kindsAreEqualExactlyWhenTheirCodesAre() {
    qt().forAll(Stakeholders.kinds(), Stakeholders.kinds())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
            });
  }
}
