package org.covalue.testkit.laws.journey;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.covalue.core.HasFindings;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyRules;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.StakeholderMapHistory;
import org.covalue.journey.analysis.StakeholderMapReview;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.ObservedJourneys;
import org.covalue.testkit.ValueStreamRuleBreach;
import org.covalue.testkit.laws.Laws;
import org.covalue.testkit.laws.Laws.Shape;
import org.junit.jupiter.api.Test;

/**
 * Laws every analysis of covalue-journey keeps about its findings: selecting by rule filters them,
 * {@code hasErrors()} agrees with their severities, their rules are in {@link JourneyRules#all()},
 * and each finding names the kinds of element, the data and the evidence its rule's documentation
 * promises.
 */
class AnalysisFindingsPropertiesTest {

  private static final String ELEMENT = "(touchpoint|service-interaction)";

  private static Shape shape(Rule rule, String kinds, List<String> data, List<String> evidence) {
    return Shape.of(rule, kinds, data, evidence);
  }

  /** What the Javadoc of each analysis says about the findings of each of its rules. */
  private static final Map<Rule, Shape> SHAPES =
      Map.ofEntries(
          entry(
              ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
              shape(
                  ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
                  "journey party",
                  List.of(),
                  List.of())),
          entry(
              ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
              shape(
                  ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
                  "value-stream journey",
                  List.of(),
                  List.of())),
          entry(
              ValueStreamAnalysis.SPANS_VALUE_STREAMS,
              shape(
                  ValueStreamAnalysis.SPANS_VALUE_STREAMS,
                  "journey( party)+",
                  List.of(),
                  List.of("valueStreams", "providers"))),
          entry(
              ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
              shape(
                  ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
                  "journey " + ELEMENT + " value-stream",
                  List.of(),
                  List.of())),
          entry(
              ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
              shape(
                  ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
                  "journey value-stream party",
                  List.of(),
                  List.of())),
          entry(
              ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
              shape(
                  ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
                  "journey " + ELEMENT + " value-stream-activity",
                  List.of(),
                  List.of())),
          entry(
              ValueStreamAnalysis.NOT_IN_ANY_JOURNEY,
              shape(ValueStreamAnalysis.NOT_IN_ANY_JOURNEY, "value-stream", List.of(), List.of())),
          entry(
              JourneyConformance.MISSING_TOUCHPOINT,
              shape(
                  JourneyConformance.MISSING_TOUCHPOINT,
                  "case touchpoint",
                  List.of("step"),
                  List.of())),
          entry(
              JourneyConformance.EXTRA_TOUCHPOINT,
              shape(
                  JourneyConformance.EXTRA_TOUCHPOINT,
                  "case touchpoint",
                  List.of(),
                  List.of("eventIndex"))),
          entry(
              JourneyConformance.REORDERED_TOUCHPOINT,
              shape(
                  JourneyConformance.REORDERED_TOUCHPOINT,
                  "case touchpoint",
                  List.of(),
                  List.of("eventIndex"))),
          entry(
              JourneyConformance.STEP_MISMATCH,
              shape(
                  JourneyConformance.STEP_MISMATCH,
                  "case touchpoint",
                  List.of("step", "designedStep"),
                  List.of("eventIndex"))),
          entry(
              JourneyPaths.MID_WAY_ENTRY,
              shape(
                      JourneyPaths.MID_WAY_ENTRY,
                      "case touchpoint",
                      List.of("step", "designedStart", "designedStartStep"),
                      List.of("passedBy"))
                  .withOptionalEvidence("entryPosition")),
          entry(
              JourneyPaths.BACK_AND_FORTH,
              shape(
                      JourneyPaths.BACK_AND_FORTH,
                      "case touchpoint",
                      List.of("kind", "step"),
                      List.of("eventIndex"))
                  .withOptionalEvidence("earlierIndex")),
          entry(
              JourneyPaths.SKIPPED_STEP,
              shape(JourneyPaths.SKIPPED_STEP, "case", List.of("step"), List.of())),
          entry(
              ValueStreamAnalysis.ONLY_DEPENDED_ON,
              shape(
                  ValueStreamAnalysis.ONLY_DEPENDED_ON,
                  "value-stream",
                  List.of(),
                  List.of("journeys"))),
          entry(
              ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN,
              shape(
                      ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN,
                      "journey value-stream party",
                      List.of("link"),
                      List.of("activities"))
                  .withSeverities(Severity.INFO, Severity.WARNING)),
          entry(
              JourneyPaths.BACK_TOWARDS_START,
              shape(
                  JourneyPaths.BACK_TOWARDS_START,
                  "case touchpoint( touchpoint)+",
                  List.of("step", "towardsStep"),
                  List.of("eventIndex", "touchpoints", "entryPosition", "earliestPosition"))),
          entry(
              JourneyStepConditions.INVEST_BEFORE_AGREE,
              shape(
                  JourneyStepConditions.INVEST_BEFORE_AGREE,
                  "(journey|case) touchpoint touchpoint",
                  List.of("step"),
                  List.of("index", "agreeIndex", "count"))),
          entry(
              JourneyStepConditions.AGREE_WITHOUT_TRANSITION,
              shape(
                  JourneyStepConditions.AGREE_WITHOUT_TRANSITION,
                  "(journey|case) touchpoint",
                  List.of(),
                  List.of("agreeIndex"))),
          entry(
              JourneyStepConditions.OFFER_BEFORE_ENGAGE,
              shape(
                  JourneyStepConditions.OFFER_BEFORE_ENGAGE,
                  "(journey|case) touchpoint touchpoint",
                  List.of("step"),
                  List.of("index", "engageIndex", "count"))),
          entry(
              JourneyServiceAnalysis.NO_SERVICE,
              shape(JourneyServiceAnalysis.NO_SERVICE, "journey", List.of(), List.of())),
          entry(
              JourneyServiceAnalysis.USE_WITHOUT_AGREEMENT,
              shape(
                  JourneyServiceAnalysis.USE_WITHOUT_AGREEMENT,
                  "journey service touchpoint",
                  List.of(),
                  List.of())),
          entry(
              StakeholderMapHistory.NOT_REVISED,
              shape(
                  StakeholderMapHistory.NOT_REVISED,
                  "journey",
                  List.of("step", "lastRevisionStep"),
                  List.of("stepsWithoutRevision", "maxStepsWithoutRevision"))));

  private static void check(HasFindings result) {
    Laws.assertFindingContract(result, JourneyRules.all(), SHAPES);
  }

  @Test
  void theCatalogueListsEveryRuleOnceAndEachHasADocumentedShape() {
    assertThat(JourneyRules.all()).doesNotHaveDuplicates();
    assertThat(JourneyRules.all().stream().map(Rule::id)).doesNotHaveDuplicates();
    assertThat(SHAPES.keySet()).containsExactlyInAnyOrderElementsOf(JourneyRules.all());
  }

  @Test
  void valueStreamAnalysesKeepTheFindingContract() {
    qt().withExamples(300)
        .forAll(
            JourneyModels.models()
                .mix(JourneyModels.ruleBreaches().map(ValueStreamRuleBreach::model), 40)
                .mix(JourneyModels.looseModels(), 40))
        .checkAssert(model -> check(ValueStreamAnalysis.of(model)));
  }

  @Test
  void conformanceAndPathsKeepTheFindingContract() {
    qt().withExamples(400)
        .forAll(Journeys.journeys().flatMap(ObservedJourneys::cases))
        .checkAssert(
            c -> {
              check(JourneyConformance.of(c.designed(), c.observed()));
              check(JourneyPaths.of(c.designed(), c.observed()));
            });
  }

  @Test
  void stepConditionsServicesAndMapHistoriesKeepTheFindingContract() {
    qt().withExamples(300)
        .forAll(JourneyModels.models().mix(JourneyModels.looseModels(), 40))
        .checkAssert(
            model -> {
              check(JourneyStepConditions.of(model));
              check(JourneyServiceAnalysis.of(model));
              for (var journey : model.journeys()) {
                check(StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(1).review(journey));
                check(StakeholderMapReview.DEFAULT.review(journey));
              }
            });
  }
}
