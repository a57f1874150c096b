package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.internal.Draw;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of designed customer journeys as values, and of what they tell about themselves (§1.2.4).
 */
class CustomerJourneyPropertiesTest {

  /** A journey, its touchpoints in a drawn order, and a drawn sub-list of its interactions. */
  private record Rearranged(
      CustomerJourney journey,
      List<Touchpoint> touchpoints,
      List<ServiceInteraction> interactions) {}

  private static Gen<Rearranged> rearranged() {
    return in -> {
      CustomerJourney journey = Journeys.journeys().generate(in);
      return new Rearranged(
          journey,
          Draw.shuffle(in, journey.touchpoints()),
          Draw.someOf(in, journey.interactions()));
    };
  }

  @Test
  void aJourneyRebuiltFromItselfIsEqual() {
    qt().forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              CustomerJourney copy = CustomerJourney.builder().from(journey).build();
              assertThat(copy).isEqualTo(journey).hasSameHashCodeAs(journey);
              assertThat(copy.toString()).isEqualTo(journey.toString());
            });
  }

  @Test
  void generatedJourneysKeepTheirOwnRules() {
    qt().forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              assertThat(journey.persona()).isIn(ConsumerRole.CUSTOMER, ConsumerRole.USER);
              assertThat(journey.providers()).isNotEmpty().doesNotContain(journey.consumer());
              assertThat(journey.touchpoints()).isNotEmpty();
              Set<TouchpointId> ids = new HashSet<>();
              for (Touchpoint touchpoint : journey.touchpoints()) {
                assertThat(ids.add(touchpoint.id())).as("distinct touchpoint ids").isTrue();
                assertThat(touchpoint.parties()).contains(journey.consumer());
                assertThat(journey.participants()).containsAll(touchpoint.parties());
              }
              for (ServiceInteraction interaction : journey.interactions()) {
                assertThat(journey.providers()).contains(interaction.provider());
                assertThat(interaction.consumer()).isEqualTo(journey.consumer());
                interaction
                    .touchpoint()
                    .ifPresent(
                        at ->
                            assertThat(journey.touchpoint(at).orElseThrow().step())
                                .isEqualTo(interaction.step()));
              }
            });
  }

  @Test
  void withTouchpointsAndWithInteractionsChangeOnlyTheirList() {
    qt().forAll(rearranged())
        .checkAssert(
            r -> {
              CustomerJourney reordered = r.journey().withTouchpoints(r.touchpoints());
              assertThat(reordered.touchpoints()).isEqualTo(r.touchpoints());
              assertThat(reordered)
                  .isEqualTo(
                      CustomerJourney.builder()
                          .from(r.journey())
                          .touchpoints(r.touchpoints())
                          .build());
              assertThat(reordered.withTouchpoints(r.journey().touchpoints()))
                  .isEqualTo(r.journey());
              assertThat(reordered.equals(r.journey()))
                  .isEqualTo(r.touchpoints().equals(r.journey().touchpoints()));

              CustomerJourney fewer = r.journey().withInteractions(r.interactions());
              assertThat(fewer.interactions()).isEqualTo(r.interactions());
              assertThat(fewer)
                  .isEqualTo(
                      CustomerJourney.builder()
                          .from(r.journey())
                          .interactions(r.interactions())
                          .build());
              assertThat(fewer.withInteractions(r.journey().interactions())).isEqualTo(r.journey());
            });
  }

  @Test
  void journeysThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Journeys.journeys(), Journeys.journeys())
        .checkAssert(
            (a, b) -> {
              if (!a.id().equals(b.id())) {
                assertThat(CustomerJourney.builder().from(a).id(b.id()).build()).isNotEqualTo(a);
              }
              if (!a.name().equals(b.name())) {
                assertThat(CustomerJourney.builder().from(a).name(b.name()).build())
                    .isNotEqualTo(a);
              }
              if (a.persona() != b.persona()) {
                assertThat(CustomerJourney.builder().from(a).persona(b.persona()).build())
                    .isNotEqualTo(a);
              }
              if (!a.scenario().equals(b.scenario())) {
                assertThat(CustomerJourney.builder().from(a).scenario(b.scenario()).build())
                    .isNotEqualTo(a);
              }
              if (!a.valueStreams().equals(b.valueStreams())) {
                assertThat(CustomerJourney.builder().from(a).valueStreams(b.valueStreams()).build())
                    .isNotEqualTo(a);
              }
            });
  }

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
                assertThat(journey.positionOf(touchpoints.get(i).id())).contains(i);
                assertThat(journey.touchpoint(touchpoints.get(i).id()))
                    .contains(touchpoints.get(i));
              }
              boolean designed = touchpoints.stream().anyMatch(t -> t.id().equals(other));
              assertThat(journey.positionOf(other).isPresent()).isEqualTo(designed);
              assertThat(journey.touchpoint(other).isPresent()).isEqualTo(designed);
            });
  }
}
