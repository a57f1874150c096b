package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Severity;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.StakeholderMapHistory;
import org.covalue.journey.analysis.StakeholderMapReview;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.ObservedJourneys;
import org.junit.jupiter.api.Test;

/**
 * Every analysis of covalue-journey prints a one-line summary of its own figures, as its Javadoc
 * says, for logs and debuggers: the counts in the text are the analysis's counts.
 */
class AnalysisSummariesPropertiesTest {

  @Test
  void modelAnalysesSummariseTheirFindings() {
    qt().withExamples(100)
        .forAll(JourneyModels.models())
        .checkAssert(
            model -> {
              ValueStreamAnalysis streams = ValueStreamAnalysis.of(model);
              long errors =
                  streams.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
              assertThat(streams)
                  .hasToString(
                      "ValueStreamAnalysis{findings="
                          + streams.findings().size()
                          + ", errors="
                          + errors
                          + "}");
              JourneyStepConditions conditions = JourneyStepConditions.of(model);
              assertThat(conditions)
                  .hasToString(
                      "JourneyStepConditions{findings=" + conditions.findings().size() + "}");
              JourneyServiceAnalysis services = JourneyServiceAnalysis.of(model);
              assertThat(services)
                  .hasToString(
                      "JourneyServiceAnalysis{findings=" + services.findings().size() + "}");
              for (CustomerJourney journey : model.journeys()) {
                StakeholderMapHistory history = StakeholderMapReview.DEFAULT.review(journey);
                assertThat(history)
                    .hasToString(
                        "StakeholderMapHistory{journey="
                            + journey.id()
                            + ", revisions="
                            + history.revisions().size()
                            + ", overdue="
                            + history.overdue().size()
                            + "}");
              }
            });
  }

  @Test
  void caseAnalysesSummariseTheirFigures() {
    qt().withExamples(100)
        .forAll(ObservedJourneys.cases())
        .checkAssert(
            c -> {
              JourneyConformance conformance = JourneyConformance.of(c.designed(), c.observed());
              JourneyPaths paths = JourneyPaths.of(c.designed(), c.observed());
              assertThat(paths)
                  .hasToString(
                      "JourneyPaths{returns="
                          + paths.returns().size()
                          + ", midWayEntry="
                          + paths.midWayEntry().isPresent()
                          + ", backTowardsStart="
                          + paths.backTowardsStart().isPresent()
                          + ", skippedSteps="
                          + paths.skippedSteps()
                          + "}");
              assertThat(conformance.toString())
                  .startsWith(
                      "JourneyConformance{journey="
                          + c.designed().id()
                          + ", caseId="
                          + c.observed().caseId()
                          + ", events="
                          + c.observed().events().size()
                          + ", missing="
                          + conformance.missing().size())
                  .endsWith(", paths=" + conformance.paths() + "}");
            });
  }

  @Test
  void reviewsAreValuesOfTheirSettings() {
    StakeholderMapReview one = StakeholderMapReview.of(1, StakeholderClassifier.DEFAULT);
    StakeholderMapReview two = StakeholderMapReview.of(2, StakeholderClassifier.DEFAULT);
    assertThat(two)
        .isEqualTo(StakeholderMapReview.DEFAULT)
        .hasSameHashCodeAs(StakeholderMapReview.DEFAULT);
    assertThat(one).isNotEqualTo(StakeholderMapReview.DEFAULT).isNotEqualTo("one");
    assertThat(one.hashCode()).isNotEqualTo(StakeholderMapReview.DEFAULT.hashCode());
    assertThat(one)
        .hasToString(
            "StakeholderMapReview{maxStepsWithoutRevision=1, classifier="
                + StakeholderClassifier.DEFAULT
                + "}");
  }
}
