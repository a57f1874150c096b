package org.covalue.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.immutables.value.Value;

/**
 * Analyses of a relationship network (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3): which
 * organizations both provide and consume, what a consumer depends on up to its ultimate providers,
 * which organizations depend on each other in a circle, and how many relationships there are of
 * each type.
 *
 * <p>Every analysis takes time linear in the number of relationships. {@link
 * #analyze(RelationshipNetwork)} runs them all and returns their results with findings; the static
 * methods run one each.
 */
@Value.Immutable
public abstract class RelationshipNetworkAnalysis {

  /** The rule id of an organization that both provides and consumes. */
  public static final String DUAL_ROLE = "relationship-network.dual-role";

  /** The rule id of organizations that depend on each other in a circle. */
  public static final String CYCLE = "relationship-network.cycle";

  private static final ItilReference REFERENCE = ItilReference.section("1.2.3").figure("1.3");

  RelationshipNetworkAnalysis() {}

  /**
   * Runs every network analysis.
   *
   * @param network the network
   * @return the results and their findings
   */
  public static RelationshipNetworkAnalysis analyze(RelationshipNetwork network) {
    List<DualRole> dualRoles = dualRoles(network);
    List<RelationshipCycle> cycles = cycles(network);
    List<Finding> findings = new ArrayList<>();
    for (DualRole dualRole : dualRoles) {
      findings.add(
          Finding.builder()
              .rule(DUAL_ROLE)
              .severity(Severity.INFO)
              .message(
                  dualRole.party()
                      + " provides in "
                      + relationships(dualRole.asProvider().size())
                      + " and consumes in "
                      + dualRole.asConsumer().size()
                      + ": it links them into a chain")
              .addElement(dualRole.party().value())
              .putEvidence("asProvider", (double) dualRole.asProvider().size())
              .putEvidence("asConsumer", (double) dualRole.asConsumer().size())
              .reference(REFERENCE)
              .build());
    }
    for (RelationshipCycle cycle : cycles) {
      List<String> parties = new ArrayList<>();
      cycle.parties().forEach(party -> parties.add(party.value()));
      findings.add(
          Finding.builder()
              .rule(CYCLE)
              .severity(Severity.INFO)
              .message(
                  String.join(", ", parties)
                      + " depend on each other in a circle of "
                      + relationships(cycle.relationships().size()))
              .elements(parties)
              .putEvidence("parties", (double) cycle.parties().size())
              .putEvidence("relationships", (double) cycle.relationships().size())
              .reference(REFERENCE)
              .build());
    }
    return ImmutableRelationshipNetworkAnalysis.builder()
        .network(network)
        .countByType(countByType(network))
        .dualRoles(dualRoles)
        .cycles(cycles)
        .findings(findings)
        .build();
  }

  /**
   * Returns the organizations that are providers in some relationships and consumers in others.
   *
   * @param network the network
   * @return one entry per such organization, in the order the network names them
   */
  public static List<DualRole> dualRoles(RelationshipNetwork network) {
    List<DualRole> found = new ArrayList<>();
    for (PartyId party : network.parties()) {
      List<ServiceRelationship> provides = network.asProvider(party);
      List<ServiceRelationship> consumes = network.asConsumer(party);
      if (!provides.isEmpty() && !consumes.isEmpty()) {
        found.add(DualRole.of(party, ids(provides), ids(consumes)));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns what a consumer depends on, up to its ultimate providers, by a breadth-first walk from
   * the consumer to its providers, their providers, and so on.
   *
   * @param network the network
   * @param consumer the consumer to start from
   * @return the supply chain; empty if the consumer consumes nothing in the network
   */
  public static SupplyChain supplyChain(RelationshipNetwork network, PartyId consumer) {
    List<SupplyChain.Link> upstream = new ArrayList<>();
    Map<PartyId, Integer> distance = new HashMap<>();
    distance.put(consumer, 0);
    Deque<PartyId> queue = new ArrayDeque<>();
    queue.add(consumer);
    while (!queue.isEmpty()) {
      PartyId current = queue.remove();
      int next = distance.getOrDefault(current, 0) + 1;
      for (ServiceRelationship relationship : network.asConsumer(current)) {
        PartyId provider = relationship.provider();
        if (distance.putIfAbsent(provider, next) == null) {
          upstream.add(SupplyChain.Link.of(provider, next, relationship));
          queue.add(provider);
        }
      }
    }
    List<PartyId> ultimate = new ArrayList<>();
    for (SupplyChain.Link link : upstream) {
      if (network.asConsumer(link.provider()).isEmpty()) {
        ultimate.add(link.provider());
      }
    }
    return SupplyChain.of(consumer, upstream, ultimate);
  }

  /**
   * Returns the groups of organizations that depend on each other in a circle: the strongly
   * connected parts of the network with two or more organizations (Tarjan's algorithm, without
   * recursion so that long chains cannot overflow the stack).
   *
   * @param network the network
   * @return the cycles, ordered by their first organization in network order
   */
  public static List<RelationshipCycle> cycles(RelationshipNetwork network) {
    List<PartyId> parties = new ArrayList<>(network.parties());
    Map<PartyId, Integer> index = new HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      index.put(parties.get(i), i);
    }
    int n = parties.size();
    int[][] successors = new int[n][];
    for (int v = 0; v < n; v++) {
      List<ServiceRelationship> out = network.asConsumer(parties.get(v));
      successors[v] = new int[out.size()];
      for (int e = 0; e < out.size(); e++) {
        successors[v][e] = index.getOrDefault(out.get(e).provider(), v);
      }
    }
    int[] component = stronglyConnectedComponents(successors);
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
    for (ServiceRelationship relationship : network.relationships()) {
      int from = component[index.getOrDefault(relationship.consumer(), 0)];
      int to = component[index.getOrDefault(relationship.provider(), 0)];
      if (from == to && slot[from] >= 0) {
        inside.get(slot[from]).add(relationship.id());
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
  public static Map<ServiceRelationshipType, Integer> countByType(RelationshipNetwork network) {
    Map<ServiceRelationshipType, Integer> counts = new EnumMap<>(ServiceRelationshipType.class);
    for (ServiceRelationshipType type : ServiceRelationshipType.values()) {
      counts.put(type, 0);
    }
    for (ServiceRelationship relationship : network.relationships()) {
      counts.merge(relationship.type(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  private static String relationships(int count) {
    return count + (count == 1 ? " relationship" : " relationships");
  }

  private static List<ServiceRelationshipId> ids(List<ServiceRelationship> relationships) {
    List<ServiceRelationshipId> ids = new ArrayList<>(relationships.size());
    for (ServiceRelationship relationship : relationships) {
      ids.add(relationship.id());
    }
    return ids;
  }

  /**
   * Tarjan's strongly connected components, iteratively.
   *
   * @return the component number of each vertex
   */
  private static int[] stronglyConnectedComponents(int[][] successors) {
    int n = successors.length;
    int[] order = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    Arrays.fill(order, -1);
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callVertex = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      callVertex[0] = root;
      callEdge[0] = 0;
      order[root] = counter;
      low[root] = counter;
      counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callVertex[depth];
        if (callEdge[depth] < successors[v].length) {
          int w = successors[v][callEdge[depth]++];
          if (order[w] < 0) {
            order[w] = counter;
            low[w] = counter;
            counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            depth++;
            callVertex[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          if (low[v] == order[v]) {
            int w;
            do {
              w = stack[--stackSize];
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
          depth--;
          if (depth >= 0) {
            int parent = callVertex[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    return component;
  }

  /**
   * Returns the network analysed.
   *
   * @return the network
   */
  public abstract RelationshipNetwork network();

  /**
   * Returns how many relationships there are of each type.
   *
   * @return the counts, see {@link #countByType(RelationshipNetwork)}
   */
  public abstract Map<ServiceRelationshipType, Integer> countByType();

  /**
   * Returns the organizations that both provide and consume.
   *
   * @return see {@link #dualRoles(RelationshipNetwork)}
   */
  public abstract List<DualRole> dualRoles();

  /**
   * Returns the groups of organizations that depend on each other in a circle.
   *
   * @return see {@link #cycles(RelationshipNetwork)}
   */
  public abstract List<RelationshipCycle> cycles();

  /**
   * Returns a finding per dual-role organization (rule {@value #DUAL_ROLE}) and per cycle (rule
   * {@value #CYCLE}).
   *
   * @return the findings, dual roles first
   */
  public abstract List<Finding> findings();
}
