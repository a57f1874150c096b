package org.covalue.testkit.internal;

import static org.covalue.testkit.internal.ModelPart.JOURNEYS;
import static org.covalue.testkit.internal.ModelPart.VALUE_STREAMS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.quicktheories.core.RandomnessSource;

/**
 * The rules of a journey model that {@code JourneyValidator} checks (ITIL 4: Drive Stakeholder
 * Value, §1.2.4), each as a way to break it: its {@code plant} puts the defect into a consistent
 * model and names the paths of which the validator must report one.
 */
enum JourneyModelDefect {
  /**
   * A defect of the core model, drawn from {@link CoreModelDefect}, reported under {@code core}.
   */
  CORE_DEFECT(
      (in, model) -> {
        Broken<CoreModel> core =
            Draw.oneOf(in, List.of(CoreModelDefect.values())).plant.apply(in, model.core());
        return core.within(model.withCore(core.model()), "core");
      }),
  /** A journey id used twice. */
  REPEATED_JOURNEY((in, model) -> JOURNEYS.repeated(in, model, ".id")),
  /** A value stream id used twice. */
  REPEATED_VALUE_STREAM((in, model) -> VALUE_STREAMS.repeated(in, model, ".id")),
  /** An activity id in two value streams, or twice in one. */
  SHARED_ACTIVITY(JourneyModelDefect::sharedActivity),
  /** A value stream owned by a party the model does not hold. */
  UNKNOWN_STREAM_OWNER(
      (in, model) ->
          VALUE_STREAMS.dangling(
              in,
              model,
              "owner",
              PartyId::of,
              (stream, party) -> ValueStream.builder().from(stream).owner(party).build())),
  /** A journey whose consumer the model does not hold. */
  UNKNOWN_JOURNEY_CONSUMER(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              "consumer",
              PartyId::of,
              (journey, party) -> JourneyGens.replaceParty(journey, journey.consumer(), party))),
  /** A journey with a provider the model does not hold. */
  UNKNOWN_JOURNEY_PROVIDER(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              "providers",
              PartyId::of,
              (journey, party) ->
                  JourneyGens.replaceParty(journey, journey.providers().iterator().next(), party))),
  /** A journey that depends on a value stream the model does not hold. */
  UNKNOWN_LINKED_STREAM(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              "valueStreams",
              ValueStreamId::of,
              (journey, stream) ->
                  CustomerJourney.builder().from(journey).addValueStream(stream).build())),
  /** A journey that is a direct part of a value stream the model does not hold. */
  UNKNOWN_DIRECT_STREAM(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              "directPartOf",
              ValueStreamId::of,
              (journey, stream) ->
                  CustomerJourney.builder().from(journey).addDirectPartOf(stream).build())),
  /** A journey that involves a service the model's core does not hold. */
  UNKNOWN_JOURNEY_SERVICE(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              "services",
              ServiceId::of,
              (journey, service) ->
                  CustomerJourney.builder().from(journey).addService(service).build())),
  /** A touchpoint that uses an activity the model does not hold. */
  UNKNOWN_TOUCHPOINT_ACTIVITY(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              journey -> "touchpoints[0].activities",
              ValueStreamActivityId::of,
              (journey, activity) -> {
                List<Touchpoint> touchpoints = new ArrayList<>(journey.touchpoints());
                touchpoints.set(
                    0, Touchpoint.builder().from(touchpoints.get(0)).addActivity(activity).build());
                return journey.withTouchpoints(touchpoints);
              })),
  /** A service interaction that uses an activity the model does not hold. */
  UNKNOWN_INTERACTION_ACTIVITY(
      (in, model) ->
          JOURNEYS.dangling(
              in,
              model,
              journey -> "interactions[0].activities",
              ValueStreamActivityId::of,
              (journey, activity) -> {
                List<ServiceInteraction> interactions =
                    JourneyGens.withSomeInteraction(in, journey);
                interactions.set(
                    0,
                    ServiceInteraction.builder()
                        .from(interactions.get(0))
                        .addActivity(activity)
                        .build());
                return journey.withInteractions(interactions);
              })),
  /** A party removed from the core while journeys and value streams still name it. */
  REMOVED_PARTY(JourneyModelDefect::removedParty),
  /** A value stream removed while journeys still depend on it or use its activities. */
  REMOVED_STREAM(JourneyModelDefect::removedStream),
  /** A case id used by two observed journeys. */
  REPEATED_CASE(
      (in, model) -> {
        List<ObservedJourney> observed = new ArrayList<>(model.observedJourneys());
        if (observed.isEmpty()) {
          observed.add(CaseDraft.of(model.journeys().get(0)).finish(in).observed());
        }
        int[] at = Draw.repeatLater(in, observed);
        return new Broken<>(
            model.withObservedJourneys(observed),
            "case " + observed.get(at[0]).caseId() + " is observed twice",
            List.of("observedJourneys[" + at[1] + "].caseId"));
      }),
  /** An experience observation about a journey the model does not hold. */
  UNKNOWN_EXPERIENCE_JOURNEY(
      (in, model) ->
          experience(
              in, model, "journey", JourneyId.of(Texts.missingIdText(in)), Function.identity())),
  /** An experience observation about a touchpoint its journey does not have. */
  UNKNOWN_EXPERIENCE_TOUCHPOINT(
      (in, model) -> {
        CustomerJourney journey = Draw.oneOf(in, model.journeys());
        TouchpointId missing = TouchpointId.of(Texts.missingIdText(in));
        return experience(
            in, model, "touchpoint", journey.id(), observation -> observation.touchpoint(missing));
      });

  /** Puts the defect into a valid value or a consistent model. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  final BiFunction<RandomnessSource, JourneyModel, Broken<JourneyModel>> plant;

  JourneyModelDefect(BiFunction<RandomnessSource, JourneyModel, Broken<JourneyModel>> plant) {
    this.plant = plant;
  }

  /** Adds an experience observation about a journey, changed to name what the model lacks. */
  private static Broken<JourneyModel> experience(
      RandomnessSource in,
      JourneyModel model,
      String attribute,
      JourneyId journey,
      Function<ExperienceObservation.Builder, ExperienceObservation.Builder> change) {
    List<ExperienceObservation> experiences = new ArrayList<>(model.experiences());
    ExperienceObservation observation =
        change
            .apply(
                ExperienceObservation.builder()
                    .from(ExperienceGens.observations().generate(in))
                    .journey(journey))
            .build();
    int at = Draw.insert(in, experiences, observation);
    String path = "experiences[" + at + "]." + attribute;
    return new Broken<>(
        model.withExperiences(experiences), path + " names what the model lacks", List.of(path));
  }

  private static Broken<JourneyModel> sharedActivity(RandomnessSource in, JourneyModel model) {
    List<ValueStream> streams = VALUE_STREAMS.of(model);
    int from = Draw.intBetween(in, 0, streams.size() - 1);
    ValueStreamActivity shared = Draw.oneOf(in, streams.get(from).activities());
    ValueStreamActivity copy = Draw.bool(in) ? shared : ValueStreamGens.activity(in, shared.id());
    if (streams.size() >= 2 && Draw.bool(in)) {
      int to = Draw.intBetween(in, 0, streams.size() - 2);
      if (to >= from) {
        to++;
      }
      List<ValueStreamActivity> activities = new ArrayList<>(streams.get(to).activities());
      Draw.insert(in, activities, copy);
      streams.set(to, ValueStream.builder().from(streams.get(to)).activities(activities).build());
    } else {
      Set<String> taken = IdGens.texts(streams.stream().map(ValueStream::id).toList());
      Draw.insert(
          in,
          streams,
          ValueStreamGens.valueStream(
              in,
              ValueStreamId.of(Texts.freshIdText(in, taken)),
              streams.get(from).owner(),
              List.of(copy)));
    }
    Set<ValueStreamActivityId> seen = new HashSet<>();
    List<String> paths = new ArrayList<>();
    for (int s = 0; s < streams.size(); s++) {
      List<ValueStreamActivity> activities = streams.get(s).activities();
      for (int a = 0; a < activities.size(); a++) {
        if (!seen.add(activities.get(a).id())) {
          paths.add("valueStreams[" + s + "].activities[" + a + "].id");
        }
      }
    }
    return new Broken<>(
        VALUE_STREAMS.with(model, streams),
        "activity " + shared.id() + " belongs to two value streams",
        paths);
  }

  private static Broken<JourneyModel> removedParty(RandomnessSource in, JourneyModel model) {
    CustomerJourney journey = Draw.oneOf(in, model.journeys());
    PartyId removed = Draw.oneOf(in, new ArrayList<>(journey.participants()));
    List<Party> parties = new ArrayList<>(model.core().parties());
    parties.removeIf(party -> party.id().equals(removed));
    List<String> paths = new ArrayList<>();
    for (int s = 0; s < model.valueStreams().size(); s++) {
      if (model.valueStreams().get(s).owner().equals(removed)) {
        paths.add("valueStreams[" + s + "].owner");
      }
    }
    for (int j = 0; j < model.journeys().size(); j++) {
      CustomerJourney other = model.journeys().get(j);
      if (other.consumer().equals(removed)) {
        paths.add("journeys[" + j + "].consumer");
      }
      if (other.providers().contains(removed)) {
        paths.add("journeys[" + j + "].providers");
      }
    }
    return new Broken<>(
        model.withCore(model.core().withParties(parties)),
        "party " + removed + " is removed while journeys and value streams name it",
        paths);
  }

  private static Broken<JourneyModel> removedStream(RandomnessSource in, JourneyModel model) {
    CustomerJourney journey = Draw.oneOf(in, model.journeys());
    ValueStreamId removed = Draw.oneOf(in, new ArrayList<>(journey.valueStreams()));
    List<ValueStream> streams = new ArrayList<>();
    Set<ValueStreamActivityId> lost = new HashSet<>();
    for (ValueStream stream : model.valueStreams()) {
      if (stream.id().equals(removed)) {
        stream.activities().forEach(activity -> lost.add(activity.id()));
      } else {
        streams.add(stream);
      }
    }
    List<String> paths = new ArrayList<>();
    for (int j = 0; j < model.journeys().size(); j++) {
      CustomerJourney other = model.journeys().get(j);
      if (other.valueStreams().contains(removed)) {
        paths.add("journeys[" + j + "].valueStreams");
      }
      if (other.directPartOf().contains(removed)) {
        paths.add("journeys[" + j + "].directPartOf");
      }
      addUses(paths, "journeys[" + j + "].touchpoints", other.touchpoints(), lost);
      addUses(paths, "journeys[" + j + "].interactions", other.interactions(), lost);
    }
    return new Broken<>(
        model.withValueStreams(streams),
        "value stream " + removed + " is removed while journeys depend on it",
        paths);
  }

  private static void addUses(
      List<String> paths,
      String list,
      List<? extends JourneyElement> elements,
      Set<ValueStreamActivityId> lost) {
    for (int k = 0; k < elements.size(); k++) {
      for (ValueStreamActivityId activity : elements.get(k).activities()) {
        if (lost.contains(activity)) {
          paths.add(list + "[" + k + "].activities");
        }
      }
    }
  }
}
