package org.covalue.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.junit.jupiter.api.Test;

class ConsumerRoleTest {

  @Test
  void threeRolesOfFigure12() {
    assertThat(ConsumerRole.values())
        .containsExactly(ConsumerRole.CUSTOMER, ConsumerRole.USER, ConsumerRole.SPONSOR);
    for (ConsumerRole role : ConsumerRole.values()) {
      assertThat(role.confidence()).isEqualTo(Confidence.VERIFIED);
      assertThat(role.reference()).isEqualTo(ItilReference.section("1.2.2").figure("1.2"));
    }
  }

  @Test
  void customerDefinesRequirementsUserUsesSponsorPays() {
    assertThat(ConsumerRole.CUSTOMER.description()).contains("must deliver").contains("achieves");
    assertThat(ConsumerRole.USER.description()).isEqualTo("Uses the service.");
    assertThat(ConsumerRole.SPONSOR.description()).contains("money");
  }

  @Test
  void assignmentsAreValues() {
    RoleAssignment sponsor =
        RoleAssignment.of(PartyId.of("cfo"), ConsumerRole.SPONSOR, PartyId.of("acme"));
    assertThat(sponsor.party()).isEqualTo(PartyId.of("cfo"));
    assertThat(sponsor.role()).isEqualTo(ConsumerRole.SPONSOR);
    assertThat(sponsor.consumerOrganization()).isEqualTo(PartyId.of("acme"));
    assertThat(sponsor)
        .isEqualTo(RoleAssignment.of(PartyId.of("cfo"), ConsumerRole.SPONSOR, PartyId.of("acme")))
        .isNotEqualTo(RoleAssignment.of(PartyId.of("cfo"), ConsumerRole.USER, PartyId.of("acme")));
  }

  @Test
  void anIndividualConsumerMayHoldEveryRoleForItself() {
    PartyId ann = PartyId.of("ann");
    assertThat(RoleAssignment.of(ann, ConsumerRole.CUSTOMER, ann).consumerOrganization())
        .isEqualTo(ann);
  }
}
