package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.ConsumerRoleCoordination;
import org.covalue.core.analysis.CoreRules;
import org.covalue.core.analysis.ProductSupplyAnalysis;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.RelationshipStrategyAnalysis;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.core.analysis.StakeholderCultivation;
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
      Map.ofEntries(
          Map.entry(
              StakeholderCultivation.OFF_TARGET,
              Shape.of(
                      StakeholderCultivation.OFF_TARGET,
                      "stakeholder",
                      List.of("strategy", "targetStrategy"),
                      List.of("influenceGap", "interestGap", "distance"))
                  .withSeverities(Severity.INFO, Severity.WARNING)),
          Map.entry(
              ConsumerRoleCoordination.UNCOORDINATED_HOLDERS,
              Shape.of(
                  ConsumerRoleCoordination.UNCOORDINATED_HOLDERS,
                  "party( party){2,}",
                  List.of("coordination"),
                  List.of("holders", "groups"))),
          Map.entry(
              RelationshipStrategyAnalysis.OTHER_TYPE,
              Shape.of(
                  RelationshipStrategyAnalysis.OTHER_TYPE,
                  "party service-relationship party",
                  List.of("preferred", "actual", "role"),
                  List.of(
                      "closenessGap",
                      "relationshipsOfPreferredType",
                      "relationshipsOfOtherTypes"))),
          Map.entry(
              ProductSupplyAnalysis.SERVICE_NOT_PROVIDED,
              Shape.of(
                  ProductSupplyAnalysis.SERVICE_NOT_PROVIDED,
                  "product service party",
                  List.of("reason"),
                  List.of("offerings"))),
          Map.entry(
              ServiceAnalysis.NO_PRODUCT,
              Shape.of(ServiceAnalysis.NO_PRODUCT, "service", List.of(), List.of())),
          Map.entry(
              ServiceAnalysis.SCOPE_NOT_AGREED,
              Shape.of(ServiceAnalysis.SCOPE_NOT_AGREED, "service", List.of(), List.of("parties"))),
          Map.entry(
              ServiceAnalysis.AGREEMENT_MISSING_PARTY,
              Shape.of(
                  ServiceAnalysis.AGREEMENT_MISSING_PARTY,
                  "service party",
                  List.of("role"),
                  List.of())),
          Map.entry(
              ServiceAnalysis.OFFERING_WITHOUT_PARTS,
              Shape.of(
                  ServiceAnalysis.OFFERING_WITHOUT_PARTS,
                  "service-offering",
                  List.of(),
                  List.of())),
          Map.entry(
              StakeholderMapRevision.ENTERED,
              Shape.of(
                  StakeholderMapRevision.ENTERED,
                  "stakeholder",
                  List.of("strategy"),
                  List.of("influence", "interest"))),
          Map.entry(
              StakeholderMapRevision.LEFT,
              Shape.of(StakeholderMapRevision.LEFT, "stakeholder", List.of("strategy"), List.of())),
          Map.entry(
              StakeholderMapRevision.MOVED,
              Shape.of(
                      StakeholderMapRevision.MOVED,
                      "stakeholder",
                      List.of("from", "to", "change"),
                      List.of("influenceChange", "interestChange"))
                  .withSeverities(Severity.INFO, Severity.WARNING)),
          Map.entry(
              ConsumerRoleAnalysis.ROLE_NOT_COVERED,
              Shape.of(ConsumerRoleAnalysis.ROLE_NOT_COVERED, "party", List.of("role"), List.of())),
          Map.entry(
              RelationshipNetworkAnalysis.DUAL_ROLE,
              Shape.of(
                  RelationshipNetworkAnalysis.DUAL_ROLE,
                  "party",
                  List.of(),
                  List.of("asProvider", "asConsumer"))),
          Map.entry(
              RelationshipNetworkAnalysis.CYCLE,
              Shape.of(
                  RelationshipNetworkAnalysis.CYCLE,
                  "party( party)+",
                  List.of(),
                  List.of("parties", "relationships"))));

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

  @Test
  void theChapterChecksKeepTheFindingContract() {
    qt().withExamples(300)
        .forAll(CoreModels.models().mix(CoreModels.looseModels(), 50))
        .checkAssert(
            model -> {
              check(ConsumerRoleCoordination.of(model));
              check(RelationshipStrategyAnalysis.of(model));
              check(ProductSupplyAnalysis.of(model));
              check(ServiceAnalysis.of(model));
            });
  }

  @Test
  void cultivationKeepsTheFindingContract() {
    qt().forAll(Stakeholders.maps(), Stakeholders.classifiers())
        .checkAssert((map, classifier) -> check(StakeholderCultivation.of(map, classifier)));
  }
}
