package org.covalue.visibility.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.internal.Edge;
import org.covalue.visibility.internal.VisibilityIndex;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Works out the band of visibility of one relationship, for {@link BandOfVisibility} and the
 * analyses built on it, in time linear in the size of the model.
 *
 * <p>The relationship's elements are found from its surface (the touchpoints and interactions of
 * its journeys that involve both parties, its offerings and the services its journeys involve) by
 * following every dependency, and by adding the activities of the value streams of either party
 * that its journeys depend on or are a direct part of. Each element found that a line places is in
 * the band when both parties see it.
 */
final class BandComputation {

  final VisibilityIndex index;
  final ServiceRelationship relationship;
  final Set<String> groups;
  final List<CustomerJourney> journeys;
  final Set<ElementRef> surface;
  final List<ServiceOfferingId> offerings = new ArrayList<>();

  /** The services the relationship's journeys involve, which the model holds. */
  final Set<ServiceId> services = new LinkedHashSet<>();

  /** Every node reached: element references, offerings and services, in the order found. */
  final Set<Object> reached = new LinkedHashSet<>();

  final Set<ElementRef> band;
  final Set<ElementRef> outside;

  private BandComputation(VisibilityIndex index, ServiceRelationship relationship) {
    this.index = index;
    this.relationship = relationship;
    this.groups = index.groupsOf(relationship);
    this.journeys = index.journeysOf(relationship);
    PartyId provider = relationship.provider();
    PartyId consumer = relationship.consumer();
    int journeyElements = 0;
    for (CustomerJourney journey : journeys) {
      journeyElements += journey.touchpoints().size() + journey.interactions().size();
    }
    surface = new LinkedHashSet<>(VisibilityIndex.capacityFor(journeyElements));
    List<Object> seeds = new ArrayList<>();
    for (CustomerJourney journey : journeys) {
      for (Touchpoint touchpoint : journey.touchpoints()) {
        if (touchpoint.parties().contains(provider) && touchpoint.parties().contains(consumer)) {
          ElementRef ref = ElementRef.of(journey.id(), touchpoint.id());
          if (surface.add(ref)) {
            seeds.add(ref);
          }
        }
      }
      for (ServiceInteraction interaction : journey.interactions()) {
        if (interaction.provider().equals(provider) && interaction.consumer().equals(consumer)) {
          ElementRef ref = ElementRef.of(journey.id(), interaction.id());
          if (surface.add(ref)) {
            seeds.add(ref);
          }
        }
      }
    }
    for (CustomerJourney journey : journeys) {
      for (ValueStreamId streamId : journey.linkedValueStreams()) {
        ValueStream stream = index.stream(streamId);
        if (stream != null
            && (stream.owner().equals(provider) || stream.owner().equals(consumer))) {
          for (ValueStreamActivity activity : stream.activities()) {
            seeds.add(index.ref(activity.id()));
          }
        }
      }
    }
    for (ServiceOfferingId offering : relationship.offerings()) {
      if (index.offering(offering) != null) {
        offerings.add(offering);
        seeds.add(offering);
      }
    }
    for (CustomerJourney journey : journeys) {
      for (ServiceId service : journey.services()) {
        if (index.service(service) != null && services.add(service)) {
          seeds.add(service);
        }
      }
    }
    Deque<Object> queue = new ArrayDeque<>();
    for (Object seed : seeds) {
      if (reached.add(seed)) {
        queue.add(seed);
      }
    }
    while (!queue.isEmpty()) {
      Object node = queue.poll();
      if (node instanceof ElementRef ref && !index.exists(ref)) {
        continue;
      }
      for (Edge edge : index.edges(node)) {
        if (reached.add(edge.target())) {
          queue.add(edge.target());
        }
      }
    }
    // Sized for every node reached, so that neither set grows while it is filled.
    band = new LinkedHashSet<>(VisibilityIndex.capacityFor(surface.size() + reached.size()));
    outside = new LinkedHashSet<>(VisibilityIndex.capacityFor(reached.size()));
    band.addAll(surface);
    for (Object node : reached) {
      if (node instanceof ElementRef ref && ref.kind().isPlaceable() && index.exists(ref)) {
        if (index.isSeenByBoth(provider, consumer, groups, ref.id())) {
          band.add(ref);
        } else {
          outside.add(ref);
        }
      }
    }
  }

  static BandComputation of(VisibilityModel model, ServiceRelationship relationship) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(relationship, "relationship");
    return new BandComputation(VisibilityIndex.of(model), relationship);
  }

  /** Works out a relationship's band from an index already built, to share it between bands. */
  static BandComputation of(VisibilityIndex index, ServiceRelationship relationship) {
    return new BandComputation(index, relationship);
  }

  BandOfVisibility toBand() {
    Map<ElementKind, Integer> inBand = countByKind(band);
    Map<ElementKind, Integer> behind = countByKind(outside);
    Map<CustomerJourneyStep, Set<ElementRef>> inBandAtStep = byStep();
    Map<CustomerJourneyStep, Set<ElementRef>> outsideAtStep = byStep();
    for (ElementRef ref : surface) {
      JourneyElement element = Objects.requireNonNull(index.journeyElement(ref));
      Set<ElementRef> inBandHere = Objects.requireNonNull(inBandAtStep.get(element.step()));
      Set<ElementRef> outsideHere = Objects.requireNonNull(outsideAtStep.get(element.step()));
      inBandHere.add(ref);
      for (ValueStreamActivityId activity : element.activities()) {
        ElementRef activityRef = index.ref(activity);
        if (band.contains(activityRef)) {
          inBandHere.add(activityRef);
        } else if (outside.contains(activityRef)) {
          outsideHere.add(activityRef);
        }
      }
    }
    Map<CustomerJourneyStep, Integer> inBandByStep = new EnumMap<>(CustomerJourneyStep.class);
    Map<CustomerJourneyStep, Integer> outsideByStep = new EnumMap<>(CustomerJourneyStep.class);
    inBandAtStep.forEach((step, elements) -> inBandByStep.put(step, elements.size()));
    outsideAtStep.forEach((step, elements) -> outsideByStep.put(step, elements.size()));
    List<JourneyId> journeyIds = new ArrayList<>();
    journeys.forEach(journey -> journeyIds.add(journey.id()));
    return ImmutableBandOfVisibility.builder()
        .relationship(relationship)
        .targetConsumerGroups(groups)
        .journeys(journeyIds)
        .elements(band)
        .outside(outside)
        .width(BandWidthMeasure.of(inBand, behind, inBandByStep, outsideByStep))
        .build();
  }

  private static Map<CustomerJourneyStep, Set<ElementRef>> byStep() {
    Map<CustomerJourneyStep, Set<ElementRef>> sets = new EnumMap<>(CustomerJourneyStep.class);
    for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
      sets.put(step, new LinkedHashSet<>());
    }
    return sets;
  }

  private static Map<ElementKind, Integer> countByKind(Set<ElementRef> refs) {
    Map<ElementKind, Integer> counts = new EnumMap<>(ElementKind.class);
    for (ElementKind kind : ElementKind.values()) {
      counts.put(kind, 0);
    }
    for (ElementRef ref : refs) {
      counts.merge(ref.kind(), 1, Integer::sum);
    }
    return counts;
  }
}
