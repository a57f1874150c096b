package org.covalue.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.covalue.core.Finding;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.JourneyId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.analysis.DriverContribution;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.DriverPath;
import org.covalue.value.analysis.DriverSensitivity;
import org.covalue.value.analysis.LeakageCheck;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StakeholderValue;
import org.covalue.value.analysis.StepBalance;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.TotalCost;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.value.sample.IncidentValue;
import org.covalue.value.sample.MobilePhone;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every exported package of covalue-value refuses a null argument with the
 * exception conventions.md documents: InvalidModelException for model input, NullPointerException
 * for analyses and other operations (docs/decisions/0010 for the one exception).
 */
class NullArgumentsTest {

  /** A check of an application's own cause, as the detector's extension point expects. */
  private static final LeakageCheck CHECK =
      new LeakageCheck() {
        @Override
        public ValueLeakageCause cause() {
          return ValueLeakageCause.of("SUPPLIER_FAILURE");
        }

        @Override
        public List<Finding> check(ValueModel model, LeakageEvidence evidence) {
          Objects.requireNonNull(model, "model");
          Objects.requireNonNull(evidence, "evidence");
          return List.of();
        }
      };

  private static ValueModel model() {
    return IncidentValue.model();
  }

  private static ValueDriverAnalysis drivers() {
    return ValueDriverAnalysis.of(IncidentValue.chain());
  }

  private static ServiceValueAssessment assessment() {
    return ServiceValueAssessor.DEFAULT.assess(model(), IncidentValue.SERVICE);
  }

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    ValueModel model = model();
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(BigDecimal.class, () -> BigDecimal.ONE)
            .sample(Duration.class, () -> Duration.ofHours(1))
            .sample(Score.class, () -> Score.of(0.5))
            .sample(StakeholderMap.class, () -> StakeholderMap.builder().build())
            .sample(ServiceId.class, () -> IncidentValue.SERVICE)
            .sample(StakeholderId.class, () -> IncidentValue.USER)
            .sample(JourneyId.class, () -> IncidentResolution.JOURNEY)
            .sample(Money.class, () -> Money.of("10", "EUR"))
            .sample(OutputId.class, () -> IncidentValue.WORKING_SCANNER)
            .sample(OutcomeId.class, () -> IncidentValue.WORK_RESUMES)
            .sample(CostId.class, () -> CostId.of("c"))
            .sample(RiskId.class, () -> RiskId.of("r"))
            .sample(RequirementId.class, () -> IncidentValue.SAME_SHIFT_FIX)
            .sample(ContributionId.class, () -> ContributionId.of("k"))
            .sample(ValueDriverId.class, () -> IncidentValue.PURPOSE)
            .sample(ValueDriverChainId.class, () -> IncidentValue.CHAIN)
            .sample(ValueCoCreationPlanId.class, () -> IncidentValue.PLAN)
            .sample(ValueLeakageCause.class, () -> ValueLeakageCause.RELATIONSHIP_MISALIGNMENT)
            .sample(WarrantyAspect.class, () -> WarrantyAspect.CONTINUITY)
            .sample(Output.class, () -> model.outputs().get(0))
            .sample(Output.Builder.class, Output::builder)
            .sample(Outcome.class, () -> model.outcomes().get(0))
            .sample(Outcome.Builder.class, Outcome::builder)
            .sample(Cost.class, () -> model.costs().get(0))
            .sample(Cost.Builder.class, Cost::builder)
            .sample(ResourceUse.class, () -> ResourceUse.of("A spare"))
            .sample(ResourceUse.Builder.class, ResourceUse::builder)
            .sample(Risk.class, () -> model.risks().get(0))
            .sample(Risk.Builder.class, Risk::builder)
            .sample(
                ComplianceGap.class,
                () -> ComplianceGap.of(IncidentValue.WORKS_COUNCIL, "Consult on shifts", Score.ONE))
            .sample(UtilityFeature.class, () -> model.performances().get(0).utility().get(0))
            .sample(UtilityFeature.Builder.class, UtilityFeature::builder)
            .sample(WarrantyLevel.class, () -> model.requirements().get(1).warranty().orElseThrow())
            .sample(WarrantyTarget.class, () -> model.performances().get(0).warranty().get(0))
            .sample(WarrantyTarget.Builder.class, WarrantyTarget::builder)
            .sample(ServicePerformance.class, () -> model.performances().get(0))
            .sample(ServicePerformance.Builder.class, ServicePerformance::builder)
            .sample(Requirement.class, () -> model.requirements().get(0))
            .sample(Requirement.Builder.class, Requirement::builder)
            .sample(Engagement.class, () -> model.engagements().get(0))
            .sample(StepValueContribution.class, () -> model.contributions().get(0))
            .sample(StepValueContribution.Builder.class, StepValueContribution::builder)
            .sample(ValueDriver.class, () -> IncidentValue.chain().drivers().get(0))
            .sample(ValueDriver.Builder.class, ValueDriver::builder)
            .sample(ValueDriverLink.class, () -> IncidentValue.chain().links().get(0))
            .sample(ValueDriverChain.class, IncidentValue::chain)
            .sample(ValueDriverChain.Builder.class, ValueDriverChain::builder)
            .sample(
                OutcomeMeasure.class,
                () -> model.plans().get(0).outcomes().get(0).measure().orElseThrow())
            .sample(OutcomeMeasure.Builder.class, OutcomeMeasure::builder)
            .sample(PlannedOutcome.class, () -> model.plans().get(0).outcomes().get(0))
            .sample(PlannedUse.class, () -> model.plans().get(0).uses().get(0))
            .sample(PlannedUse.Builder.class, PlannedUse::builder)
            .sample(ValueCoCreationPlan.class, () -> model.plans().get(0))
            .sample(ValueCoCreationPlan.Builder.class, ValueCoCreationPlan::builder)
            .sample(MeasuredBandWidth.class, () -> IncidentValue.evidence().bandWidths().get(0))
            .sample(JourneyPathFigures.class, () -> IncidentValue.evidence().journeyPaths().get(0))
            .sample(JourneyPathFigures.Builder.class, JourneyPathFigures::builder)
            .sample(
                JourneyConformance.class,
                () ->
                    JourneyConformance.of(
                        IncidentValue.journey(), IncidentResolution.backAndForthCase()))
            .sample(LeakageEvidence.class, IncidentValue::evidence)
            .sample(LeakageEvidence.Builder.class, LeakageEvidence::builder)
            .sample(ValueModel.class, NullArgumentsTest::model)
            .sample(ValueModel.Builder.class, ValueModel::builder)
            .sample(TotalCost.class, () -> TotalCost.of(model.costs()))
            .sample(StakeholderValue.class, () -> assessment().stakeholders().get(0))
            .sample(ServiceValueAssessor.class, () -> ServiceValueAssessor.DEFAULT)
            .sample(ServiceValueAssessment.class, NullArgumentsTest::assessment)
            .sample(StepValueAnalysis.class, () -> StepValueAnalysis.of(model))
            .sample(StepBalance.class, () -> StepValueAnalysis.of(model).balances().get(0))
            .sample(ValueDriverAnalysis.class, NullArgumentsTest::drivers)
            .sample(DriverExplanation.class, () -> drivers().explain(IncidentValue.PURPOSE))
            .sample(
                DriverContribution.class,
                () -> drivers().explain(IncidentValue.PURPOSE).contributions().get(0))
            .sample(DriverPath.class, () -> drivers().explain(IncidentValue.PURPOSE).paths().get(0))
            .sample(DriverSensitivity.class, () -> drivers().sensitivities().get(0))
            .sample(LeakageCheck.class, () -> CHECK)
            .sample(LeakageDetector.class, () -> LeakageDetector.DEFAULT)
            .sample(
                ValueLeakageReport.class,
                () -> LeakageDetector.DEFAULT.detect(model, IncidentValue.evidence()))
            .checkPackages(
                "org.covalue.value",
                List.of(
                    "org.covalue.value",
                    "org.covalue.value.alignment",
                    "org.covalue.value.analysis",
                    "org.covalue.value.contribution",
                    "org.covalue.value.cost",
                    "org.covalue.value.driver",
                    "org.covalue.value.evidence",
                    "org.covalue.value.model",
                    "org.covalue.value.outcome",
                    "org.covalue.value.performance",
                    "org.covalue.value.plan",
                    "org.covalue.value.risk",
                    "org.covalue.value.sample"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked()).hasSizeGreaterThan(250);
    assertThat(MobilePhone.outputs()).hasSize(4);
  }
}
