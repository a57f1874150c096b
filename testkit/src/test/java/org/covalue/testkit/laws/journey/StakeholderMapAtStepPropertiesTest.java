package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of stakeholder-map snapshots taken at a journey step (§1.2.1). */
class StakeholderMapAtStepPropertiesTest {

  @Test
  void aSnapshotRemadeFromItsPartsIsEqualAndDiffersWhenAPartDoes() {
    qt().forAll(Journeys.stakeholderMapsAtSteps(), Journeys.stakeholderMapsAtSteps())
        .checkAssert(
            (a, b) -> {
              assertThat(StakeholderMapAtStep.of(a.step(), a.map()))
                  .isEqualTo(a)
                  .hasSameHashCodeAs(a);
              assertThat(StakeholderMapAtStep.of(b.step(), a.map()).equals(a))
                  .isEqualTo(a.step() == b.step());
              assertThat(StakeholderMapAtStep.of(a.step(), b.map()).equals(a))
                  .isEqualTo(a.map().equals(b.map()));
            });
  }
}
