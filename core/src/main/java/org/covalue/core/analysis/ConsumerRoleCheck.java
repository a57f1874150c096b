package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * Checks that each consumer organization has someone in each of the three consumer roles: customer,
 * user and sponsor (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2). Consuming a service
 * involves all three; a role nobody holds is a gap in the relationship, reported as a finding.
 *
 * <p>The check takes time linear in the number of assignments and organizations. Instances of the
 * result are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsumerRoleCheck {

  /** The rule id of a role nobody holds. */
  public static final String ROLE_NOT_COVERED = "consumer-roles.role-not-covered";

  private static final ItilReference REFERENCE = ItilReference.section("1.2.2").figure("1.2");

  ConsumerRoleCheck() {}

  /**
   * Checks the given consumer organizations, and every organization the assignments name as a
   * consumer.
   *
   * @param assignments who holds which role for which organization
   * @param consumerOrganizations organizations to check even if no assignment names them
   * @return the coverage of each organization and a finding per missing role
   */
  public static ConsumerRoleCheck check(
      Collection<RoleAssignment> assignments, Collection<PartyId> consumerOrganizations) {
    List<RoleAssignment> given = Violations.copyOfNonNull(assignments, "assignments");
    Map<PartyId, Map<ConsumerRole, Set<PartyId>>> holders = new LinkedHashMap<>();
    for (PartyId organization :
        Violations.copyOfNonNull(consumerOrganizations, "consumerOrganizations")) {
      holders.putIfAbsent(organization, new EnumMap<>(ConsumerRole.class));
    }
    for (RoleAssignment assignment : given) {
      holders
          .computeIfAbsent(
              assignment.consumerOrganization(), o -> new EnumMap<>(ConsumerRole.class))
          .computeIfAbsent(assignment.role(), r -> new LinkedHashSet<>())
          .add(assignment.party());
    }
    List<ConsumerRoleCoverage> coverage = new ArrayList<>(holders.size());
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<PartyId, Map<ConsumerRole, Set<PartyId>>> entry : holders.entrySet()) {
      ConsumerRoleCoverage organization =
          ConsumerRoleCoverage.create(entry.getKey(), entry.getValue());
      coverage.add(organization);
      for (ConsumerRole role : ConsumerRole.values()) {
        if (organization.missingRoles().contains(role)) {
          findings.add(gap(organization.organization(), role));
        }
      }
    }
    return ImmutableConsumerRoleCheck.builder().coverage(coverage).findings(findings).build();
  }

  /**
   * Checks every organization that is a consumer in a relationship network, and every organization
   * the assignments name as a consumer.
   *
   * @param assignments who holds which role for which organization
   * @param network the relationships whose consumers must cover the roles
   * @return the coverage of each organization and a finding per missing role
   */
  public static ConsumerRoleCheck check(
      Collection<RoleAssignment> assignments, RelationshipNetwork network) {
    Violations.requireNonNull(network, "network");
    Set<PartyId> consumers = new LinkedHashSet<>();
    for (ServiceRelationship relationship : network.relationships()) {
      consumers.add(relationship.consumer());
    }
    return check(assignments, consumers);
  }

  private static Finding gap(PartyId organization, ConsumerRole role) {
    return Finding.builder()
        .rule(ROLE_NOT_COVERED)
        .severity(Severity.WARNING)
        .message(
            "Nobody holds the "
                + role.name().toLowerCase(Locale.ROOT)
                + " role for consumer organization "
                + organization
                + ": "
                + role.description())
        .addElement(organization.value())
        .reference(REFERENCE)
        .build();
  }

  /**
   * Returns the coverage of each checked organization.
   *
   * @return the coverages: the given organizations first, then those only the assignments name
   */
  public abstract List<ConsumerRoleCoverage> coverage();

  /**
   * Returns one finding per role nobody holds, with the rule {@value #ROLE_NOT_COVERED}.
   *
   * @return the findings, by organization, in the order of {@link ConsumerRole}
   */
  public abstract List<Finding> findings();

  /**
   * Tells whether every checked organization covers every role.
   *
   * @return true if there is no finding
   */
  public boolean isComplete() {
    return findings().isEmpty();
  }
}
