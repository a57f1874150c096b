package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.Violation;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * Laws of the visibility validator: consistent models pass, each kind of defect is reported at its
 * path, validation never throws, the journey model's violations are the journey validator's under
 * {@code journey}, and on loose models it reports exactly what a simple scan finds.
 */
class VisibilityValidatorPropertiesTest {

  private static final int EXAMPLES = 300;

  @Test
  void consistentModelsHaveNoViolation() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.models())
        .checkAssert(
            model -> {
              assertThat(VisibilityValidator.validate(model)).as("%s", model).isEmpty();
              assertThat(VisibilityValidator.requireValid(model)).isSameAs(model);
            });
    qt().withExamples(30)
        .forAll(Visibilities.models(10))
        .checkAssert(model -> assertThat(VisibilityValidator.validate(model)).isEmpty());
  }

  @Test
  void everyKindOfDefectIsReportedAtItsPath() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.invalidModels())
        .checkAssert(
            invalid -> {
              List<Violation> violations = VisibilityValidator.validate(invalid.model());
              assertThat(Laws.paths(violations))
                  .as("%s", invalid)
                  .containsAnyElementsOf(invalid.expectedPaths());
              Laws.assertRejected(invalid.asInvalidInput());
            });
  }

  @Test
  void validationNeverThrowsAndRequireValidThrowsExactlyTheViolations() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Visibilities.looseModels()
                .mix(Visibilities.invalidModels().map(InvalidModel::model), 30))
        .checkAssert(
            model -> {
              List<Violation> violations = VisibilityValidator.validate(model);
              Throwable thrown = catchThrowable(() -> VisibilityValidator.requireValid(model));
              if (violations.isEmpty()) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class);
                assertThat(((InvalidModelException) thrown).violations()).isEqualTo(violations);
              }
            });
  }

  @Test
  void theViolationsOfTheJourneyModelAreTheJourneyValidatorsUnderJourney() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Visibilities.looseModels()
                .mix(Visibilities.invalidModels().map(InvalidModel::model), 50))
        .checkAssert(
            model -> {
              List<Violation> journey = new ArrayList<>();
              for (Violation violation : VisibilityValidator.validate(model)) {
                if (violation.path().startsWith("journey.")) {
                  journey.add(violation);
                }
              }
              List<Violation> expected = new ArrayList<>();
              JourneyValidator.validate(model.journey())
                  .forEach(violation -> expected.add(violation.under("journey")));
              assertThat(journey).isEqualTo(expected);
            });
  }

  @Test
  void onLooseModelsExactlyWhatASimpleScanFindsIsReported() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.looseModels())
        .checkAssert(
            model -> {
              List<Violation> violations = new ArrayList<>(VisibilityValidator.validate(model));
              violations.removeIf(violation -> violation.path().startsWith("journey."));
              assertThat(Laws.multiset(Laws.paths(violations)))
                  .as("%s", model)
                  .isEqualTo(Laws.multiset(expectedPaths(model)));
            });
  }

  /** What a simple scan of a loose model's visibility parts finds wrong. */
  private static List<String> expectedPaths(VisibilityModel model) {
    List<String> paths = new ArrayList<>();
    Set<PartyId> parties = new HashSet<>();
    model.journey().core().parties().forEach(party -> parties.add(party.id()));
    Set<Object> seen = new HashSet<>();
    List<EnvironmentElement> environment = model.environmentElements();
    for (int i = 0; i < environment.size(); i++) {
      if (!seen.add(environment.get(i).id())) {
        paths.add("environmentElements[" + i + "].id");
      }
      Optional<PartyId> owner = environment.get(i).owner();
      if (owner.isPresent() && !parties.contains(owner.get())) {
        paths.add("environmentElements[" + i + "].owner");
      }
    }
    Set<PracticeId> practices = new HashSet<>();
    List<Practice> practiceList = model.practices();
    for (int i = 0; i < practiceList.size(); i++) {
      if (!practices.add(practiceList.get(i).id())) {
        paths.add("practices[" + i + "].id");
      }
      if (!parties.contains(practiceList.get(i).owner())) {
        paths.add("practices[" + i + "].owner");
      }
    }
    Set<List<Object>> drawn = new HashSet<>();
    List<LineOfVisibility> lines = model.lines();
    for (int i = 0; i < lines.size(); i++) {
      LineOfVisibility line = lines.get(i);
      String path = "lines[" + i + "]";
      if (!parties.contains(line.party())) {
        paths.add(path + ".party");
      }
      if (!drawn.add(List.of(line.party(), line.targetConsumerGroup()))) {
        paths.add(path);
      }
      if (line.targetConsumerGroup().isPresent()) {
        boolean served = false;
        for (ServiceOffering offering : model.journey().core().offerings()) {
          served |=
              offering.provider().equals(line.party())
                  && offering.targetConsumerGroup().equals(line.targetConsumerGroup().get());
        }
        if (!served) {
          paths.add(path + ".targetConsumerGroup");
        }
      }
      addPlaced(paths, model, line, line.shown(), path + ".shown");
      addPlaced(paths, model, line, line.hidden(), path + ".hidden");
    }
    List<Dependency> dependencies = model.dependencies();
    for (int i = 0; i < dependencies.size(); i++) {
      if (!exists(model, dependencies.get(i).dependent())) {
        paths.add("dependencies[" + i + "].dependent");
      }
      if (!exists(model, ElementRef.of(dependencies.get(i).dependsOn()))) {
        paths.add("dependencies[" + i + "].dependsOn");
      }
    }
    List<ServiceActionDependency> actions = model.serviceActionDependencies();
    for (int i = 0; i < actions.size(); i++) {
      ServiceActionDependency dependency = actions.get(i);
      Optional<ServiceOffering> offering = Optional.empty();
      for (ServiceOffering candidate : model.journey().core().offerings()) {
        if (offering.isEmpty() && candidate.id().equals(dependency.offering())) {
          offering = Optional.of(candidate);
        }
      }
      if (offering.isEmpty()) {
        paths.add("serviceActionDependencies[" + i + "].offering");
      } else if (offering.get().serviceActions().stream()
          .map(ServiceAction::name)
          .noneMatch(dependency.action()::equals)) {
        paths.add("serviceActionDependencies[" + i + "].action");
      }
      if (!exists(model, ElementRef.of(dependency.dependsOn()))) {
        paths.add("serviceActionDependencies[" + i + "].dependsOn");
      }
    }
    Set<TypedId<?>> holders = new HashSet<>(parties);
    holders.addAll(practices);
    List<Responsibility> responsibilities = model.responsibilities();
    for (int i = 0; i < responsibilities.size(); i++) {
      if (!exists(model, responsibilities.get(i).element())) {
        paths.add("responsibilities[" + i + "].element");
      }
      if (!holders.contains(responsibilities.get(i).holder())) {
        paths.add("responsibilities[" + i + "].holder");
      }
    }
    return paths;
  }

  private static void addPlaced(
      List<String> paths,
      VisibilityModel model,
      LineOfVisibility line,
      Set<TypedId<?>> elements,
      String path) {
    for (TypedId<?> element : elements) {
      if (!exists(model, ElementRef.of(element))) {
        paths.add(path);
      } else {
        Optional<PartyId> owner = Reference.owner(model, element);
        if (owner.isPresent() && !owner.get().equals(line.party())) {
          paths.add(path);
        }
      }
    }
  }

  private static boolean exists(VisibilityModel model, ElementRef ref) {
    if (ref.journey().isPresent()) {
      Map<Object, CustomerJourney> first = new HashMap<>();
      model.journey().journeys().forEach(journey -> first.putIfAbsent(journey.id(), journey));
      CustomerJourney journey = first.get(ref.journey().get());
      if (journey == null) {
        return false;
      }
      List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
      elements.addAll(journey.interactions());
      return elements.stream().anyMatch(element -> element.id().equals(ref.id()));
    }
    for (ValueStream stream : model.journey().valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        if (activity.id().equals(ref.id())) {
          return true;
        }
      }
    }
    return model.journey().core().products().stream().anyMatch(p -> p.id().equals(ref.id()))
        || model.journey().core().resources().stream().anyMatch(r -> r.id().equals(ref.id()))
        || model.environmentElements().stream().anyMatch(e -> e.id().equals(ref.id()));
  }
}
