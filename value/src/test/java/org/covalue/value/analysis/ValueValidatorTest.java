package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.ContributionId;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** The value model's rules between elements, each reported with its path. */
class ValueValidatorTest {

  private static final ValueModel MODEL = IncidentValue.model();

  private static List<String> paths(ValueModel model) {
    return ValueValidator.validate(model).stream().map(Violation::path).toList();
  }

  @Test
  void theSampleIsValid() {
    assertThat(ValueValidator.validate(MODEL)).isEmpty();
    assertThat(ValueValidator.requireValid(MODEL)).isSameAs(MODEL);
    assertThat(MODEL.size()).isGreaterThan(30);
  }

  @Test
  void danglingReferencesAreReportedAtTheirPaths() {
    Outcome outcome =
        Outcome.builder()
            .from(MODEL.outcomes().get(0))
            .stakeholder(StakeholderId.of("nobody"))
            .addEnabledBy(OutputId.of("nothing"))
            .build();
    ValueModel broken =
        ValueModel.builder()
            .from(MODEL)
            .outcomes(List.of(outcome))
            .putOfferingType(ServiceOfferingId.of("no-offering"), TypeOfService.BESPOKE)
            .addEngagement(
                Engagement.of(StakeholderId.of("nobody"), CustomerJourneyStep.ENGAGE, "Met"))
            .build();
    List<Violation> violations = ValueValidator.validate(broken);
    assertThat(violations)
        .extracting(Violation::path)
        .contains(
            "outcomes[0].stakeholder",
            "outcomes[0].enabledBy",
            "offeringTypes.no-offering",
            "engagements[1].stakeholder",
            // The outcome the plan names first is gone.
            "plans[0].outcomes[0].outcome");
    assertThat(violations.get(0).message())
        .isEqualTo("Unknown stakeholder nobody: the model holds no stakeholder with that id");
    assertThatThrownBy(() -> ValueValidator.requireValid(broken))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void theJourneyModelsViolationsComeFirstUnderItsPath() {
    ValueModel broken =
        MODEL.withJourney(MODEL.journey().withCore(MODEL.core().withParties(List.of())));
    List<String> paths = paths(broken);
    assertThat(paths.get(0)).startsWith("journey.core.");
    assertThat(paths).contains("journey.journeys[0].consumer");
  }

  @Test
  void idsAreUniqueAndAServiceHasOnePerformance() {
    ValueModel twice =
        ValueModel.builder()
            .from(MODEL)
            .addOutput(MODEL.outputs().get(0))
            .addPerformance(MODEL.performances().get(0))
            .addPlan(MODEL.plans().get(0))
            .build();
    assertThat(paths(twice))
        .containsExactly("outputs[2].id", "performances[1].service", "plans[1].id");
  }

  @Test
  void aUtilityFeatureMeetsOnlyUtilityRequirementsOfItsService() {
    ServicePerformance performance =
        MODEL
            .performances()
            .get(0)
            .withUtility(
                List.of(
                    UtilityFeature.builder()
                        .description("Restores fast")
                        .effect(UtilityEffect.SUPPORTS_PERFORMANCE)
                        .addMeet(IncidentValue.SAME_SHIFT_FIX)
                        .addMeet(RequirementId.of("unknown"))
                        .build()));
    List<Violation> violations =
        ValueValidator.validate(MODEL.withPerformances(List.of(performance)));
    assertThat(violations)
        .extracting(Violation::path)
        .containsOnly("performances[0].utility[0].meets");
    assertThat(violations).hasSize(2);
    assertThat(violations)
        .extracting(Violation::message)
        .contains(
            "A utility feature of service incident-resolution-service cannot meet requirement"
                + " same-shift-fix, which is a requirement of warranty");
  }

  @Test
  void aPlanIsAgreedAtTheAgreeStepOfItsJourney() {
    ValueCoCreationPlan plan = MODEL.plans().get(0);
    ValueCoCreationPlan atCoCreate =
        ValueCoCreationPlan.builder().from(plan).agreedAt(IncidentResolution.DIAGNOSIS).build();
    List<Violation> violations = ValueValidator.validate(MODEL.withPlans(List.of(atCoCreate)));
    assertThat(violations).extracting(Violation::path).containsExactly("plans[0].agreedAt");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "Plan desk-value-plan must be agreed at the agree step, but touchpoint diagnosis is at"
                + " step co-create");
    ValueCoCreationPlan elsewhere =
        ValueCoCreationPlan.builder()
            .from(plan)
            .journey(JourneyId.of("other"))
            .agreedAt(TouchpointId.of("x"))
            .build();
    assertThat(paths(MODEL.withPlans(List.of(elsewhere)))).containsExactly("plans[0].journey");
  }

  @Test
  void aContributionIsOffsetByValueInAnotherStep() {
    ValueModel sameStep =
        MODEL.withContributions(
            List.of(
                MODEL.contributions().get(0),
                MODEL
                    .contributions()
                    .get(2)
                    .withOffsetBy(
                        List.of(ContributionId.of("user-co-create"), ContributionId.of("none")))));
    assertThat(paths(sameStep))
        .containsExactly("contributions[1].offsetBy", "contributions[1].offsetBy");
  }

  @Test
  void aStakeholdersAmountsShareOneCurrency() {
    Outcome dollars = MODEL.outcomes().get(0).withWorth(org.covalue.value.Money.of("900", "USD"));
    ValueModel mixed =
        MODEL.withOutcomes(List.of(dollars, MODEL.outcomes().get(1), MODEL.outcomes().get(2)));
    List<Violation> violations = ValueValidator.validate(mixed);
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly("costs[0].money", "risks[0].impact");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "Amounts of stakeholder warehouse-manager must share one currency to be weighed"
                + " together, but 300 EUR is in EUR where outcomes[0].worth is in USD");
  }

  @Test
  void aServiceTheModelDoesNotHold() {
    ValueModel stray =
        MODEL.withOutputs(
            List.of(
                MODEL.outputs().get(0).withService(ServiceId.of("ghost")), MODEL.outputs().get(1)));
    assertThat(paths(stray)).containsExactly("outputs[0].service");
    assertThat(MODEL.withOfferingTypes(Map.of()).offeringTypes()).isEmpty();
  }

  @Test
  void anOutputOfAnActivityNoValueStreamHoldsIsReported() {
    ValueModel stray =
        MODEL.withOutputs(
            List.of(
                MODEL.outputs().get(0),
                MODEL.outputs().get(1).withActivity(ValueStreamActivityId.of("nowhere"))));
    List<Violation> violations = ValueValidator.validate(stray);
    assertThat(violations).extracting(Violation::path).containsExactly("outputs[1].activity");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "Unknown value stream activity nowhere: the model holds no value stream activity with"
                + " that id");
  }

  @Test
  void aCostsServiceBearerResourceAndResourceValueAreChecked() {
    Cost repair = MODEL.costs().get(2);
    Cost broken =
        Cost.builder()
            .from(repair)
            .service(ServiceId.of("ghost"))
            .bearer(StakeholderId.of("nobody"))
            .resources(
                List.of(
                    ResourceUse.builder()
                        .description("A scanner from a pool the model does not hold")
                        .resource(ResourceId.of("no-pool"))
                        .build(),
                    ResourceUse.of("A spare scanner", Money.of("150", "EUR")),
                    ResourceUse.of("A spare battery", Money.of("20", "USD"))))
            .build();
    List<Violation> violations =
        ValueValidator.validate(
            MODEL.withCosts(List.of(MODEL.costs().get(0), MODEL.costs().get(1), broken)));
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly(
            "costs[2].service",
            "costs[2].bearer",
            "costs[2].resources[0].resource",
            "costs[2].resources[2].value");
    // The bearer is unknown, but its amounts must still share one currency: the first is the
    // spare scanner's.
    assertThat(violations.get(3).message())
        .isEqualTo(
            "Amounts of stakeholder nobody must share one currency to be weighed together, but 20"
                + " USD is in USD where costs[2].resources[1].value is in EUR");
    assertThat(violations.get(3).rejectedValue()).contains("USD");
  }

  @Test
  void aRisksServiceBearerOutcomesAndComplianceAreChecked() {
    Risk risk = MODEL.risks().get(0);
    Risk broken =
        Risk.builder()
            .from(risk)
            .service(ServiceId.of("ghost"))
            .bearer(StakeholderId.of("nobody"))
            .affects(List.of(OutcomeId.of("no-outcome")))
            .compliance(ComplianceGap.of(StakeholderId.of("no-regulator"), "Rule 7", Score.of(0.5)))
            .build();
    assertThat(paths(MODEL.withRisks(List.of(broken))))
        .containsExactly(
            "risks[0].service",
            "risks[0].bearer",
            "risks[0].affects",
            "risks[0].compliance.imposedBy");
  }

  @Test
  void aRequirementOfAStakeholderAndServiceTheModelHolds() {
    ValueModel stray =
        MODEL.withRequirements(
            List.of(
                MODEL.requirements().get(0),
                Requirement.builder()
                    .from(MODEL.requirements().get(1))
                    .stakeholder(StakeholderId.of("nobody"))
                    .service(ServiceId.of("ghost"))
                    .build()));
    assertThat(paths(stray))
        .containsExactly("requirements[1].stakeholder", "requirements[1].service");
  }

  @Test
  void aPerformanceOfAnUnknownServiceAndAFeatureMeetingAnotherServicesRequirement() {
    ServiceId other = ServiceId.of("asset-tracking");
    Requirement elsewhere =
        Requirement.builder()
            .id(RequirementId.of("track-assets"))
            .name("Assets are tracked")
            .stakeholder(IncidentValue.CUSTOMER)
            .service(other)
            .build();
    ServicePerformance performance =
        ServicePerformance.builder()
            .from(MODEL.performances().get(0))
            .service(other)
            .build()
            .withUtility(
                List.of(
                    UtilityFeature.builder()
                        .description("Restores and tracks")
                        .effect(UtilityEffect.SUPPORTS_PERFORMANCE)
                        .addMeet(IncidentValue.RESTORE_DEVICE)
                        .addMeet(elsewhere.id())
                        .build()));
    ValueModel model =
        ValueModel.builder()
            .from(MODEL)
            .addRequirement(elsewhere)
            .performances(List.of(performance))
            .build();
    List<Violation> violations = ValueValidator.validate(model);
    // The performance is of a service the model does not hold; its feature meets a utility
    // requirement of the incident service, not of its own; the new requirement names the unknown
    // service too.
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly(
            "performances[0].service",
            "performances[0].utility[0].meets",
            "requirements[2].service");
    assertThat(violations.get(1).message())
        .isEqualTo(
            "A utility feature of service asset-tracking cannot meet requirement restore-device,"
                + " which is a requirement of service incident-resolution-service");
  }

  @Test
  void aPlanAgreedAtATouchpointItsJourneyDoesNotHave() {
    ValueCoCreationPlan plan =
        ValueCoCreationPlan.builder()
            .from(MODEL.plans().get(0))
            .agreedAt(TouchpointId.of("no-touchpoint"))
            .uses(
                List.of(
                    MODEL.plans().get(0).uses().get(0),
                    PlannedUse.of(ServiceId.of("ghost"), "visits", 3)))
            .build();
    List<Violation> violations = ValueValidator.validate(MODEL.withPlans(List.of(plan)));
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly("plans[0].agreedAt", "plans[0].uses[1].service");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "Unknown touchpoint no-touchpoint: journey "
                + IncidentValue.journey().id()
                + " has no such touchpoint");
  }

  @Test
  void aContributionOfAnUnknownJourneyMayOffsetOneAtTheSameStepOfAnother() {
    StepValueContribution first = MODEL.contributions().get(0);
    ValueModel model =
        MODEL.withContributions(
            List.of(
                first.withJourney(JourneyId.of("elsewhere")),
                MODEL.contributions().get(1),
                MODEL
                    .contributions()
                    .get(2)
                    .withOffsetBy(List.of(ContributionId.of("user-co-create")))));
    // desk-co-create is at the co-create step of the incident journey; user-co-create is at the
    // co-create step too, but of another journey, so it may make up for it.
    assertThat(paths(model)).containsExactly("contributions[0].journey");
  }

  @Test
  void anOffsetInTheSameStepIsExplained() {
    ValueModel model =
        MODEL.withContributions(
            List.of(
                MODEL.contributions().get(0),
                MODEL
                    .contributions()
                    .get(2)
                    .withOffsetBy(List.of(ContributionId.of("user-co-create")))));
    List<Violation> violations = ValueValidator.validate(model);
    assertThat(violations).extracting(Violation::path).containsExactly("contributions[1].offsetBy");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "Contribution desk-co-create must be offset by value added in another step or journey,"
                + " but user-co-create is in the same step of journey "
                + IncidentValue.journey().id());
  }
}
