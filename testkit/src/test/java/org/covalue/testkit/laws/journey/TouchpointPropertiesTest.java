package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of touchpoints as values (§1.2.4). */
class TouchpointPropertiesTest {

  @Test
  void aTouchpointRebuiltFromItselfIsEqual() {
    qt().forAll(Journeys.touchpoints())
        .checkAssert(
            touchpoint -> {
              Touchpoint copy = Touchpoint.builder().from(touchpoint).build();
              assertThat(copy).isEqualTo(touchpoint).hasSameHashCodeAs(touchpoint);
              assertThat(touchpoint.elementId()).isEqualTo(touchpoint.id().value());
            });
  }

  @Test
  void generatedTouchpointsKeepTheirRules() {
    qt().forAll(Journeys.touchpoints())
        .checkAssert(
            touchpoint -> {
              assertThat(touchpoint.name()).isNotBlank();
              assertThat(touchpoint.parties()).isNotEmpty().containsAll(touchpoint.hiddenFrom());
              if (touchpoint.transition().isPresent()) {
                assertThat(touchpoint.step()).isEqualTo(CustomerJourneyStep.ONBOARD);
              }
            });
  }

  @Test
  void withIdChangesOnlyTheId() {
    qt().forAll(Journeys.touchpoints(), Ids.touchpointIds())
        .checkAssert(
            (touchpoint, id) -> {
              Touchpoint moved = touchpoint.withId(id);
              assertThat(moved.id()).isEqualTo(id);
              assertThat(moved).isEqualTo(Touchpoint.builder().from(touchpoint).id(id).build());
              assertThat(moved.withId(touchpoint.id())).isEqualTo(touchpoint);
              assertThat(moved.equals(touchpoint)).isEqualTo(id.equals(touchpoint.id()));
            });
  }

  @Test
  void withStepChangesOnlyTheStepOrRefusesToStrandATransition() {
    qt().forAll(Journeys.touchpoints(), Journeys.steps())
        .checkAssert(
            (touchpoint, step) -> {
              if (touchpoint.transition().isPresent() && step != CustomerJourneyStep.ONBOARD) {
                InvalidModelException refused =
                    catchThrowableOfType(
                        () -> touchpoint.withStep(step), InvalidModelException.class);
                assertThat(refused).isNotNull();
                assertThat(Laws.paths(refused.violations())).containsExactly("transition");
                return;
              }
              Touchpoint moved = touchpoint.withStep(step);
              assertThat(moved.step()).isEqualTo(step);
              assertThat(moved).isEqualTo(Touchpoint.builder().from(touchpoint).step(step).build());
              assertThat(moved.withStep(touchpoint.step())).isEqualTo(touchpoint);
            });
  }

  @Test
  void touchpointsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Journeys.touchpoints(), Journeys.touchpoints())
        .checkAssert(
            (a, b) -> {
              if (!a.name().equals(b.name())) {
                assertThat(Touchpoint.builder().from(a).name(b.name()).build()).isNotEqualTo(a);
              }
              if (!a.channel().equals(b.channel())) {
                assertThat(Touchpoint.builder().from(a).channel(b.channel()).build())
                    .isNotEqualTo(a);
              }
              if (!a.activities().equals(b.activities())) {
                assertThat(Touchpoint.builder().from(a).activities(b.activities()).build())
                    .isNotEqualTo(a);
              }
              if (!a.description().equals(b.description())) {
                assertThat(Touchpoint.builder().from(a).description(b.description()).build())
                    .isNotEqualTo(a);
              }
            });
  }

  @Test
  void aPartySeesATouchpointExactlyWhenItIsInvolvedAndNotHidden() {
    qt().forAll(Journeys.touchpoints(), Ids.partyIds())
        .checkAssert(
            (touchpoint, outsider) -> {
              Set<PartyId> candidates = new HashSet<>(touchpoint.parties());
              candidates.add(outsider);
              for (PartyId party : candidates) {
                assertThat(touchpoint.isVisibleTo(party))
                    .isEqualTo(
                        touchpoint.parties().contains(party)
                            && !touchpoint.hiddenFrom().contains(party));
              }
            });
  }
}
