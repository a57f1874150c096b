package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/**
 * Checks that the visibility generators reach the cases the laws of {@code
 * org.covalue.testkit.laws.visibility} depend on: bands with something on both sides of the lines,
 * tailored lines that apply, elements nobody owns, every kind of hidden dependency, unmanaged
 * elements, bands too narrow, too wide and as called for, and broken promises.
 */
class VisibilityGeneratorCoverageTest {

  private static boolean tailoredLineApplies(Pair<VisibilityModel, ServiceRelationship> pair) {
    BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
    for (LineOfVisibility line : pair._1.lines()) {
      if (line.party().equals(pair._2.provider())
          && line.targetConsumerGroup().isPresent()
          && band.targetConsumerGroups().contains(line.targetConsumerGroup().get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hiddenDependencyFrom(
      Pair<VisibilityModel, ServiceRelationship> pair, Predicate<HiddenDependency> kind) {
    return HiddenDependencies.of(pair._1, pair._2).dependencies().stream().anyMatch(kind);
  }

  private static boolean unownedInBand(Pair<VisibilityModel, ServiceRelationship> pair) {
    BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
    return band.elements(ElementKind.ENVIRONMENT_ELEMENT).stream()
            .anyMatch(e -> isUnowned(pair._1, e))
        || band.elements(ElementKind.RESOURCE).stream().anyMatch(e -> isUnowned(pair._1, e));
  }

  private static boolean isUnowned(VisibilityModel model, ElementRef element) {
    return model.environmentElements().stream()
            .anyMatch(e -> e.id().equals(element.id()) && e.owner().isEmpty())
        || model.journey().core().resources().stream()
            .anyMatch(r -> r.id().equals(element.id()) && r.owner().isEmpty());
  }

  private static boolean brokenPromise(VisibilityModel model) {
    for (Product product : model.journey().core().products()) {
      for (ServiceOffering offering : model.journey().core().offerings()) {
        if (ProductVisibility.of(model, product.id(), offering.targetConsumerGroup())
            .hasHiddenPromises()) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void consistentModelsShowEveryCaseTheLawsDependOn() {
    Map<String, Predicate<Pair<VisibilityModel, ServiceRelationship>>> features = new HashMap<>();
    features.put(
        "placeable elements in the band",
        p -> BandOfVisibility.of(p._1, p._2).width().placeableInBand() > 0);
    features.put(
        "elements outside the band", p -> !BandOfVisibility.of(p._1, p._2).outside().isEmpty());
    features.put(
        "a tailored line that applies", VisibilityGeneratorCoverageTest::tailoredLineApplies);
    features.put(
        "an element nobody owns in the band", VisibilityGeneratorCoverageTest::unownedInBand);
    features.put(
        "an environment element in the band",
        p -> !BandOfVisibility.of(p._1, p._2).elements(ElementKind.ENVIRONMENT_ELEMENT).isEmpty());
    features.put(
        "a touchpoint on a hidden activity",
        p -> hiddenDependencyFrom(p, d -> d.journey().isPresent()));
    features.put(
        "an offering part on a hidden element",
        p -> hiddenDependencyFrom(p, d -> d.part().isPresent()));
    features.put(
        "a service action on a hidden element",
        p ->
            hiddenDependencyFrom(
                p,
                d ->
                    d.partType()
                        .equals(
                            java.util.Optional.of(
                                org.covalue.core.offering.ServiceOfferingComponentType
                                    .SERVICE_ACTION))));
    features.put(
        "an offering through a service",
        p ->
            hiddenDependencyFrom(
                p, d -> d.path().size() == 3 && d.path().get(1) instanceof ServiceId));
    features.put(
        "a journey's service on a hidden product",
        p -> hiddenDependencyFrom(p, d -> d.from() instanceof ServiceId));
    features.put(
        "a band element on a hidden element",
        p ->
            hiddenDependencyFrom(
                p, d -> d.journey().isEmpty() && !(d.from() instanceof ServiceOfferingId)));
    features.put("an unmanaged element", p -> ManagedBand.of(p._1, p._2).hasUnmanagedElements());
    features.put("a managed element", p -> !ManagedBand.of(p._1, p._2).holders().isEmpty());
    Function<Pair<VisibilityModel, ServiceRelationship>, BandWidthAssessment> check =
        p -> BandWidthCheck.DEFAULT.check(BandOfVisibility.of(p._1, p._2));
    features.put("a band too narrow", p -> check.apply(p).isTooNarrow());
    features.put("a band too wide", p -> check.apply(p).isTooWide());
    features.put(
        "a band as called for", p -> !check.apply(p).isTooNarrow() && !check.apply(p).isTooWide());
    features.put("a broken promise", p -> brokenPromise(p._1));
    Coverage.assertEachSeenAtLeast(
        Coverage.sample(Visibilities.withRelationship(Visibilities.models()), features), 10);
  }

  @Test
  void invalidModelsCoverEveryKindOfDefect() {
    Map<String, Integer> kinds = new HashMap<>();
    Function<InvalidModel<VisibilityModel>, String> kind =
        invalid ->
            invalid.expectedPaths().get(0).startsWith("journey.")
                ? "journey"
                : invalid.expectedPaths().get(0).replaceAll("\\[\\d+]", "[]");
    qt().withExamples(1500)
        .forAll(Visibilities.invalidModels())
        .checkAssert(invalid -> kinds.merge(kind.apply(invalid), 1, Integer::sum));
    assertThat(kinds.keySet())
        .contains(
            "journey",
            "environmentElements[].id",
            "environmentElements[].owner",
            "practices[].id",
            "practices[].owner",
            "lines[].party",
            "lines[]",
            "lines[].targetConsumerGroup",
            "lines[].shown",
            "dependencies[].dependent",
            "dependencies[].dependsOn",
            "serviceActionDependencies[].offering",
            "serviceActionDependencies[].action",
            "responsibilities[].element",
            "responsibilities[].holder");
  }
}
