package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of whole journey models (parties, value streams and designed journeys): consistent
 * ones, ones with one defect the journey validator reports, ones that break one statement of Figure
 * 1.4, and loose ones whose elements are drawn independently over small pools of ids.
 */
public final class JourneyModelGens {

  /** How many kinds of defect {@link #brokenModels(int)} draws from. */
  static final int DEFECT_KINDS = 11;

  /** How many kinds of breach {@link #ruleBreaches(int)} draws from. */
  static final int BREACH_KINDS = 6;

  /** The most touchpoints of a journey in a consistent model. */
  static final int MAX_TOUCHPOINTS = 6;

  private JourneyModelGens() {}

  /**
   * Returns consistent journey models: two to {@code scale} organizations, each owning one or two
   * value streams, and a few persons; one to about half of {@code scale} journeys, each between an
   * organization and some others, linking at least one value stream of every participant and only
   * those, and using only visible activities of the streams it links.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   */
  public static Gen<JourneyModelParts> models(int scale) {
    if (scale < 2) {
      throw new IllegalArgumentException(
          "A journey model's scale must be at least 2, but was " + scale);
    }
    return in -> model(in, scale);
  }

  private static JourneyModelParts model(RandomnessSource in, int scale) {
    int organizationCount = Draw.intBetween(in, 2, scale);
    int memberCount = Draw.intBetween(in, 0, 2);
    List<PartyId> partyIds = JourneyGens.partyIds(in, organizationCount + memberCount);
    List<PartyId> organizations = List.copyOf(partyIds.subList(0, organizationCount));
    List<Party> parties = new ArrayList<>();
    for (PartyId id : organizations) {
      parties.add(Party.organization(id, Texts.names().generate(in)));
    }
    for (PartyId id : partyIds.subList(organizationCount, partyIds.size())) {
      parties.add(Party.person(id, Texts.names().generate(in), Draw.oneOf(in, organizations)));
    }

    List<PartyId> owners = new ArrayList<>();
    for (PartyId organization : organizations) {
      int streams = Draw.intBetween(in, 1, 2);
      for (int i = 0; i < streams; i++) {
        owners.add(organization);
      }
    }
    List<ValueStreamId> streamIds = JourneyGens.ids(in, ValueStreamId::of, owners.size());
    int[] activityCounts = new int[owners.size()];
    int activityTotal = 0;
    for (int i = 0; i < owners.size(); i++) {
      activityCounts[i] = Draw.intBetween(in, 1, 4);
      activityTotal += activityCounts[i];
    }
    List<ValueStreamActivityId> activityIds =
        JourneyGens.ids(in, ValueStreamActivityId::of, activityTotal);
    List<ValueStream> streams = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < owners.size(); i++) {
      List<ValueStreamActivity> activities = new ArrayList<>();
      for (int j = 0; j < activityCounts[i]; j++) {
        activities.add(ValueStreamGens.activity(in, activityIds.get(next++)));
      }
      streams.add(ValueStreamGens.valueStream(in, streamIds.get(i), owners.get(i), activities));
    }

    int journeyCount = Draw.intBetween(in, 1, Math.max(1, (scale + 1) / 2));
    List<CustomerJourney> journeys = new ArrayList<>();
    for (JourneyId id : JourneyGens.ids(in, JourneyId::of, journeyCount)) {
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
            if (activity.visibleToOtherParties()) {
              usable.add(activity.id());
            }
          }
        }
      }
      journeys.add(
          JourneyGens.journey(in, id, consumer, providers, links, usable, MAX_TOUCHPOINTS));
    }
    return new JourneyModelParts(Draw.shuffle(in, parties), Draw.shuffle(in, streams), journeys);
  }

  private static List<ValueStream> streamsOf(List<ValueStream> streams, PartyId owner) {
    List<ValueStream> owned = new ArrayList<>();
    for (ValueStream stream : streams) {
      if (stream.owner().equals(owner)) {
        owned.add(stream);
      }
    }
    return owned;
  }

  /**
   * Returns consistent models with one defect each that the journey validator reports: a journey,
   * value stream or activity id used twice, a value-stream owner, consumer or provider the model
   * does not hold, a link to a value stream or a use of an activity the model does not hold, a
   * party or a value stream removed while others still name it.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<BrokenJourneyModel> brokenModels(int scale) {
    Gen<JourneyModelParts> models = models(scale);
    return in -> breakModel(in, models.generate(in), Draw.intBetween(in, 0, DEFECT_KINDS - 1));
  }

  /** Puts defect number {@code defect} (0 to {@link #DEFECT_KINDS} - 1) into a model. */
  static BrokenJourneyModel breakModel(RandomnessSource in, JourneyModelParts model, int defect) {
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    int i = Draw.intBetween(in, 0, journeys.size() - 1);
    CustomerJourney journey = journeys.get(i);
    String path = "journeys[" + i + "]";
    switch (defect) {
      case 0 -> {
        int at = Draw.intBetween(in, i + 1, journeys.size());
        journeys.add(at, journey);
        return new BrokenJourneyModel(
            model.withJourneys(journeys),
            "journeys holds " + journey.id() + " twice, at [" + i + "] and [" + at + "]",
            List.of("journeys[" + at + "].id"));
      }
      case 1 -> {
        List<ValueStream> streams = new ArrayList<>(model.valueStreams());
        int original = Draw.intBetween(in, 0, streams.size() - 1);
        int at = Draw.intBetween(in, original + 1, streams.size());
        streams.add(at, streams.get(original));
        return new BrokenJourneyModel(
            model.withValueStreams(streams),
            "valueStreams holds "
                + streams.get(at).id()
                + " twice, at ["
                + original
                + "] and ["
                + at
                + "]",
            List.of("valueStreams[" + at + "].id"));
      }
      case 2 -> {
        return sharedActivity(in, model);
      }
      case 3 -> {
        List<ValueStream> streams = new ArrayList<>(model.valueStreams());
        int k = Draw.intBetween(in, 0, streams.size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        streams.set(k, ValueStream.builder().from(streams.get(k)).owner(missing).build());
        return new BrokenJourneyModel(
            model.withValueStreams(streams),
            "value stream " + streams.get(k).id() + " is owned by the unknown party " + missing,
            List.of("valueStreams[" + k + "].owner"));
      }
      case 4, 5 -> {
        boolean consumer = defect == 4;
        PartyId replaced =
            consumer ? journey.consumer() : Draw.oneOf(in, new ArrayList<>(journey.providers()));
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        journeys.set(i, JourneyGens.replaceParty(journey, replaced, missing));
        return new BrokenJourneyModel(
            model.withJourneys(journeys),
            "journey "
                + journey.id()
                + " has the unknown "
                + (consumer ? "consumer " : "provider ")
                + missing,
            List.of(path + (consumer ? ".consumer" : ".providers")));
      }
      case 6 -> {
        ValueStreamId missing = ValueStreamId.of(Texts.missingIdText(in));
        journeys.set(i, CustomerJourney.builder().from(journey).addValueStream(missing).build());
        return new BrokenJourneyModel(
            model.withJourneys(journeys),
            "journey " + journey.id() + " depends on the unknown value stream " + missing,
            List.of(path + ".valueStreams"));
      }
      case 7 -> {
        List<Touchpoint> touchpoints = new ArrayList<>(journey.touchpoints());
        int k = Draw.intBetween(in, 0, touchpoints.size() - 1);
        ValueStreamActivityId missing = ValueStreamActivityId.of(Texts.missingIdText(in));
        touchpoints.set(
            k, Touchpoint.builder().from(touchpoints.get(k)).addActivity(missing).build());
        journeys.set(i, CustomerJourney.builder().from(journey).touchpoints(touchpoints).build());
        return new BrokenJourneyModel(
            model.withJourneys(journeys),
            "touchpoint "
                + touchpoints.get(k).id()
                + " of journey "
                + journey.id()
                + " uses the unknown activity "
                + missing,
            List.of(path + ".touchpoints[" + k + "].activities"));
      }
      case 8 -> {
        List<ServiceInteraction> interactions = new ArrayList<>(journey.interactions());
        if (interactions.isEmpty()) {
          interactions.add(
              JourneyGens.interaction(
                  in,
                  ServiceInteractionId.of(Texts.idTexts().generate(in)),
                  Draw.oneOf(in, new ArrayList<>(journey.providers())),
                  journey.consumer(),
                  journey.touchpoints(),
                  List.of()));
        }
        int k = Draw.intBetween(in, 0, interactions.size() - 1);
        ValueStreamActivityId missing = ValueStreamActivityId.of(Texts.missingIdText(in));
        interactions.set(
            k, ServiceInteraction.builder().from(interactions.get(k)).addActivity(missing).build());
        journeys.set(i, CustomerJourney.builder().from(journey).interactions(interactions).build());
        return new BrokenJourneyModel(
            model.withJourneys(journeys),
            "interaction "
                + interactions.get(k).id()
                + " of journey "
                + journey.id()
                + " uses the unknown activity "
                + missing,
            List.of(path + ".interactions[" + k + "].activities"));
      }
      case 9 -> {
        return removedParty(in, model, journey);
      }
      default -> {
        return removedStream(in, model, journey);
      }
    }
  }

  private static BrokenJourneyModel sharedActivity(RandomnessSource in, JourneyModelParts model) {
    List<ValueStream> streams = new ArrayList<>(model.valueStreams());
    int from = Draw.intBetween(in, 0, streams.size() - 1);
    ValueStreamActivity shared = Draw.oneOf(in, streams.get(from).activities());
    ValueStreamActivity copy = Draw.bool(in) ? shared : ValueStreamGens.activity(in, shared.id());
    if (streams.size() >= 2 && Draw.bool(in)) {
      int to = Draw.intBetween(in, 0, streams.size() - 2);
      if (to >= from) {
        to++;
      }
      List<ValueStreamActivity> activities = new ArrayList<>(streams.get(to).activities());
      activities.add(Draw.intBetween(in, 0, activities.size()), copy);
      streams.set(to, ValueStream.builder().from(streams.get(to)).activities(activities).build());
    } else {
      Set<String> taken = new HashSet<>();
      streams.forEach(stream -> taken.add(stream.id().value()));
      ValueStream extra =
          ValueStreamGens.valueStream(
              in,
              ValueStreamId.of(Texts.freshIdText(in, taken)),
              streams.get(from).owner(),
              List.of(copy));
      streams.add(Draw.intBetween(in, 0, streams.size()), extra);
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
    return new BrokenJourneyModel(
        model.withValueStreams(streams),
        "activity " + shared.id() + " belongs to two value streams",
        paths);
  }

  private static BrokenJourneyModel removedParty(
      RandomnessSource in, JourneyModelParts model, CustomerJourney journey) {
    PartyId removed = Draw.oneOf(in, new ArrayList<>(journey.participants()));
    List<Party> parties = new ArrayList<>(model.parties());
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
    return new BrokenJourneyModel(
        model.withParties(parties),
        "party " + removed + " is removed while journeys and value streams name it",
        paths);
  }

  private static BrokenJourneyModel removedStream(
      RandomnessSource in, JourneyModelParts model, CustomerJourney journey) {
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
      addUses(paths, "journeys[" + j + "].touchpoints", other.touchpoints(), lost);
      addUses(paths, "journeys[" + j + "].interactions", other.interactions(), lost);
    }
    return new BrokenJourneyModel(
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

  /**
   * Returns models the journey validator accepts, each breaking one statement of Figure 1.4 in one
   * of six ways: a journey unlinked from every value stream of some participants, a new provider
   * without a value stream, a hidden activity added to a linked stream and used by some elements, a
   * used activity made hidden, an element using an activity of a stream the journey does not link,
   * and a journey linking a value stream of a non-participant.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<RuleBreachParts> ruleBreaches(int scale) {
    Gen<JourneyModelParts> models = models(scale);
    return in -> breachRule(in, models.generate(in), Draw.intBetween(in, 0, BREACH_KINDS - 1));
  }

  /** Breaks a value-stream rule in way number {@code kind} (0 to {@link #BREACH_KINDS} - 1). */
  static RuleBreachParts breachRule(RandomnessSource in, JourneyModelParts model, int kind) {
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    int i = Draw.intBetween(in, 0, journeys.size() - 1);
    CustomerJourney journey = journeys.get(i);
    String journeyText = journey.id().value();
    switch (kind) {
      case 0 -> {
        Map<ValueStreamId, PartyId> owners = new HashMap<>();
        model.valueStreams().forEach(stream -> owners.put(stream.id(), stream.owner()));
        List<PartyId> unlinked = Draw.atLeastOneOf(in, new ArrayList<>(journey.participants()));
        Set<ValueStreamId> links = new LinkedHashSet<>();
        for (ValueStreamId link : journey.valueStreams()) {
          if (!unlinked.contains(owners.get(link))) {
            links.add(link);
          }
        }
        journeys.set(i, CustomerJourney.builder().from(journey).valueStreams(links).build());
        List<List<String>> expected = new ArrayList<>();
        unlinked.forEach(party -> expected.add(List.of(journeyText, party.value())));
        return new RuleBreachParts(
            model.withJourneys(journeys),
            ValueStreamRules.PARTY_WITHOUT_VALUE_STREAM,
            "journey " + journey.id() + " no longer depends on any value stream of " + unlinked,
            expected);
      }
      case 1 -> {
        Set<String> taken = new HashSet<>();
        model.parties().forEach(party -> taken.add(party.id().value()));
        PartyId added = PartyId.of(Texts.freshIdText(in, taken));
        List<Party> parties = new ArrayList<>(model.parties());
        parties.add(
            Draw.intBetween(in, 0, parties.size()),
            Party.organization(added, Texts.names().generate(in)));
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
        return new RuleBreachParts(
            model.withParties(parties).withJourneys(journeys),
            ValueStreamRules.PARTY_WITHOUT_VALUE_STREAM,
            "journey "
                + journey.id()
                + " gains the provider "
                + added
                + ", which has no value stream",
            List.of(List.of(journeyText, added.value())));
      }
      case 2 -> {
        return newHiddenActivity(in, model, i);
      }
      case 3 -> {
        return hiddenUsedActivity(in, model, i);
      }
      case 4 -> {
        PartyId participant = Draw.oneOf(in, new ArrayList<>(journey.participants()));
        Set<String> streamTexts = new HashSet<>();
        model.valueStreams().forEach(stream -> streamTexts.add(stream.id().value()));
        ValueStreamId streamId = ValueStreamId.of(Texts.freshIdText(in, streamTexts));
        ValueStreamActivityId activityId =
            ValueStreamActivityId.of(Texts.freshIdText(in, activityTexts(model)));
        ValueStream unlinked =
            ValueStreamGens.valueStream(
                in,
                streamId,
                participant,
                List.of(ValueStreamActivity.visible(activityId, Texts.names().generate(in))));
        List<ValueStream> streams = new ArrayList<>(model.valueStreams());
        streams.add(Draw.intBetween(in, 0, streams.size()), unlinked);
        List<String> users = new ArrayList<>();
        journeys.set(i, useActivity(in, journey, activityId, users));
        List<List<String>> expected = new ArrayList<>();
        users.forEach(user -> expected.add(List.of(journeyText, user, streamId.value())));
        return new RuleBreachParts(
            new JourneyModelParts(model.parties(), streams, journeys),
            ValueStreamRules.ACTIVITY_OUTSIDE_LINKED_STREAMS,
            "elements "
                + users
                + " of journey "
                + journey.id()
                + " use activity "
                + activityId
                + " of value stream "
                + streamId
                + ", which the journey does not link",
            expected);
      }
      default -> {
        return streamOfNonParticipant(in, model, i);
      }
    }
  }

  private static Set<String> activityTexts(JourneyModelParts model) {
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
      List<String> users) {
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
        users.add(touchpoint.elementId());
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
        users.add(interaction.elementId());
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

  private static RuleBreachParts newHiddenActivity(
      RandomnessSource in, JourneyModelParts model, int i) {
    CustomerJourney journey = model.journeys().get(i);
    ValueStreamId linked = Draw.oneOf(in, new ArrayList<>(journey.valueStreams()));
    ValueStreamActivityId hidden =
        ValueStreamActivityId.of(Texts.freshIdText(in, activityTexts(model)));
    List<ValueStream> streams = new ArrayList<>();
    for (ValueStream stream : model.valueStreams()) {
      if (stream.id().equals(linked)) {
        List<ValueStreamActivity> activities = new ArrayList<>(stream.activities());
        activities.add(
            Draw.intBetween(in, 0, activities.size()),
            ValueStreamActivity.hidden(hidden, Texts.names().generate(in)));
        streams.add(ValueStream.builder().from(stream).activities(activities).build());
      } else {
        streams.add(stream);
      }
    }
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    List<String> users = new ArrayList<>();
    journeys.set(i, useActivity(in, journey, hidden, users));
    List<List<String>> expected = new ArrayList<>();
    users.forEach(user -> expected.add(List.of(journey.id().value(), user, hidden.value())));
    return new RuleBreachParts(
        new JourneyModelParts(model.parties(), streams, journeys),
        ValueStreamRules.HIDDEN_ACTIVITY_IN_JOURNEY,
        "elements "
            + users
            + " of journey "
            + journey.id()
            + " use the hidden activity "
            + hidden
            + " of "
            + linked,
        expected);
  }

  private static RuleBreachParts hiddenUsedActivity(
      RandomnessSource in, JourneyModelParts model, int i) {
    Set<ValueStreamActivityId> used = new LinkedHashSet<>();
    for (CustomerJourney journey : model.journeys()) {
      journey.touchpoints().forEach(touchpoint -> used.addAll(touchpoint.activities()));
      journey.interactions().forEach(interaction -> used.addAll(interaction.activities()));
    }
    if (used.isEmpty()) {
      return newHiddenActivity(in, model, i);
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
    List<List<String>> expected = new ArrayList<>();
    for (CustomerJourney journey : model.journeys()) {
      List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
      elements.addAll(journey.interactions());
      for (JourneyElement element : elements) {
        if (element.activities().contains(hidden)) {
          expected.add(List.of(journey.id().value(), element.elementId(), hidden.value()));
        }
      }
    }
    return new RuleBreachParts(
        model.withValueStreams(streams),
        ValueStreamRules.HIDDEN_ACTIVITY_IN_JOURNEY,
        "activity " + hidden + ", used by journeys, is made hidden",
        expected);
  }

  private static RuleBreachParts streamOfNonParticipant(
      RandomnessSource in, JourneyModelParts model, int i) {
    CustomerJourney journey = model.journeys().get(i);
    List<ValueStream> foreign = new ArrayList<>();
    for (ValueStream stream : model.valueStreams()) {
      if (!journey.participants().contains(stream.owner())) {
        foreign.add(stream);
      }
    }
    List<Party> parties = new ArrayList<>(model.parties());
    List<ValueStream> streams = new ArrayList<>(model.valueStreams());
    ValueStream linked;
    if (!foreign.isEmpty() && Draw.bool(in)) {
      linked = Draw.oneOf(in, foreign);
    } else {
      Set<String> partyTexts = new HashSet<>();
      model.parties().forEach(party -> partyTexts.add(party.id().value()));
      PartyId outsider = PartyId.of(Texts.freshIdText(in, partyTexts));
      parties.add(
          Draw.intBetween(in, 0, parties.size()),
          Party.organization(outsider, Texts.names().generate(in)));
      Set<String> streamTexts = new HashSet<>();
      model.valueStreams().forEach(stream -> streamTexts.add(stream.id().value()));
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
              in, ValueStreamId.of(Texts.freshIdText(in, streamTexts)), outsider, activities);
      streams.add(Draw.intBetween(in, 0, streams.size()), linked);
    }
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    journeys.set(i, CustomerJourney.builder().from(journey).addValueStream(linked.id()).build());
    return new RuleBreachParts(
        new JourneyModelParts(parties, streams, journeys),
        ValueStreamRules.STREAM_OF_NON_PARTICIPANT,
        "journey "
            + journey.id()
            + " depends on value stream "
            + linked.id()
            + " of "
            + linked.owner()
            + ", which takes no part in it",
        List.of(List.of(journey.id().value(), linked.id().value())));
  }

  /**
   * Returns loose models: parties, value streams and journeys each drawn on their own, valid by
   * themselves, with ids and references taken from small pools, so that models hold any mix of
   * repeated ids, dangling references, activities in two streams, participants without value
   * streams and hidden activities in journeys.
   *
   * @return the generator
   */
  public static Gen<JourneyModelParts> looseModels() {
    return in -> {
      List<PartyId> partyPool = pool(PartyId::of, "p", 4);
      List<ValueStreamId> streamPool = pool(ValueStreamId::of, "s", 3);
      List<ValueStreamActivityId> activityPool = pool(ValueStreamActivityId::of, "a", 6);
      List<JourneyId> journeyPool = pool(JourneyId::of, "j", 3);

      List<Party> parties = new ArrayList<>();
      int partyCount = Draw.intBetween(in, 0, 5);
      for (int k = 0; k < partyCount; k++) {
        parties.add(Party.organization(Draw.oneOf(in, partyPool), Texts.names().generate(in)));
      }

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
      int journeyCount = Draw.intBetween(in, 0, 3);
      for (int k = 0; k < journeyCount; k++) {
        PartyId consumer = Draw.oneOf(in, partyPool);
        List<PartyId> others = new ArrayList<>(partyPool);
        others.remove(consumer);
        journeys.add(
            JourneyGens.journey(
                in,
                Draw.oneOf(in, journeyPool),
                consumer,
                Draw.atLeastOneOf(in, others),
                Draw.someOf(in, streamPool),
                Draw.someOf(in, activityPool),
                4));
      }
      return new JourneyModelParts(parties, streams, journeys);
    };
  }

  private static <T> List<T> pool(Function<String, T> of, String prefix, int size) {
    List<T> pool = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      pool.add(of.apply(prefix + k));
    }
    return pool;
  }
}
