package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import java.util.List;
import java.util.Set;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.junit.jupiter.api.Test;

class ConsumerRoleCheckTest {

  @Test
  void onePersonMayHoldAllThreeRoles() {
    List<RoleAssignment> ann =
        List.of(
            RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("ann")),
            RoleAssignment.of(party("ann"), ConsumerRole.USER, party("ann")),
            RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("ann")));
    ConsumerRoleCheck check = ConsumerRoleCheck.check(ann, List.of());
    assertThat(check.isComplete()).isTrue();
    assertThat(check.coverage()).hasSize(1);
    assertThat(check.coverage().get(0).isComplete()).isTrue();
  }

  @Test
  void reportsEachRoleNobodyHolds() {
    List<RoleAssignment> acme =
        List.of(
            RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme")),
            RoleAssignment.of(party("cara"), ConsumerRole.USER, party("acme")),
            RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme")));
    ConsumerRoleCheck check = ConsumerRoleCheck.check(acme, List.of(party("beta")));
    assertThat(check.coverage())
        .extracting(c -> c.organization().value())
        .containsExactly("beta", "acme");
    ConsumerRoleCoverage acmeCoverage = check.coverage().get(1);
    assertThat(acmeCoverage.holders().get(ConsumerRole.USER))
        .containsExactly(party("bob"), party("cara"));
    assertThat(acmeCoverage.holders().get(ConsumerRole.SPONSOR)).isEmpty();
    assertThat(acmeCoverage.missingRoles())
        .isEqualTo(Set.of(ConsumerRole.CUSTOMER, ConsumerRole.SPONSOR));
    assertThat(check.coverage().get(0).missingRoles())
        .containsExactlyInAnyOrder(ConsumerRole.values());
    assertThat(check.findings()).hasSize(5);
    assertThat(check.isComplete()).isFalse();
    Finding first = check.findings().get(0);
    assertThat(first.rule()).isEqualTo(ConsumerRoleCheck.ROLE_NOT_COVERED);
    assertThat(first.severity()).isEqualTo(Severity.WARNING);
    assertThat(first.elements()).containsExactly("beta");
    assertThat(first.message())
        .isEqualTo(
            "Nobody holds the customer role for consumer organization beta: "
                + ConsumerRole.CUSTOMER.description());
    assertThat(first.reference()).isEqualTo(ConsumerRole.CUSTOMER.reference());
    assertThat(check.findings().get(4).message())
        .contains("sponsor role for consumer organization acme");
  }

  @Test
  void checksEveryConsumerOfANetwork() {
    RelationshipNetwork network =
        RelationshipNetwork.of(relationship("r1", "it", "acme"), relationship("r2", "cloud", "it"));
    ConsumerRoleCheck check =
        ConsumerRoleCheck.check(
            List.of(
                RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("acme")),
                RoleAssignment.of(party("ann"), ConsumerRole.USER, party("acme")),
                RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("acme"))),
            network);
    assertThat(check.coverage())
        .extracting(c -> c.organization().value())
        .containsExactly("acme", "it");
    assertThat(check.findings()).extracting(f -> f.elements().get(0)).containsOnly("it").hasSize(3);
  }
}
