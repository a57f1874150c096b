package org.covalue.testkit.laws.value;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.offering.Service;
import org.covalue.testkit.Values;
import org.covalue.testkit.laws.Laws;
import org.covalue.testkit.laws.Laws.Shape;
import org.covalue.value.Money;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueRules;
import org.junit.jupiter.api.Test;

/**
 * Laws every analysis of covalue-value keeps about its findings: selecting by rule filters them,
 * {@code hasErrors()} agrees with their severities, their rules are in {@link ValueRules#all()},
 * and each finding names the kinds of element, the data and the evidence its rule's documentation
 * promises; every leakage finding names its cause and its threshold.
 */
class AnalysisFindingsPropertiesTest {

  private static final List<String> LEAK = List.of("cause");
  private static final List<String> DEVIATION =
      List.of("cases", "deviatingCases", "share", "threshold");
  private static final List<String> SHORTFALL =
      List.of("measured", "target", "shortfall", "threshold");
  private static final List<String> LINK = List.of("layerDifference", "weight", "threshold");

  private static Shape shape(Rule rule, String kinds, List<String> data, List<String> evidence) {
    return Shape.of(rule, kinds, data, evidence);
  }

  /** What the Javadoc of each analysis says about the findings of each of its rules. */
  private static final Map<Rule, Shape> SHAPES =
      Map.ofEntries(
          entry(
              ServiceValueAssessment.NOT_VALUABLE,
              shape(
                      ServiceValueAssessment.NOT_VALUABLE,
                      "stakeholder service",
                      List.of(),
                      List.of(
                          "outcomeWorth",
                          "costValue",
                          "riskExposure",
                          "costWeight",
                          "riskWeight",
                          "balance",
                          "threshold"))
                  .withOptionalData("currency")),
          entry(
              ServiceValueAssessment.NO_OUTCOME,
              shape(
                  ServiceValueAssessment.NO_OUTCOME,
                  "stakeholder service",
                  List.of(),
                  List.of("outcomes", "threshold"))),
          entry(
              ServiceValueAssessment.UNWEIGHED_COST,
              shape(
                  ServiceValueAssessment.UNWEIGHED_COST,
                  "cost stakeholder",
                  List.of(),
                  List.of("unweighedHours", "unvaluedResources"))),
          entry(
              StepValueAnalysis.REMOVES_MORE_THAN_ADDS,
              shape(
                  StepValueAnalysis.REMOVES_MORE_THAN_ADDS,
                  "journey( step-value-contribution)+",
                  List.of("step", "perspective"),
                  List.of("added", "removed", "net", "offset", "threshold"))),
          entry(
              StepValueAnalysis.OFFSET_ELSEWHERE,
              shape(
                  StepValueAnalysis.OFFSET_ELSEWHERE,
                  "journey( step-value-contribution)+",
                  List.of("step", "perspective"),
                  List.of("added", "removed", "net", "offset", "threshold"))),
          entry(
              StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION,
              shape(
                  StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION,
                  "journey",
                  List.of(),
                  List.of("touchpoints", "interactions", "threshold"))),
          entry(
              StepValueAnalysis.SERVICE_WITHOUT_INTERACTION,
              shape(
                  StepValueAnalysis.SERVICE_WITHOUT_INTERACTION,
                  "service",
                  List.of(),
                  List.of("relationshipPairs", "interactions", "threshold"))),
          entry(
              LeakageDetector.TYPE_OF_SERVICE_MISMATCH,
              shape(
                  LeakageDetector.TYPE_OF_SERVICE_MISMATCH,
                  "service-relationship service-offering",
                  List.of("cause", "relationshipType", "typeOfService", "expectedType"),
                  List.of("closenessDifference", "threshold"))),
          entry(
              LeakageDetector.BAND_WIDTH_MISMATCH,
              shape(
                      LeakageDetector.BAND_WIDTH_MISMATCH,
                      "service-relationship",
                      List.of(
                          "cause",
                          "measuredWidth",
                          "expectedWidth",
                          "relationshipType",
                          "direction"),
                      List.of("measuredShare", "widthDifference", "threshold"))
                  .withSeverities(Severity.WARNING, Severity.INFO)),
          entry(
              LeakageDetector.UNENGAGED_STAKEHOLDER,
              shape(
                  LeakageDetector.UNENGAGED_STAKEHOLDER,
                  "stakeholder",
                  List.of("cause", "strategy"),
                  List.of(
                      "engagements",
                      "recordedEngagements",
                      "journeyEncounters",
                      "influence",
                      "interest",
                      "threshold"))),
          entry(
              LeakageDetector.UNMET_REQUIREMENT,
              shape(
                      LeakageDetector.UNMET_REQUIREMENT,
                      "requirement stakeholder service",
                      List.of("cause", "kind"),
                      List.of("threshold"))
                  .withOptionalData("aspect", "measure", "direction")
                  .withOptionalEvidence(
                      "utilityFeatures", "meetingFeatures", "required", "bestAgreed")),
          entry(
              LeakageDetector.WARRANTY_BELOW_TARGET,
              shape(
                  LeakageDetector.WARRANTY_BELOW_TARGET,
                  "service",
                  List.of("cause", "aspect", "measure", "direction"),
                  SHORTFALL)),
          entry(
              LeakageDetector.BACK_AND_FORTH,
              shape(LeakageDetector.BACK_AND_FORTH, "journey", LEAK, DEVIATION)),
          entry(
              LeakageDetector.ABANDONED_JOURNEY,
              shape(LeakageDetector.ABANDONED_JOURNEY, "journey", LEAK, DEVIATION)),
          entry(
              LeakageDetector.SKIPPED_STEPS,
              shape(LeakageDetector.SKIPPED_STEPS, "journey", LEAK, DEVIATION)),
          entry(
              LeakageDetector.USE_BELOW_PLAN,
              shape(
                  LeakageDetector.USE_BELOW_PLAN,
                  "value-co-creation-plan service",
                  List.of("cause", "measure"),
                  List.of("planned", "actual", "shortfall", "threshold"))),
          entry(
              LeakageDetector.UNMEASURED_OUTCOME,
              shape(
                  LeakageDetector.UNMEASURED_OUTCOME,
                  "value-co-creation-plan outcome",
                  LEAK,
                  List.of("plannedOutcomes", "measures", "threshold"))),
          entry(
              LeakageDetector.NO_REALIZE_STEP,
              shape(
                  LeakageDetector.NO_REALIZE_STEP,
                  "value-co-creation-plan journey",
                  List.of("cause", "step"),
                  List.of("realizeElements", "threshold"))),
          entry(
              LeakageDetector.UNREALIZED_JOURNEY,
              shape(LeakageDetector.UNREALIZED_JOURNEY, "journey", LEAK, DEVIATION)),
          entry(
              LeakageDetector.OUTCOME_BELOW_PLAN,
              shape(
                  LeakageDetector.OUTCOME_BELOW_PLAN,
                  "value-co-creation-plan outcome",
                  List.of("cause", "measure", "direction"),
                  SHORTFALL)),
          entry(
              ValueDriverAnalysis.UNDRIVEN,
              shape(
                  ValueDriverAnalysis.UNDRIVEN,
                  "value-driver-chain value-driver",
                  List.of("layer"),
                  List.of("drivenBy", "threshold"))),
          entry(
              ValueDriverAnalysis.DRIVES_NOTHING,
              shape(
                  ValueDriverAnalysis.DRIVES_NOTHING,
                  "value-driver-chain value-driver",
                  List.of("layer"),
                  List.of("drives", "threshold"))),
          entry(
              ValueDriverAnalysis.UNMEASURED,
              shape(
                  ValueDriverAnalysis.UNMEASURED,
                  "value-driver-chain value-driver",
                  List.of("layer"),
                  List.of("measurements", "threshold"))),
          entry(
              ValueDriverAnalysis.SKIPPED_LAYER,
              shape(
                  ValueDriverAnalysis.SKIPPED_LAYER,
                  "value-driver-chain value-driver value-driver",
                  List.of("driverLayer", "drivenLayer"),
                  LINK)),
          entry(
              ValueDriverAnalysis.BACKWARD_LINK,
              shape(
                  ValueDriverAnalysis.BACKWARD_LINK,
                  "value-driver-chain value-driver value-driver",
                  List.of("driverLayer", "drivenLayer"),
                  LINK)));

  @Test
  void everyRuleHasADocumentedShape() {
    assertThat(SHAPES.keySet()).containsExactlyInAnyOrderElementsOf(ValueRules.all());
  }

  @Test
  void leakageFindingsKeepTheContract() {
    qt().withExamples(200)
        .forAll(Values.leakageScenarios())
        .checkAssert(
            scenario ->
                Laws.assertFindingContract(
                    LeakageDetector.DEFAULT.detect(scenario.model(), scenario.evidence()),
                    ValueRules.all(),
                    SHAPES));
  }

  @Test
  void assessmentAndStepFindingsKeepTheContract() {
    qt().withExamples(200)
        .forAll(Values.models())
        .checkAssert(
            model -> {
              for (Service service : model.core().services()) {
                Laws.assertFindingContract(
                    ServiceValueAssessor.DEFAULT.assess(model, service.id()),
                    ValueRules.all(),
                    SHAPES);
                Laws.assertFindingContract(
                    ServiceValueAssessor.of(BigDecimal.TEN, BigDecimal.TEN)
                        .withTimeRate(Money.of("30", "EUR"))
                        .assess(model, service.id()),
                    ValueRules.all(),
                    SHAPES);
              }
              Laws.assertFindingContract(StepValueAnalysis.of(model), ValueRules.all(), SHAPES);
            });
  }

  @Test
  void driverFindingsKeepTheContract() {
    qt().withExamples(300)
        .forAll(Values.chains())
        .checkAssert(
            chain ->
                Laws.assertFindingContract(
                    ValueDriverAnalysis.of(chain), ValueRules.all(), SHAPES));
  }
}
