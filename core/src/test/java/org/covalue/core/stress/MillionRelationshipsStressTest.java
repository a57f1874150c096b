package org.covalue.core.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A supply chain of a million relationships (p1 provides to p0, p2 to p1, ...): every party but the
 * two ends is both provider and consumer, and every consumer lacks all three consumer roles.
 */
@Tag("stress")
class MillionRelationshipsStressTest {

  private static final int SIZE = 1_000_000;

  private static List<ServiceRelationship> chain() {
    List<ServiceRelationship> relationships = new ArrayList<>(SIZE);
    PartyId consumer = PartyId.of("p0");
    for (int i = 0; i < SIZE; i++) {
      PartyId provider = PartyId.of("p" + (i + 1));
      relationships.add(
          ServiceRelationship.builder()
              .id(ServiceRelationshipId.of("r" + i))
              .provider(provider)
              .consumer(consumer)
              .type(ServiceRelationshipType.BASIC)
              .build());
      consumer = provider;
    }
    return relationships;
  }

  @Test
  void networkAnalysisOfAMillionRelationships() {
    List<ServiceRelationship> relationships = chain();
    long empty = Heap.used();
    RelationshipNetwork network = RelationshipNetwork.of(relationships);
    assertThat(network.asProvider(PartyId.of("p1"))).hasSize(1);
    long indexed = Heap.used();
    Heap.report("network index, per relationship", indexed - empty, SIZE, 0);
    long start = System.nanoTime();
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(network);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long analysed = Heap.used();
    Heap.report("network analysis, per dual role", analysed - indexed, SIZE - 1, millis);
    assertThat(analysis.dualRoles()).hasSize(SIZE - 1);
    assertThat(analysis.cycles()).isEmpty();
    List<Finding> findings = List.copyOf(analysis.findings(RelationshipNetworkAnalysis.DUAL_ROLE));
    assertThat(findings).hasSize(SIZE - 1);
    assertThat(findings.get(SIZE / 2).message()).contains("provides in 1 relationship");
    Heap.report("dual-role findings, each held", Heap.used() - analysed, SIZE - 1, 0);
  }

  @Test
  void consumerRoleAnalysisOfAMillionConsumers() {
    CoreModel model = CoreModel.builder().relationships(chain()).build();
    long before = Heap.used();
    long start = System.nanoTime();
    ConsumerRoleAnalysis analysis = ConsumerRoleAnalysis.of(model);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long analysed = Heap.used();
    Heap.report("consumer-role analysis, per organization", analysed - before, SIZE, millis);
    assertThat(analysis.coverage()).hasSize(SIZE);
    assertThat(analysis.findings()).hasSize(3 * SIZE);
    assertThat(analysis.findings().get(3 * SIZE - 1).message()).contains("sponsor role");
    List<Finding> some = List.copyOf(analysis.findings().subList(0, SIZE));
    assertThat(some)
        .allSatisfy(f -> assertThat(f.rule()).isEqualTo(ConsumerRoleAnalysis.ROLE_NOT_COVERED));
    Heap.report("role findings, each held", Heap.used() - analysed, SIZE, 0);
  }
}
