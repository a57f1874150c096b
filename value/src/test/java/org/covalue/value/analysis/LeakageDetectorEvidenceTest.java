package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.model.ValueModel;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * What each leakage finding tells: its message, elements and evidence on the incident sample and
 * small changes to it, and where each threshold lies (a value exactly at the limit is tolerated).
 */
class LeakageDetectorEvidenceTest {

  private static final ValueModel MODEL = IncidentValue.model();
  private static final JourneyId JOURNEY = IncidentValue.journey().id();

  private static Finding only(ValueLeakageReport report, org.covalue.core.Rule rule) {
    assertThat(report.findings(rule)).hasSize(1);
    return report.findings(rule).get(0);
  }

  private static ValueModel withRelationshipType(ServiceRelationshipType type) {
    ServiceRelationship relationship = MODEL.core().relationships().get(0).withType(type);
    return MODEL.withJourney(
        MODEL.journey().withCore(MODEL.core().withRelationships(List.of(relationship))));
  }

  private static ValueModel withPlan(ValueCoCreationPlan plan) {
    return MODEL.withPlans(List.of(plan));
  }

  private static LeakageEvidence figures(long cases, long backAndForth) {
    return LeakageEvidence.builder()
        .addJourneyPath(
            JourneyPathFigures.builder()
                .journey(JOURNEY)
                .cases(cases)
                .backAndForthCases(backAndForth)
                .build())
        .build();
  }

  // Relationship misalignment.

  @Test
  void aTypeOfServiceMismatchSaysHowManyStepsOfClosenessApart() {
    ValueModel commodity =
        MODEL.withOfferingTypes(Map.of(IncidentValue.OFFERING, TypeOfService.COMMODITY));
    Finding oneStep =
        only(LeakageDetector.DEFAULT.detect(commodity), LeakageDetector.TYPE_OF_SERVICE_MISMATCH);
    assertThat(oneStep.message())
        .isEqualTo(
            "Relationship desk-for-warehouse is cooperative, but offering desk-offering provides a"
                + " commodity service, which calls for a basic relationship (1 step of closeness"
                + " apart; tolerance 0)");

    // A partnership where a commodity calls for a basic relationship: two steps too close.
    ValueModel partnership =
        withRelationshipType(ServiceRelationshipType.PARTNERSHIP)
            .withOfferingTypes(Map.of(IncidentValue.OFFERING, TypeOfService.COMMODITY));
    LeakageDetector tolerateOne = LeakageDetector.DEFAULT.withClosenessTolerance(1);
    Finding twoSteps =
        only(tolerateOne.detect(partnership), LeakageDetector.TYPE_OF_SERVICE_MISMATCH);
    assertThat(twoSteps.evidence())
        .containsEntry("closenessDifference", 2.0)
        .containsEntry("threshold", 1.0);
    assertThat(twoSteps.message())
        .endsWith("calls for a basic relationship (2 steps of closeness apart; tolerance 1)");
    // A difference exactly at the tolerance is tolerated.
    assertThat(
            LeakageDetector.DEFAULT
                .withClosenessTolerance(2)
                .detect(partnership)
                .findings(LeakageDetector.TYPE_OF_SERVICE_MISMATCH))
        .isEmpty();
  }

  @Test
  void aRelationshipLooserThanItsTypeOfServiceIsMisalignedTheOtherWay() {
    // A bespoke service calls for a partnership; the cooperative relationship is one step short.
    ValueModel bespoke =
        MODEL.withOfferingTypes(Map.of(IncidentValue.OFFERING, TypeOfService.BESPOKE));
    Finding finding =
        only(LeakageDetector.DEFAULT.detect(bespoke), LeakageDetector.TYPE_OF_SERVICE_MISMATCH);
    assertThat(finding.evidence()).containsEntry("closenessDifference", -1.0);
    assertThat(finding.message()).contains("(1 step of closeness apart; tolerance 0)");
  }

  @Test
  void aBandOneStepOffIsToleratedWithAToleranceOfOne() {
    LeakageDetector tolerateOne = LeakageDetector.DEFAULT.withClosenessTolerance(1);
    assertThat(
            tolerateOne
                .detect(MODEL, IncidentValue.evidence())
                .findings(LeakageDetector.BAND_WIDTH_MISMATCH))
        .isEmpty();
    // A partnership calls for a wide band: narrow is two steps off, beyond a tolerance of 1.
    Finding narrow =
        only(
            tolerateOne.detect(
                withRelationshipType(ServiceRelationshipType.PARTNERSHIP),
                IncidentValue.evidence()),
            LeakageDetector.BAND_WIDTH_MISMATCH);
    assertThat(narrow.evidence())
        .containsEntry("widthDifference", -2.0)
        .containsEntry("threshold", 1.0);
    assertThat(narrow.data()).containsEntry("relationshipType", "partnership");
    assertThat(narrow.message())
        .isEqualTo(
            "The band of visibility of partnership relationship desk-for-warehouse was measured"
                + " narrow (25% of its elements seen by both parties), narrower than the wide band"
                + " such a relationship calls for (tolerance 1)");
  }

  @Test
  void anUnengagedStakeholderIsToldHowOftenItWasEngagedAndWhere() {
    Finding council =
        only(
            LeakageDetector.DEFAULT.detect(MODEL, IncidentValue.evidence()),
            LeakageDetector.UNENGAGED_STAKEHOLDER);
    Stakeholder works = MODEL.core().stakeholders().get(3);
    assertThat(works.id()).isEqualTo(IncidentValue.WORKS_COUNCIL);
    assertThat(council.data())
        .containsEntry("cause", "relationship-misalignment")
        .containsEntry("strategy", "manage-closely");
    assertThat(council.evidence())
        .containsEntry("recordedEngagements", 0.0)
        .containsEntry("journeyEncounters", 0.0)
        .containsEntry("influence", works.influence().score())
        .containsEntry("interest", works.interest().score());
    assertThat(council.message())
        .isEqualTo(
            "Stakeholder works-council is to be managed closely, but was engaged 0 times (0"
                + " recorded, 0 in journeys), fewer than the minimum of 1");

    ValueModel once =
        ValueModel.builder()
            .from(MODEL)
            .addEngagement(
                Engagement.of(IncidentValue.WORKS_COUNCIL, CustomerJourneyStep.AGREE, "Consulted"))
            .build();
    Finding twiceNeeded =
        single(
            LeakageDetector.DEFAULT.withMinimumEngagements(2).detect(once).findings().stream()
                .filter(f -> f.elements().contains(IncidentValue.WORKS_COUNCIL))
                .toList());
    assertThat(twiceNeeded.message())
        .isEqualTo(
            "Stakeholder works-council is to be managed closely, but was engaged 1 time (1"
                + " recorded, 0 in journeys), fewer than the minimum of 2");
  }

  private static Finding single(List<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void journeyEncountersCountAsEngagementsUpToTheMinimumExactly() {
    // The warehouse manager is to be managed closely too: one recorded engagement, and its party,
    // the warehouse, takes part in touchpoints and interactions of the journey.
    LeakageDetector demanding = LeakageDetector.DEFAULT.withMinimumEngagements(1000);
    Finding manager =
        single(
            demanding.detect(MODEL).findings(LeakageDetector.UNENGAGED_STAKEHOLDER).stream()
                .filter(f -> f.elements().contains(IncidentValue.CUSTOMER))
                .toList());
    double recorded =
        java.util.Objects.requireNonNull(manager.evidence().get("recordedEngagements"));
    double encounters =
        java.util.Objects.requireNonNull(manager.evidence().get("journeyEncounters"));
    double engagements = java.util.Objects.requireNonNull(manager.evidence().get("engagements"));
    assertThat(recorded).isEqualTo(1.0);
    // Every touchpoint and interaction the warehouse takes part in is an encounter.
    long expected = 0;
    for (org.covalue.journey.CustomerJourney journey : MODEL.journey().journeys()) {
      expected +=
          journey.touchpoints().stream()
              .filter(t -> t.parties().contains(IncidentValue.WAREHOUSE))
              .count();
      expected +=
          journey.interactions().stream()
              .filter(i -> i.parties().contains(IncidentValue.WAREHOUSE))
              .count();
    }
    assertThat(encounters).isEqualTo((double) expected);
    assertThat(
            IncidentValue.journey().interactions().stream()
                .filter(i -> i.parties().contains(IncidentValue.WAREHOUSE))
                .count())
        .isPositive();
    assertThat(
            IncidentValue.journey().touchpoints().stream()
                .filter(t -> t.parties().contains(IncidentValue.WAREHOUSE))
                .count())
        .isPositive();
    assertThat(engagements).isEqualTo(recorded + encounters);
    // Engaged exactly the minimum: not a finding; one more needed: a finding.
    assertThat(unengaged(LeakageDetector.DEFAULT.withMinimumEngagements((int) engagements)))
        .doesNotContain(IncidentValue.CUSTOMER);
    assertThat(unengaged(LeakageDetector.DEFAULT.withMinimumEngagements((int) engagements + 1)))
        .contains(IncidentValue.CUSTOMER);
  }

  private static List<Object> unengaged(LeakageDetector detector) {
    return detector.detect(MODEL).findings(LeakageDetector.UNENGAGED_STAKEHOLDER).stream()
        .map(f -> (Object) f.elements().get(0))
        .toList();
  }

  // Missed opportunities and unmet requirements.

  @Test
  void anUnmetWarrantyRequirementNamesTheBestLevelAgreed() {
    Finding unmet =
        only(
            LeakageDetector.DEFAULT.detect(MODEL, IncidentValue.evidence()),
            LeakageDetector.UNMET_REQUIREMENT);
    assertThat(unmet.data()).containsEntry("measure", "hours to restore");
    assertThat(unmet.message())
        .isEqualTo(
            "Requirement same-shift-fix of stakeholder warehouse-manager asks "
                + MODEL.requirements().get(1).warranty().orElseThrow()
                + " of service incident-resolution-service, but the best level agreed is 4");
  }

  private static WarrantyTarget hoursToRestore(double hours) {
    return WarrantyTarget.of(
        WarrantyLevel.of(
            WarrantyAspect.CONTINUITY,
            "hours to restore",
            hours,
            MeasureDirection.LOWER_IS_BETTER));
  }

  @Test
  void theBestOfSeveralAgreedLevelsIsHeldAgainstTheRequirement() {
    // Three hours and five agreed, in either order: three is the best, still short of two.
    for (List<WarrantyTarget> levels :
        List.of(
            List.of(hoursToRestore(3), hoursToRestore(5)),
            List.of(hoursToRestore(5), hoursToRestore(3)))) {
      ServicePerformance performance = MODEL.performances().get(0).withWarranty(levels);
      Finding unmet =
          only(
              LeakageDetector.DEFAULT.detect(MODEL.withPerformances(List.of(performance))),
              LeakageDetector.UNMET_REQUIREMENT);
      assertThat(unmet.evidence()).containsEntry("bestAgreed", 3.0);
      assertThat(unmet.message()).endsWith(", but the best level agreed is 3");
    }
    // Two hours agreed meets it exactly.
    ServicePerformance meets =
        MODEL.performances().get(0).withWarranty(List.of(hoursToRestore(5), hoursToRestore(2)));
    assertThat(
            LeakageDetector.DEFAULT
                .detect(MODEL.withPerformances(List.of(meets)))
                .findings(LeakageDetector.UNMET_REQUIREMENT))
        .isEmpty();
  }

  @Test
  void aServiceWithoutPerformanceMeetsNoRequirement() {
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(MODEL.withPerformances(List.of()));
    List<Finding> unmet = report.findings(LeakageDetector.UNMET_REQUIREMENT);
    assertThat(unmet)
        .extracting(f -> (Object) f.elements().get(0))
        .containsExactly(IncidentValue.RESTORE_DEVICE, IncidentValue.SAME_SHIFT_FIX);
    Finding utility = unmet.get(0);
    assertThat(utility.data()).containsEntry("kind", "utility");
    assertThat(utility.evidence())
        .containsEntry("utilityFeatures", 0.0)
        .containsEntry("meetingFeatures", 0.0)
        .containsEntry("threshold", 1.0);
    assertThat(utility.message())
        .isEqualTo(
            "Requirement restore-device of stakeholder warehouse-manager is not met: none of the 0"
                + " utility features of service incident-resolution-service meets it");
    Finding warranty = unmet.get(1);
    assertThat(warranty.evidence()).doesNotContainKey("bestAgreed");
    assertThat(warranty.message()).endsWith(", but no level of that measure is agreed");
  }

  @Test
  void aUtilityFeatureThatMeetsSomethingElseLeavesTheRequirementUnmet() {
    Requirement other =
        Requirement.builder()
            .id(org.covalue.value.RequirementId.of("loan-scanner"))
            .name("A loan scanner while the broken one is away")
            .stakeholder(IncidentValue.CUSTOMER)
            .service(IncidentValue.SERVICE)
            .build();
    ServicePerformance performance =
        MODEL
            .performances()
            .get(0)
            .withUtility(
                List.of(
                    UtilityFeature.builder()
                        .description("Lends a scanner")
                        .effect(UtilityEffect.SUPPORTS_PERFORMANCE)
                        .addMeet(other.id())
                        .build()));
    ValueModel model =
        MODEL
            .withRequirements(List.of(MODEL.requirements().get(0), other))
            .withPerformances(List.of(performance));
    Finding unmet = only(LeakageDetector.DEFAULT.detect(model), LeakageDetector.UNMET_REQUIREMENT);
    assertThat(unmet.elements()).startsWith(IncidentValue.RESTORE_DEVICE);
    assertThat(unmet.evidence()).containsEntry("utilityFeatures", 1.0);
    assertThat(unmet.message())
        .isEqualTo(
            "Requirement restore-device of stakeholder warehouse-manager is not met: none of the 1"
                + " utility feature of service incident-resolution-service meets it");
  }

  // Suboptimal provision or consumption.

  @Test
  void warrantyShortByExactlyTheToleranceIsTolerated() {
    // Six hours measured against four agreed: 50% short.
    assertThat(
            LeakageDetector.DEFAULT
                .withWarrantyTolerance(0.5)
                .detect(MODEL)
                .findings(LeakageDetector.WARRANTY_BELOW_TARGET))
        .isEmpty();
    Finding finding =
        only(
            LeakageDetector.DEFAULT.withWarrantyTolerance(0.25).detect(MODEL),
            LeakageDetector.WARRANTY_BELOW_TARGET);
    assertThat(finding.elements()).containsExactly(IncidentValue.SERVICE);
    assertThat(finding.data())
        .containsEntry("aspect", "continuity")
        .containsEntry("measure", "hours to restore")
        .containsEntry("direction", "lower-is-better");
    assertThat(finding.evidence()).containsEntry("threshold", 0.25);
    assertThat(finding.message()).endsWith(": 50% short, more than the tolerance of 25%");
  }

  @Test
  void aDeviationSaysHowManyCasesOfHowManyAndAgainstWhichThreshold() {
    Finding loops =
        only(
            LeakageDetector.DEFAULT.detect(MODEL, IncidentValue.evidence()),
            LeakageDetector.BACK_AND_FORTH);
    assertThat(loops.data()).containsEntry("cause", "suboptimal-provision-or-consumption");
    assertThat(loops.message())
        .isEqualTo(
            "1 of 2 observed cases of journey "
                + JOURNEY
                + " went back and forth (50%, above the threshold of 0%)");
    Finding abandoned =
        only(
            LeakageDetector.DEFAULT.detect(MODEL, IncidentValue.evidence()),
            LeakageDetector.ABANDONED_JOURNEY);
    assertThat(abandoned.message())
        .isEqualTo(
            "1 of 2 observed cases of journey "
                + JOURNEY
                + " stopped before the designed end (50%, above the threshold of 0%)");
  }

  @Test
  void aShareOfDeviatingCasesExactlyAtTheThresholdIsTolerated() {
    // 3 of 8 cases: 37.5%.
    LeakageEvidence threeOfEight = figures(8, 3);
    assertThat(
            LeakageDetector.DEFAULT
                .withJourneyDeviationThreshold(0.375)
                .detect(MODEL, threeOfEight)
                .findings(LeakageDetector.BACK_AND_FORTH))
        .isEmpty();
    Finding above =
        only(
            LeakageDetector.DEFAULT.withJourneyDeviationThreshold(0.25).detect(MODEL, threeOfEight),
            LeakageDetector.BACK_AND_FORTH);
    assertThat(above.elements()).containsExactly(JOURNEY);
    assertThat(above.evidence())
        .containsEntry("cases", 8.0)
        .containsEntry("deviatingCases", 3.0)
        .containsEntry("share", 0.375)
        .containsEntry("threshold", 0.25);
    assertThat(above.message()).endsWith("went back and forth (37.5%, above the threshold of 25%)");
  }

  @Test
  void aSingleObservedCaseIsOneCase() {
    Finding all =
        only(LeakageDetector.DEFAULT.detect(MODEL, figures(1, 1)), LeakageDetector.BACK_AND_FORTH);
    assertThat(all.message())
        .isEqualTo(
            "1 of 1 observed case of journey "
                + JOURNEY
                + " went back and forth (100%, above the threshold of 0%)");
    // No deviating case is no finding, even at a threshold of 0.
    assertThat(
            LeakageDetector.DEFAULT
                .detect(MODEL, figures(1, 0))
                .findings(LeakageDetector.BACK_AND_FORTH))
        .isEmpty();
  }

  @Test
  void useBelowPlanSaysWhatWasUsedAndWhatWasPlanned() {
    Finding use = only(LeakageDetector.DEFAULT.detect(MODEL), LeakageDetector.USE_BELOW_PLAN);
    assertThat(use.data())
        .containsEntry("cause", "suboptimal-provision-or-consumption")
        .containsEntry("measure", "self-help searches per month");
    assertThat(use.evidence()).containsEntry("threshold", 0.0);
    assertThat(use.message())
        .isEqualTo(
            "Service incident-resolution-service was used 120 (self-help searches per month)"
                + " where plan desk-value-plan planned 200: 40% short, more than the tolerance of"
                + " 0%");
    // 120 of 200 is 40% short: a tolerance of exactly 40% accepts it.
    assertThat(
            LeakageDetector.DEFAULT
                .withUseTolerance(0.4)
                .detect(MODEL)
                .findings(LeakageDetector.USE_BELOW_PLAN))
        .isEmpty();
    assertThat(
            only(
                    LeakageDetector.DEFAULT.withUseTolerance(0.3).detect(MODEL),
                    LeakageDetector.USE_BELOW_PLAN)
                .message())
        .endsWith(": 40% short, more than the tolerance of 30%");
  }

  @Test
  void aUseWithoutAnActualIsNotHeldAgainstItsPlan() {
    ValueCoCreationPlan plan = MODEL.plans().get(0);
    ValueCoCreationPlan unmeasured =
        ValueCoCreationPlan.builder()
            .from(plan)
            .uses(
                List.of(PlannedUse.of(IncidentValue.SERVICE, "self-help searches per month", 200)))
            .build();
    assertThat(
            LeakageDetector.DEFAULT
                .detect(withPlan(unmeasured))
                .findings(LeakageDetector.USE_BELOW_PLAN))
        .isEmpty();
  }

  // Lack of value tracking and realization.

  @Test
  void anUnmeasuredOutcomeNamesThePlanAndTheOutcome() {
    Finding unmeasured =
        only(LeakageDetector.DEFAULT.detect(MODEL), LeakageDetector.UNMEASURED_OUTCOME);
    assertThat(unmeasured.evidence())
        .containsEntry("plannedOutcomes", 2.0)
        .containsEntry("measures", 0.0)
        .containsEntry("threshold", 1.0);
    assertThat(unmeasured.message())
        .isEqualTo(
            "Plan desk-value-plan commits to outcome picking-continues without a measure, so its"
                + " value cannot be tracked");
  }

  @Test
  void anOutcomeBelowPlanSaysByHowMuch() {
    Finding below = only(LeakageDetector.DEFAULT.detect(MODEL), LeakageDetector.OUTCOME_BELOW_PLAN);
    assertThat(below.data())
        .containsEntry("measure", "picking hours lost per incident")
        .containsEntry("direction", "lower-is-better");
    assertThat(below.evidence()).containsEntry("threshold", 0.0);
    assertThat(below.message())
        .isEqualTo(
            "Outcome work-resumes of plan desk-value-plan measured 1.5 of picking hours lost per"
                + " incident against a planned 1: 50% short, more than the tolerance of 0%");
    // 1.5 against 1 is 50% short: exactly at a tolerance of 50%, not a finding.
    assertThat(
            LeakageDetector.DEFAULT
                .withOutcomeTolerance(0.5)
                .detect(MODEL)
                .findings(LeakageDetector.OUTCOME_BELOW_PLAN))
        .isEmpty();
  }

  @Test
  void aShortfallTooLargeForANumberIsStillLeakageWithoutEvidence() {
    // A target of the smallest positive double, measured at 1 where lower is better: the shortfall
    // relative to the target is beyond any double.
    ValueCoCreationPlan plan = MODEL.plans().get(0);
    ValueCoCreationPlan tiny =
        ValueCoCreationPlan.builder()
            .from(plan)
            .outcomes(
                List.of(
                    PlannedOutcome.of(
                        IncidentValue.WORK_RESUMES,
                        OutcomeMeasure.of(
                                "defects", Double.MIN_VALUE, MeasureDirection.LOWER_IS_BETTER)
                            .withMeasured(1))))
            .build();
    Finding below =
        only(
            LeakageDetector.DEFAULT.withOutcomeTolerance(1e300).detect(withPlan(tiny)),
            LeakageDetector.OUTCOME_BELOW_PLAN);
    assertThat(below.evidence())
        .doesNotContainKey("shortfall")
        .containsEntry("measured", 1.0)
        .containsEntry("target", Double.MIN_VALUE)
        .containsEntry("threshold", 1e300);
    assertThat(below.message())
        .isEqualTo(
            "Outcome work-resumes of plan desk-value-plan measured 1 of defects against a planned"
                + " 4.900e-324: more than any number short, more than the tolerance of 1.000e+302%");
  }

  @Test
  void aPlanAlongAJourneyWithoutARealizeStepSaysWhy() {
    CustomerJourney journey = IncidentValue.journey();
    CustomerJourney shortened =
        CustomerJourney.builder()
            .from(journey)
            .touchpoints(
                journey.touchpoints().stream()
                    .filter(t -> t.step() != CustomerJourneyStep.REALIZE)
                    .toList())
            .interactions(journey.interactionsAt(CustomerJourneyStep.CO_CREATE))
            .build();
    ValueModel withoutRealize = MODEL.withJourney(MODEL.journey().withJourneys(List.of(shortened)));
    Finding finding =
        only(LeakageDetector.DEFAULT.detect(withoutRealize), LeakageDetector.NO_REALIZE_STEP);
    assertThat(finding.data()).containsEntry("cause", "lack-of-value-tracking-and-realization");
    assertThat(finding.evidence())
        .containsEntry("realizeElements", 0.0)
        .containsEntry("threshold", 1.0);
    assertThat(finding.message())
        .isEqualTo(
            "Plan desk-value-plan is tracked along journey "
                + journey.id()
                + ", which has no touchpoint or interaction at the realize step, where value is"
                + " realized against the plan");
    // A plan along an unknown journey is the validator's to report, not the detector's.
    ValueCoCreationPlan elsewhere =
        ValueCoCreationPlan.builder()
            .from(MODEL.plans().get(0))
            .journey(JourneyId.of("elsewhere"))
            .build();
    assertThat(
            LeakageDetector.DEFAULT
                .detect(withPlan(elsewhere))
                .findings(LeakageDetector.NO_REALIZE_STEP))
        .isEmpty();
  }

  @Test
  void evidenceAboutAnUnknownRelationshipIsRefusedWithItsPath() {
    LeakageEvidence stray =
        LeakageEvidence.builder()
            .addBandWidth(
                org.covalue.value.evidence.MeasuredBandWidth.of(
                    ServiceRelationshipId.of("elsewhere"),
                    org.covalue.core.relationship.BandWidth.WIDE,
                    org.covalue.core.Score.ONE))
            .build();
    assertThatThrownBy(() -> LeakageDetector.DEFAULT.detect(MODEL, stray))
        .hasMessageContaining("bandWidths[0].relationship");
  }

  @Test
  void aReportWithoutFindingsHasNoLeakage() {
    ValueLeakageReport none = ValueLeakageReport.of(LeakageDetector.DEFAULT, List.of(), List.of());
    assertThat(none.hasLeakage()).isFalse();
    assertThat(none.byCause()).isEmpty();
  }

  @Test
  void theFindingsByCauseCannotBeChanged() {
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(MODEL, IncidentValue.evidence());
    List<Finding> misaligned =
        java.util.Objects.requireNonNull(
            report.byCause().get(org.covalue.value.ValueLeakageCause.RELATIONSHIP_MISALIGNMENT));
    Finding first = misaligned.get(0);
    assertThatThrownBy(() -> misaligned.add(first))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
