package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * Whether each consumer organization has someone in each of the three consumer roles: customer,
 * user and sponsor (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2). Consuming a service
 * involves all three; a role nobody holds is a gap in the relationship, reported as a finding of
 * {@link #ROLE_NOT_COVERED}.
 *
 * <pre>{@code
 * ConsumerRoleAnalysis roles = ConsumerRoleAnalysis.of(model);
 * roles.hasMissingRoles();   // true if some organization lacks a role
 * }</pre>
 *
 * <p>The analysis takes time linear in the number of assignments and organizations. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsumerRoleAnalysis implements HasFindings {

  /** A consumer organization in which nobody holds one of the three consumer roles. */
  public static final Rule ROLE_NOT_COVERED =
      Rule.of(
          "consumer-roles.role-not-covered",
          Severity.WARNING,
          ItilReference.section("1.2.2").figure("1.2"),
          "A consumer organization has nobody in the customer, the user or the sponsor role");

  ConsumerRoleAnalysis() {}

  /**
   * Analyses the given consumer organizations, and every organization the assignments name as a
   * consumer.
   *
   * @param assignments who holds which role for which organization
   * @param consumerOrganizations organizations to check even if no assignment names them
   * @return the coverage of each organization and a finding per missing role
   * @throws NullPointerException if an argument or an element of one is null
   */
  public static ConsumerRoleAnalysis of(
      Collection<RoleAssignment> assignments, Collection<PartyId> consumerOrganizations) {
    List<RoleAssignment> given = List.copyOf(Objects.requireNonNull(assignments, "assignments"));
    Map<PartyId, Map<ConsumerRole, Set<PartyId>>> holders = new LinkedHashMap<>();
    for (PartyId organization :
        List.copyOf(Objects.requireNonNull(consumerOrganizations, "consumerOrganizations"))) {
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
      for (ConsumerRole role : organization.missingRoles()) {
        findings.add(gap(organization.organization(), role));
      }
    }
    return ImmutableConsumerRoleAnalysis.builder().coverage(coverage).findings(findings).build();
  }

  /**
   * Analyses every organization that is a consumer in the model's relationships, and every
   * organization its role assignments name as a consumer.
   *
   * @param model the model
   * @return the coverage of each organization and a finding per missing role
   * @throws NullPointerException if the model is null
   */
  public static ConsumerRoleAnalysis of(CoreModel model) {
    Objects.requireNonNull(model, "model");
    Set<PartyId> consumers = new LinkedHashSet<>();
    for (ServiceRelationship relationship : model.relationships()) {
      consumers.add(relationship.consumer());
    }
    return of(model.roleAssignments(), consumers);
  }

  private static Finding gap(PartyId organization, ConsumerRole role) {
    return Finding.builder(ROLE_NOT_COVERED)
        .message(
            () ->
                "Nobody holds the "
                    + role.name().toLowerCase(Locale.ROOT)
                    + " role for consumer organization "
                    + organization
                    + ": "
                    + role.description())
        .addElement(organization)
        .putData("role", role)
        .build();
  }

  /**
   * Returns the coverage of each analysed organization.
   *
   * @return the coverages: the given organizations first, then those only the assignments name
   */
  public abstract List<ConsumerRoleCoverage> coverage();

  /**
   * Returns one finding of {@link #ROLE_NOT_COVERED} per role nobody holds, naming the organization
   * and, as the data {@code role}, the missing role ({@code customer}, {@code user} or {@code
   * sponsor}).
   *
   * @return the findings, by organization, in the order of {@link ConsumerRole}
   */
  @Override
  public abstract List<Finding> findings();

  /**
   * Tells whether some analysed organization lacks a role.
   *
   * @return true if there is a finding
   */
  public boolean hasMissingRoles() {
    return !findings().isEmpty();
  }

  /** Returns the number of organizations and of missing roles. */
  @Override
  public String toString() {
    return "ConsumerRoleAnalysis{organizations="
        + coverage().size()
        + ", missingRoles="
        + findings().size()
        + "}";
  }
}
