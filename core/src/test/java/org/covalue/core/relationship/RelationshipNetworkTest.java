package org.covalue.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.core.relationship.ServiceRelationshipTest.relationship;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.junit.jupiter.api.Test;

class RelationshipNetworkTest {

  private final ServiceRelationship cloudForIt =
      relationship("r1", "cloud", "it", ServiceRelationshipType.BASIC);
  private final ServiceRelationship itForAcme =
      relationship("r2", "it", "acme", ServiceRelationshipType.COOPERATIVE);
  private final ServiceRelationship itForBeta =
      relationship("r3", "it", "beta", ServiceRelationshipType.BASIC);
  private final RelationshipNetwork network =
      RelationshipNetwork.of(cloudForIt, itForAcme, itForBeta);

  @Test
  void partiesInOrderOfFirstAppearance() {
    assertThat(network.parties())
        .containsExactly(
            PartyId.of("cloud"), PartyId.of("it"), PartyId.of("acme"), PartyId.of("beta"));
    assertThat(network.parties().size()).isEqualTo(4);
    assertThat(network.parties().contains(PartyId.of("acme"))).isTrue();
    assertThat(network.parties().contains(PartyId.of("nobody"))).isFalse();
    assertThat(network.parties().contains((Object) "acme")).isFalse();
  }

  @Test
  void relationshipsByRole() {
    assertThat(network.asProvider(PartyId.of("it"))).containsExactly(itForAcme, itForBeta);
    assertThat(network.asConsumer(PartyId.of("it"))).containsExactly(cloudForIt);
    assertThat(network.asConsumer(PartyId.of("cloud"))).isEmpty();
    assertThat(network.relationshipsOf(PartyId.of("it")))
        .containsExactly(cloudForIt, itForAcme, itForBeta);
    assertThat(network.relationshipsOf(PartyId.of("nobody"))).isEmpty();
  }

  @Test
  void relationshipsByRoleCannotBeChanged() {
    assertThatThrownBy(() -> network.asProvider(PartyId.of("it")).add(cloudForIt))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> network.asConsumer(PartyId.of("it")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> network.asConsumer(PartyId.of("cloud")).add(itForAcme))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(network.asConsumer(PartyId.of("it"))).containsExactly(cloudForIt);
  }

  @Test
  void ofAListEqualsOfVarargs() {
    assertThat(RelationshipNetwork.of(List.of(cloudForIt, itForAcme, itForBeta)))
        .isEqualTo(network);
    assertThat(RelationshipNetwork.of().relationships()).isEmpty();
  }

  @Test
  void anyIterableGivesTheSameNetworkAsAListAndNamesANullElement() {
    List<ServiceRelationship> list = List.of(cloudForIt, itForAcme, itForBeta);
    Iterable<ServiceRelationship> notACollection = () -> list.iterator();
    assertThat(RelationshipNetwork.of(notACollection)).isEqualTo(network);
    List<ServiceRelationship> withNull = new java.util.ArrayList<>(list);
    withNull.add(1, null);
    Iterable<ServiceRelationship> notACollectionWithNull = () -> withNull.iterator();
    for (Iterable<ServiceRelationship> given : List.of(withNull, notACollectionWithNull)) {
      assertThatThrownBy(() -> RelationshipNetwork.of(given))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("relationships[1]: Element 1 of relationships must not be null");
    }
  }

  @Test
  void duplicateRelationshipIdsAreRefused() {
    assertThatThrownBy(
            () ->
                RelationshipNetwork.of(
                    cloudForIt, relationship("r1", "x", "y", ServiceRelationshipType.BASIC)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "relationships[1].id: Relationship id r1 appears twice, first at relationships[0]");
  }
}
