package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.ContributionId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.plan.ValueCoCreationPlan;
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
}
