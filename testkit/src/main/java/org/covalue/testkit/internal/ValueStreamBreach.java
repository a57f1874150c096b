package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.TypedId;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.quicktheories.core.RandomnessSource;

/**
 * The ways to break one statement of Figure 1.4 (ITIL 4: Drive Stakeholder Value, §1.2.4) in a
 * consistent journey model while the journey validator still accepts it: its {@code plant} returns
 * the model with the findings {@link ValueStreamAnalysis} must report for the rule broken.
 */
public enum ValueStreamBreach {
  /** A journey no longer linked to any value stream of some of its participants (statement 1). */
  PARTICIPANTS_UNLINKED(ValueStreamBreach::participantsUnlinked),
  /** A journey given a new provider that owns no value stream (statement 1). */
  PROVIDER_WITHOUT_STREAM(ValueStreamBreach::providerWithoutStream),
  /** A hidden activity added to a linked stream and used by some elements (statement 4). */
  NEW_HIDDEN_ACTIVITY(ValueStreamBreach::newHiddenActivity),
  /** An activity that journeys use made hidden (statement 4). */
  USED_ACTIVITY_HIDDEN(ValueStreamBreach::usedActivityHidden),
  /** Elements using an activity of a value stream the journey does not link (statement 3). */
  ACTIVITY_OF_UNLINKED_STREAM(ValueStreamBreach::activityOfUnlinkedStream),
  /** A journey linking a value stream of a party that takes no part in it (statement 3). */
  STREAM_OF_NON_PARTICIPANT(ValueStreamBreach::streamOfNonParticipant);

  /** Puts the defect into a valid value or a consistent model. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  final BiFunction<RandomnessSource, JourneyModel, Breach> plant;

  ValueStreamBreach(BiFunction<RandomnessSource, JourneyModel, Breach> plant) {
    this.plant = plant;
  }

  /**
   * A model that breaks one rule of {@link ValueStreamAnalysis}, with the findings of that rule the
   * analysis must report, each given by its elements in order.
   *
   * @param model the model
   * @param rule the rule broken
   * @param description what is wrong, for a failing test's report
   * @param expectedFindings the elements of each finding expected; not empty
   */
  public record Breach(
      JourneyModel model, Rule rule, String description, List<List<TypedId<?>>> expectedFindings) {

    /**
     * Checks and copies the parts.
     *
     * @param model the model
     * @param rule the rule broken
     * @param description what is wrong
     * @param expectedFindings the expected findings' elements; not empty
     */
    public Breach {
      if (expectedFindings.isEmpty()) {
        throw new IllegalArgumentException("A rule breach needs at least one expected finding");
      }
      List<List<TypedId<?>>> copies = new ArrayList<>();
      expectedFindings.forEach(elements -> copies.add(List.copyOf(elements)));
      expectedFindings = List.copyOf(copies);
    }
  }

  private static Breach participantsUnlinked(RandomnessSource in, JourneyModel model) {
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    int i = Draw.intBetween(in, 0, journeys.size() - 1);
    CustomerJourney journey = journeys.get(i);
    Map<ValueStreamId, PartyId> owners = new HashMap<>();
    model.valueStreams().forEach(stream -> owners.put(stream.id(), stream.owner()));
    List<PartyId> unlinked = Draw.atLeastOneOf(in, new ArrayList<>(journey.participants()));
    Set<ValueStreamId> links = new LinkedHashSet<>();
    for (ValueStreamId link : journey.valueStreams()) {
      if (!unlinked.contains(owners.get(link))) {
        links.add(link);
      }
    }
    Set<ValueStreamId> direct = new LinkedHashSet<>();
    for (ValueStreamId link : journey.directPartOf()) {
      if (!unlinked.contains(owners.get(link))) {
        direct.add(link);
      }
    }
    journeys.set(i, journey.withValueStreams(links).withDirectPartOf(direct));
    List<List<TypedId<?>>> expected = new ArrayList<>();
    unlinked.forEach(party -> expected.add(List.of(journey.id(), party)));
    return new Breach(
        model.withJourneys(journeys),
        ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
        "journey " + journey.id() + " no longer depends on any value stream of " + unlinked,
        expected);
  }

  private static Breach providerWithoutStream(RandomnessSource in, JourneyModel model) {
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    int i = Draw.intBetween(in, 0, journeys.size() - 1);
    CustomerJourney journey = journeys.get(i);
    List<Party> parties = new ArrayList<>(model.core().parties());
    PartyId added =
        PartyId.of(Texts.freshIdText(in, IdGens.texts(parties.stream().map(Party::id).toList())));
    Draw.insert(in, parties, Party.organization(added, Texts.names().generate(in)));
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      touchpoints.add(
          Draw.bool(in)
              ? Touchpoint.builder().from(touchpoint).addParty(added).build()
              : touchpoint);
    }
    journeys.set(
        i,
        CustomerJourney.builder()
            .from(journey)
            .addProvider(added)
            .touchpoints(touchpoints)
            .build());
    return new Breach(
        model.withCore(model.core().withParties(parties)).withJourneys(journeys),
        ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
        "journey " + journey.id() + " gains the provider " + added + ", which has no value stream",
        List.of(List.of(journey.id(), added)));
  }

  private static Set<String> activityTexts(JourneyModel model) {
    Set<String> taken = new HashSet<>();
    for (ValueStream stream : model.valueStreams()) {
      stream.activities().forEach(activity -> taken.add(activity.id().value()));
    }
    return taken;
  }

  /**
   * Makes at least one drawn element of a journey (touchpoint or interaction) use an activity, and
   * adds the ids of the elements changed to {@code users}, touchpoints first.
   */
  private static CustomerJourney useActivity(
      RandomnessSource in,
      CustomerJourney journey,
      ValueStreamActivityId activity,
      List<TypedId<?>> users) {
    int touchpointCount = journey.touchpoints().size();
    List<Integer> indices = new ArrayList<>();
    for (int k = 0; k < touchpointCount + journey.interactions().size(); k++) {
      indices.add(k);
    }
    Set<Integer> chosen = new HashSet<>(Draw.atLeastOneOf(in, indices));
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int k = 0; k < touchpointCount; k++) {
      Touchpoint touchpoint = journey.touchpoints().get(k);
      if (chosen.contains(k)) {
        touchpoints.add(Touchpoint.builder().from(touchpoint).addActivity(activity).build());
        users.add(touchpoint.id());
      } else {
        touchpoints.add(touchpoint);
      }
    }
    List<ServiceInteraction> interactions = new ArrayList<>();
    for (int k = 0; k < journey.interactions().size(); k++) {
      ServiceInteraction interaction = journey.interactions().get(k);
      if (chosen.contains(touchpointCount + k)) {
        interactions.add(
            ServiceInteraction.builder().from(interaction).addActivity(activity).build());
        users.add(interaction.id());
      } else {
        interactions.add(interaction);
      }
    }
    return CustomerJourney.builder()
        .from(journey)
        .touchpoints(touchpoints)
        .interactions(interactions)
        .build();
  }

  /** Returns the model with one journey changed to use an activity, and the expected findings. */
  private static Breach used(
      RandomnessSource in,
      JourneyModel model,
      List<ValueStream> streams,
      int i,
      ValueStreamActivityId activity,
      TypedId<?> last,
      Rule rule,
      String what) {
    CustomerJourney journey = model.journeys().get(i);
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    List<TypedId<?>> users = new ArrayList<>();
    journeys.set(i, useActivity(in, journey, activity, users));
    List<List<TypedId<?>>> expected = new ArrayList<>();
    users.forEach(user -> expected.add(List.of(journey.id(), user, last)));
    return new Breach(
        model.withValueStreams(streams).withJourneys(journeys),
        rule,
        "elements " + users + " of journey " + journey.id() + " use " + what,
        expected);
  }

  private static Breach newHiddenActivity(RandomnessSource in, JourneyModel model) {
    int i = Draw.intBetween(in, 0, model.journeys().size() - 1);
    ValueStreamId linked = Draw.oneOf(in, new ArrayList<>(model.journeys().get(i).valueStreams()));
    ValueStreamActivityId hidden =
        ValueStreamActivityId.of(Texts.freshIdText(in, activityTexts(model)));
    List<ValueStream> streams = new ArrayList<>();
    for (ValueStream stream : model.valueStreams()) {
      if (stream.id().equals(linked)) {
        List<ValueStreamActivity> activities = new ArrayList<>(stream.activities());
        Draw.insert(in, activities, ValueStreamActivity.hidden(hidden, Texts.names().generate(in)));
        streams.add(ValueStream.builder().from(stream).activities(activities).build());
      } else {
        streams.add(stream);
      }
    }
    return used(
        in,
        model,
        streams,
        i,
        hidden,
        hidden,
        ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
        "the hidden activity " + hidden + " of " + linked);
  }

  private static Breach usedActivityHidden(RandomnessSource in, JourneyModel model) {
    Set<ValueStreamActivityId> used = new LinkedHashSet<>();
    for (CustomerJourney journey : model.journeys()) {
      journey.touchpoints().forEach(touchpoint -> used.addAll(touchpoint.activities()));
      journey.interactions().forEach(interaction -> used.addAll(interaction.activities()));
    }
    if (used.isEmpty()) {
      return newHiddenActivity(in, model);
    }
    ValueStreamActivityId hidden = Draw.oneOf(in, new ArrayList<>(used));
    List<ValueStream> streams = new ArrayList<>();
    for (ValueStream stream : model.valueStreams()) {
      List<ValueStreamActivity> activities = new ArrayList<>();
      for (ValueStreamActivity activity : stream.activities()) {
        activities.add(
            activity.id().equals(hidden)
                ? ValueStreamActivity.hidden(hidden, activity.name())
                : activity);
      }
      streams.add(ValueStream.builder().from(stream).activities(activities).build());
    }
    List<List<TypedId<?>>> expected = new ArrayList<>();
    for (CustomerJourney journey : model.journeys()) {
      List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
      elements.addAll(journey.interactions());
      for (JourneyElement element : elements) {
        if (element.activities().contains(hidden)) {
          expected.add(List.of(journey.id(), element.id(), hidden));
        }
      }
    }
    return new Breach(
        model.withValueStreams(streams),
        ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
        "activity " + hidden + ", used by journeys, is made hidden",
        expected);
  }

  private static Breach activityOfUnlinkedStream(RandomnessSource in, JourneyModel model) {
    int i = Draw.intBetween(in, 0, model.journeys().size() - 1);
    PartyId participant = Draw.oneOf(in, new ArrayList<>(model.journeys().get(i).participants()));
    ValueStreamId streamId =
        ValueStreamId.of(
            Texts.freshIdText(
                in, IdGens.texts(model.valueStreams().stream().map(ValueStream::id).toList())));
    ValueStreamActivityId activityId =
        ValueStreamActivityId.of(Texts.freshIdText(in, activityTexts(model)));
    List<ValueStream> streams = new ArrayList<>(model.valueStreams());
    Draw.insert(
        in,
        streams,
        ValueStreamGens.valueStream(
            in,
            streamId,
            participant,
            List.of(ValueStreamActivity.visible(activityId, Texts.names().generate(in)))));
    return used(
        in,
        model,
        streams,
        i,
        activityId,
        streamId,
        ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
        "activity " + activityId + " of value stream " + streamId + ", which it does not link");
  }

  private static Breach streamOfNonParticipant(RandomnessSource in, JourneyModel model) {
    int i = Draw.intBetween(in, 0, model.journeys().size() - 1);
    CustomerJourney journey = model.journeys().get(i);
    List<ValueStream> foreign = new ArrayList<>();
    for (ValueStream stream : model.valueStreams()) {
      if (!journey.participants().contains(stream.owner())) {
        foreign.add(stream);
      }
    }
    List<Party> parties = new ArrayList<>(model.core().parties());
    List<ValueStream> streams = new ArrayList<>(model.valueStreams());
    ValueStream linked;
    if (!foreign.isEmpty() && Draw.bool(in)) {
      linked = Draw.oneOf(in, foreign);
    } else {
      PartyId outsider =
          PartyId.of(Texts.freshIdText(in, IdGens.texts(parties.stream().map(Party::id).toList())));
      Draw.insert(in, parties, Party.organization(outsider, Texts.names().generate(in)));
      Set<String> taken = activityTexts(model);
      List<ValueStreamActivity> activities = new ArrayList<>();
      int count = Draw.intBetween(in, 1, 3);
      for (int k = 0; k < count; k++) {
        String text = Texts.freshIdText(in, taken);
        taken.add(text);
        activities.add(ValueStreamGens.activity(in, ValueStreamActivityId.of(text)));
      }
      linked =
          ValueStreamGens.valueStream(
              in,
              ValueStreamId.of(
                  Texts.freshIdText(
                      in, IdGens.texts(streams.stream().map(ValueStream::id).toList()))),
              outsider,
              activities);
      Draw.insert(in, streams, linked);
    }
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    journeys.set(i, CustomerJourney.builder().from(journey).addValueStream(linked.id()).build());
    return new Breach(
        model
            .withCore(model.core().withParties(parties))
            .withValueStreams(streams)
            .withJourneys(journeys),
        ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
        "journey "
            + journey.id()
            + " depends on value stream "
            + linked.id()
            + " of "
            + linked.owner()
            + ", which takes no part in it",
        List.of(List.of(journey.id(), linked.id(), linked.owner())));
  }
}
