package org.covalue.core.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.covalue.core.internal.ObjectIndex;
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
    List<PartyId> named =
        List.copyOf(Objects.requireNonNull(consumerOrganizations, "consumerOrganizations"));
    ObjectIndex<PartyId> organizations = new ObjectIndex<>(named.size() + given.size());
    named.forEach(organizations::add);
    // Only organizations that somebody holds a role for get holder sets.
    Map<Integer, List<Set<PartyId>>> held = new HashMap<>();
    for (RoleAssignment assignment : given) {
      int organization = organizations.add(assignment.consumerOrganization());
      // Holder sets are indexed by the role's place in ConsumerRole, as ConsumerRoleCoverage keeps
      // them: a small list per organization instead of an EnumMap.
      @SuppressWarnings("EnumOrdinal")
      int role = assignment.role().ordinal();
      held.computeIfAbsent(organization, o -> emptyHolderSets()).get(role).add(assignment.party());
    }
    List<ConsumerRoleCoverage> coverage = new ArrayList<>(organizations.size());
    for (int o = 0; o < organizations.size(); o++) {
      coverage.add(ConsumerRoleCoverage.create(organizations.get(o), held.get(o)));
    }
    return ImmutableConsumerRoleAnalysis.builder().coverage(coverage).build();
  }

  private static List<Set<PartyId>> emptyHolderSets() {
    List<Set<PartyId>> sets = new ArrayList<>();
    for (int i = 0; i < ConsumerRole.values().length; i++) {
      sets.add(new LinkedHashSet<>());
    }
    return sets;
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
   * sponsor}). The findings are formed when read, from {@link #coverage()}, so an analysis of a
   * million consumers holds no finding objects of its own.
   *
   * @return an unmodifiable list of the findings, by organization, in the order of {@link
   *     ConsumerRole}
   */
  @Override
  public List<Finding> findings() {
    List<ConsumerRoleCoverage> coverage = coverage();
    int[] before = findingsBefore();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        Objects.checkIndex(i, size());
        // The last organization whose findings start at or before i holds finding i.
        int low = 0;
        int high = coverage.size() - 1;
        while (low < high) {
          int middle = (low + high + 1) >>> 1;
          if (before[middle] <= i) {
            low = middle;
          } else {
            high = middle - 1;
          }
        }
        int organization = low;
        ConsumerRoleCoverage gap = coverage.get(organization);
        int k = i - before[organization];
        for (ConsumerRole role : ConsumerRole.values()) {
          if (gap.holders(role).isEmpty() && k-- == 0) {
            return gap(gap.organization(), role);
          }
        }
        throw new IllegalStateException("No finding " + i);
      }

      @Override
      public int size() {
        return before[before.length - 1];
      }
    };
  }

  /**
   * How many findings come before each organization's: entry o is the number of missing roles of
   * organizations 0 to o - 1; the last entry is the total.
   */
  @Value.Lazy
  int[] findingsBefore() {
    List<ConsumerRoleCoverage> coverage = coverage();
    int[] before = new int[coverage.size() + 1];
    for (int o = 0; o < coverage.size(); o++) {
      before[o + 1] = before[o] + coverage.get(o).missingCount();
    }
    return before;
  }

  /**
   * Tells whether some analysed organization lacks a role.
   *
   * @return true if there is a finding
   */
  public boolean hasMissingRoles() {
    return findingsBefore()[coverage().size()] > 0;
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
