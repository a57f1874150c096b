package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.testkit.Visibilities;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthMeasure;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Laws of the band of visibility: what it holds agrees with the parties' lines, moving a line
 * outward never shrinks it, its width adds up, and it depends neither on the order of the model's
 * lists nor on the names of its ids.
 */
class BandOfVisibilityPropertiesTest {

  private static final int EXAMPLES = 200;

  static Gen<Pair<VisibilityModel, ServiceRelationship>> consistent() {
    return Visibilities.withRelationship(Visibilities.models());
  }

  @Test
  void theBandNeverHoldsAnElementHiddenByEitherLine() {
    qt().withExamples(EXAMPLES)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              VisibilityModel model = pair._1;
              ServiceRelationship relationship = pair._2;
              BandOfVisibility band = BandOfVisibility.of(model, relationship);
              Set<String> groups = Reference.groups(model, relationship);
              for (ElementRef element : band.elements()) {
                if (!element.kind().isPlaceable()) {
                  continue;
                }
                for (PartyId party : List.of(relationship.provider(), relationship.consumer())) {
                  Set<String> applying = party.equals(relationship.provider()) ? groups : Set.of();
                  boolean hidden = false;
                  boolean shown = false;
                  for (LineOfVisibility line : Reference.applicable(model, party, applying)) {
                    hidden |= line.isHidden(element.id());
                    shown |= line.isShown(element.id());
                  }
                  assertThat(hidden && !shown)
                      .as(
                          "%s is in the band of %s but %s's lines only hide it",
                          element, relationship.id(), party)
                      .isFalse();
                }
                Optional<PartyId> owner = Reference.owner(model, element.id());
                if (owner.isPresent()) {
                  assertThat(
                          Reference.placement(
                                      model,
                                      owner.get(),
                                      element.id(),
                                      owner.get().equals(relationship.provider())
                                          ? groups
                                          : Set.of())
                                  == 1
                              || Reference.shownByDefault(model, element.id()))
                      .as("nothing of %s's shows unless drawn in front or shown by default", owner)
                      .isTrue();
                }
              }
            });
  }

  @Test
  void whatTheBandHoldsIsWhatBothPartiesSeeByTheDocumentedRules() {
    qt().withExamples(EXAMPLES)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              for (ElementRef element : band.elements()) {
                if (element.kind().isPlaceable()) {
                  assertThat(Reference.seenByBoth(pair._1, pair._2, element.id()))
                      .as("%s in the band", element)
                      .isTrue();
                }
              }
              for (ElementRef element : band.outside()) {
                assertThat(element.kind().isPlaceable()).isTrue();
                assertThat(Reference.seenByBoth(pair._1, pair._2, element.id()))
                    .as("%s outside the band", element)
                    .isFalse();
              }
              Set<ElementRef> overlap = new HashSet<>(band.elements());
              overlap.retainAll(band.outside());
              assertThat(overlap).isEmpty();
            });
  }

  @Test
  void theRelationshipsTouchpointsAreInItsBandAndNoOthers() {
    qt().withExamples(EXAMPLES)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              ServiceRelationship relationship = pair._2;
              Set<ElementRef> expected = new HashSet<>();
              for (CustomerJourney journey : pair._1.journey().journeys()) {
                if (journey.consumer().equals(relationship.consumer())
                    && journey.providers().contains(relationship.provider())) {
                  for (Touchpoint touchpoint : journey.touchpoints()) {
                    if (touchpoint.parties().contains(relationship.provider())) {
                      expected.add(ElementRef.of(journey.id(), touchpoint.id()));
                    }
                  }
                }
              }
              assertThat(
                      BandOfVisibility.of(pair._1, relationship).elements(ElementKind.TOUCHPOINT))
                  .containsExactlyInAnyOrderElementsOf(expected);
            });
  }

  /**
   * The relationship's elements, naively: everything its journeys' elements and services and its
   * offerings reach, and the activities of both parties' streams its journeys are linked to.
   */
  private static Set<ElementRef> reach(VisibilityModel model, ServiceRelationship relationship) {
    List<Object> todo = new ArrayList<>();
    Set<JourneyId> linkedJourneys = new HashSet<>();
    for (CustomerJourney journey : model.journey().journeys()) {
      if (!linkedJourneys.add(journey.id())) {
        continue;
      }
      if (journey.consumer().equals(relationship.consumer())
          && journey.providers().contains(relationship.provider())) {
        for (Touchpoint touchpoint : journey.touchpoints()) {
          if (touchpoint.parties().contains(relationship.provider())) {
            todo.add(ElementRef.of(journey.id(), touchpoint.id()));
          }
        }
        for (ServiceInteraction interaction : journey.interactions()) {
          if (interaction.provider().equals(relationship.provider())) {
            todo.add(ElementRef.of(journey.id(), interaction.id()));
          }
        }
        todo.addAll(journey.services());
        for (ValueStream stream : model.journey().valueStreams()) {
          if (journey.linkedValueStreams().contains(stream.id())
              && (stream.owner().equals(relationship.provider())
                  || stream.owner().equals(relationship.consumer()))) {
            stream.activities().forEach(activity -> todo.add(ElementRef.of(activity.id())));
          }
        }
      }
    }
    todo.addAll(relationship.offerings());
    Set<Object> seen = new HashSet<>();
    Set<ElementRef> placeable = new HashSet<>();
    while (!todo.isEmpty()) {
      Object node = todo.remove(todo.size() - 1);
      if (seen.add(node)) {
        if (node instanceof ElementRef ref && ref.kind().isPlaceable()) {
          placeable.add(ref);
        }
        todo.addAll(Reference.dependenciesOf(model, node));
      }
    }
    return placeable;
  }

  @Test
  void theRelationshipsElementsAreEverythingItsJourneysAndOfferingsReach() {
    qt().withExamples(EXAMPLES)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              Set<ElementRef> found = new HashSet<>(band.outside());
              band.elements()
                  .forEach(
                      e -> {
                        if (e.kind().isPlaceable()) {
                          found.add(e);
                        }
                      });
              assertThat(found).isEqualTo(reach(pair._1, pair._2));
            });
  }

  @Test
  void eachStepCountsItsElementsAndTheActivitiesTheyUse() {
    qt().withExamples(EXAMPLES)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              Map<CustomerJourneyStep, Set<ElementRef>> in =
                  new EnumMap<>(CustomerJourneyStep.class);
              Map<CustomerJourneyStep, Set<ElementRef>> out =
                  new EnumMap<>(CustomerJourneyStep.class);
              for (CustomerJourney journey : pair._1.journey().journeys()) {
                List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
                elements.addAll(journey.interactions());
                for (JourneyElement element : elements) {
                  ElementRef ref =
                      element instanceof Touchpoint touchpoint
                          ? ElementRef.of(journey.id(), touchpoint.id())
                          : ElementRef.of(journey.id(), ((ServiceInteraction) element).id());
                  if (!band.contains(ref)) {
                    continue;
                  }
                  in.computeIfAbsent(element.step(), s -> new HashSet<>()).add(ref);
                  for (var activity : element.activities()) {
                    ElementRef used = ElementRef.of(activity);
                    if (band.contains(used)) {
                      in.computeIfAbsent(element.step(), s -> new HashSet<>()).add(used);
                    } else if (band.outside().contains(used)) {
                      out.computeIfAbsent(element.step(), s -> new HashSet<>()).add(used);
                    }
                  }
                }
              }
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                assertThat(band.width().inBandByStep().getOrDefault(step, -1))
                    .as("in the band at %s", step)
                    .isEqualTo(in.getOrDefault(step, Set.of()).size());
                assertThat(band.width().outsideByStep().getOrDefault(step, -1))
                    .as("outside the band at %s", step)
                    .isEqualTo(out.getOrDefault(step, Set.of()).size());
              }
            });
  }

  /** Every way to move one line of a model outward by one element. */
  private static List<VisibilityModel> outwardMoves(VisibilityModel model) {
    List<VisibilityModel> moved = new ArrayList<>();
    List<LineOfVisibility> lines = model.lines();
    for (int i = 0; i < lines.size(); i++) {
      LineOfVisibility line = lines.get(i);
      Set<TypedId<?>> candidates = new HashSet<>(line.hidden());
      for (ElementRef element : BandOfVisibility.of(model, anyRelationship(model)).outside()) {
        candidates.add(element.id());
      }
      for (TypedId<?> element : candidates) {
        Optional<PartyId> owner = Reference.owner(model, element);
        if (owner.isEmpty() || owner.get().equals(line.party())) {
          List<LineOfVisibility> changed = new ArrayList<>(lines);
          changed.set(i, line.show(element));
          moved.add(model.withLines(changed));
        }
      }
    }
    return moved;
  }

  private static ServiceRelationship anyRelationship(VisibilityModel model) {
    return model.journey().core().relationships().get(0);
  }

  @Test
  void movingALineOutwardNeverShrinksTheBandAndMovingItInwardNeverGrowsIt() {
    qt().withExamples(60)
        .forAll(consistent())
        .checkAssert(
            pair -> {
              Set<ElementRef> before = BandOfVisibility.of(pair._1, pair._2).elements();
              for (VisibilityModel moved : outwardMoves(pair._1)) {
                Set<ElementRef> after = BandOfVisibility.of(moved, pair._2).elements();
                assertThat(after).as("after moving a line outward").containsAll(before);
                for (int i = 0; i < moved.lines().size(); i++) {
                  LineOfVisibility line = moved.lines().get(i);
                  for (TypedId<?> shown : line.shown()) {
                    List<LineOfVisibility> inward = new ArrayList<>(moved.lines());
                    inward.set(i, line.hide(shown));
                    assertThat(after)
                        .as("before moving a line inward")
                        .containsAll(
                            BandOfVisibility.of(moved.withLines(inward), pair._2).elements());
                  }
                }
              }
            });
  }

  @Test
  void widthSharesLieBetweenZeroAndOneAndAddUp() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Visibilities.withRelationship(
                Visibilities.models().mix(Visibilities.looseModels(), 40)))
        .checkAssert(
            pair -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              BandWidthMeasure width = band.width();
              Map<ElementKind, Integer> inBand = new EnumMap<>(ElementKind.class);
              Map<ElementKind, Integer> outside = new EnumMap<>(ElementKind.class);
              band.elements().forEach(e -> inBand.merge(e.kind(), 1, Integer::sum));
              band.outside().forEach(e -> outside.merge(e.kind(), 1, Integer::sum));
              double composition = 0;
              for (ElementKind kind : ElementKind.values()) {
                assertThat(width.inBand().getOrDefault(kind, -1))
                    .isEqualTo(inBand.getOrDefault(kind, 0));
                assertThat(width.outside().getOrDefault(kind, -1))
                    .isEqualTo(outside.getOrDefault(kind, 0));
                assertThat(width.total(kind))
                    .isEqualTo(
                        width.inBand().getOrDefault(kind, -1)
                            + width.outside().getOrDefault(kind, -1));
                assertThat(width.share(kind)).isBetween(0.0, 1.0);
                if (width.total(kind) > 0) {
                  assertThat(width.share(kind) * width.total(kind))
                      .isCloseTo(width.inBand().getOrDefault(kind, -1), within(1e-9));
                }
                if (!kind.isPlaceable()) {
                  assertThat(width.outside().getOrDefault(kind, -1)).isZero();
                }
                assertThat(width.composition().getOrDefault(kind, -1.0)).isBetween(0.0, 1.0);
                composition += width.composition().getOrDefault(kind, -1.0);
              }
              assertThat(composition).isCloseTo(band.elements().isEmpty() ? 0 : 1, within(1e-9));
              assertThat(width.size()).isEqualTo(band.elements().size());
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                assertThat(width.share(step)).isBetween(0.0, 1.0);
              }
              int touchpointsAndInteractions =
                  inBand.getOrDefault(ElementKind.TOUCHPOINT, 0)
                      + inBand.getOrDefault(ElementKind.SERVICE_INTERACTION, 0);
              assertThat(width.inBandByStep().values().stream().mapToInt(Integer::intValue).sum())
                  .isGreaterThanOrEqualTo(touchpointsAndInteractions);
              assertThat(width.placeableShare()).isBetween(0.0, 1.0);
              assertThat(
                      width.placeableInBand()
                          + width.outside().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(width.placeableTotal());
            });
  }
}
