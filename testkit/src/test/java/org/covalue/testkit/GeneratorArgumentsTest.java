package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.PartyId;
import org.junit.jupiter.api.Test;

/** The entry methods that take a size or a list reject arguments they cannot honour, at once. */
class GeneratorArgumentsTest {

  @Test
  void networksNeedRoomForTwoOrganizations() {
    assertThatThrownBy(() -> ServiceRelationships.networks(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A network needs at least two organizations, but the maximum was 1");
    assertThatThrownBy(() -> ServiceRelationships.acyclicNetworks(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceRelationships.cyclicNetworks(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsNeedANonNegativeSize() {
    assertThatThrownBy(() -> Stakeholders.maps(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStakeholders must not be negative, but was -1");
  }

  @Test
  void modelsNeedAScaleOfTwo() {
    assertThatThrownBy(() -> CoreModels.models(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A model's scale must be at least 2, but was 1");
    assertThatThrownBy(() -> CoreModels.invalidModels(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membersAndAssignmentsNeedSomethingToReferTo() {
    assertThatThrownBy(() -> Parties.members(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parties.roleAssignments(List.of(), List.of(PartyId.of("acme"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parties.roleAssignments(List.of(PartyId.of("ana")), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void journeysAndJourneyModelsNeedRoomForTheirParts() {
    assertThatThrownBy(() -> Journeys.journeys(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A journey needs at least one touchpoint, but the maximum was 0");
    assertThatThrownBy(() -> JourneyModels.models(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A journey model's scale must be at least 2, but was 1");
    assertThatThrownBy(() -> JourneyModels.invalidModels(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JourneyModels.ruleBreaches(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void visibilityModelsNeedAScaleOfTwo() {
    assertThatThrownBy(() -> Visibilities.models(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A journey model's scale must be at least 2, but was 1");
    assertThatThrownBy(() -> Visibilities.invalidModels(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueModelsNeedAScaleOfTwo() {
    assertThatThrownBy(() -> Values.models(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A value model's scale must be at least 2, but was 1");
    assertThatThrownBy(() -> Values.invalidModels(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
