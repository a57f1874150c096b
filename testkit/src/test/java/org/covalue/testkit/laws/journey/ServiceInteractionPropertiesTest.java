package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.testkit.Ids;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of service interactions: their parties and who sees them (§1.2.4, Figure 1.7). */
class ServiceInteractionPropertiesTest {

  @Test
  void anInteractionIsReciprocalBetweenItsProviderAndItsConsumer() {
    qt().forAll(Journeys.interactions())
        .checkAssert(
            interaction -> {
              assertThat(interaction.provider()).isNotEqualTo(interaction.consumer());
              assertThat(interaction.parties())
                  .containsExactlyInAnyOrder(interaction.provider(), interaction.consumer());
              assertThat(interaction.name()).isNotBlank();
            });
  }

  @Test
  void aPartySeesAnInteractionExactlyWhenItTakesPart() {
    qt().forAll(Journeys.interactions(), Ids.partyIds())
        .checkAssert(
            (interaction, outsider) -> {
              Set<PartyId> candidates = new HashSet<>(interaction.parties());
              candidates.add(outsider);
              for (PartyId party : candidates) {
                assertThat(interaction.isVisibleTo(party))
                    .isEqualTo(interaction.parties().contains(party));
              }
            });
  }
}
