package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import java.util.List;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.RoleAssignment;
import org.junit.jupiter.api.Test;

class ConsumerRoleAnalysisTest {

  @Test
  void onePersonMayHoldAllThreeRoles() {
    List<RoleAssignment> ann =
        List.of(
            RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("ann")),
            RoleAssignment.of(party("ann"), ConsumerRole.USER, party("ann")),
            RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("ann")));
    ConsumerRoleAnalysis check = ConsumerRoleAnalysis.of(ann, List.of());
    assertThat(check.hasMissingRoles()).isFalse();
    assertThat(check.coverage()).hasSize(1);
    assertThat(check.coverage().get(0).hasMissingRoles()).isFalse();
    assertThat(check.coverage().get(0))
        .hasToString(
            "ConsumerRoleCoverage{organization=ann, holders={CUSTOMER=[ann], USER=[ann],"
                + " SPONSOR=[ann]}}");
  }

  @Test
  void coverageIsEqualWhenOrganizationAndHoldersAre() {
    RoleAssignment user = RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme"));
    ConsumerRoleCoverage acme = ConsumerRoleAnalysis.of(List.of(user), List.of()).coverage().get(0);
    ConsumerRoleCoverage same = ConsumerRoleAnalysis.of(List.of(user), List.of()).coverage().get(0);
    ConsumerRoleCoverage otherHolder =
        ConsumerRoleAnalysis.of(
                List.of(RoleAssignment.of(party("cara"), ConsumerRole.USER, party("acme"))),
                List.of())
            .coverage()
            .get(0);
    ConsumerRoleCoverage otherOrganization =
        ConsumerRoleAnalysis.of(List.of(), List.of(party("acme"))).coverage().get(0);
    assertThat(acme).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(acme);
    assertThat(acme).isNotEqualTo(otherHolder).isNotEqualTo(otherOrganization);
    assertThat(acme).isNotEqualTo(null).isNotEqualTo("acme");
    assertThat(acme.hashCode()).isNotEqualTo(otherHolder.hashCode());
  }

  @Test
  void reportsEachRoleNobodyHolds() {
    List<RoleAssignment> acme =
        List.of(
            RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme")),
            RoleAssignment.of(party("cara"), ConsumerRole.USER, party("acme")),
            RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme")));
    ConsumerRoleAnalysis check = ConsumerRoleAnalysis.of(acme, List.of(party("beta")));
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
    assertThat(check.hasMissingRoles()).isTrue();
    Finding first = check.findings().get(0);
    assertThat(first.rule()).isEqualTo(ConsumerRoleAnalysis.ROLE_NOT_COVERED);
    assertThat(first.data()).containsExactly(entry("role", "customer"));
    assertThat(check.findings().get(4).data()).containsExactly(entry("role", "sponsor"));
    assertThat(check.findings(ConsumerRoleAnalysis.ROLE_NOT_COVERED)).hasSize(5);
    assertThat(check.hasErrors()).isFalse();
    assertThat(first.severity()).isEqualTo(Severity.WARNING);
    assertThat(first.elements()).containsExactly(party("beta"));
    assertThat(first.message())
        .isEqualTo(
            "Nobody holds the customer role for consumer organization beta: "
                + ConsumerRole.CUSTOMER.description());
    assertThat(first.reference()).isEqualTo(ConsumerRole.CUSTOMER.reference());
    assertThat(check.findings().get(4).message())
        .contains("sponsor role for consumer organization acme");
  }

  @Test
  void checksEveryConsumerOfAModelsRelationships() {
    CoreModel model =
        CoreModel.builder()
            .addRelationship(relationship("r1", "it", "acme"))
            .addRelationship(relationship("r2", "cloud", "it"))
            .addRoleAssignment(
                RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("acme")))
            .addRoleAssignment(RoleAssignment.of(party("ann"), ConsumerRole.USER, party("acme")))
            .addRoleAssignment(RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("acme")))
            .build();
    ConsumerRoleAnalysis check = ConsumerRoleAnalysis.of(model);
    assertThat(check.coverage())
        .extracting(c -> c.organization().value())
        .containsExactly("acme", "it");
    assertThat(check.findings())
        .extracting(f -> (Object) f.elements().get(0))
        .containsOnly(party("it"))
        .hasSize(3);
    assertThat(check).hasToString("ConsumerRoleAnalysis{organizations=2, missingRoles=3}");
  }

  @Test
  void anEmptyInputHasNothingToReport() {
    ConsumerRoleAnalysis check = ConsumerRoleAnalysis.of(CoreModel.empty());
    assertThat(check.coverage()).isEmpty();
    assertThat(check.findings()).isEmpty();
    assertThat(check.hasMissingRoles()).isFalse();
  }

  @Test
  void findingsSkipOrganizationsThatHoldEveryRole() {
    List<RoleAssignment> assignments =
        List.of(
            RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("full")),
            RoleAssignment.of(party("ann"), ConsumerRole.USER, party("full")),
            RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("full")),
            RoleAssignment.of(party("bob"), ConsumerRole.CUSTOMER, party("half")),
            RoleAssignment.of(party("bob"), ConsumerRole.SPONSOR, party("half")));
    ConsumerRoleAnalysis check =
        ConsumerRoleAnalysis.of(assignments, List.of(party("none"), party("full")));
    assertThat(check.coverage())
        .extracting(c -> c.organization().value())
        .containsExactly("none", "full", "half");
    assertThat(check.findings())
        .extracting(f -> f.elements().get(0).value() + ":" + f.data().get("role"))
        .containsExactly("none:customer", "none:user", "none:sponsor", "half:user");
    assertThat(check.coverage().get(2).holders(ConsumerRole.CUSTOMER))
        .containsExactly(party("bob"));
    assertThat(check.coverage().get(2).holders().get(ConsumerRole.USER)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> check.findings().get(4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(check.findings()).isEqualTo(List.copyOf(check.findings()));
  }
}
