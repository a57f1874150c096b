package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.party.RoleAssignment;
import org.covalue.testkit.Parties;
import org.junit.jupiter.api.Test;

/** Laws of consumer role assignments as values. */
class RoleAssignmentPropertiesTest {

  @Test
  void assignmentsRoundTripThroughOf() {
    qt().forAll(Parties.roleAssignments())
        .checkAssert(
            assignment -> {
              RoleAssignment again =
                  RoleAssignment.of(
                      assignment.party(), assignment.role(), assignment.consumerOrganization());
              assertThat(again).isEqualTo(assignment).hasSameHashCodeAs(assignment);
            });
  }

  @Test
  void assignmentsAreEqualExactlyWhenTheirThreePartsAre() {
    qt().forAll(Parties.roleAssignments(), Parties.roleAssignments())
        .checkAssert(
            (a, b) -> {
              boolean sameParts =
                  a.party().equals(b.party())
                      && a.role() == b.role()
                      && a.consumerOrganization().equals(b.consumerOrganization());
              assertThat(a.equals(b)).isEqualTo(sameParts);
              assertThat(RoleAssignment.of(b.party(), a.role(), a.consumerOrganization()).equals(a))
                  .isEqualTo(a.party().equals(b.party()));
              assertThat(RoleAssignment.of(a.party(), b.role(), a.consumerOrganization()).equals(a))
                  .isEqualTo(a.role() == b.role());
              assertThat(RoleAssignment.of(a.party(), a.role(), b.consumerOrganization()).equals(a))
                  .isEqualTo(a.consumerOrganization().equals(b.consumerOrganization()));
            });
  }
}
