package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.JourneyId;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.VisibilityRules;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * Laws of hidden dependencies: every one names a real path of the model from an element both
 * parties see to one they do not, every such step out of the band is reported, and the findings say
 * what the documentation promises.
 */
class HiddenDependenciesPropertiesTest {

  private static final int EXAMPLES = 200;

  /** The node a path element stands for: a band element with its journey, or an offering id. */
  private static Object node(TypedId<?> id, Optional<JourneyId> journey, boolean first) {
    if (id instanceof ServiceOfferingId || id instanceof ServiceId) {
      return id;
    }
    if (first && journey.isPresent()) {
      return id instanceof org.covalue.journey.TouchpointId touchpoint
          ? ElementRef.of(journey.get(), touchpoint)
          : ElementRef.of(journey.get(), (org.covalue.journey.ServiceInteractionId) id);
    }
    return ElementRef.of(id);
  }

  /** The services the relationship's journeys involve and the model holds. */
  private static java.util.Set<ServiceId> journeyServices(
      VisibilityModel model, ServiceRelationship relationship) {
    java.util.Set<ServiceId> services = new java.util.LinkedHashSet<>();
    java.util.Set<JourneyId> seen = new java.util.HashSet<>();
    for (var journey : model.journey().journeys()) {
      if (seen.add(journey.id())
          && journey.consumer().equals(relationship.consumer())
          && journey.providers().contains(relationship.provider())) {
        for (ServiceId service : journey.services()) {
          if (model.journey().core().services().stream().anyMatch(s -> s.id().equals(service))) {
            services.add(service);
          }
        }
      }
    }
    return services;
  }

  @Test
  void everyHiddenDependencyNamesARealPathOutOfTheBand() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.withRelationship(Visibilities.models()))
        .checkAssert(
            pair -> {
              VisibilityModel model = pair._1;
              ServiceRelationship relationship = pair._2;
              HiddenDependencies hidden = HiddenDependencies.of(model, relationship);
              BandOfVisibility band = hidden.band();
              assertThat(band).isEqualTo(BandOfVisibility.of(model, relationship));
              for (HiddenDependency dependency : hidden.dependencies()) {
                List<TypedId<?>> path = dependency.path();
                assertThat(path).hasSizeBetween(2, 3);
                Object first = node(path.get(0), dependency.journey(), true);
                if (first instanceof ElementRef ref) {
                  assertThat(band.elements()).as("%s starts in the band", dependency).contains(ref);
                  assertThat(dependency.part()).isEmpty();
                } else if (first instanceof ServiceId service) {
                  assertThat(journeyServices(model, relationship)).contains(service);
                } else {
                  assertThat(relationship.offerings()).contains((ServiceOfferingId) first);
                }
                assertThat(band.outside()).contains(dependency.hidden());
                for (int i = 1; i < path.size() - 1; i++) {
                  assertThat(path.get(0)).isInstanceOf(ServiceOfferingId.class);
                  assertThat(path.get(i)).isInstanceOf(ServiceId.class);
                }
                Object from = first;
                for (int i = 1; i < path.size(); i++) {
                  Object to = node(path.get(i), Optional.empty(), false);
                  assertThat(Reference.dependenciesOf(model, from))
                      .as("%s depends on %s in %s", from, to, dependency)
                      .contains(to);
                  from = to;
                }
                assertThat(dependency.part().isPresent())
                    .isEqualTo(dependency.partType().isPresent());
              }
            });
  }

  @Test
  void everyStepOutOfTheBandIsReported() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.withRelationship(Visibilities.models()))
        .checkAssert(
            pair -> {
              VisibilityModel model = pair._1;
              HiddenDependencies hidden = HiddenDependencies.of(model, pair._2);
              List<List<Object>> reported = new ArrayList<>();
              for (HiddenDependency dependency : hidden.dependencies()) {
                if (dependency.part().isEmpty()
                    && dependency.path().size() == 2
                    && !(dependency.from() instanceof ServiceOfferingId)
                    && !(dependency.from() instanceof ServiceId)) {
                  reported.add(
                      List.of(
                          node(dependency.from(), dependency.journey(), true),
                          dependency.hidden()));
                }
              }
              List<List<Object>> expected = new ArrayList<>();
              for (ElementRef element : hidden.band().elements()) {
                for (Object target :
                    new java.util.LinkedHashSet<>(Reference.dependenciesOf(model, element))) {
                  if (target instanceof ElementRef ref && hidden.band().outside().contains(ref)) {
                    expected.add(List.of(element, ref));
                  }
                }
              }
              assertThat(Laws.multiset(reported)).isEqualTo(Laws.multiset(expected));
            });
  }

  @Test
  void everyOfferingPartOrServiceOnAHiddenElementIsReported() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.withRelationship(Visibilities.models()))
        .checkAssert(
            pair -> {
              VisibilityModel model = pair._1;
              HiddenDependencies hidden = HiddenDependencies.of(model, pair._2);
              java.util.Set<List<TypedId<?>>> reported = new java.util.HashSet<>();
              for (HiddenDependency dependency : hidden.dependencies()) {
                if (dependency.from() instanceof ServiceOfferingId
                    || dependency.from() instanceof ServiceId) {
                  reported.add(dependency.path());
                }
              }
              java.util.Set<List<TypedId<?>>> expected = new java.util.HashSet<>();
              for (ServiceOfferingId offering : pair._2.offerings()) {
                for (Object target : Reference.dependenciesOf(model, offering)) {
                  if (target instanceof ElementRef ref && hidden.band().outside().contains(ref)) {
                    expected.add(List.of(offering, ref.id()));
                  } else if (target instanceof ServiceId service) {
                    for (Object product : Reference.dependenciesOf(model, service)) {
                      if (product instanceof ElementRef ref
                          && hidden.band().outside().contains(ref)) {
                        expected.add(List.of(offering, service, ref.id()));
                      }
                    }
                  }
                }
              }
              for (ServiceId service : journeyServices(model, pair._2)) {
                boolean described = false;
                for (ServiceOfferingId offering : pair._2.offerings()) {
                  described |= Reference.dependenciesOf(model, offering).contains(service);
                }
                if (!described) {
                  for (Object product : Reference.dependenciesOf(model, service)) {
                    if (product instanceof ElementRef ref
                        && hidden.band().outside().contains(ref)) {
                      expected.add(List.of(service, ref.id()));
                    }
                  }
                }
              }
              assertThat(reported).isEqualTo(expected);
            });
  }

  @Test
  void findingsNameThePathItsJourneyAndItsPart() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Visibilities.withRelationship(
                Visibilities.models().mix(Visibilities.looseModels(), 30)))
        .checkAssert(
            pair -> {
              HiddenDependencies hidden = HiddenDependencies.of(pair._1, pair._2);
              // The data differ with the start of the path, so the shape is checked here, not by
              // Laws.assertFindingContract; the rest of the contract is the same.
              assertThat(hidden.findings(HiddenDependencies.HIDDEN_DEPENDENCY))
                  .isEqualTo(hidden.findings());
              assertThat(hidden.hasErrors()).isFalse();
              assertThat(VisibilityRules.all()).contains(HiddenDependencies.HIDDEN_DEPENDENCY);
              List<HiddenDependency> dependencies = hidden.dependencies();
              assertThat(hidden.findings()).hasSameSizeAs(dependencies);
              assertThat(hidden.hasHiddenDependencies()).isEqualTo(!dependencies.isEmpty());
              for (int i = 0; i < dependencies.size(); i++) {
                HiddenDependency dependency = dependencies.get(i);
                Finding finding = hidden.findings().get(i);
                assertThat(finding.rule()).isEqualTo(HiddenDependencies.HIDDEN_DEPENDENCY);
                List<TypedId<?>> elements = new ArrayList<>(dependency.path());
                dependency.journey().ifPresent(elements::add);
                assertThat(finding.elements()).isEqualTo(elements);
                assertThat(finding.data())
                    .containsEntry("dependent", dependency.from().kind())
                    .containsEntry("hidden", dependency.to().kind());
                assertThat(finding.data().containsKey("part"))
                    .isEqualTo(dependency.part().isPresent());
                boolean journeyUse =
                    dependency.journey().isPresent()
                        && dependency.hidden().kind() == ElementKind.VALUE_STREAM_ACTIVITY;
                assertThat(finding.severity())
                    .isEqualTo(journeyUse ? Severity.WARNING : Severity.INFO);
                assertThat(finding.message()).contains(dependency.to().describe());
              }
            });
  }
}
