package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of whole journey models (a core model, value streams, designed and observed journeys,
 * experience): consistent ones, ones with one defect the journey validator reports, ones that break
 * one statement of Figure 1.4, and loose ones whose elements are drawn independently over small
 * pools of ids.
 */
public final class JourneyModelGens {

  /** The most touchpoints of a journey in a consistent model. */
  static final int MAX_TOUCHPOINTS = 6;

  private JourneyModelGens() {}

  /**
   * Returns consistent journey models: a consistent core model with two to {@code scale}
   * organizations and every list filled; one or two value streams per organization; one to about
   * half of {@code scale} journeys, each between an organization and some others, linking at least
   * one value stream of every participant and only those, and using only visible activities of the
   * streams it links; a few observed cases of the journeys, with distinct case ids; and a few
   * experience observations of them.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   */
  public static Gen<JourneyModel> models(int scale) {
    if (scale < 2) {
      throw new IllegalArgumentException(
          "A journey model's scale must be at least 2, but was " + scale);
    }
    Gen<CoreModel> cores = CoreModelGens.models(scale, true);
    return in -> model(in, cores.generate(in), scale);
  }

  private static JourneyModel model(RandomnessSource in, CoreModel core, int scale) {
    List<PartyId> organizations = new ArrayList<>();
    for (Party party : core.parties()) {
      if (party.kind() == PartyKind.ORGANIZATION) {
        organizations.add(party.id());
      }
    }
    List<PartyId> owners = new ArrayList<>();
    for (PartyId organization : organizations) {
      int streams = Draw.intBetween(in, 1, 2);
      for (int i = 0; i < streams; i++) {
        owners.add(organization);
      }
    }
    List<ValueStreamId> streamIds = IdGens.distinct(in, ValueStreamId::of, owners.size());
    List<ValueStream> streams = new ArrayList<>();
    List<String> activityTexts = Texts.uniqueIdTexts(in, owners.size() * 4);
    for (int i = 0; i < owners.size(); i++) {
      List<ValueStreamActivity> activities = new ArrayList<>();
      int count = Draw.intBetween(in, 1, 4);
      for (int j = 0; j < count; j++) {
        activities.add(
            ValueStreamGens.activity(in, ValueStreamActivityId.of(activityTexts.get(4 * i + j))));
      }
      streams.add(ValueStreamGens.valueStream(in, streamIds.get(i), owners.get(i), activities));
    }

    List<ServiceId> serviceIds = new ArrayList<>();
    core.services().forEach(service -> serviceIds.add(service.id()));
    int journeyCount = Draw.intBetween(in, 1, Math.max(1, (scale + 1) / 2));
    List<CustomerJourney> journeys = new ArrayList<>();
    for (JourneyId id : IdGens.distinct(in, JourneyId::of, journeyCount)) {
      PartyId consumer = Draw.oneOf(in, organizations);
      List<PartyId> others = new ArrayList<>(organizations);
      others.remove(consumer);
      List<PartyId> providers = Draw.atLeastOneOf(in, others);
      List<PartyId> participants = new ArrayList<>();
      participants.add(consumer);
      participants.addAll(providers);
      Set<ValueStreamId> links = new LinkedHashSet<>();
      List<ValueStreamActivityId> usable = new ArrayList<>();
      for (PartyId participant : participants) {
        for (ValueStream stream : Draw.atLeastOneOf(in, streamsOf(streams, participant))) {
          links.add(stream.id());
          for (ValueStreamActivity activity : stream.activities()) {
            if (activity.isVisibleToOtherParties()) {
              usable.add(activity.id());
            }
          }
        }
      }
      CustomerJourney journey =
          JourneyGens.journey(in, id, consumer, providers, links, usable, MAX_TOUCHPOINTS);
      journeys.add(
          journey
              .withDirectPartOf(directPartOf(journey, streams))
              .withServices(Draw.someOf(in, serviceIds)));
    }
    List<ObservedJourney> observed = new ArrayList<>();
    List<ExperienceObservation> experiences = new ArrayList<>();
    for (CustomerJourney journey : journeys) {
      int cases = Draw.intBetween(in, 0, 2);
      for (int i = 0; i < cases; i++) {
        observed.add(CaseDraft.of(journey).finish(in).observed());
      }
      experiences.addAll(Draw.listOf(in, ExperienceGens.observationsOf(journey), 0, 2));
    }
    return JourneyModel.builder()
        .core(core)
        .valueStreams(Draw.shuffle(in, streams))
        .journeys(journeys)
        .observedJourneys(withDistinctCaseIds(in, observed))
        .experiences(experiences)
        .build();
  }

  /**
   * Returns the linked value streams a journey is a direct part of: those whose activities its
   * touchpoints and interactions use.
   */
  static List<ValueStreamId> directPartOf(CustomerJourney journey, List<ValueStream> streams) {
    Set<ValueStreamActivityId> used = new HashSet<>();
    journey.touchpoints().forEach(t -> used.addAll(t.activities()));
    journey.interactions().forEach(i -> used.addAll(i.activities()));
    List<ValueStreamId> direct = new ArrayList<>();
    for (ValueStream stream : streams) {
      if (journey.valueStreams().contains(stream.id())) {
        for (ValueStreamActivity activity : stream.activities()) {
          if (used.contains(activity.id())) {
            direct.add(stream.id());
            break;
          }
        }
      }
    }
    return direct;
  }

  /** Gives observed journeys distinct case ids. */
  static List<ObservedJourney> withDistinctCaseIds(
      RandomnessSource in, List<ObservedJourney> observed) {
    List<CaseId> ids = IdGens.distinct(in, CaseId::of, observed.size());
    List<ObservedJourney> renamed = new ArrayList<>();
    for (int i = 0; i < observed.size(); i++) {
      renamed.add(ObservedJourney.of(ids.get(i), observed.get(i).events()));
    }
    return renamed;
  }

  /**
   * Returns the value streams an organization owns.
   *
   * @param streams the value streams
   * @param owner the organization
   * @return its streams, in order
   */
  static List<ValueStream> streamsOf(List<ValueStream> streams, PartyId owner) {
    List<ValueStream> owned = new ArrayList<>();
    for (ValueStream stream : streams) {
      if (stream.owner().equals(owner)) {
        owned.add(stream);
      }
    }
    return owned;
  }

  /**
   * Returns consistent models with one defect each that the journey validator reports, of a drawn
   * {@link JourneyModelDefect}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<Broken<JourneyModel>> brokenModels(int scale) {
    Gen<JourneyModel> models = models(scale);
    return in ->
        Draw.oneOf(in, List.of(JourneyModelDefect.values())).plant.apply(in, models.generate(in));
  }

  /**
   * Returns models the journey validator accepts, each breaking one statement of Figure 1.4 in a
   * drawn {@link ValueStreamBreach} way.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<ValueStreamBreach.Breach> ruleBreaches(int scale) {
    Gen<JourneyModel> models = models(scale);
    return in ->
        Draw.oneOf(in, List.of(ValueStreamBreach.values())).plant.apply(in, models.generate(in));
  }

  /**
   * Returns loose models: a loose core model, and value streams, journeys, observed journeys and
   * experience observations each drawn on their own, valid by themselves, with ids and references
   * taken from small pools (the parties' among them), so that models hold any mix of repeated ids,
   * dangling references, activities in two streams, participants without value streams and hidden
   * activities in journeys.
   *
   * @return the generator
   */
  public static Gen<JourneyModel> looseModels() {
    return in -> {
      CoreModel core = CoreModelGens.looseModels().generate(in);
      List<PartyId> partyPool = CoreModelGens.PARTY_POOL;
      List<ValueStreamId> streamPool = IdGens.pool(ValueStreamId::of, "s", 3);
      List<ValueStreamActivityId> activityPool = IdGens.pool(ValueStreamActivityId::of, "a", 6);
      List<JourneyId> journeyPool = IdGens.pool(JourneyId::of, "j", 3);

      List<ValueStream> streams = new ArrayList<>();
      int streamCount = Draw.intBetween(in, 0, 4);
      for (int k = 0; k < streamCount; k++) {
        List<ValueStreamActivity> activities = new ArrayList<>();
        for (ValueStreamActivityId id : Draw.atLeastOneOf(in, activityPool)) {
          activities.add(ValueStreamGens.activity(in, id));
        }
        streams.add(
            ValueStreamGens.valueStream(
                in, Draw.oneOf(in, streamPool), Draw.oneOf(in, partyPool), activities));
      }

      List<CustomerJourney> journeys = new ArrayList<>();
      List<ObservedJourney> observed = new ArrayList<>();
      List<ExperienceObservation> experiences = new ArrayList<>();
      List<CaseId> casePool = IdGens.pool(CaseId::of, "c", 2);
      List<TouchpointId> touchpointPool = IdGens.pool(TouchpointId::of, "t", 2);
      int journeyCount = Draw.intBetween(in, 0, 3);
      for (int k = 0; k < journeyCount; k++) {
        PartyId consumer = Draw.oneOf(in, partyPool);
        List<PartyId> others = new ArrayList<>(partyPool);
        others.remove(consumer);
        CustomerJourney journey =
            JourneyGens.journey(
                in,
                Draw.oneOf(in, journeyPool),
                consumer,
                Draw.atLeastOneOf(in, others),
                Draw.someOf(in, streamPool),
                Draw.someOf(in, activityPool),
                4);
        journey =
            journey
                .withDirectPartOf(Draw.someOf(in, streamPool))
                .withServices(Draw.someOf(in, CoreModelGens.SERVICE_POOL));
        journeys.add(journey);
        if (Draw.bool(in)) {
          observed.add(
              ObservedJourney.of(
                  Draw.oneOf(in, casePool), CaseDraft.of(journey).finish(in).observed().events()));
        }
      }
      int experienceCount = Draw.intBetween(in, 0, 3);
      for (int k = 0; k < experienceCount; k++) {
        ExperienceObservation.Builder experience =
            ExperienceObservation.builder().from(ExperienceGens.observations().generate(in));
        experience.journey(Draw.oneOf(in, journeyPool));
        if (Draw.bool(in)) {
          List<TouchpointId> touchpoints = new ArrayList<>(touchpointPool);
          journeys.forEach(j -> j.touchpoints().forEach(t -> touchpoints.add(t.id())));
          experience.touchpoint(Draw.oneOf(in, touchpoints));
        }
        experiences.add(experience.build());
      }
      return JourneyModel.builder()
          .core(core)
          .valueStreams(streams)
          .journeys(journeys)
          .observedJourneys(observed)
          .experiences(experiences)
          .build();
    };
  }
}
