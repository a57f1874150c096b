package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.CoreRules;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.ServiceRelationships;
import org.covalue.testkit.Stakeholders;
import org.covalue.testkit.laws.Laws;
import org.covalue.testkit.laws.Laws.Shape;
import org.junit.jupiter.api.Test;

/**
 * Laws every analysis of covalue-core keeps about its findings: selecting by rule filters them,
 * {@code hasErrors()} agrees with their severities, their rules are in {@link CoreRules#all()}, and
 * each finding names the kinds of element, the data and the evidence its rule's documentation
 * promises.
 */
class AnalysisFindingsPropertiesTest {

  /** What the Javadoc of each analysis says about the findings of each of its rules. */
  private static final Map<Rule, Shape> SHAPES =
      Map.of(
          StakeholderMapRevision.ENTERED,
          Shape.of(
              StakeholderMapRevision.ENTERED,
              "stakeholder",
              List.of("strategy"),
              List.of("influence", "interest")),
          StakeholderMapRevision.LEFT,
          Shape.of(StakeholderMapRevision.LEFT, "stakeholder", List.of("strategy"), List.of()),
          StakeholderMapRevision.MOVED,
          Shape.of(
                  StakeholderMapRevision.MOVED,
                  "stakeholder",
                  List.of("from", "to", "change"),
                  List.of("influenceChange", "interestChange"))
              .withSeverities(Severity.INFO, Severity.WARNING),
          ConsumerRoleAnalysis.ROLE_NOT_COVERED,
          Shape.of(ConsumerRoleAnalysis.ROLE_NOT_COVERED, "party", List.of("role"), List.of()),
          RelationshipNetworkAnalysis.DUAL_ROLE,
          Shape.of(
              RelationshipNetworkAnalysis.DUAL_ROLE,
              "party",
              List.of(),
              List.of("asProvider", "asConsumer")),
          RelationshipNetworkAnalysis.CYCLE,
          Shape.of(
              RelationshipNetworkAnalysis.CYCLE,
              "party( party)+",
              List.of(),
              List.of("parties", "relationships")));

  private static void check(org.covalue.core.HasFindings result) {
    Laws.assertFindingContract(result, CoreRules.all(), SHAPES);
  }

  @Test
  void theCatalogueListsEveryRuleOnceAndEachHasADocumentedShape() {
    assertThat(CoreRules.all()).doesNotHaveDuplicates();
    assertThat(CoreRules.all().stream().map(Rule::id)).doesNotHaveDuplicates();
    assertThat(SHAPES.keySet()).containsExactlyInAnyOrderElementsOf(CoreRules.all());
  }

  @Test
  void mapRevisionsKeepTheFindingContract() {
    qt().forAll(
            Stakeholders.maps()
                .flatMap(
                    map ->
                        Stakeholders.revisionsOf(map)
                            .mix(Stakeholders.maps(), 20)
                            .map(later -> List.of(map, later))),
            Stakeholders.classifiers())
        .checkAssert(
            (maps, classifier) ->
                check(StakeholderMapRevision.between(maps.get(0), maps.get(1), classifier)));
  }

  @Test
  void consumerRoleAnalysesKeepTheFindingContract() {
    qt().withExamples(300)
        .forAll(CoreModels.models().mix(CoreModels.looseModels(), 50))
        .checkAssert(model -> check(ConsumerRoleAnalysis.of(model)));
  }

  @Test
  void networkAnalysesKeepTheFindingContract() {
    qt().forAll(ServiceRelationships.networks().mix(ServiceRelationships.cyclicNetworks(), 40))
        .checkAssert(network -> check(RelationshipNetworkAnalysis.of(network)));
  }
}
