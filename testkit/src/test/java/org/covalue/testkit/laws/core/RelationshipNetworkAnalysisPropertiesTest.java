package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.analysis.DualRole;
import org.covalue.core.analysis.RelationshipCycle;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.SupplyChain;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.testkit.Ids;
import org.covalue.testkit.ServiceRelationships;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Laws of relationship-network analysis (§1.2.3, Figure 1.3), checked against naive reference
 * computations: reachability by repeated relaxation, distances by Bellman-Ford style relaxation,
 * cycles as groups of mutually reachable organizations.
 */
class RelationshipNetworkAnalysisPropertiesTest {

  /** Networks of every kind: with or without cycles, and surely acyclic or cyclic ones. */
  private static Gen<RelationshipNetwork> anyNetworks() {
    return ServiceRelationships.networks()
        .mix(ServiceRelationships.acyclicNetworks(), 30)
        .mix(ServiceRelationships.cyclicNetworks(), 30);
  }

  /** A network and a party to start a supply chain from: one of its parties, or an outsider. */
  private static Gen<Pair<RelationshipNetwork, PartyId>> networksWithAConsumer() {
    return in -> {
      RelationshipNetwork network = anyNetworks().generate(in);
      List<PartyId> candidates = new ArrayList<>(network.parties());
      candidates.add(Ids.partyIds().generate(in));
      return Pair.of(network, Draw.oneOf(in, candidates));
    };
  }

  /**
   * For each party, the parties it reaches through one or more relationships (consumer to
   * provider).
   */
  static Map<PartyId, Set<PartyId>> reachability(RelationshipNetwork network) {
    Map<PartyId, Set<PartyId>> reach = new HashMap<>();
    for (ServiceRelationship r : network.relationships()) {
      reach.computeIfAbsent(r.consumer(), p -> new HashSet<>()).add(r.provider());
      reach.computeIfAbsent(r.provider(), p -> new HashSet<>());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Set<PartyId> reached : reach.values()) {
        for (PartyId next : new ArrayList<>(reached)) {
          if (reached.addAll(reach.getOrDefault(next, Set.of()))) {
            changed = true;
          }
        }
      }
    }
    return reach;
  }

  /** The fewest relationships from a consumer to each party it reaches, by plain relaxation. */
  static Map<PartyId, Integer> distances(RelationshipNetwork network, PartyId consumer) {
    Map<PartyId, Integer> distance = new HashMap<>();
    distance.put(consumer, 0);
    for (int round = 0; round <= network.relationships().size(); round++) {
      for (ServiceRelationship r : network.relationships()) {
        Integer from = distance.get(r.consumer());
        if (from != null) {
          distance.merge(r.provider(), from + 1, Math::min);
        }
      }
    }
    distance.remove(consumer);
    return distance;
  }

  @Test
  void dualRolesAreExactlyThePartiesThatBothProvideAndConsume() {
    qt().forAll(anyNetworks())
        .checkAssert(
            network -> {
              Set<PartyId> expected = new LinkedHashSet<>();
              for (PartyId party : network.parties()) {
                boolean provides =
                    network.relationships().stream().anyMatch(r -> r.provider().equals(party));
                boolean consumes =
                    network.relationships().stream().anyMatch(r -> r.consumer().equals(party));
                if (provides && consumes) {
                  expected.add(party);
                }
              }
              List<DualRole> dualRoles = RelationshipNetworkAnalysis.of(network).dualRoles();
              List<PartyId> found = new ArrayList<>();
              for (DualRole dualRole : dualRoles) {
                found.add(dualRole.party());
                List<ServiceRelationshipId> provides = new ArrayList<>();
                List<ServiceRelationshipId> consumes = new ArrayList<>();
                for (ServiceRelationship r : network.relationships()) {
                  if (r.provider().equals(dualRole.party())) {
                    provides.add(r.id());
                  }
                  if (r.consumer().equals(dualRole.party())) {
                    consumes.add(r.id());
                  }
                }
                assertThat(dualRole.asProvider()).isEqualTo(provides);
                assertThat(dualRole.asConsumer()).isEqualTo(consumes);
              }
              assertThat(found).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void theSupplyChainIsWhatTheConsumerReachesAtItsShortestDistance() {
    qt().forAll(networksWithAConsumer())
        .checkAssert(
            pair -> {
              RelationshipNetwork network = pair._1;
              PartyId consumer = pair._2;
              if (!network.parties().contains(consumer)) {
                assertThatThrownBy(() -> SupplyChain.of(network, consumer))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "Party " + consumer + " takes part in no relationship of the network");
                return;
              }
              SupplyChain chain = SupplyChain.of(network, consumer);
              Set<PartyId> reachable =
                  new HashSet<>(reachability(network).getOrDefault(consumer, Set.of()));
              reachable.remove(consumer);
              Map<PartyId, Integer> distances = distances(network, consumer);

              assertThat(chain.consumer()).isEqualTo(consumer);
              Map<PartyId, Integer> found = new HashMap<>();
              int previous = 0;
              for (SupplyChain.Link link : chain.upstream()) {
                assertThat(found.put(link.provider(), link.distance())).as("listed once").isNull();
                assertThat(link.distance()).as("nearest first").isGreaterThanOrEqualTo(previous);
                previous = link.distance();
                assertThat(link.via().provider()).isEqualTo(link.provider());
                assertThat(network.relationships()).contains(link.via());
              }
              assertThat(found.keySet()).isEqualTo(reachable);
              assertThat(found).isEqualTo(distances);
            });
  }

  @Test
  void everyChainStartsAtTheConsumerIsConnectedAndEndsAtItsProvider() {
    qt().forAll(networksWithAConsumer(), Ids.partyIds())
        .checkAssert(
            (pair, outsider) -> {
              RelationshipNetwork network = pair._1;
              PartyId consumer = pair._2;
              if (!network.parties().contains(consumer)) {
                return;
              }
              SupplyChain chain = SupplyChain.of(network, consumer);
              for (SupplyChain.Link link : chain.upstream()) {
                List<ServiceRelationship> path = chain.chainTo(link.provider());
                assertThat(path).hasSize(link.distance());
                assertThat(path.get(0).consumer()).isEqualTo(consumer);
                for (int i = 0; i + 1 < path.size(); i++) {
                  assertThat(path.get(i).provider()).isEqualTo(path.get(i + 1).consumer());
                }
                assertThat(path.get(path.size() - 1).provider()).isEqualTo(link.provider());
                assertThat(network.relationships()).containsAll(path);
              }
              assertThat(chain.chainTo(consumer)).isEmpty();
              if (!network.parties().contains(outsider)) {
                assertThat(chain.chainTo(outsider)).isEmpty();
              }
            });
  }

  @Test
  void ultimateProvidersAreTheUpstreamProvidersThatConsumeNothing() {
    qt().forAll(networksWithAConsumer())
        .checkAssert(
            pair -> {
              RelationshipNetwork network = pair._1;
              if (!network.parties().contains(pair._2)) {
                return;
              }
              SupplyChain chain = SupplyChain.of(network, pair._2);
              List<PartyId> expected = new ArrayList<>();
              for (SupplyChain.Link link : chain.upstream()) {
                if (network.relationships().stream()
                    .noneMatch(r -> r.consumer().equals(link.provider()))) {
                  expected.add(link.provider());
                }
              }
              assertThat(chain.ultimateProviders()).isEqualTo(expected);
            });
  }

  @Test
  void cyclesAreTheGroupsOfOrganizationsThatReachEachOther() {
    qt().forAll(anyNetworks())
        .checkAssert(
            network -> {
              Map<PartyId, Set<PartyId>> reach = reachability(network);
              Set<Set<PartyId>> expected = new HashSet<>();
              for (PartyId a : network.parties()) {
                Set<PartyId> group = new HashSet<>();
                group.add(a);
                for (PartyId b : network.parties()) {
                  if (reach.getOrDefault(a, Set.of()).contains(b)
                      && reach.getOrDefault(b, Set.of()).contains(a)) {
                    group.add(b);
                  }
                }
                if (group.size() >= 2) {
                  expected.add(group);
                }
              }
              List<RelationshipCycle> cycles = RelationshipNetworkAnalysis.of(network).cycles();
              Set<Set<PartyId>> found = new HashSet<>();
              for (RelationshipCycle cycle : cycles) {
                assertThat(cycle.parties()).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
                Set<PartyId> group = new HashSet<>(cycle.parties());
                found.add(group);
                for (PartyId a : group) {
                  for (PartyId b : group) {
                    if (!a.equals(b)) {
                      assertThat(reach.getOrDefault(a, Set.of()))
                          .as("%s reaches %s", a, b)
                          .contains(b);
                    }
                  }
                }
                List<ServiceRelationshipId> inside = new ArrayList<>();
                for (ServiceRelationship r : network.relationships()) {
                  if (group.contains(r.provider()) && group.contains(r.consumer())) {
                    inside.add(r.id());
                  }
                }
                assertThat(cycle.relationships()).isEqualTo(inside);
              }
              assertThat(found).hasSize(cycles.size()).isEqualTo(expected);
            });
  }

  @Test
  void acyclicNetworksHaveNoCyclesAndCyclicOnesHaveSome() {
    qt().forAll(ServiceRelationships.acyclicNetworks(), ServiceRelationships.cyclicNetworks())
        .checkAssert(
            (acyclic, cyclic) -> {
              assertThat(RelationshipNetworkAnalysis.of(acyclic).cycles()).isEmpty();
              assertThat(RelationshipNetworkAnalysis.of(cyclic).cycles()).isNotEmpty();
            });
  }

  @Test
  void theCountsPerTypeAddUpToTheRelationships() {
    qt().forAll(anyNetworks())
        .checkAssert(
            network -> {
              Map<ServiceRelationshipType, Integer> counts =
                  RelationshipNetworkAnalysis.of(network).countByType();
              assertThat(counts).containsOnlyKeys(ServiceRelationshipType.values());
              assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(network.relationships().size());
              for (ServiceRelationshipType type : ServiceRelationshipType.values()) {
                assertThat(counts.get(type))
                    .isEqualTo(
                        (int)
                            network.relationships().stream().filter(r -> r.type() == type).count());
              }
            });
  }

  @Test
  void thereIsAFindingPerDualRoleThenPerCycleWithTheirCounts() {
    qt().forAll(anyNetworks())
        .checkAssert(
            network -> {
              RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(network);
              List<List<Object>> expected = new ArrayList<>();
              for (DualRole dual : analysis.dualRoles()) {
                expected.add(
                    List.of(
                        RelationshipNetworkAnalysis.DUAL_ROLE,
                        List.of(dual.party()),
                        Map.of(
                            "asProvider",
                            (double) dual.asProvider().size(),
                            "asConsumer",
                            (double) dual.asConsumer().size())));
              }
              for (RelationshipCycle cycle : analysis.cycles()) {
                expected.add(
                    List.of(
                        RelationshipNetworkAnalysis.CYCLE,
                        cycle.parties(),
                        Map.of(
                            "parties",
                            (double) cycle.parties().size(),
                            "relationships",
                            (double) cycle.relationships().size())));
              }
              List<List<Object>> found = new ArrayList<>();
              for (Finding finding : analysis.findings()) {
                found.add(List.of(finding.rule(), finding.elements(), finding.evidence()));
              }
              assertThat(found).isEqualTo(expected);
              assertThat(analysis.hasErrors()).isFalse();
            });
  }

  /**
   * A consistent renaming of a network's parties and relationships, by permutations of their ids.
   */
  private static final class Renaming {
    final Map<PartyId, PartyId> parties = new HashMap<>();
    final Map<ServiceRelationshipId, ServiceRelationshipId> relationships = new HashMap<>();

    PartyId party(PartyId id) {
      return parties.getOrDefault(id, id);
    }

    List<PartyId> parties(List<PartyId> ids) {
      List<PartyId> renamed = new ArrayList<>();
      ids.forEach(id -> renamed.add(party(id)));
      return renamed;
    }

    List<ServiceRelationshipId> relationships(List<ServiceRelationshipId> ids) {
      List<ServiceRelationshipId> renamed = new ArrayList<>();
      ids.forEach(id -> renamed.add(relationships.getOrDefault(id, id)));
      return renamed;
    }

    ServiceRelationship relationship(ServiceRelationship r) {
      return ServiceRelationship.builder()
          .from(r)
          .id(relationships.getOrDefault(r.id(), r.id()))
          .provider(party(r.provider()))
          .consumer(party(r.consumer()))
          .build();
    }

    RelationshipNetwork network(RelationshipNetwork network) {
      List<ServiceRelationship> renamed = new ArrayList<>();
      network.relationships().forEach(r -> renamed.add(relationship(r)));
      return RelationshipNetwork.of(renamed);
    }
  }

  private static Gen<Pair<RelationshipNetwork, Renaming>> renamedNetworks() {
    return in -> {
      RelationshipNetwork network = anyNetworks().generate(in);
      Renaming renaming = new Renaming();
      List<PartyId> parties = new ArrayList<>(network.parties());
      List<PartyId> permuted = Draw.shuffle(in, parties);
      for (int i = 0; i < parties.size(); i++) {
        renaming.parties.put(parties.get(i), permuted.get(i));
      }
      List<ServiceRelationshipId> ids = new ArrayList<>();
      network.relationships().forEach(r -> ids.add(r.id()));
      List<ServiceRelationshipId> permutedIds = Draw.shuffle(in, ids);
      for (int i = 0; i < ids.size(); i++) {
        renaming.relationships.put(ids.get(i), permutedIds.get(i));
      }
      return Pair.of(network, renaming);
    };
  }

  @Test
  void renamingIdsConsistentlyRenamesTheResults() {
    qt().forAll(renamedNetworks())
        .checkAssert(
            pair -> {
              RelationshipNetwork network = pair._1;
              Renaming renaming = pair._2;
              RelationshipNetwork renamed = renaming.network(network);

              List<DualRole> dualRoles = RelationshipNetworkAnalysis.of(network).dualRoles();
              List<DualRole> renamedDualRoles = RelationshipNetworkAnalysis.of(renamed).dualRoles();
              assertThat(renamedDualRoles).hasSameSizeAs(dualRoles);
              for (int i = 0; i < dualRoles.size(); i++) {
                assertThat(renamedDualRoles.get(i).party())
                    .isEqualTo(renaming.party(dualRoles.get(i).party()));
                assertThat(renamedDualRoles.get(i).asProvider())
                    .isEqualTo(renaming.relationships(dualRoles.get(i).asProvider()));
                assertThat(renamedDualRoles.get(i).asConsumer())
                    .isEqualTo(renaming.relationships(dualRoles.get(i).asConsumer()));
              }

              List<RelationshipCycle> cycles = RelationshipNetworkAnalysis.of(network).cycles();
              List<RelationshipCycle> renamedCycles =
                  RelationshipNetworkAnalysis.of(renamed).cycles();
              assertThat(renamedCycles).hasSameSizeAs(cycles);
              for (int i = 0; i < cycles.size(); i++) {
                assertThat(renamedCycles.get(i).parties())
                    .isEqualTo(renaming.parties(cycles.get(i).parties()));
                assertThat(renamedCycles.get(i).relationships())
                    .isEqualTo(renaming.relationships(cycles.get(i).relationships()));
              }

              assertThat(RelationshipNetworkAnalysis.of(renamed).countByType())
                  .isEqualTo(RelationshipNetworkAnalysis.of(network).countByType());

              List<List<PartyId>> renamedElements = new ArrayList<>();
              for (Finding finding : RelationshipNetworkAnalysis.of(network).findings()) {
                List<PartyId> elements = new ArrayList<>();
                finding
                    .elements()
                    .forEach(element -> elements.add(renaming.party((PartyId) element)));
                renamedElements.add(elements);
              }
              List<List<?>> elementsAfter = new ArrayList<>();
              RelationshipNetworkAnalysis.of(renamed)
                  .findings()
                  .forEach(finding -> elementsAfter.add(finding.elements()));
              assertThat(elementsAfter).isEqualTo(renamedElements);

              for (PartyId consumer : network.parties()) {
                SupplyChain chain = SupplyChain.of(network, consumer);
                SupplyChain renamedChain = SupplyChain.of(renamed, renaming.party(consumer));
                assertThat(renamedChain.upstream()).hasSameSizeAs(chain.upstream());
                for (int i = 0; i < chain.upstream().size(); i++) {
                  SupplyChain.Link link = chain.upstream().get(i);
                  SupplyChain.Link renamedLink = renamedChain.upstream().get(i);
                  assertThat(renamedLink.provider()).isEqualTo(renaming.party(link.provider()));
                  assertThat(renamedLink.distance()).isEqualTo(link.distance());
                  assertThat(renamedLink.via()).isEqualTo(renaming.relationship(link.via()));
                }
                assertThat(renamedChain.ultimateProviders())
                    .isEqualTo(renaming.parties(chain.ultimateProviders()));
              }
            });
  }

  private static Set<List<Set<?>>> dualRoleSet(List<DualRole> dualRoles) {
    Set<List<Set<?>>> set = new HashSet<>();
    for (DualRole d : dualRoles) {
      set.add(
          List.of(Set.of(d.party()), new HashSet<>(d.asProvider()), new HashSet<>(d.asConsumer())));
    }
    return set;
  }

  private static Set<List<Set<?>>> cycleSet(List<RelationshipCycle> cycles) {
    Set<List<Set<?>>> set = new HashSet<>();
    for (RelationshipCycle c : cycles) {
      set.add(List.of(new HashSet<>(c.parties()), new HashSet<>(c.relationships())));
    }
    return set;
  }

  private static Map<PartyId, Integer> distancesOf(SupplyChain chain) {
    Map<PartyId, Integer> distances = new HashMap<>();
    chain.upstream().forEach(link -> distances.put(link.provider(), link.distance()));
    return distances;
  }

  @Test
  void reorderingTheRelationshipsDoesNotChangeTheResultsAsSets() {
    qt().forAll(Laws.withPermutation(anyNetworks(), RelationshipNetwork::relationships))
        .checkAssert(
            pair -> {
              RelationshipNetwork network = pair._1;
              RelationshipNetwork reordered = RelationshipNetwork.of(pair._2);
              assertThat(dualRoleSet(RelationshipNetworkAnalysis.of(reordered).dualRoles()))
                  .isEqualTo(dualRoleSet(RelationshipNetworkAnalysis.of(network).dualRoles()));
              assertThat(cycleSet(RelationshipNetworkAnalysis.of(reordered).cycles()))
                  .isEqualTo(cycleSet(RelationshipNetworkAnalysis.of(network).cycles()));
              assertThat(RelationshipNetworkAnalysis.of(reordered).countByType())
                  .isEqualTo(RelationshipNetworkAnalysis.of(network).countByType());
              for (PartyId consumer : network.parties()) {
                SupplyChain before = SupplyChain.of(network, consumer);
                SupplyChain after = SupplyChain.of(reordered, consumer);
                assertThat(distancesOf(after)).isEqualTo(distancesOf(before));
                assertThat(new HashSet<>(after.ultimateProviders()))
                    .isEqualTo(new HashSet<>(before.ultimateProviders()));
              }
            });
  }
}
