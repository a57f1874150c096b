package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Score;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Value leakage (§1.2.6): each of the four causes on the incident journey, and each rule with its
 * evidence and threshold.
 */
class LeakageDetectorTest {

  private static final ValueLeakageReport REPORT =
      LeakageDetector.DEFAULT.detect(IncidentValue.model(), IncidentValue.evidence());

  private static List<Rule> rules(ValueLeakageReport report) {
    List<Rule> rules = new ArrayList<>();
    report.findings().forEach(f -> rules.add(f.rule()));
    return rules;
  }

  private static Finding only(ValueLeakageReport report, Rule rule) {
    assertThat(report.findings(rule)).hasSize(1);
    return report.findings(rule).get(0);
  }

  @Test
  void theIncidentJourneyLeaksValueForEachOfTheFourCauses() {
    assertThat(REPORT.causes()).containsExactlyElementsOf(ValueLeakageCause.predefined());
    assertThat(rules(REPORT))
        .containsExactly(
            LeakageDetector.BAND_WIDTH_MISMATCH,
            LeakageDetector.UNENGAGED_STAKEHOLDER,
            LeakageDetector.UNMET_REQUIREMENT,
            LeakageDetector.WARRANTY_BELOW_TARGET,
            LeakageDetector.BACK_AND_FORTH,
            LeakageDetector.ABANDONED_JOURNEY,
            LeakageDetector.USE_BELOW_PLAN,
            LeakageDetector.UNMEASURED_OUTCOME,
            LeakageDetector.OUTCOME_BELOW_PLAN);
    Map<ValueLeakageCause, List<Finding>> byCause = REPORT.byCause();
    assertThat(byCause.get(ValueLeakageCause.RELATIONSHIP_MISALIGNMENT)).hasSize(2);
    assertThat(byCause.get(ValueLeakageCause.MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS)).hasSize(1);
    assertThat(byCause.get(ValueLeakageCause.SUBOPTIMAL_PROVISION_OR_CONSUMPTION)).hasSize(4);
    assertThat(byCause.get(ValueLeakageCause.LACK_OF_VALUE_TRACKING_AND_REALIZATION)).hasSize(2);
    for (Finding finding : REPORT.findings()) {
      assertThat(finding.reference()).isEqualTo(ItilReference.section("1.2.6"));
      assertThat(finding.data()).containsKey("cause");
      assertThat(finding.evidence()).containsKey("threshold");
      assertThat(finding.elements()).isNotEmpty();
      assertThat(ValueRules.all()).contains(finding.rule());
      assertThat(REPORT.causeOf(finding)).isPresent();
    }
    assertThat(REPORT.hasLeakage()).isTrue();
    assertThat(REPORT.toString())
        .isEqualTo(
            "ValueLeakageReport{findings=9, byCause={RELATIONSHIP_MISALIGNMENT=2,"
                + " MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS=1,"
                + " SUBOPTIMAL_PROVISION_OR_CONSUMPTION=4,"
                + " LACK_OF_VALUE_TRACKING_AND_REALIZATION=2}}");
  }

  @Test
  void relationshipMisalignmentNarrowBandAndAnUnengagedWorksCouncil() {
    Finding band = only(REPORT, LeakageDetector.BAND_WIDTH_MISMATCH);
    assertThat(band.severity()).isEqualTo(Severity.WARNING);
    assertThat(band.elements()).containsExactly(IncidentValue.RELATIONSHIP);
    assertThat(band.data())
        .containsEntry("cause", "relationship-misalignment")
        .containsEntry("measuredWidth", "narrow")
        .containsEntry("expectedWidth", "moderate")
        .containsEntry("direction", "narrower");
    assertThat(band.evidence())
        .containsEntry("measuredShare", 0.25)
        .containsEntry("widthDifference", -1.0)
        .containsEntry("threshold", 0.0);
    assertThat(band.message())
        .isEqualTo(
            "The band of visibility of cooperative relationship desk-for-warehouse was measured"
                + " narrow (25% of its elements seen by both parties), narrower than the moderate"
                + " band such a relationship calls for (tolerance 0)");

    Finding council = only(REPORT, LeakageDetector.UNENGAGED_STAKEHOLDER);
    assertThat(council.elements()).containsExactly(IncidentValue.WORKS_COUNCIL);
    assertThat(council.evidence())
        .containsEntry("engagements", 0.0)
        .containsEntry("threshold", 1.0);
  }

  @Test
  void unmetRequirementAFixWithinTwoHoursWhereFourAreAgreed() {
    Finding unmet = only(REPORT, LeakageDetector.UNMET_REQUIREMENT);
    assertThat(unmet.elements())
        .containsExactly(
            IncidentValue.SAME_SHIFT_FIX, IncidentValue.CUSTOMER, IncidentValue.SERVICE);
    assertThat(unmet.data())
        .containsEntry("cause", "missed-opportunity-or-unmet-requirements")
        .containsEntry("kind", "warranty")
        .containsEntry("aspect", "continuity")
        .containsEntry("direction", "lower-is-better");
    assertThat(unmet.evidence())
        .containsEntry("required", 2.0)
        .containsEntry("bestAgreed", 4.0)
        .containsEntry("threshold", 2.0);
  }

  @Test
  void suboptimalProvisionAndConsumption() {
    Finding warranty = only(REPORT, LeakageDetector.WARRANTY_BELOW_TARGET);
    assertThat(warranty.evidence())
        .containsEntry("measured", 6.0)
        .containsEntry("target", 4.0)
        .containsEntry("shortfall", 0.5)
        .containsEntry("threshold", 0.0);
    assertThat(warranty.message())
        .isEqualTo(
            "Service incident-resolution-service measured 6 of hours to restore against an agreed 4: 50%"
                + " short, more than the tolerance of 0%");

    Finding loops = only(REPORT, LeakageDetector.BACK_AND_FORTH);
    assertThat(loops.elements()).containsExactly(IncidentValue.journey().id());
    assertThat(loops.evidence())
        .containsEntry("cases", 2.0)
        .containsEntry("deviatingCases", 1.0)
        .containsEntry("share", 0.5)
        .containsEntry("threshold", 0.0);
    assertThat(only(REPORT, LeakageDetector.ABANDONED_JOURNEY).evidence())
        .containsEntry("deviatingCases", 1.0);
    assertThat(REPORT.findings(LeakageDetector.SKIPPED_STEPS)).isEmpty();

    Finding use = only(REPORT, LeakageDetector.USE_BELOW_PLAN);
    assertThat(use.elements()).containsExactly(IncidentValue.PLAN, IncidentValue.SERVICE);
    assertThat(use.evidence())
        .containsEntry("planned", 200.0)
        .containsEntry("actual", 120.0)
        .containsEntry("shortfall", 0.4);
  }

  @Test
  void lackOfValueTracking() {
    Finding unmeasured = only(REPORT, LeakageDetector.UNMEASURED_OUTCOME);
    assertThat(unmeasured.elements())
        .containsExactly(IncidentValue.PLAN, IncidentValue.PICKING_CONTINUES);
    Finding below = only(REPORT, LeakageDetector.OUTCOME_BELOW_PLAN);
    assertThat(below.elements()).containsExactly(IncidentValue.PLAN, IncidentValue.WORK_RESUMES);
    assertThat(below.evidence())
        .containsEntry("measured", 1.5)
        .containsEntry("target", 1.0)
        .containsEntry("shortfall", 0.5);
    assertThat(below.data()).containsEntry("cause", "lack-of-value-tracking-and-realization");
  }

  @Test
  void aPlanAlongAJourneyWithoutARealizeStepCannotBeTracked() {
    ValueModel model = IncidentValue.model();
    CustomerJourney journey = IncidentValue.journey();
    List<Touchpoint> noRealize = new ArrayList<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      if (touchpoint.step() != CustomerJourneyStep.REALIZE) {
        noRealize.add(touchpoint);
      }
    }
    CustomerJourney shortened =
        CustomerJourney.builder()
            .from(journey)
            .touchpoints(noRealize)
            .interactions(journey.interactionsAt(CustomerJourneyStep.CO_CREATE))
            .build();
    ValueModel withoutRealize = model.withJourney(model.journey().withJourneys(List.of(shortened)));
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(withoutRealize);
    Finding finding = only(report, LeakageDetector.NO_REALIZE_STEP);
    assertThat(finding.elements()).containsExactly(IncidentValue.PLAN, journey.id());
    assertThat(finding.data()).containsEntry("step", "realize");
    assertThat(LeakageDetector.DEFAULT.detect(model).findings(LeakageDetector.NO_REALIZE_STEP))
        .isEmpty();
  }

  @Test
  void aRelationshipCloserOrLooserThanItsTypeOfServiceIsMisaligned() {
    ValueModel model =
        IncidentValue.model()
            .withOfferingTypes(Map.of(IncidentValue.OFFERING, TypeOfService.COMMODITY));
    Finding finding =
        only(LeakageDetector.DEFAULT.detect(model), LeakageDetector.TYPE_OF_SERVICE_MISMATCH);
    assertThat(finding.elements())
        .containsExactly(IncidentValue.RELATIONSHIP, IncidentValue.OFFERING);
    assertThat(finding.data())
        .containsEntry("relationshipType", "cooperative")
        .containsEntry("typeOfService", "commodity")
        .containsEntry("expectedType", "basic");
    assertThat(finding.evidence())
        .containsEntry("closenessDifference", 1.0)
        .containsEntry("threshold", 0.0);
    assertThat(
            LeakageDetector.DEFAULT
                .withClosenessTolerance(1)
                .detect(model)
                .findings(LeakageDetector.TYPE_OF_SERVICE_MISMATCH))
        .isEmpty();
  }

  @Test
  void aBandWiderThanNeededIsInformation() {
    LeakageEvidence wide =
        LeakageEvidence.builder()
            .addBandWidth(
                MeasuredBandWidth.of(IncidentValue.RELATIONSHIP, BandWidth.WIDE, Score.of(0.9)))
            .build();
    Finding finding =
        only(
            LeakageDetector.DEFAULT.detect(IncidentValue.model(), wide),
            LeakageDetector.BAND_WIDTH_MISMATCH);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.data()).containsEntry("direction", "wider");
  }

  @Test
  void anEngagementOrAJourneyEncounterRemovesTheUnengagedFinding() {
    ValueModel model = IncidentValue.model();
    ValueModel engaged =
        ValueModel.builder()
            .from(model)
            .addEngagement(
                Engagement.of(
                    IncidentValue.WORKS_COUNCIL, CustomerJourneyStep.AGREE, "Consulted on hours"))
            .build();
    assertThat(
            LeakageDetector.DEFAULT.detect(engaged).findings(LeakageDetector.UNENGAGED_STAKEHOLDER))
        .isEmpty();
    assertThat(
            LeakageDetector.DEFAULT
                .withMinimumEngagements(2)
                .detect(engaged)
                .findings(LeakageDetector.UNENGAGED_STAKEHOLDER))
        .hasSize(1);
  }

  @Test
  void thresholdsTolerateNoise() {
    LeakageDetector tolerant =
        LeakageDetector.DEFAULT
            .withWarrantyTolerance(0.5)
            .withJourneyDeviationThreshold(0.5)
            .withUseTolerance(0.5)
            .withOutcomeTolerance(0.5);
    ValueLeakageReport report = tolerant.detect(IncidentValue.model(), IncidentValue.evidence());
    assertThat(rules(report))
        .containsExactly(
            LeakageDetector.BAND_WIDTH_MISMATCH,
            LeakageDetector.UNENGAGED_STAKEHOLDER,
            LeakageDetector.UNMET_REQUIREMENT,
            LeakageDetector.UNMEASURED_OUTCOME);
    assertThat(tolerant.journeyDeviationThreshold()).isEqualTo(0.5);
  }

  @Test
  void skippedStepsAndCountsThatAreNotKnown() {
    JourneyId journey = IncidentValue.journey().id();
    LeakageEvidence analytics =
        LeakageEvidence.builder()
            .addJourneyPath(
                JourneyPathFigures.builder().journey(journey).cases(10).skippedStepCases(3).build())
            .build();
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(IncidentValue.model(), analytics);
    assertThat(only(report, LeakageDetector.SKIPPED_STEPS).evidence()).containsEntry("share", 0.3);
    assertThat(report.findings(LeakageDetector.BACK_AND_FORTH)).isEmpty();
    assertThat(report.findings(LeakageDetector.ABANDONED_JOURNEY)).isEmpty();
  }

  @Test
  void casesThatNeverReachRealizeLeaveValueUntracked() {
    JourneyId journey = IncidentValue.journey().id();
    LeakageEvidence unrealized =
        LeakageEvidence.builder()
            .addJourneyPath(
                JourneyPathFigures.builder().journey(journey).cases(4).unrealizedCases(1).build())
            .build();
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(IncidentValue.model(), unrealized);
    Finding finding = only(report, LeakageDetector.UNREALIZED_JOURNEY);
    assertThat(report.byCause().get(ValueLeakageCause.LACK_OF_VALUE_TRACKING_AND_REALIZATION))
        .contains(finding);
    assertThat(finding.data()).containsEntry("cause", "lack-of-value-tracking-and-realization");
    assertThat(finding.elements()).containsExactly(journey);
    assertThat(finding.evidence())
        .containsEntry("cases", 4.0)
        .containsEntry("deviatingCases", 1.0)
        .containsEntry("share", 0.25)
        .containsEntry("threshold", 0.0);
    assertThat(finding.message())
        .isEqualTo(
            "1 of 4 observed cases of journey incident-resolution never reached the realize step"
                + " (25%, above the threshold of 0%)");
    assertThat(report.findings(LeakageDetector.ABANDONED_JOURNEY)).isEmpty();
    // A share at the threshold is tolerated.
    assertThat(
            LeakageDetector.DEFAULT
                .withJourneyDeviationThreshold(0.25)
                .detect(IncidentValue.model(), unrealized)
                .findings(LeakageDetector.UNREALIZED_JOURNEY))
        .isEmpty();
  }

  @Test
  void evidenceAboutElementsTheModelDoesNotHoldIsRefused() {
    LeakageEvidence stray =
        LeakageEvidence.builder()
            .addBandWidth(
                MeasuredBandWidth.of(
                    ServiceRelationshipId.of("elsewhere"), BandWidth.WIDE, Score.ONE))
            .addJourneyPath(
                JourneyPathFigures.builder().journey(JourneyId.of("nowhere")).cases(1).build())
            .build();
    assertThatThrownBy(() -> LeakageDetector.DEFAULT.detect(IncidentValue.model(), stray))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).violations())
                    .extracting(v -> v.path())
                    .containsExactly("bandWidths[0].relationship", "journeyPaths[0].journey"));
  }

  @Test
  void applicationsAddTheirOwnCauses() {
    ValueLeakageCause suppliers = ValueLeakageCause.of("SUPPLIER_FAILURE");
    Rule late =
        Rule.of(
            "acme.late-parts",
            Severity.WARNING,
            ItilReference.section("1.2.6"),
            "Spare parts arrive late");
    LeakageCheck check =
        new LeakageCheck() {
          @Override
          public ValueLeakageCause cause() {
            return suppliers;
          }

          @Override
          public List<Finding> check(ValueModel model, LeakageEvidence evidence) {
            return List.of(
                Finding.builder(late)
                    .message("Parts for scanners arrive after two days")
                    .addElement(IncidentValue.SERVICE)
                    .build());
          }
        };
    ValueLeakageReport report =
        LeakageDetector.DEFAULT.withCheck(check).detect(IncidentValue.model());
    assertThat(report.findings(suppliers)).extracting(Finding::rule).containsExactly(late);
    assertThat(report.causes()).endsWith(suppliers);
    assertThat(suppliers.isPredefined()).isFalse();
  }

  @Test
  void settingsAreCheckedAndPrinted() {
    assertThatThrownBy(() -> LeakageDetector.DEFAULT.withJourneyDeviationThreshold(1.5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "journeyDeviationThreshold: LeakageDetector journeyDeviationThreshold must be between"
                + " 0 and 1, but was 1.5");
    assertThatThrownBy(() -> LeakageDetector.DEFAULT.withMinimumEngagements(0))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> LeakageDetector.DEFAULT.withWarrantyTolerance(Double.NaN))
        .isInstanceOf(InvalidModelException.class);
    assertThat(
            LeakageDetector.of(
                org.covalue.core.analysis.StakeholderClassifier.DEFAULT, 0, 1, 0, 0, 0, 0))
        .isEqualTo(LeakageDetector.DEFAULT)
        .hasSameHashCodeAs(LeakageDetector.DEFAULT);
    assertThat(LeakageDetector.DEFAULT.toString()).startsWith("LeakageDetector{classifier=");
  }

  @Test
  void aRelationshipOfAnotherTypeChangesWhatTheBandIsHeldAgainst() {
    ValueModel model = IncidentValue.model();
    ServiceRelationship basic =
        model.core().relationships().get(0).withType(ServiceRelationshipType.BASIC);
    ValueModel basicModel =
        model.withJourney(model.journey().withCore(model.core().withRelationships(List.of(basic))));
    ValueLeakageReport report =
        LeakageDetector.DEFAULT.detect(basicModel, IncidentValue.evidence());
    assertThat(report.findings(LeakageDetector.BAND_WIDTH_MISMATCH)).isEmpty();
    List<TypedId<?>> elements = only(report, LeakageDetector.TYPE_OF_SERVICE_MISMATCH).elements();
    assertThat(elements).containsExactly(IncidentValue.RELATIONSHIP, IncidentValue.OFFERING);
  }
}
