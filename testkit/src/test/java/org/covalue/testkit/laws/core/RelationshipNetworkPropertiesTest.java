package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.testkit.Ids;
import org.covalue.testkit.ServiceRelationships;
import org.junit.jupiter.api.Test;

/** Laws of the views of a relationship network by party (§1.2.3). */
class RelationshipNetworkPropertiesTest {

  @Test
  void thePartiesAreTheProvidersAndConsumersInOrderOfAppearance() {
    qt().forAll(ServiceRelationships.networks())
        .checkAssert(
            network -> {
              Set<PartyId> expected = new LinkedHashSet<>();
              for (ServiceRelationship relationship : network.relationships()) {
                expected.add(relationship.provider());
                expected.add(relationship.consumer());
              }
              assertThat(network.parties()).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void theViewsByPartyFilterTheRelationshipsInNetworkOrder() {
    qt().forAll(ServiceRelationships.networks(), Ids.partyIds())
        .checkAssert(
            (network, outsider) -> {
              List<PartyId> parties = new ArrayList<>(network.parties());
              parties.add(outsider);
              for (PartyId party : parties) {
                List<ServiceRelationship> provides = new ArrayList<>();
                List<ServiceRelationship> consumes = new ArrayList<>();
                List<ServiceRelationship> either = new ArrayList<>();
                for (ServiceRelationship relationship : network.relationships()) {
                  if (relationship.provider().equals(party)) {
                    provides.add(relationship);
                  }
                  if (relationship.consumer().equals(party)) {
                    consumes.add(relationship);
                  }
                  if (relationship.provider().equals(party)
                      || relationship.consumer().equals(party)) {
                    either.add(relationship);
                  }
                }
                assertThat(network.asProvider(party)).isEqualTo(provides);
                assertThat(network.asConsumer(party)).isEqualTo(consumes);
                assertThat(network.relationshipsOf(party)).isEqualTo(either);
              }
            });
  }
}
