package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ItilReference;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;

class RelationshipNetworkAnalysisTest {

  // acme consumes from it; it consumes from cloud and telecom; cloud consumes from power.
  private final RelationshipNetwork chain =
      RelationshipNetwork.of(
          relationship("it-acme", "it", "acme", ServiceRelationshipType.COOPERATIVE),
          relationship("cloud-it", "cloud", "it"),
          relationship("telecom-it", "telecom", "it"),
          relationship("power-cloud", "power", "cloud"),
          relationship("it-beta", "it", "beta", ServiceRelationshipType.PARTNERSHIP));

  @Test
  void organizationsThatProvideAndConsumeLinkTheChain() {
    List<DualRole> dualRoles = RelationshipNetworkAnalysis.of(chain).dualRoles();
    assertThat(dualRoles).extracting(d -> d.party().value()).containsExactly("it", "cloud");
    DualRole it = dualRoles.get(0);
    assertThat(it.asProvider())
        .extracting(ServiceRelationshipId::value)
        .containsExactly("it-acme", "it-beta");
    assertThat(it.asConsumer())
        .extracting(ServiceRelationshipId::value)
        .containsExactly("cloud-it", "telecom-it");
    assertThat(it).hasToString("DualRole{party=it, asProvider=2, asConsumer=2}");
  }

  @Test
  void supplyChainReachesTheUltimateProvidersByTheShortestChains() {
    SupplyChain supplyChain = SupplyChain.of(chain, party("acme"));
    assertThat(supplyChain.consumer()).isEqualTo(party("acme"));
    assertThat(supplyChain.upstream())
        .extracting(link -> link.provider().value() + "@" + link.distance())
        .containsExactly("it@1", "cloud@2", "telecom@2", "power@3");
    assertThat(supplyChain.ultimateProviders()).containsExactly(party("telecom"), party("power"));
    assertThat(supplyChain.chainTo(party("power")))
        .extracting(r -> r.id().value())
        .containsExactly("it-acme", "cloud-it", "power-cloud");
    assertThat(supplyChain.chainTo(party("it")))
        .extracting(r -> r.id().value())
        .containsExactly("it-acme");
    assertThat(supplyChain.chainTo(party("beta"))).isEmpty();
    assertThat(supplyChain.chainTo(party("acme"))).isEmpty();
    assertThat(supplyChain)
        .hasToString("SupplyChain{consumer=acme, upstream=4, ultimateProviders=2}");
  }

  @Test
  void aConsumerOfNothingHasAnEmptySupplyChain() {
    SupplyChain power = SupplyChain.of(chain, party("power"));
    assertThat(power.upstream()).isEmpty();
    assertThat(power.ultimateProviders()).isEmpty();
    assertThatThrownBy(() -> SupplyChain.of(chain, party("stranger")))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidModelException.class)
        .hasMessage("Party stranger takes part in no relationship of the network");
  }

  @Test
  void findsGroupsThatDependOnEachOtherInACircle() {
    RelationshipNetwork circular =
        RelationshipNetwork.of(
            relationship("a-b", "a", "b"),
            relationship("b-c", "b", "c"),
            relationship("c-a", "c", "a"),
            relationship("c-d", "c", "d"),
            relationship("e-f", "e", "f"),
            relationship("f-e", "f", "e"));
    List<RelationshipCycle> cycles = RelationshipNetworkAnalysis.of(circular).cycles();
    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(0).parties())
        .extracting(p -> p.value())
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(cycles.get(0).relationships())
        .extracting(ServiceRelationshipId::value)
        .containsExactly("a-b", "b-c", "c-a");
    assertThat(cycles.get(0))
        .hasToString("RelationshipCycle{parties=3 (a, b, c), relationships=3}");
    assertThat(cycles.get(1).parties())
        .extracting(p -> p.value())
        .containsExactlyInAnyOrder("e", "f");
    assertThat(RelationshipNetworkAnalysis.of(chain).cycles()).isEmpty();
    SupplyChain fromA = SupplyChain.of(circular, party("a"));
    assertThat(fromA.upstream()).extracting(l -> l.provider().value()).containsExactly("c", "b");
    assertThat(fromA.ultimateProviders()).isEmpty();
  }

  @Test
  void aLongChainDoesNotOverflowTheStack() {
    List<ServiceRelationship> relationships = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      relationships.add(relationship("r" + i, "p" + (i + 1), "p" + i));
    }
    relationships.add(relationship("back", "p0", "p50000"));
    RelationshipNetwork ring = RelationshipNetwork.of(relationships);
    List<RelationshipCycle> cycles = RelationshipNetworkAnalysis.of(ring).cycles();
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).parties()).hasSize(50_001);
    assertThat(cycles.get(0).relationships()).hasSize(50_001);
    Finding finding =
        RelationshipNetworkAnalysis.of(ring).findings(RelationshipNetworkAnalysis.CYCLE).get(0);
    assertThat(finding.elements()).hasSize(10).startsWith(party("p1"), party("p0"));
    assertThat(finding.evidence()).containsEntry("parties", 50_001.0);
    assertThat(finding.message())
        .endsWith("p9 and 49991 more depend on each other in a circle of 50001 relationships");
  }

  @Test
  void countsRelationshipsOfEveryType() {
    assertThat(RelationshipNetworkAnalysis.of(chain).countByType())
        .containsEntry(ServiceRelationshipType.BASIC, 3)
        .containsEntry(ServiceRelationshipType.COOPERATIVE, 1)
        .containsEntry(ServiceRelationshipType.PARTNERSHIP, 1);
    assertThat(RelationshipNetworkAnalysis.of(RelationshipNetwork.of()).countByType())
        .containsOnlyKeys(ServiceRelationshipType.values())
        .allSatisfy((type, count) -> assertThat(count).isZero());
  }

  @Test
  void analyzeRunsEverythingAndExplainsItInFindings() {
    RelationshipNetwork network =
        RelationshipNetwork.of(
            relationship("it-acme", "it", "acme"),
            relationship("acme-it", "acme", "it"),
            relationship("cloud-it", "cloud", "it"));
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(network);
    assertThat(analysis.dualRoles())
        .extracting(d -> d.party().value())
        .containsExactly("it", "acme");
    assertThat(analysis.cycles()).hasSize(1);
    assertThat(analysis.countByType()).containsEntry(ServiceRelationshipType.BASIC, 3);
    assertThat(analysis.findings())
        .extracting(Finding::rule)
        .containsExactly(
            RelationshipNetworkAnalysis.DUAL_ROLE,
            RelationshipNetworkAnalysis.DUAL_ROLE,
            RelationshipNetworkAnalysis.CYCLE);
    Finding it = analysis.findings().get(0);
    assertThat(it.message())
        .isEqualTo("it provides in 1 relationship and consumes in 2: it links them into a chain");
    assertThat(it.evidence()).containsEntry("asProvider", 1.0).containsEntry("asConsumer", 2.0);
    assertThat(it.reference()).isEqualTo(ItilReference.section("1.2.3").figure("1.3"));
    Finding cycle = analysis.findings().get(2);
    assertThat(cycle.message())
        .isEqualTo("it, acme depend on each other in a circle of 2 relationships");
    assertThat(cycle.elements()).containsExactly(party("it"), party("acme"));
    assertThat(cycle.evidence()).containsEntry("parties", 2.0).containsEntry("relationships", 2.0);
    assertThat(cycle.severity()).isEqualTo(Severity.INFO);
    assertThat(it.elements()).containsExactly(party("it"));
    assertThat(analysis.findings(RelationshipNetworkAnalysis.CYCLE)).containsExactly(cycle);
    assertThat(analysis)
        .hasToString(
            "RelationshipNetworkAnalysis{countByType={BASIC=3, COOPERATIVE=0, PARTNERSHIP=0},"
                + " dualRoles=2, cycles=1}");
  }
}
