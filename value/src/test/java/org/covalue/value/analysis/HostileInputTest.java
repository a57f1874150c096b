package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.Money;
import org.covalue.value.Perspective;
import org.covalue.value.ValueDimension;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.model.ValueModel;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (issue 8): numbers at the ends of their range neither break an analysis nor are
 * lost in it, and results of many elements print briefly. Each test failed before its fix.
 */
class HostileInputTest {

  private static final ServiceId SERVICE = ServiceId.of("repair");

  private static StepValueContribution.Builder contribution(int i) {
    return StepValueContribution.builder()
        .id(ContributionId.of("c" + i))
        .journey(JourneyId.of("repair-journey"))
        .step(CustomerJourneyStep.CO_CREATE)
        .perspective(Perspective.SERVICE_CONSUMER)
        .dimension(ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE)
        .added(0)
        .removed(1);
  }

  private static ValueDriverChain twoGoals(double weight) {
    ValueDriverId purpose = ValueDriverId.of("purpose");
    return ValueDriverChain.builder()
        .id(ValueDriverChainId.of("chain"))
        .name("Chain")
        .addDrivers(
            ValueDriver.of(purpose, "Purpose", ValueDriverLayer.CONSUMER_PURPOSE),
            ValueDriver.of(ValueDriverId.of("a"), "A", ValueDriverLayer.CONSUMER_GOALS)
                .withPerformance(Score.of(0.2)),
            ValueDriver.of(ValueDriverId.of("b"), "B", ValueDriverLayer.CONSUMER_GOALS)
                .withPerformance(Score.of(0.6)))
        .addLinks(
            ValueDriverLink.of(ValueDriverId.of("a"), purpose, weight),
            ValueDriverLink.of(ValueDriverId.of("b"), purpose, weight))
        .build();
  }

  @Test
  void linkWeightsAtTheEndsOfTheirRangeCarryTheMeanOfWhatTheyLink() {
    // Before: the sum of two weights of Double.MAX_VALUE overflowed and the purpose read 0 (or
    // unknown); weights of Double.MIN_VALUE rounded the weighted sum to 0.
    for (double weight : new double[] {Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-310, 1}) {
      ValueDriverAnalysis analysis = ValueDriverAnalysis.of(twoGoals(weight));
      assertThat(analysis.performance(ValueDriverId.of("purpose")).getAsDouble())
          .as("weight %s", weight)
          .isCloseTo(0.4, within(1e-12));
      assertThat(analysis.explain(ValueDriverId.of("purpose")).total())
          .isCloseTo(0.4, within(1e-12));
      assertThat(analysis.sensitivities())
          .extracting(DriverSensitivity::sensitivity)
          .containsExactly(0.5, 0.5);
    }
  }

  @Test
  void contributionsBeyondTheMostAStepMayAddOrRemoveAreRefusedNamingTheAmount() {
    // Before: 1.7e308 was accepted, and two of them in one step made the analysis throw, since a
    // finding's evidence must be finite.
    assertThatThrownBy(() -> contribution(0).removed(Double.MAX_VALUE).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("removed"));
    assertThatThrownBy(() -> contribution(0).added(1.5 * StepValueContribution.MAX_AMOUNT).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("added"));
    List<StepValueContribution> largest = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      largest.add(contribution(i).removed(StepValueContribution.MAX_AMOUNT).build());
    }
    StepValueAnalysis analysis =
        StepValueAnalysis.of(ValueModel.builder().contributions(largest).build());
    assertThat(analysis.balances().get(0).removed())
        .isCloseTo(1_000 * StepValueContribution.MAX_AMOUNT, within(1e280));
    assertThat(analysis.findings()).hasSize(1);
  }

  @Test
  void weightsOutOfTheRangeOfMoneyAreRefusedNamingTheWeight() {
    // Before: 1E-500 was accepted and the assessor printed a weight of 500 digits; 1E+1000000000
    // made a balance of a billion digits.
    for (String weight :
        new String[] {"1E-500", "1E+19", "1E+1000000000", "0.0000000000000000001"}) {
      assertThatThrownBy(() -> ServiceValueAssessor.of(new BigDecimal(weight), BigDecimal.ONE))
          .as(weight)
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactly("costWeight"));
      assertThatThrownBy(() -> ServiceValueAssessor.DEFAULT.withRiskWeight(new BigDecimal(weight)))
          .isInstanceOf(InvalidModelException.class);
    }
    assertThat(ServiceValueAssessor.of(new BigDecimal("999999999999999999.5"), BigDecimal.ZERO))
        .isNotNull();
  }

  @Test
  void aStepOfManyContributionsAndAServiceOfManyStakeholdersPrintBriefly() {
    // Before: a step balance listed every contribution and an assessment every stakeholder.
    List<StepValueContribution> contributions = new ArrayList<>();
    List<Cost> costs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      contributions.add(contribution(i).build());
      costs.add(
          Cost.builder()
              .id(CostId.of("fee-" + i))
              .name("Fee")
              .service(SERVICE)
              .bearer(StakeholderId.of("owner-" + i))
              .side(CostSide.CONSUMPTION)
              .money(Money.of("40", "EUR"))
              .build());
    }
    ValueModel model = ValueModel.builder().contributions(contributions).costs(costs).build();
    StepBalance balance = StepValueAnalysis.of(model).balances().get(0);
    assertThat(balance.toString())
        .isEqualTo(
            "StepBalance{journey=repair-journey, step=CO_CREATE, perspective=SERVICE_CONSUMER,"
                + " added=0, removed=10000, offset=0, contributions=10000, offsets=0}");
    ServiceValueAssessment assessment = ServiceValueAssessor.DEFAULT.assess(model, SERVICE);
    assertThat(assessment.toString())
        .startsWith("ServiceValueAssessment{service=repair, balances={owner-0=-40 EUR, ")
        .endsWith("owner-9=-40 EUR, and 9990 more}, findings=10000}")
        .hasSizeLessThan(500);
  }

  @Test
  void aShortfallTooLargeForANumberIsStillAFindingAndAMeasureNameIsShortened() {
    // Before: detect threw InvalidModelException ("Finding evidence shortfall must be a finite
    // number") for a measured value and a target at opposite ends of the range, and a measure
    // name of 100,000 characters went whole into the message.
    String measure = "Latency in ms ".repeat(7_000).strip();
    WarrantyLevel agreed =
        WarrantyLevel.of(
            WarrantyAspect.AVAILABILITY,
            measure,
            -Double.MAX_VALUE,
            MeasureDirection.LOWER_IS_BETTER);
    ServicePerformance performance =
        ServicePerformance.builder()
            .service(SERVICE)
            .addWarranty(WarrantyTarget.of(agreed).withMeasured(Double.MAX_VALUE))
            .build();
    ValueLeakageReport report =
        LeakageDetector.DEFAULT.detect(ValueModel.builder().addPerformances(performance).build());
    Finding finding = report.findings(ValueLeakageCause.SUBOPTIMAL_PROVISION_OR_CONSUMPTION).get(0);
    assertThat(finding.rule()).isEqualTo(LeakageDetector.WARRANTY_BELOW_TARGET);
    assertThat(finding.evidence()).doesNotContainKey("shortfall").containsKey("threshold");
    assertThat(finding.message()).contains("more than any number short").hasSizeLessThan(1_000);

    WarrantyLevel tiny =
        WarrantyLevel.of(
            WarrantyAspect.AVAILABILITY, "Uptime", 1, MeasureDirection.HIGHER_IS_BETTER);
    ServicePerformance ordinary =
        ServicePerformance.builder()
            .service(SERVICE)
            .addWarranty(WarrantyTarget.of(tiny).withMeasured(0.5))
            .build();
    Finding half =
        LeakageDetector.DEFAULT
            .detect(ValueModel.builder().addPerformances(ordinary).build())
            .findings()
            .get(0);
    assertThat(half.evidence()).containsEntry("shortfall", 0.5);
    assertThat(half.message()).contains(": 50% short");
  }
}
