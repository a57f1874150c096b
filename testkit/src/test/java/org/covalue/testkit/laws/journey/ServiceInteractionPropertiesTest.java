package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of service interactions as values (§1.2.4, Figure 1.7). */
class ServiceInteractionPropertiesTest {

  @Test
  void anInteractionRebuiltFromItselfIsEqual() {
    qt().forAll(Journeys.interactions())
        .checkAssert(
            interaction -> {
              ServiceInteraction copy = ServiceInteraction.builder().from(interaction).build();
              assertThat(copy).isEqualTo(interaction).hasSameHashCodeAs(interaction);
              assertThat(interaction.elementId()).isEqualTo(interaction.id().value());
            });
  }

  @Test
  void anInteractionIsReciprocalBetweenItsProviderAndItsConsumer() {
    qt().forAll(Journeys.interactions())
        .checkAssert(
            interaction -> {
              assertThat(interaction.provider()).isNotEqualTo(interaction.consumer());
              assertThat(interaction.parties())
                  .containsExactlyInAnyOrder(interaction.provider(), interaction.consumer());
              assertThat(interaction.parties()).containsAll(interaction.hiddenFrom());
              assertThat(interaction.name()).isNotBlank();
            });
  }

  @Test
  void withStepChangesOnlyTheStep() {
    qt().forAll(Journeys.interactions(), Journeys.steps())
        .checkAssert(
            (interaction, step) -> {
              ServiceInteraction moved = interaction.withStep(step);
              assertThat(moved.step()).isEqualTo(step);
              assertThat(moved)
                  .isEqualTo(ServiceInteraction.builder().from(interaction).step(step).build());
              assertThat(moved.withStep(interaction.step())).isEqualTo(interaction);
              assertThat(moved.equals(interaction)).isEqualTo(step == interaction.step());
            });
  }

  @Test
  void interactionsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Journeys.interactions(), Journeys.interactions())
        .checkAssert(
            (a, b) -> {
              if (!a.id().equals(b.id())) {
                assertThat(ServiceInteraction.builder().from(a).id(b.id()).build()).isNotEqualTo(a);
              }
              if (!a.name().equals(b.name())) {
                assertThat(ServiceInteraction.builder().from(a).name(b.name()).build())
                    .isNotEqualTo(a);
              }
              if (!a.touchpoint().equals(b.touchpoint())) {
                assertThat(ServiceInteraction.builder().from(a).touchpoint(b.touchpoint()).build())
                    .isNotEqualTo(a);
              }
              if (!a.valueCoCreated().equals(b.valueCoCreated())) {
                assertThat(
                        ServiceInteraction.builder()
                            .from(a)
                            .valueCoCreated(b.valueCoCreated())
                            .build())
                    .isNotEqualTo(a);
              }
            });
  }

  @Test
  void aPartySeesAnInteractionExactlyWhenItTakesPartAndItIsNotHidden() {
    qt().forAll(Journeys.interactions(), Ids.partyIds())
        .checkAssert(
            (interaction, outsider) -> {
              Set<PartyId> candidates = new HashSet<>(interaction.parties());
              candidates.add(outsider);
              for (PartyId party : candidates) {
                assertThat(interaction.isVisibleTo(party))
                    .isEqualTo(
                        interaction.parties().contains(party)
                            && !interaction.hiddenFrom().contains(party));
              }
            });
  }
}
