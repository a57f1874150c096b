package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.BiPredicate;
import java.util.function.Function;
import org.covalue.core.offering.Service;
import org.covalue.testkit.Values;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.analysis.LeakageCheck;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.TotalCost;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.cost.CostSide;
import org.covalue.value.model.ValueModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The results of covalue-value's analyses are values: the analysis of equal input is equal, with
 * the same hash code, and two results are equal exactly when what they hold is equal.
 */
class AnalysesAreValuesPropertiesTest {

  /**
   * Checks the law over pairs of inputs: each result equals a second computation of itself, and two
   * results are equal exactly when their parts are; some pairs differ, with different hash codes.
   */
  private static <I, R> void areValues(
      Gen<I> inputs, Function<I, R> analysis, BiPredicate<R, R> sameParts) {
    int[] differing = new int[2];
    qt().withExamples(150)
        .forAll(inputs, inputs)
        .checkAssert(
            (a, b) -> {
              R first = analysis.apply(a);
              R again = analysis.apply(a);
              R other = analysis.apply(b);
              assertThat(first).isEqualTo(again).hasSameHashCodeAs(again);
              assertThat(first).isNotEqualTo(null).isNotEqualTo(new Object());
              boolean same = sameParts.test(first, other);
              assertThat(first.equals(other))
                  .as("equal exactly when the parts are")
                  .isEqualTo(same);
              assertThat(other.equals(first)).isEqualTo(same);
              if (!same) {
                differing[0]++;
                if (first.hashCode() != other.hashCode()) {
                  differing[1]++;
                }
              }
            });
    assertThat(differing[0]).as("pairs that differ").isPositive();
    assertThat(differing[1]).as("pairs that differ with different hash codes").isPositive();
  }

  @Test
  void stepValueAnalyses() {
    areValues(
        Values.models(),
        StepValueAnalysis::of,
        (a, b) -> a.balances().equals(b.balances()) && a.findings().equals(b.findings()));
  }

  @Test
  void driverAnalyses() {
    areValues(Values.chains(), ValueDriverAnalysis::of, (a, b) -> a.chain().equals(b.chain()));
  }

  @Test
  void leakageReports() {
    areValues(
        Values.leakageScenarios(),
        scenario -> LeakageDetector.DEFAULT.detect(scenario.model(), scenario.evidence()),
        (ValueLeakageReport a, ValueLeakageReport b) ->
            a.findings().equals(b.findings()) && a.byCause().equals(b.byCause()));
  }

  @Test
  void totalCosts() {
    areValues(
        Values.models(),
        model -> TotalCost.of(model.costs()),
        (a, b) ->
            a.money().equals(b.money())
                && a.time().equals(b.time())
                && a.resources(CostSide.PROVISION).equals(b.resources(CostSide.PROVISION))
                && a.resources(CostSide.CONSUMPTION).equals(b.resources(CostSide.CONSUMPTION))
                && a.costs() == b.costs());
  }

  @Test
  void serviceValueAssessments() {
    areValues(
        Values.models(),
        AnalysesAreValuesPropertiesTest::firstAssessment,
        (a, b) ->
            a.service().equals(b.service())
                && a.stakeholders().equals(b.stakeholders())
                && a.totalCost().equals(b.totalCost())
                && a.findings().equals(b.findings()));
  }

  private static ServiceValueAssessment firstAssessment(ValueModel model) {
    Service service = model.core().services().get(0);
    return ServiceValueAssessor.DEFAULT.assess(model, service.id());
  }

  @Test
  void detectorsAndAssessorsAreValuesOfTheirSettings() {
    LeakageDetector changed =
        LeakageDetector.DEFAULT
            .withClosenessTolerance(2)
            .withMinimumEngagements(3)
            .withWarrantyTolerance(0.25)
            .withUseTolerance(0.125)
            .withOutcomeTolerance(0.375);
    assertThat(changed.closenessTolerance()).isEqualTo(2);
    assertThat(changed.minimumEngagements()).isEqualTo(3);
    assertThat(changed.warrantyTolerance()).isEqualTo(0.25);
    assertThat(changed.useTolerance()).isEqualTo(0.125);
    assertThat(changed.outcomeTolerance()).isEqualTo(0.375);
    assertThat(LeakageDetector.DEFAULT.checks()).isEmpty();
    LeakageCheck none =
        new LeakageCheck() {
          @Override
          public ValueLeakageCause cause() {
            return ValueLeakageCause.LACK_OF_VALUE_TRACKING_AND_REALIZATION;
          }

          @Override
          public java.util.List<org.covalue.core.Finding> check(
              ValueModel model, org.covalue.value.evidence.LeakageEvidence evidence) {
            return java.util.List.of();
          }
        };
    assertThat(changed.withCheck(none).checks()).containsExactly(none);
    assertThat(changed).isNotEqualTo(LeakageDetector.DEFAULT);
    assertThat(changed.hashCode()).isNotEqualTo(LeakageDetector.DEFAULT.hashCode());
    assertThat(
            LeakageDetector.DEFAULT
                .withClosenessTolerance(2)
                .withClosenessTolerance(LeakageDetector.DEFAULT.closenessTolerance()))
        .isEqualTo(LeakageDetector.DEFAULT)
        .hasSameHashCodeAs(LeakageDetector.DEFAULT);
    ServiceValueAssessor heavier =
        ServiceValueAssessor.DEFAULT.withCostWeight(new java.math.BigDecimal("2"));
    assertThat(heavier).isNotEqualTo(ServiceValueAssessor.DEFAULT);
    assertThat(heavier.hashCode()).isNotEqualTo(ServiceValueAssessor.DEFAULT.hashCode());
    assertThat(heavier.withCostWeight(java.math.BigDecimal.ONE))
        .isEqualTo(ServiceValueAssessor.DEFAULT)
        .hasSameHashCodeAs(ServiceValueAssessor.DEFAULT);
  }
}
