package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.ConsumerRoleCoverage;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.Parties;
import org.covalue.testkit.internal.Draw;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the consumer-role analysis (§1.2.2, Figure 1.2). */
class ConsumerRoleAnalysisPropertiesTest {

  /** Assignments over a few holders and organizations, and organizations to check. */
  private record Setup(
      List<RoleAssignment> assignments, List<PartyId> organizations, List<PartyId> holders) {}

  private static Gen<Setup> setups() {
    return in -> {
      List<PartyId> organizations = new ArrayList<>();
      int organizationCount = Draw.intBetween(in, 1, 4);
      for (int i = 0; i < organizationCount; i++) {
        organizations.add(PartyId.of("org-" + i));
      }
      List<PartyId> holders = new ArrayList<>();
      int holderCount = Draw.intBetween(in, 1, 4);
      for (int i = 0; i < holderCount; i++) {
        holders.add(PartyId.of("person-" + i));
      }
      holders.add(organizations.get(0));
      List<RoleAssignment> assignments =
          Draw.listOf(in, Parties.roleAssignments(holders, organizations), 0, 9);
      return new Setup(assignments, Draw.someOf(in, organizations), holders);
    };
  }

  /** The checked organizations: the given ones first, then those only assignments name. */
  private static List<PartyId> checked(Setup setup) {
    Set<PartyId> checked = new LinkedHashSet<>(setup.organizations());
    setup.assignments().forEach(a -> checked.add(a.consumerOrganization()));
    return new ArrayList<>(checked);
  }

  private static Set<ConsumerRole> missing(List<RoleAssignment> assignments, PartyId organization) {
    Set<ConsumerRole> missing = EnumSet.allOf(ConsumerRole.class);
    for (RoleAssignment assignment : assignments) {
      if (assignment.consumerOrganization().equals(organization)) {
        missing.remove(assignment.role());
      }
    }
    return missing;
  }

  /** The findings as (organization, role) keys, read from the finding's element and data. */
  private static List<String> gaps(ConsumerRoleAnalysis analysis) {
    List<String> gaps = new ArrayList<>();
    for (Finding finding : analysis.findings()) {
      assertThat(finding.rule()).isEqualTo(ConsumerRoleAnalysis.ROLE_NOT_COVERED);
      assertThat(finding.elements()).hasSize(1).allMatch(element -> element instanceof PartyId);
      String role = finding.data().get("role");
      assertThat(role).as("the role of %s", finding).isIn("customer", "user", "sponsor");
      assertThat(finding.message()).contains("the " + role + " role");
      gaps.add(
          finding.elements().get(0).value()
              + "/"
              + ConsumerRole.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT)));
    }
    return gaps;
  }

  @Test
  void thereIsAFindingForExactlyTheRolesNobodyHolds() {
    qt().forAll(setups())
        .checkAssert(
            setup -> {
              ConsumerRoleAnalysis check =
                  ConsumerRoleAnalysis.of(setup.assignments(), setup.organizations());
              List<PartyId> checked = checked(setup);
              List<String> expectedGaps = new ArrayList<>();
              List<PartyId> covered = new ArrayList<>();
              for (PartyId organization : checked) {
                for (ConsumerRole role : ConsumerRole.values()) {
                  if (missing(setup.assignments(), organization).contains(role)) {
                    expectedGaps.add(organization.value() + "/" + role);
                  }
                }
              }
              for (ConsumerRoleCoverage coverage : check.coverage()) {
                covered.add(coverage.organization());
                assertThat(coverage.missingRoles())
                    .isEqualTo(missing(setup.assignments(), coverage.organization()));
                assertThat(coverage.hasMissingRoles())
                    .isEqualTo(!coverage.missingRoles().isEmpty());
                assertThat(coverage.holders()).containsOnlyKeys(ConsumerRole.values());
                for (ConsumerRole role : ConsumerRole.values()) {
                  Set<PartyId> holders = new LinkedHashSet<>();
                  for (RoleAssignment a : setup.assignments()) {
                    if (a.consumerOrganization().equals(coverage.organization())
                        && a.role() == role) {
                      holders.add(a.party());
                    }
                  }
                  assertThat(coverage.holders().get(role)).containsExactlyElementsOf(holders);
                }
              }
              assertThat(covered).isEqualTo(checked);
              assertThat(gaps(check)).isEqualTo(expectedGaps);
              assertThat(check.hasMissingRoles()).isEqualTo(!expectedGaps.isEmpty());
              assertThat(check.hasErrors()).isFalse();
            });
  }

  @Test
  void anAssignmentForACheckedOrganizationNeverAddsAFindingAndCoversItsRole() {
    qt().forAll(setups(), Parties.roles())
        .checkAssert(
            (setup, role) -> {
              List<PartyId> checked = checked(setup);
              if (checked.isEmpty()) {
                return;
              }
              PartyId organization = checked.get(checked.size() - 1);
              ConsumerRoleAnalysis before =
                  ConsumerRoleAnalysis.of(setup.assignments(), setup.organizations());
              List<RoleAssignment> more = new ArrayList<>(setup.assignments());
              more.add(RoleAssignment.of(setup.holders().get(0), role, organization));
              ConsumerRoleAnalysis after = ConsumerRoleAnalysis.of(more, setup.organizations());
              assertThat(gaps(before)).containsAll(gaps(after));
              assertThat(gaps(after)).doesNotContain(organization.value() + "/" + role);
              assertThat(gaps(before).size() - gaps(after).size())
                  .isEqualTo(missing(setup.assignments(), organization).contains(role) ? 1 : 0);
            });
  }

  @Test
  void anAssignmentForANewOrganizationAddsOnlyItsOtherRoles() {
    qt().forAll(setups(), Parties.roles())
        .checkAssert(
            (setup, role) -> {
              PartyId newcomer = PartyId.of("newcomer");
              ConsumerRoleAnalysis before =
                  ConsumerRoleAnalysis.of(setup.assignments(), setup.organizations());
              List<RoleAssignment> more = new ArrayList<>(setup.assignments());
              more.add(RoleAssignment.of(setup.holders().get(0), role, newcomer));
              List<String> expected = new ArrayList<>(gaps(before));
              for (ConsumerRole other : ConsumerRole.values()) {
                if (other != role) {
                  expected.add("newcomer/" + other);
                }
              }
              assertThat(gaps(ConsumerRoleAnalysis.of(more, setup.organizations())))
                  .isEqualTo(expected);
            });
  }

  @Test
  void analysingAModelAnalysesTheConsumersOfItsRelationships() {
    qt().withExamples(300)
        .forAll(CoreModels.models())
        .checkAssert(
            model -> {
              Set<PartyId> consumers = new LinkedHashSet<>();
              for (ServiceRelationship r : model.relationships()) {
                consumers.add(r.consumer());
              }
              assertThat(ConsumerRoleAnalysis.of(model))
                  .isEqualTo(ConsumerRoleAnalysis.of(model.roleAssignments(), consumers));
            });
  }
}
