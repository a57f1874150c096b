package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.ValueStreamRuleBreach;
import org.covalue.testkit.laws.Laws;
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
              assertThat(JourneyValidator.validate(model)).as("%s", model).isEmpty();
              assertThat(CoreModelValidator.validate(model.core())).isEmpty();
              assertThat(JourneyValidator.requireValid(model)).isSameAs(model);
            });
    qt().withExamples(40)
        .forAll(JourneyModels.models(10))
        .checkAssert(model -> assertThat(JourneyValidator.validate(model)).isEmpty());
  }

  @Test
  void modelsThatOnlyBreakAValueStreamRulePassTheValidator() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.ruleBreaches().map(ValueStreamRuleBreach::model))
        .checkAssert(
            model -> assertThat(JourneyValidator.validate(model)).as("%s", model).isEmpty());
  }

  @Test
  void everyKindOfDefectIsReportedAtItsPath() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.invalidModels())
        .checkAssert(
            invalid -> {
              List<Violation> violations = JourneyValidator.validate(invalid.model());
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
                .mix(JourneyModels.invalidModels().map(InvalidModel::model), 30))
        .checkAssert(
            model -> {
              List<Violation> violations = JourneyValidator.validate(model);
              Throwable thrown = catchThrowable(() -> JourneyValidator.requireValid(model));
              if (violations.isEmpty()) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class);
                assertThat(((InvalidModelException) thrown).violations()).isEqualTo(violations);
              }
              assertThat(JourneyValidator.validate(model))
                  .as("validation has no side effects")
                  .isEqualTo(violations);
            });
  }

  /**
   * Every violation outside the core a loose model should get: repeated ids at their later
   * positions, dangling references, repeated case ids and experiences about unknown journeys or
   * touchpoints.
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
    model.core().parties().forEach(party -> parties.add(party.id()));
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
      for (ValueStreamId stream : journey.directPartOf()) {
        if (!streams.contains(stream)) {
          paths.add(path + ".directPartOf");
        }
      }
      Set<ServiceId> services = new HashSet<>();
      model.core().services().forEach(service -> services.add(service.id()));
      for (ServiceId service : journey.services()) {
        if (!services.contains(service)) {
          paths.add(path + ".services");
        }
      }
    }
    Set<CaseId> cases = new HashSet<>();
    List<ObservedJourney> observed = model.observedJourneys();
    for (int i = 0; i < observed.size(); i++) {
      if (!cases.add(observed.get(i).caseId())) {
        paths.add("observedJourneys[" + i + "].caseId");
      }
    }
    List<ExperienceObservation> experiences = model.experiences();
    for (int i = 0; i < experiences.size(); i++) {
      ExperienceObservation experience = experiences.get(i);
      Optional<CustomerJourney> journey = Optional.empty();
      for (CustomerJourney candidate : model.journeys()) {
        if (journey.isEmpty() && experience.journey().equals(Optional.of(candidate.id()))) {
          journey = Optional.of(candidate);
        }
      }
      if (experience.journey().isPresent() && journey.isEmpty()) {
        paths.add("experiences[" + i + "].journey");
      } else if (journey.isPresent()
          && experience.touchpoint().isPresent()
          && journey.get().touchpoint(experience.touchpoint().get()).isEmpty()) {
        paths.add("experiences[" + i + "].touchpoint");
      }
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
              List<Violation> violations = new ArrayList<>(JourneyValidator.validate(model));
              violations.removeIf(violation -> violation.path().startsWith("core."));
              assertThat(Laws.multiset(Laws.paths(violations)))
                  .as("%s", model)
                  .isEqualTo(Laws.multiset(expectedPaths(model)));
              for (Violation violation : violations) {
                if (violation.path().endsWith(".id") || violation.path().endsWith(".caseId")) {
                  assertThat(violation.message()).contains(" appears twice, first at ");
                } else {
                  assertThat(violation.message()).startsWith("Unknown ");
                }
              }
            });
  }

  @Test
  void theViolationsOfTheCoreAreTheCoreValidatorsUnderCore() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(
            JourneyModels.looseModels()
                .mix(JourneyModels.invalidModels().map(InvalidModel::model), 50))
        .checkAssert(
            model -> {
              List<Violation> core = new ArrayList<>();
              for (Violation violation : JourneyValidator.validate(model)) {
                if (violation.path().startsWith("core.")) {
                  core.add(violation);
                }
              }
              List<Violation> expected = new ArrayList<>();
              CoreModelValidator.validate(model.core())
                  .forEach(violation -> expected.add(violation.under("core")));
              assertThat(core).isEqualTo(expected);
            });
  }
}
