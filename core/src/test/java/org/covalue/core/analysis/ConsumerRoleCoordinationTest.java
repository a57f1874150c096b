package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.RoleAssignment;
import org.junit.jupiter.api.Test;

/**
 * §1.2.2: where the customer, user and sponsor roles of a consumer organization are held by
 * different people or teams, communication and coordination between them are critical.
 */
class ConsumerRoleCoordinationTest {

  /** Acme: the CFO sponsors, the operations manager is the customer, the warehouse team uses. */
  private static CoreModel.Builder acme() {
    return CoreModel.builder()
        .addRoleAssignment(RoleAssignment.of(party("cfo"), ConsumerRole.SPONSOR, party("acme")))
        .addRoleAssignment(RoleAssignment.of(party("ops"), ConsumerRole.CUSTOMER, party("acme")))
        .addRoleAssignment(RoleAssignment.of(party("warehouse"), ConsumerRole.USER, party("acme")));
  }

  @Test
  void onePersonInEveryRoleIsNotASplit() {
    CoreModel ann =
        CoreModel.builder()
            .addRoleAssignment(RoleAssignment.of(party("ann"), ConsumerRole.CUSTOMER, party("ann")))
            .addRoleAssignment(RoleAssignment.of(party("ann"), ConsumerRole.USER, party("ann")))
            .addRoleAssignment(RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("ann")))
            .build();
    ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(ann);
    assertThat(coordination.splits()).isEmpty();
    assertThat(coordination.findings()).isEmpty();
  }

  @Test
  void rolesHeldByThreePartiesWithNoCoordinationAreReported() {
    ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(acme().build());
    assertThat(coordination.splits()).hasSize(1);
    ConsumerRoleCoordination.SplitRoles split = coordination.splits().get(0);
    assertThat(split.holders()).containsExactly(party("cfo"), party("ops"), party("warehouse"));
    assertThat(split.groups()).hasSize(3);
    assertThat(split.isCoordinated()).isFalse();
    Finding finding = coordination.findings().get(0);
    assertThat(finding.rule()).isEqualTo(ConsumerRoleCoordination.UNCOORDINATED_HOLDERS);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements())
        .containsExactly(party("acme"), party("cfo"), party("ops"), party("warehouse"));
    assertThat(finding.data()).containsExactly(entry("coordination", "none"));
    assertThat(finding.evidence()).containsExactly(entry("holders", 3.0), entry("groups", 3.0));
    assertThat(coordination).hasToString("ConsumerRoleCoordination{splits=1, uncoordinated=1}");
    assertThat(finding.message())
        .isEqualTo(
            "The consumer roles of acme are held by 3 parties (cfo, ops, warehouse) in 3 groups"
                + " that no recorded coordination connects; where roles are split, communication"
                + " and coordination between their holders are critical");
  }

  @Test
  void aReviewOfSomeHoldersIsPartialCoordination() {
    CoreModel model =
        acme()
            .addCoordination(
                Coordination.builder()
                    .consumerOrganization(party("acme"))
                    .addParties(party("cfo"), party("ops"))
                    .means("Quarterly budget review")
                    .build())
            .build();
    ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(model);
    assertThat(coordination.splits().get(0).groups())
        .containsExactly(List.of(party("cfo"), party("ops")), List.of(party("warehouse")));
    assertThat(coordination.findings().get(0).data())
        .containsExactly(entry("coordination", "partial"));
  }

  @Test
  void holdersCoordinateThroughAnAccountManagerOrARelationship() {
    CoreModel model =
        acme()
            .addCoordination(
                Coordination.builder()
                    .consumerOrganization(party("acme"))
                    .addParties(party("cfo"), party("account-manager"))
                    .means("Monthly service review")
                    .build())
            .addCoordination(
                Coordination.builder()
                    .consumerOrganization(party("acme"))
                    .addParties(party("account-manager"), party("ops"))
                    .means("Weekly call")
                    .build())
            .addRelationship(relationship("ops-for-warehouse", "ops", "warehouse"))
            .build();
    ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(model);
    assertThat(coordination.splits().get(0).isCoordinated()).isTrue();
    assertThat(coordination.findings()).isEmpty();
  }

  @Test
  void aCoordinationForAnotherOrganizationDoesNotCount() {
    CoreModel model =
        acme()
            .addCoordination(
                Coordination.builder()
                    .consumerOrganization(party("beta"))
                    .addParties(party("cfo"), party("ops"), party("warehouse"))
                    .means("Shared steering group")
                    .build())
            .build();
    assertThat(ConsumerRoleCoordination.of(model).findings()).hasSize(1);
  }

  @Test
  void aCoordinationNeedsTwoPartiesAndSaysHow() {
    assertThatThrownBy(
            () ->
                Coordination.builder()
                    .consumerOrganization(party("acme"))
                    .addParty(party("cfo"))
                    .means(" ")
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("means: Coordination means must not be blank")
        .hasMessageContaining(
            "parties: A coordination involves at least two parties, but the one for acme has 1");
  }
}
