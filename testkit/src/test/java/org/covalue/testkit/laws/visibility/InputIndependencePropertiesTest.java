package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.covalue.core.TypedId;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.analysis.PromisedPart;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.api.Tuple3;
import org.quicktheories.core.Gen;

/**
 * The results of every visibility analysis depend neither on the order of a model's lists nor on
 * the names of its ids: a reordered model gives the same results, a renamed model the renamed
 * results.
 */
class InputIndependencePropertiesTest {

  private static final int EXAMPLES = 150;

  /** What the analyses answer about one relationship, with every id passed through a renaming. */
  private record Results(
      Set<ElementRef> band,
      Set<ElementRef> outside,
      Object width,
      Map<List<Object>, Integer> hiddenDependencies,
      Set<ElementRef> unmanaged,
      List<Object> assessment,
      Map<List<Object>, List<Object>> products) {}

  /** How ids and references are passed on to the results: as they are, or renamed. */
  private record Names(UnaryOperator<TypedId<?>> ids, UnaryOperator<ElementRef> refs) {
    static final Names SAME = new Names(id -> id, ref -> ref);
    static final Names RENAMED = new Names(Renaming::id, Renaming::ref);
  }

  private static Results results(
      VisibilityModel model, ServiceRelationship relationship, Names names) {
    UnaryOperator<TypedId<?>> rename = names.ids();
    BandOfVisibility band = BandOfVisibility.of(model, relationship);
    List<List<Object>> hidden = new ArrayList<>();
    for (HiddenDependency dependency : HiddenDependencies.of(model, relationship).dependencies()) {
      List<Object> path = new ArrayList<>();
      dependency.path().forEach(id -> path.add(rename.apply(id)));
      hidden.add(
          List.of(
              path, dependency.journey().map(rename), dependency.part(), dependency.partType()));
    }
    Set<ElementRef> unmanaged = new HashSet<>();
    ManagedBand.of(model, relationship)
        .unmanaged()
        .forEach(e -> unmanaged.add(names.refs().apply(e)));
    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);
    Map<List<Object>, List<Object>> products = new HashMap<>();
    for (Product product : model.journey().core().products()) {
      for (ServiceOffering offering : model.journey().core().offerings()) {
        String group = offering.targetConsumerGroup();
        ProductVisibility visibility = ProductVisibility.of(model, product.id(), group);
        List<List<Object>> promises = new ArrayList<>();
        for (PromisedPart promise : visibility.hiddenPromises()) {
          promises.add(
              List.of(
                  rename.apply(promise.offering()),
                  promise.part(),
                  promise.partType(),
                  rename.apply(promise.element())));
        }
        products.put(
            List.of(rename.apply(product.id()), group),
            List.of(
                ids(visibility.visible(), rename),
                ids(visibility.hidden(), rename),
                Laws.multiset(promises)));
      }
    }
    return new Results(
        refs(band.elements(), names),
        refs(band.outside(), names),
        band.width(),
        Laws.multiset(hidden),
        unmanaged,
        List.of(
            assessment.measured(),
            assessment.lowest(),
            assessment.highest(),
            assessment.share(),
            assessment.findings().size()),
        products);
  }

  private static Set<ElementRef> refs(Set<ElementRef> refs, Names names) {
    Set<ElementRef> renamed = new HashSet<>();
    refs.forEach(ref -> renamed.add(names.refs().apply(ref)));
    return renamed;
  }

  private static Set<TypedId<?>> ids(Set<TypedId<?>> ids, UnaryOperator<TypedId<?>> rename) {
    Set<TypedId<?>> renamed = new HashSet<>();
    ids.forEach(id -> renamed.add(rename.apply(id)));
    return renamed;
  }

  /** A model, the same model with every list drawn in another order, and a relationship. */
  private static Gen<Tuple3<VisibilityModel, VisibilityModel, ServiceRelationship>> reordered() {
    Gen<Pair<VisibilityModel, ServiceRelationship>> pairs =
        Visibilities.withRelationship(Visibilities.models());
    return in -> {
      Pair<VisibilityModel, ServiceRelationship> pair = pairs.generate(in);
      VisibilityModel model = pair._1;
      JourneyModel journey = model.journey();
      VisibilityModel shuffled =
          VisibilityModel.builder()
              .journey(
                  JourneyModel.builder()
                      .from(journey)
                      .core(
                          journey
                              .core()
                              .withParties(Draw.shuffle(in, journey.core().parties()))
                              .withRelationships(Draw.shuffle(in, journey.core().relationships()))
                              .withResources(Draw.shuffle(in, journey.core().resources()))
                              .withProducts(Draw.shuffle(in, journey.core().products()))
                              .withServices(Draw.shuffle(in, journey.core().services()))
                              .withOfferings(Draw.shuffle(in, journey.core().offerings())))
                      .valueStreams(Draw.shuffle(in, journey.valueStreams()))
                      .journeys(Draw.shuffle(in, journey.journeys()))
                      .build())
              .environmentElements(Draw.shuffle(in, model.environmentElements()))
              .practices(Draw.shuffle(in, model.practices()))
              .lines(Draw.shuffle(in, model.lines()))
              .dependencies(Draw.shuffle(in, model.dependencies()))
              .serviceActionDependencies(Draw.shuffle(in, model.serviceActionDependencies()))
              .responsibilities(Draw.shuffle(in, model.responsibilities()))
              .build();
      return Tuple3.of(model, shuffled, pair._2);
    };
  }

  @Test
  void resultsDoNotDependOnTheOrderOfTheModelsLists() {
    qt().withExamples(EXAMPLES)
        .forAll(reordered())
        .checkAssert(
            triple ->
                assertThat(results(triple._2, triple._3, Names.SAME))
                    .isEqualTo(results(triple._1, triple._3, Names.SAME)));
  }

  @Test
  void resultsDoNotDependOnTheNamesOfIds() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.withRelationship(Visibilities.models()))
        .checkAssert(
            pair -> {
              VisibilityModel model = Renaming.strip(pair._1);
              VisibilityModel renamed = Renaming.model(model);
              ServiceRelationship relationship = Renaming.relationship(pair._2);
              assertThat(results(renamed, relationship, Names.SAME))
                  .isEqualTo(results(model, pair._2, Names.RENAMED));
            });
  }

  @Test
  void strippingWhatNoAnalysisReadsChangesNoResult() {
    qt().withExamples(50)
        .forAll(Visibilities.withRelationship(Visibilities.models()))
        .checkAssert(
            pair ->
                assertThat(results(Renaming.strip(pair._1), pair._2, Names.SAME))
                    .isEqualTo(results(pair._1, pair._2, Names.SAME)));
  }
}
