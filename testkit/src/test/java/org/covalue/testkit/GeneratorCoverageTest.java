package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.SupplyChain;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.PartyKind;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checks that the generators reach the cases the laws depend on, so that no law passes only because
 * its input never shows the interesting case: a law over networks that never have cycles could not
 * fail where cycles matter.
 */
class GeneratorCoverageTest {

  private static boolean hasChainOfLength(RelationshipNetwork network, int length) {
    for (var party : network.parties()) {
      SupplyChain chain = SupplyChain.of(network, party);
      if (chain.upstream().stream().anyMatch(link -> link.distance() >= length)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void networksHaveChainsDualRolesParallelRelationshipsAndSometimesCycles() {
    Map<String, Predicate<RelationshipNetwork>> features = new HashMap<>();
    features.put("no relationship", n -> n.relationships().isEmpty());
    features.put("a dual role", n -> !RelationshipNetworkAnalysis.of(n).dualRoles().isEmpty());
    features.put("a chain of three", n -> hasChainOfLength(n, 3));
    features.put("a cycle", n -> !RelationshipNetworkAnalysis.of(n).cycles().isEmpty());
    features.put(
        "no cycle but relationships",
        n -> !n.relationships().isEmpty() && RelationshipNetworkAnalysis.of(n).cycles().isEmpty());
    features.put(
        "parallel relationships",
        n -> {
          Set<List<Object>> pairs = new HashSet<>();
          for (ServiceRelationship r : n.relationships()) {
            if (!pairs.add(List.of(r.provider(), r.consumer()))) {
              return true;
            }
          }
          return false;
        });
    features.put("six or more organizations", n -> n.parties().size() >= 6);
    Coverage.assertEachSeenAtLeast(Coverage.sample(ServiceRelationships.networks(), features), 10);

    Map<String, Predicate<RelationshipNetwork>> acyclic = new HashMap<>();
    acyclic.put("a chain of four", n -> hasChainOfLength(n, 4));
    acyclic.put("a dual role", n -> !RelationshipNetworkAnalysis.of(n).dualRoles().isEmpty());
    Coverage.assertEachSeenAtLeast(
        Coverage.sample(ServiceRelationships.acyclicNetworks(), acyclic), 10);
  }

  @Test
  void ratingsReachTheBandEdgesAndBothForms() {
    Map<String, Predicate<Double>> values = new HashMap<>();
    values.put("0", v -> v == 0.0);
    values.put("1", v -> v == 1.0);
    values.put("one third", v -> v == 1.0 / 3);
    values.put("just below two thirds", v -> v == Math.nextDown(2.0 / 3));
    values.put("the threshold 0.5", v -> v == 0.5);
    // QuickTheories skips examples it has already drawn the same way, so each edge counts once.
    Coverage.assertEachSeenAtLeast(Coverage.sample(Ratings.scoreValues(), values), 1);
    Coverage.assertEachSeenAtLeast(
        Coverage.sample(
            Ratings.scoreValues(),
            Map.of("inside the scale, off the edges", v -> v > 0.01 && v < 0.99 && v != 0.5)),
        100);

    Map<String, Predicate<Object>> forms = new HashMap<>();
    forms.put("a level", r -> r instanceof Level);
    forms.put("a score", r -> r instanceof Score);
    Map<String, Integer> counts = Coverage.sample(Ratings.ratings().map(r -> (Object) r), forms);
    assertThat(counts.get("a level")).as("each level once").isEqualTo(3);
    assertThat(counts.get("a score")).as("many scores").isGreaterThanOrEqualTo(100);
  }

  @Test
  void stakeholderMapsAndTheirRevisionsVary() {
    Map<String, Predicate<org.covalue.core.stakeholder.StakeholderMap>> features = new HashMap<>();
    features.put("empty", m -> m.stakeholders().isEmpty());
    features.put("five or more", m -> m.stakeholders().size() >= 5);
    features.put("dated", m -> m.asOf().isPresent());
    features.put("labelled", m -> m.label().isPresent());
    features.put(
        "with salience", m -> m.stakeholders().stream().anyMatch(s -> s.salience().isPresent()));
    features.put(
        "with a custom kind",
        m -> m.stakeholders().stream().anyMatch(s -> !s.kind().isPredefined()));
    Coverage.assertEachSeenAtLeast(Coverage.sample(Stakeholders.maps(), features), 20);

    Gen<org.covalue.core.analysis.StakeholderMapRevision> revisions =
        Stakeholders.maps()
            .flatMap(
                map ->
                    Stakeholders.revisionsOf(map)
                        .map(
                            later ->
                                org.covalue.core.analysis.StakeholderMapRevision.between(
                                    map, later)));
    Map<String, Predicate<org.covalue.core.analysis.StakeholderMapRevision>> changes =
        new HashMap<>();
    changes.put("an entry", r -> !r.entered().isEmpty());
    changes.put("a departure", r -> !r.left().isEmpty());
    changes.put("a move", r -> !r.moves().isEmpty());
    changes.put("a stay", r -> !r.stayed().isEmpty());
    changes.put(
        "a shift",
        r ->
            r.moves().stream()
                .anyMatch(m -> m.change() == org.covalue.core.stakeholder.EngagementChange.SHIFT));
    Coverage.assertEachSeenAtLeast(Coverage.sample(revisions, changes), 10);
  }

  @Test
  void consistentModelsFillEveryListAndHoldTeamsAndPersons() {
    Map<String, Predicate<CoreModel>> features = new HashMap<>();
    features.put("a team", m -> m.parties().stream().anyMatch(p -> p.kind() == PartyKind.TEAM));
    features.put("a person", m -> m.parties().stream().anyMatch(p -> p.kind() == PartyKind.PERSON));
    features.put(
        "a component product", m -> m.products().stream().anyMatch(p -> !p.components().isEmpty()));
    features.put(
        "an offering-based relationship",
        m -> m.relationships().stream().anyMatch(r -> !r.offerings().isEmpty()));
    features.put(
        "goods of a product",
        m ->
            m.offerings().stream()
                .anyMatch(o -> o.goods().stream().anyMatch(g -> g.product().isPresent())));
    features.put(
        "a stakeholder that is a party",
        m -> m.stakeholders().stream().anyMatch(s -> s.party().isPresent()));
    features.put("role assignments", m -> !m.roleAssignments().isEmpty());
    features.put(
        "a relationship cycle",
        m -> !RelationshipNetworkAnalysis.of(m.network()).cycles().isEmpty());
    Coverage.assertEachSeenAtLeast(Coverage.sample(CoreModels.models(), features), 10);
  }

  @Test
  void invalidModelsCoverEveryKindOfDefect() {
    Map<String, Integer> kinds = new HashMap<>();
    Function<InvalidModel<CoreModel>, String> kind =
        invalid -> {
          String path = invalid.expectedPaths().get(0).replaceAll("\\[\\d+]", "[]");
          return path
              + (invalid.description().contains("circle") ? " (circle)" : "")
              + (invalid.description().contains("member of the person") ? " (person)" : "")
              + (invalid.description().contains(" of provider ") ? " (foreign)" : "");
        };
    qt().withExamples(3000)
        .forAll(CoreModels.invalidModels())
        .checkAssert(invalid -> kinds.merge(kind.apply(invalid), 1, Integer::sum));
    assertThat(kinds.keySet())
        .contains(
            "parties[].id",
            "stakeholders[].id",
            "roleAssignments[]",
            "relationships[].id",
            "resources[].id",
            "products[].id",
            "services[].id",
            "offerings[].id",
            "parties[].memberOf",
            "parties[].memberOf (person)",
            "parties[].memberOf (circle)",
            "stakeholders[].party",
            "roleAssignments[].party",
            "roleAssignments[].consumerOrganization",
            "relationships[].provider",
            "relationships[].consumer",
            "relationships[].offerings",
            "relationships[].offerings (foreign)",
            "resources[].owner",
            "products[].provider",
            "products[].resources",
            "products[].components",
            "products[].components (circle)",
            "services[].products",
            "offerings[].provider",
            "offerings[].services",
            "offerings[].goods[].product",
            "offerings[].resourceAccesses[].resource");
  }

  @Test
  void looseModelsHoldEveryKindOfOddity() {
    Map<String, Predicate<CoreModel>> features = new HashMap<>();
    features.put(
        "a repeated id",
        m -> CoreModelValidator.validate(m).stream().anyMatch(v -> v.path().endsWith("].id")));
    features.put(
        "a dangling reference",
        m ->
            CoreModelValidator.validate(m).stream()
                .anyMatch(v -> v.message().startsWith("Unknown ")));
    features.put(
        "a product circle",
        m ->
            CoreModelValidator.validate(m).stream()
                .anyMatch(
                    v -> v.path().startsWith("products[") && v.message().endsWith("in a circle")));
    features.put(
        "a membership circle",
        m ->
            CoreModelValidator.validate(m).stream()
                .anyMatch(
                    v -> v.path().startsWith("parties[") && v.message().endsWith("in a circle")));
    features.put(
        "a member of a person",
        m ->
            CoreModelValidator.validate(m).stream()
                .anyMatch(v -> v.message().contains(" is a member of person ")));
    features.put(
        "a foreign offering",
        m ->
            CoreModelValidator.validate(m).stream()
                .anyMatch(v -> v.message().contains(", but its provider is ")));
    Coverage.assertEachSeenAtLeast(Coverage.sample(CoreModels.looseModels(), features), 5);
  }

  @Test
  void invalidInputsCoverTheirKinds() {
    Set<String> descriptions = new HashSet<>();
    qt().withExamples(2000)
        .forAll(Stakeholders.invalidStakeholders())
        .checkAssert(input -> descriptions.add(input.expectedPaths().get(0)));
    assertThat(descriptions)
        .contains("id", "name", "kind", "influence", "interest", "power", "legitimacy", "urgency");
  }
}
