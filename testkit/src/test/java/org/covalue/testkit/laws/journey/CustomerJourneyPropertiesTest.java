package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of what designed customer journeys tell about themselves (§1.2.4). */
class CustomerJourneyPropertiesTest {

  @Test
  void participantsAreTheConsumerThenTheProviders() {
    qt().forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<PartyId> expected = new ArrayList<>();
              expected.add(journey.consumer());
              expected.addAll(journey.providers());
              assertThat(journey.participants()).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void stepsAreThoseOfTheElementsInTheirUsualOrder() {
    qt().forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              Set<CustomerJourneyStep> expected = EnumSet.noneOf(CustomerJourneyStep.class);
              journey.touchpoints().forEach(t -> expected.add(t.step()));
              journey.interactions().forEach(i -> expected.add(i.step()));
              assertThat(journey.steps()).containsExactlyElementsOf(expected);
              assertThat(journey.startStep()).isEqualTo(journey.touchpoints().get(0).step());
            });
  }

  @Test
  void elementsAtAStepPartitionTheElementsInTheirOrder() {
    qt().forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<Touchpoint> touchpoints = new ArrayList<>();
              List<ServiceInteraction> interactions = new ArrayList<>();
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                for (Touchpoint touchpoint : journey.touchpointsAt(step)) {
                  assertThat(touchpoint.step()).isEqualTo(step);
                  touchpoints.add(touchpoint);
                }
                for (ServiceInteraction interaction : journey.interactionsAt(step)) {
                  assertThat(interaction.step()).isEqualTo(step);
                  interactions.add(interaction);
                }
              }
              assertThat(touchpoints).containsExactlyInAnyOrderElementsOf(journey.touchpoints());
              assertThat(interactions).containsExactlyInAnyOrderElementsOf(journey.interactions());
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                assertThat(journey.touchpointsAt(step))
                    .containsExactlyElementsOf(
                        journey.touchpoints().stream().filter(t -> t.step() == step).toList());
              }
            });
  }

  @Test
  void touchpointsAreFoundByIdAtTheirDesignedPosition() {
    qt().forAll(Journeys.journeys(), Ids.touchpointIds())
        .checkAssert(
            (journey, other) -> {
              List<Touchpoint> touchpoints = journey.touchpoints();
              for (int i = 0; i < touchpoints.size(); i++) {
                assertThat(journey.positionOf(touchpoints.get(i).id())).hasValue(i);
                assertThat(journey.touchpoint(touchpoints.get(i).id()))
                    .contains(touchpoints.get(i));
              }
              boolean designed = touchpoints.stream().anyMatch(t -> t.id().equals(other));
              assertThat(journey.positionOf(other).isPresent()).isEqualTo(designed);
              assertThat(journey.touchpoint(other).isPresent()).isEqualTo(designed);
            });
  }

  @Test
  void theMapAtAStepIsTheLatestSnapshotTakenAtOrBeforeIt() {
    qt().forAll(Journeys.journeys(), Journeys.steps())
        .checkAssert(
            (journey, step) -> {
              Optional<StakeholderMap> expected = Optional.empty();
              for (StakeholderMapAtStep snapshot : journey.stakeholderMaps()) {
                if (snapshot.step().compareTo(step) <= 0) {
                  expected = Optional.of(snapshot.map());
                }
              }
              assertThat(journey.stakeholderMapAt(step)).isEqualTo(expected);
              for (StakeholderMapAtStep snapshot : journey.stakeholderMaps()) {
                assertThat(journey.stakeholderMapAt(snapshot.step())).contains(snapshot.map());
              }
            });
  }
}
