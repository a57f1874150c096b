package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.TypedId;
import org.covalue.testkit.LeakageScenario;
import org.covalue.testkit.Values;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.laws.Laws;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.model.ValueModel;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Laws of value leakage detection (§1.2.6): nothing leaks in a model without leaks; each planted
 * leak is exactly one finding; removing the evidence of one finding removes that finding and no
 * other; and detection does not depend on the order of the inputs or on the ids of the value
 * model's elements.
 */
class LeakageDetectorPropertiesTest {

  private static final int EXAMPLES = 200;

  private static List<Finding> detect(LeakageScenario scenario) {
    return LeakageDetector.DEFAULT.detect(scenario.model(), scenario.evidence()).findings();
  }

  private static List<Object> key(Finding finding) {
    return List.of(finding.rule(), finding.elements());
  }

  @Test
  void eachPlantedLeakIsExactlyOneFinding() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.leakageScenarios())
        .checkAssert(
            scenario -> {
              List<Object> found = new ArrayList<>();
              detect(scenario).forEach(f -> found.add(key(f)));
              List<Object> planted = new ArrayList<>();
              for (int i = 0; i < scenario.leaks(); i++) {
                planted.add(List.of(scenario.plantedRules().get(i), scenario.plantedElements(i)));
              }
              assertThat(Laws.multiset(found)).as("%s", scenario).isEqualTo(Laws.multiset(planted));
            });
  }

  @Test
  void removingTheEvidenceOfOneFindingRemovesThatFindingAndNoOther() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.leakageScenarios())
        .assuming(scenario -> scenario.leaks() > 0)
        .checkAssert(
            scenario -> {
              List<Finding> before = detect(scenario);
              for (int i = 0; i < scenario.leaks(); i++) {
                List<Finding> after = detect(scenario.repaired(i));
                Map<Finding, Integer> removed = new HashMap<>(Laws.multiset(before));
                for (Finding finding : after) {
                  assertThat(removed.getOrDefault(finding, 0))
                      .as("%s repaired at %d kept or changed %s", scenario, i, finding)
                      .isPositive();
                  removed.merge(finding, -1, Integer::sum);
                }
                removed.values().removeIf(count -> count == 0);
                assertThat(removed).as("%s repaired at %d", scenario, i).hasSize(1);
                Finding gone = removed.keySet().iterator().next();
                assertThat(gone.rule()).isEqualTo(scenario.plantedRules().get(i));
                assertThat(gone.elements()).isEqualTo(scenario.plantedElements(i));
              }
            });
  }

  /** A scenario with every list of its model and evidence in a drawn order. */
  private static Gen<Pair<LeakageScenario, Pair<ValueModel, LeakageEvidence>>> permuted() {
    return in -> {
      LeakageScenario scenario = Values.leakageScenarios().generate(in);
      ValueModel model = scenario.model();
      List<ValueCoCreationPlan> plans = new ArrayList<>();
      for (ValueCoCreationPlan plan : model.plans()) {
        plans.add(
            ValueCoCreationPlan.builder()
                .from(plan)
                .outcomes(Draw.shuffle(in, plan.outcomes()))
                .uses(Draw.shuffle(in, plan.uses()))
                .build());
      }
      ValueModel shuffled =
          model
              .withJourney(
                  model
                      .journey()
                      .withJourneys(Draw.shuffle(in, model.journey().journeys()))
                      .withCore(
                          model
                              .core()
                              .withStakeholders(Draw.shuffle(in, model.core().stakeholders()))
                              .withRelationships(Draw.shuffle(in, model.core().relationships()))
                              .withOfferings(Draw.shuffle(in, model.core().offerings()))))
              .withOutcomes(Draw.shuffle(in, model.outcomes()))
              .withCosts(Draw.shuffle(in, model.costs()))
              .withRisks(Draw.shuffle(in, model.risks()))
              .withPerformances(Draw.shuffle(in, model.performances()))
              .withRequirements(Draw.shuffle(in, model.requirements()))
              .withEngagements(Draw.shuffle(in, model.engagements()))
              .withPlans(Draw.shuffle(in, plans));
      LeakageEvidence evidence =
          scenario
              .evidence()
              .withBandWidths(Draw.shuffle(in, scenario.evidence().bandWidths()))
              .withJourneyPaths(Draw.shuffle(in, scenario.evidence().journeyPaths()));
      return Pair.of(scenario, Pair.of(shuffled, evidence));
    };
  }

  @Test
  void detectionDoesNotDependOnTheOrderOfItsInputs() {
    qt().withExamples(EXAMPLES)
        .forAll(permuted())
        .checkAssert(
            pair -> {
              List<Finding> original = detect(pair._1);
              List<Finding> shuffled =
                  LeakageDetector.DEFAULT.detect(pair._2._1, pair._2._2).findings();
              assertThat(Laws.multiset(shuffled)).isEqualTo(Laws.multiset(original));
            });
  }

  private static List<Object> renamedKey(Finding finding) {
    List<String> elements = new ArrayList<>();
    for (TypedId<?> element : finding.elements()) {
      elements.add(ValueRenaming.original(element));
    }
    return List.of(
        finding.rule(), finding.severity(), elements, finding.evidence(), finding.data());
  }

  @Test
  void detectionDoesNotDependOnTheIdsOfTheValueModel() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.leakageScenarios())
        .checkAssert(
            scenario -> {
              ValueLeakageReport original =
                  LeakageDetector.DEFAULT.detect(scenario.model(), scenario.evidence());
              ValueLeakageReport renamed =
                  LeakageDetector.DEFAULT.detect(
                      ValueRenaming.renamed(scenario.model()), scenario.evidence());
              List<Object> before = new ArrayList<>();
              original.findings().forEach(f -> before.add(renamedKey(f)));
              List<Object> after = new ArrayList<>();
              renamed.findings().forEach(f -> after.add(renamedKey(f)));
              assertThat(after).isEqualTo(before);
              assertThat(renamed.causes()).isEqualTo(original.causes());
            });
  }
}
