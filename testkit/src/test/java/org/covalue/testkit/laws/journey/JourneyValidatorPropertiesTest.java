package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.InvalidJourneyModel;
import org.covalue.testkit.JourneyModel;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.ValueStreamRuleBreach;
import org.junit.jupiter.api.Test;

/**
 * Laws of the journey validator: consistent models pass, each kind of defect is reported at its
 * path, validation never throws, and on loose models it reports exactly the repeated ids and the
 * dangling references a simple scan finds.
 */
class JourneyValidatorPropertiesTest {

  private static final int MODEL_EXAMPLES = 300;

  @Test
  void consistentModelsHaveNoViolation() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.models())
        .checkAssert(
            model -> {
              assertThat(model.validate()).as("%s", model).isEmpty();
              model.validator().requireValid();
            });
    qt().withExamples(40)
        .forAll(JourneyModels.models(10))
        .checkAssert(model -> assertThat(model.validate()).isEmpty());
  }

  @Test
  void modelsThatOnlyBreakAValueStreamRulePassTheValidator() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.ruleBreaches().map(ValueStreamRuleBreach::model))
        .checkAssert(model -> assertThat(model.validate()).as("%s", model).isEmpty());
  }

  @Test
  void everyKindOfDefectIsReportedAtItsPath() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.invalidModels())
        .checkAssert(
            invalid -> {
              List<Violation> violations = invalid.model().validate();
              assertThat(violations).as("%s", invalid).isNotEmpty();
              assertThat(Laws.paths(violations))
                  .as("%s", invalid)
                  .containsAnyElementsOf(invalid.expectedPaths());
              Laws.assertRejected(invalid.asInvalidInput());
            });
  }

  @Test
  void validationNeverThrowsAndRequireValidThrowsExactlyTheViolations() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(
            JourneyModels.looseModels()
                .mix(JourneyModels.invalidModels().map(InvalidJourneyModel::model), 30))
        .checkAssert(
            model -> {
              List<Violation> violations = model.validate();
              Throwable thrown = catchThrowable(() -> model.validator().requireValid());
              if (violations.isEmpty()) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class);
                assertThat(((InvalidModelException) thrown).violations()).isEqualTo(violations);
              }
              assertThat(model.validate())
                  .as("validation has no side effects")
                  .isEqualTo(violations);
            });
  }

  /**
   * Every violation a loose model should get: repeated ids at their later positions, then dangling
   * references.
   */
  private static List<String> expectedPaths(JourneyModel model) {
    List<String> paths = new ArrayList<>();
    Set<ValueStreamId> streams = new HashSet<>();
    for (int i = 0; i < model.valueStreams().size(); i++) {
      if (!streams.add(model.valueStreams().get(i).id())) {
        paths.add("valueStreams[" + i + "].id");
      }
    }
    Set<JourneyId> journeyIds = new HashSet<>();
    for (int i = 0; i < model.journeys().size(); i++) {
      if (!journeyIds.add(model.journeys().get(i).id())) {
        paths.add("journeys[" + i + "].id");
      }
    }
    Set<PartyId> parties = new HashSet<>();
    model.parties().forEach(party -> parties.add(party.id()));
    Set<ValueStreamActivityId> activities = new HashSet<>();
    for (int i = 0; i < model.valueStreams().size(); i++) {
      ValueStream stream = model.valueStreams().get(i);
      if (!parties.contains(stream.owner())) {
        paths.add("valueStreams[" + i + "].owner");
      }
      List<ValueStreamActivity> own = stream.activities();
      for (int j = 0; j < own.size(); j++) {
        if (!activities.add(own.get(j).id())) {
          paths.add("valueStreams[" + i + "].activities[" + j + "].id");
        }
      }
    }
    for (int i = 0; i < model.journeys().size(); i++) {
      CustomerJourney journey = model.journeys().get(i);
      String path = "journeys[" + i + "]";
      if (!parties.contains(journey.consumer())) {
        paths.add(path + ".consumer");
      }
      journey
          .providers()
          .forEach(
              provider -> {
                if (!parties.contains(provider)) {
                  paths.add(path + ".providers");
                }
              });
      journey
          .valueStreams()
          .forEach(
              stream -> {
                if (!streams.contains(stream)) {
                  paths.add(path + ".valueStreams");
                }
              });
      addUnknownActivities(paths, path + ".touchpoints", journey.touchpoints(), activities);
      addUnknownActivities(paths, path + ".interactions", journey.interactions(), activities);
    }
    return paths;
  }

  private static void addUnknownActivities(
      List<String> paths,
      String list,
      List<? extends JourneyElement> elements,
      Set<ValueStreamActivityId> known) {
    for (int k = 0; k < elements.size(); k++) {
      for (ValueStreamActivityId activity : elements.get(k).activities()) {
        if (!known.contains(activity)) {
          paths.add(list + "[" + k + "].activities");
        }
      }
    }
  }

  @Test
  void onLooseModelsExactlyTheRepeatedIdsAndDanglingReferencesAreReported() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.looseModels())
        .checkAssert(
            model -> {
              List<Violation> violations = model.validate();
              assertThat(Laws.multiset(Laws.paths(violations)))
                  .as("%s", model)
                  .isEqualTo(Laws.multiset(expectedPaths(model)));
              for (Violation violation : violations) {
                if (violation.path().endsWith(".id")) {
                  assertThat(violation.message()).contains(" appears twice, first at ");
                } else {
                  assertThat(violation.message()).startsWith("Unknown ");
                }
              }
            });
  }
}
