package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * Whether the parties that hold the consumer roles of one organization coordinate with each other
 * (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2): where the customer, user and sponsor roles
 * are held by different persons or teams, communication and coordination between them are critical.
 * An organization whose roles are held by two or more parties is <em>split</em>; its holders are
 * <em>coordinated</em> when the model records a way they all coordinate, directly or through each
 * other: a {@link Coordination} for that organization that names them (a coordination may also name
 * a party that holds no role, such as an account manager, who then links the others), or a service
 * relationship between two of them. A split organization whose holders are not all connected so is
 * reported as a finding of {@link #UNCOORDINATED_HOLDERS}.
 *
 * <pre>{@code
 * ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(model);
 * coordination.splits();     // organizations whose roles several parties hold
 * coordination.findings();   // those whose holders do not all coordinate
 * }</pre>
 *
 * <p>The analysis takes time linear in the number of assignments, coordinations and relationships
 * (up to the sorting of each organization's holders), and does not depend on the order of the
 * model's lists. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsumerRoleCoordination implements HasFindings {

  /** A consumer organization whose role holders the model does not connect by coordination. */
  public static final Rule UNCOORDINATED_HOLDERS =
      Rule.of(
          "consumer-roles.uncoordinated-holders",
          Severity.WARNING,
          ItilReference.section("1.2.2").figure("1.2"),
          "The consumer roles of an organization are held by several parties, and the model records"
              + " no coordination that connects them all");

  ConsumerRoleCoordination() {}

  /**
   * Analyses every consumer organization the model's role assignments name.
   *
   * @param model the model
   * @return the split organizations, each with its groups of coordinated holders
   * @throws NullPointerException if the model is null
   */
  public static ConsumerRoleCoordination of(CoreModel model) {
    Objects.requireNonNull(model, "model");
    Map<PartyId, Set<PartyId>> holders = new TreeMap<>();
    for (RoleAssignment assignment : model.roleAssignments()) {
      holders
          .computeIfAbsent(assignment.consumerOrganization(), o -> new TreeSet<>())
          .add(assignment.party());
    }
    Map<PartyId, List<Coordination>> coordinations = new HashMap<>();
    for (Coordination coordination : model.coordinations()) {
      coordinations
          .computeIfAbsent(coordination.consumerOrganization(), o -> new ArrayList<>())
          .add(coordination);
    }
    List<SplitRoles> splits = new ArrayList<>();
    for (Map.Entry<PartyId, Set<PartyId>> entry : holders.entrySet()) {
      Set<PartyId> held = entry.getValue();
      if (held.size() < 2) {
        continue;
      }
      UnionFind groups = new UnionFind();
      held.forEach(groups::add);
      for (Coordination coordination : coordinations.getOrDefault(entry.getKey(), List.of())) {
        PartyId first = null;
        for (PartyId party : coordination.parties()) {
          groups.add(party);
          if (first == null) {
            first = party;
          } else {
            groups.union(first, party);
          }
        }
      }
      for (ServiceRelationship relationship : model.relationships()) {
        if (held.contains(relationship.provider()) && held.contains(relationship.consumer())) {
          groups.union(relationship.provider(), relationship.consumer());
        }
      }
      Map<PartyId, List<PartyId>> byRoot = new LinkedHashMap<>();
      for (PartyId holder : held) {
        byRoot.computeIfAbsent(groups.find(holder), r -> new ArrayList<>()).add(holder);
      }
      splits.add(SplitRoles.of(entry.getKey(), List.copyOf(held), List.copyOf(byRoot.values())));
    }
    return ImmutableConsumerRoleCoordination.builder().splits(splits).build();
  }

  /** Union-find over party ids, with path halving. */
  private static final class UnionFind {
    private final Map<PartyId, PartyId> parent = new HashMap<>();

    void add(PartyId party) {
      parent.putIfAbsent(party, party);
    }

    PartyId find(PartyId party) {
      PartyId current = party;
      PartyId up = Objects.requireNonNull(parent.get(current));
      while (!up.equals(current)) {
        PartyId grand = Objects.requireNonNull(parent.get(up));
        parent.put(current, grand);
        current = grand;
        up = Objects.requireNonNull(parent.get(current));
      }
      return current;
    }

    void union(PartyId a, PartyId b) {
      PartyId rootA = find(a);
      PartyId rootB = find(b);
      if (!rootA.equals(rootB)) {
        parent.put(rootB, rootA);
      }
    }
  }

  /**
   * Returns the organizations whose consumer roles two or more parties hold.
   *
   * @return the splits, by organization id
   */
  public abstract List<SplitRoles> splits();

  /**
   * Returns a finding of {@link #UNCOORDINATED_HOLDERS} per split organization whose holders are
   * not all coordinated. It names the organization, then every holder (by id); its data {@code
   * coordination} is {@code none} when no two holders coordinate and {@code partial} when some do;
   * its evidence {@code holders} and {@code groups} count the holders and the groups that
   * coordinate among themselves only.
   *
   * @return an unmodifiable list of the findings, by organization id
   */
  @Override
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (SplitRoles split : splits()) {
      if (!split.isCoordinated()) {
        findings.add(finding(split));
      }
    }
    return Collections.unmodifiableList(findings);
  }

  private static Finding finding(SplitRoles split) {
    PartyId organization = split.organization();
    List<PartyId> holders = split.holders();
    int groups = split.groups().size();
    return Finding.builder(UNCOORDINATED_HOLDERS)
        .message(
            () ->
                "The consumer roles of "
                    + organization
                    + " are held by "
                    + holders.size()
                    + " parties ("
                    + Graphs.listed(Graphs.firstOf(holders), holders.size())
                    + ") in "
                    + groups
                    + " groups that no recorded coordination connects; where roles are split,"
                    + " communication and coordination between their holders are critical")
        .addElement(organization)
        .addAllElements(holders)
        .putData("coordination", groups == holders.size() ? "none" : "partial")
        .putEvidence("holders", holders.size())
        .putEvidence("groups", groups)
        .build();
  }

  /** Returns the numbers of split and of uncoordinated organizations. */
  @Override
  public String toString() {
    return "ConsumerRoleCoordination{splits="
        + splits().size()
        + ", uncoordinated="
        + findings().size()
        + "}";
  }

  /**
   * A consumer organization whose roles several parties hold, and how they group by coordination.
   * Instances are immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class SplitRoles {

    SplitRoles() {}

    static SplitRoles of(PartyId organization, List<PartyId> holders, List<List<PartyId>> groups) {
      return ImmutableSplitRoles.of(organization, holders, groups);
    }

    /**
     * Returns the consumer organization.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract PartyId organization();

    /**
     * Returns every party that holds a consumer role for the organization.
     *
     * @return two or more ids, in the order of their text
     */
    @Value.Parameter
    public abstract List<PartyId> holders();

    /**
     * Returns the holders grouped by coordination: the holders of one group coordinate with each
     * other, directly or through others, and with no holder of another group.
     *
     * @return the groups, each in the order of its ids' text, ordered by their first id
     */
    @Value.Parameter
    public abstract List<List<PartyId>> groups();

    /**
     * Tells whether all holders coordinate, directly or through each other.
     *
     * @return true if they form one group
     */
    public boolean isCoordinated() {
      return groups().size() == 1;
    }
  }
}
