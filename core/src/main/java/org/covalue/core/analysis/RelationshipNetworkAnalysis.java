package org.covalue.core.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.internal.EdgeIndex;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.immutables.value.Value;

/**
 * What a relationship network shows (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3): which
 * organizations both provide and consume, which depend on each other in a circle, and how many
 * relationships there are of each type. What one consumer depends on, up to its ultimate providers,
 * is {@link SupplyChain#of(RelationshipNetwork, PartyId)}.
 *
 * <pre>{@code
 * RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(network);
 * analysis.dualRoles();   // organizations that are provider and consumer
 * analysis.cycles();      // organizations that depend on each other in a circle
 * }</pre>
 *
 * <p>The analysis takes time linear in the number of relationships. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RelationshipNetworkAnalysis implements HasFindings {

  /** An organization that provides in some relationships and consumes in others. */
  public static final Rule DUAL_ROLE =
      Rule.of(
          "relationship-network.dual-role",
          Severity.INFO,
          ItilReference.section("1.2.3").figure("1.3"),
          "An organization provides in some relationships and consumes in others, linking them"
              + " into a chain");

  /** Organizations that depend on each other in a circle. */
  public static final Rule CYCLE =
      Rule.of(
          "relationship-network.cycle",
          Severity.INFO,
          ItilReference.section("1.2.3").figure("1.3"),
          "Organizations depend on each other in a circle of service relationships");

  RelationshipNetworkAnalysis() {}

  /**
   * Analyses a network.
   *
   * @param network the network
   * @return the dual roles, cycles and counts by type, with their findings
   * @throws NullPointerException if the network is null
   */
  public static RelationshipNetworkAnalysis of(RelationshipNetwork network) {
    Objects.requireNonNull(network, "network");
    // Providers are tails, consumers heads; parties are numbered in network order.
    EdgeIndex<PartyId> index =
        EdgeIndex.of(
            network.relationships(), ServiceRelationship::provider, ServiceRelationship::consumer);
    return ImmutableRelationshipNetworkAnalysis.builder()
        .countByType(countByTypeOf(network))
        .dualRoles(dualRolesOf(network, index))
        .cycles(cyclesOf(network, index))
        .build();
  }

  private static Finding dualRoleFinding(DualRole dualRole) {
    PartyId party = dualRole.party();
    int provides = dualRole.asProvider().size();
    int consumes = dualRole.asConsumer().size();
    return Finding.builder(DUAL_ROLE)
        .message(
            () ->
                party
                    + " provides in "
                    + relationships(provides)
                    + " and consumes in "
                    + consumes
                    + ": it links them into a chain")
        .addElement(party)
        .putEvidence("asProvider", provides)
        .putEvidence("asConsumer", consumes)
        .build();
  }

  private static Finding cycleFinding(RelationshipCycle cycle) {
    List<PartyId> named = Graphs.firstOf(cycle.parties());
    int parties = cycle.parties().size();
    int count = cycle.relationships().size();
    return Finding.builder(CYCLE)
        .message(
            () ->
                Graphs.listed(named, parties)
                    + " depend on each other in a circle of "
                    + relationships(count))
        .addAllElements(named)
        .putEvidence("parties", parties)
        .putEvidence("relationships", count)
        .build();
  }

  /**
   * Returns the organizations that are providers in some relationships and consumers in others.
   *
   * @param network the network
   * @param index the network's relationships as edges from provider to consumer
   * @return one entry per such organization, in the order the network names them
   */
  private static List<DualRole> dualRolesOf(RelationshipNetwork network, EdgeIndex<PartyId> index) {
    List<ServiceRelationship> relationships = network.relationships();
    List<DualRole> found = new ArrayList<>();
    for (int party = 0; party < index.nodes().size(); party++) {
      int provides = index.tailCount(party);
      int consumes = index.headCount(party);
      if (provides > 0 && consumes > 0) {
        List<ServiceRelationshipId> provided = new ArrayList<>(provides);
        for (int i = 0; i < provides; i++) {
          provided.add(relationships.get(index.tailEdge(party, i)).id());
        }
        List<ServiceRelationshipId> consumed = new ArrayList<>(consumes);
        for (int i = 0; i < consumes; i++) {
          consumed.add(relationships.get(index.headEdge(party, i)).id());
        }
        found.add(DualRole.of(index.nodes().get(party), provided, consumed));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the groups of organizations that depend on each other in a circle: the strongly
   * connected parts of the network with two or more organizations (Tarjan's algorithm, without
   * recursion so that long chains cannot overflow the stack).
   *
   * @param network the network
   * @param index the network's relationships as edges from provider to consumer
   * @return the cycles, ordered by their first organization in network order
   */
  private static List<RelationshipCycle> cyclesOf(
      RelationshipNetwork network, EdgeIndex<PartyId> index) {
    List<PartyId> parties = index.nodes().values();
    int n = parties.size();
    // A consumer depends on its providers: the graph's edges go from consumer to provider.
    int[][] successors = new int[n][];
    for (int v = 0; v < n; v++) {
      int consumes = index.headCount(v);
      successors[v] = new int[consumes];
      for (int e = 0; e < consumes; e++) {
        successors[v][e] = index.tail(index.headEdge(v, e));
      }
    }
    int[] component = Graphs.stronglyConnectedComponents(successors);
    int[] size = new int[n];
    for (int v = 0; v < n; v++) {
      size[component[v]]++;
    }
    // Only components of two or more parties are cycles; give each a slot, in network order.
    int[] slot = new int[n];
    Arrays.fill(slot, -1);
    List<List<PartyId>> members = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int c = component[v];
      if (size[c] >= 2) {
        if (slot[c] < 0) {
          slot[c] = members.size();
          members.add(new ArrayList<>(size[c]));
        }
        members.get(slot[c]).add(parties.get(v));
      }
    }
    List<List<ServiceRelationshipId>> inside = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      inside.add(new ArrayList<>());
    }
    List<ServiceRelationship> relationships = network.relationships();
    for (int r = 0; r < relationships.size(); r++) {
      int from = component[index.head(r)];
      int to = component[index.tail(r)];
      if (from == to && slot[from] >= 0) {
        inside.get(slot[from]).add(relationships.get(r).id());
      }
    }
    List<RelationshipCycle> cycles = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      cycles.add(RelationshipCycle.of(members.get(i), inside.get(i)));
    }
    return Collections.unmodifiableList(cycles);
  }

  /**
   * Returns how many relationships there are of each type.
   *
   * @param network the network
   * @return an unmodifiable map with every type, in the order of {@link ServiceRelationshipType}
   */
  @SuppressWarnings("EnumOrdinal") // counts in an array indexed by type, turned into an EnumMap
  private static Map<ServiceRelationshipType, Integer> countByTypeOf(RelationshipNetwork network) {
    ServiceRelationshipType[] types = ServiceRelationshipType.values();
    int[] byOrdinal = new int[types.length];
    for (ServiceRelationship relationship : network.relationships()) {
      byOrdinal[relationship.type().ordinal()]++;
    }
    Map<ServiceRelationshipType, Integer> counts = new EnumMap<>(ServiceRelationshipType.class);
    for (ServiceRelationshipType type : types) {
      counts.put(type, byOrdinal[type.ordinal()]);
    }
    return Collections.unmodifiableMap(counts);
  }

  private static String relationships(int count) {
    return count + (count == 1 ? " relationship" : " relationships");
  }

  /**
   * Returns how many relationships there are of each type.
   *
   * @return an unmodifiable map with every type, in the order of {@link ServiceRelationshipType}
   */
  public abstract Map<ServiceRelationshipType, Integer> countByType();

  /**
   * Returns the organizations that are providers in some relationships and consumers in others.
   *
   * @return one entry per such organization, in the order the network names them
   */
  public abstract List<DualRole> dualRoles();

  /**
   * Returns the groups of organizations that depend on each other in a circle: the strongly
   * connected parts of the network with two or more organizations.
   *
   * @return the cycles, ordered by their first organization in network order
   */
  public abstract List<RelationshipCycle> cycles();

  /**
   * Returns a finding of {@link #DUAL_ROLE} per dual-role organization, with the evidence {@code
   * asProvider} and {@code asConsumer} (numbers of relationships), and a finding of {@link #CYCLE}
   * per cycle, naming its organizations, with the evidence {@code parties} and {@code
   * relationships}.
   *
   * <p>The findings are formed when read, from {@link #dualRoles()} and {@link #cycles()}, so an
   * analysis of a large network holds no finding objects of its own.
   *
   * @return an unmodifiable list of the findings, dual roles first
   */
  @Override
  public List<Finding> findings() {
    List<DualRole> dualRoles = dualRoles();
    List<RelationshipCycle> cycles = cycles();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        Objects.checkIndex(i, size());
        return i < dualRoles.size()
            ? dualRoleFinding(dualRoles.get(i))
            : cycleFinding(cycles.get(i - dualRoles.size()));
      }

      @Override
      public int size() {
        return dualRoles.size() + cycles.size();
      }
    };
  }

  /** Returns the numbers of dual roles, cycles and relationships by type. */
  @Override
  public String toString() {
    return "RelationshipNetworkAnalysis{countByType="
        + countByType()
        + ", dualRoles="
        + dualRoles().size()
        + ", cycles="
        + cycles().size()
        + "}";
  }
}
