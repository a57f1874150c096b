package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;

/** Laws of touchpoints: their transition and who sees them (§1.2.4). */
class TouchpointPropertiesTest {

  @Test
  void withStepChangesOnlyTheStepOrRefusesToStrandATransition() {
    qt().forAll(Journeys.touchpoints(), Journeys.steps())
        .checkAssert(
            (touchpoint, step) -> {
              if (touchpoint.transition().isPresent() && step != CustomerJourneyStep.ONBOARD) {
                assertThatThrownBy(() -> touchpoint.withStep(step))
                    .isExactlyInstanceOf(InvalidModelException.class)
                    .satisfies(
                        refused ->
                            assertThat(Laws.paths(((InvalidModelException) refused).violations()))
                                .containsExactly("transition"));
                return;
              }
              Touchpoint moved = touchpoint.withStep(step);
              assertThat(moved.step()).isEqualTo(step);
              assertThat(moved).isEqualTo(Touchpoint.builder().from(touchpoint).step(step).build());
              assertThat(moved.withStep(touchpoint.step())).isEqualTo(touchpoint);
            });
  }

  @Test
  void aPartySeesATouchpointExactlyWhenItIsInvolved() {
    qt().forAll(Journeys.touchpoints(), Ids.partyIds())
        .checkAssert(
            (touchpoint, outsider) -> {
              Set<PartyId> candidates = new HashSet<>(touchpoint.parties());
              candidates.add(outsider);
              for (PartyId party : candidates) {
                assertThat(touchpoint.isVisibleTo(party))
                    .isEqualTo(touchpoint.parties().contains(party));
              }
            });
  }
}
