package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.TransitionDirection;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of the journey vocabulary: steps, channels, personas, the journey ids, touchpoints,
 * service interactions and designed customer journeys, valid and invalid.
 */
public final class JourneyGens {

  /** The most service interactions a drawn journey has. */
  static final int MAX_INTERACTIONS = 4;

  private static final List<String> ID_KINDS =
      List.of(
          "journey", "touchpoint", "service interaction", "value stream", "value stream activity");

  private static final List<Function<String, ? extends TypedId<?>>> ID_FACTORIES =
      List.of(
          JourneyId::of,
          TouchpointId::of,
          ServiceInteractionId::of,
          ValueStreamId::of,
          ValueStreamActivityId::of);

  private static final List<ConsumerRole> PERSONAS =
      List.of(ConsumerRole.CUSTOMER, ConsumerRole.USER);
  private static final List<String> TOUCHPOINT_REQUIRED = List.of("id", "name", "step", "channel");
  private static final List<String> INTERACTION_REQUIRED =
      List.of("id", "name", "step", "channel", "provider", "consumer");
  private static final List<String> JOURNEY_REQUIRED = List.of("id", "name", "consumer", "persona");

  /** How many kinds of invalid journey {@link #invalidJourneys()} draws from. */
  static final int INVALID_JOURNEY_KINDS = 17;

  private JourneyGens() {}

  /**
   * Returns the seven journey steps.
   *
   * @return the generator
   */
  public static Gen<CustomerJourneyStep> steps() {
    return Generate.enumValues(CustomerJourneyStep.class);
  }

  /**
   * Returns the two directions of the onboard step's transition.
   *
   * @return the generator
   */
  public static Gen<TransitionDirection> directions() {
    return Generate.enumValues(TransitionDirection.class);
  }

  /**
   * Returns channels: predefined ones and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<Channel> channels() {
    return in ->
        Draw.bool(in)
            ? Draw.oneOf(in, Channel.predefined())
            : Channel.of(Texts.kindCodes().generate(in));
  }

  /**
   * Returns the roles a journey's persona may have: customer and user.
   *
   * @return the generator
   */
  public static Gen<ConsumerRole> personas() {
    return in -> Draw.oneOf(in, PERSONAS);
  }

  /**
   * Returns ids of the five journey kinds, about evenly.
   *
   * @return the generator
   */
  public static Gen<TypedId<?>> anyIds() {
    return in -> {
      Function<String, ? extends TypedId<?>> factory = Draw.oneOf(in, ID_FACTORIES);
      return factory.apply(Texts.idTexts().generate(in));
    };
  }

  /**
   * Returns attempts to make an id of a journey kind from an invalid text or from null.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidIds() {
    return in -> {
      int kind = Draw.intBetween(in, 0, ID_FACTORIES.size() - 1);
      Function<String, ? extends TypedId<?>> factory = ID_FACTORIES.get(kind);
      if (Draw.oneIn(in, 8)) {
        return BadInput.of(
            ID_KINDS.get(kind) + " id made from null", "", () -> Nulls.idOfNull(factory));
      }
      String text = Texts.invalidIdTexts().generate(in);
      return BadInput.of(
          ID_KINDS.get(kind) + " id made from " + Texts.quote(text), "", () -> factory.apply(text));
    };
  }

  /**
   * Returns attempts to make channels from codes of the wrong form.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidChannels() {
    return in -> {
      String code = Texts.invalidKindCodes().generate(in);
      return BadInput.of("channel made from " + Texts.quote(code), "", () -> Channel.of(code));
    };
  }

  /**
   * Draws distinct party ids.
   *
   * @param in the randomness source
   * @param count how many
   * @return {@code count} distinct ids
   */
  public static List<PartyId> partyIds(RandomnessSource in, int count) {
    return ids(in, PartyId::of, count);
  }

  /**
   * Draws distinct ids of one kind.
   *
   * @param <T> the id type
   * @param in the randomness source
   * @param of the id factory
   * @param count how many
   * @return {@code count} distinct ids
   */
  public static <T> List<T> ids(RandomnessSource in, Function<String, T> of, int count) {
    List<T> ids = new ArrayList<>(count);
    for (String text : Texts.uniqueIdTexts(in, count)) {
      ids.add(of.apply(text));
    }
    return ids;
  }

  /**
   * Draws a touchpoint: the given id, step and parties, a drawn name and channel, sometimes hidden
   * from some of its parties, sometimes part of some of the given activities, sometimes with a
   * transition direction (at the onboard step only) and a description.
   *
   * @param in the randomness source
   * @param id the id
   * @param step the step
   * @param parties the parties involved; not empty
   * @param activities the activities it may be part of
   * @return the touchpoint
   */
  public static Touchpoint touchpoint(
      RandomnessSource in,
      TouchpointId id,
      CustomerJourneyStep step,
      Collection<PartyId> parties,
      List<ValueStreamActivityId> activities) {
    List<PartyId> involved = new ArrayList<>(parties);
    Touchpoint.Builder touchpoint =
        Touchpoint.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .step(step)
            .channel(channels().generate(in))
            .parties(involved);
    if (Draw.oneIn(in, 3)) {
      touchpoint.hiddenFrom(Draw.someOf(in, involved));
    }
    if (Draw.bool(in)) {
      touchpoint.activities(Draw.someOf(in, activities));
    }
    if (step == CustomerJourneyStep.ONBOARD && Draw.bool(in)) {
      touchpoint.transition(directions().generate(in));
    }
    if (Draw.bool(in)) {
      touchpoint.description(Texts.names().generate(in));
    }
    return touchpoint.build();
  }

  /**
   * Returns touchpoints with any ids, involving one to three parties.
   *
   * @return the generator
   */
  public static Gen<Touchpoint> touchpoints() {
    return in -> {
      List<PartyId> parties = partyIds(in, Draw.intBetween(in, 1, 3));
      List<ValueStreamActivityId> activities =
          ids(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 3));
      return touchpoint(
          in,
          TouchpointId.of(Texts.idTexts().generate(in)),
          steps().generate(in),
          parties,
          activities);
    };
  }

  /**
   * Returns touchpoints that involve a consumer and some of the providers.
   *
   * @param consumer the consumer
   * @param providers the providers
   * @return the generator
   */
  public static Gen<Touchpoint> touchpoints(PartyId consumer, List<PartyId> providers) {
    return in ->
        touchpoint(
            in,
            TouchpointId.of(Texts.idTexts().generate(in)),
            steps().generate(in),
            partiesOf(in, consumer, providers),
            List.of());
  }

  private static Set<PartyId> partiesOf(
      RandomnessSource in, PartyId consumer, List<PartyId> providers) {
    Set<PartyId> parties = new LinkedHashSet<>();
    parties.add(consumer);
    parties.addAll(Draw.someOf(in, providers));
    return parties;
  }

  /**
   * Draws a service interaction between a provider and a consumer: usually at one of the given
   * touchpoints and then at its step, otherwise at a drawn step; sometimes hidden from one party or
   * both, sometimes part of some of the given activities.
   *
   * @param in the randomness source
   * @param id the id
   * @param provider the provider
   * @param consumer the consumer; not the provider
   * @param touchpoints the touchpoints it may happen at
   * @param activities the activities it may be part of
   * @return the interaction
   */
  public static ServiceInteraction interaction(
      RandomnessSource in,
      ServiceInteractionId id,
      PartyId provider,
      PartyId consumer,
      List<Touchpoint> touchpoints,
      List<ValueStreamActivityId> activities) {
    ServiceInteraction.Builder interaction =
        ServiceInteraction.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .provider(provider)
            .consumer(consumer);
    if (!touchpoints.isEmpty() && !Draw.oneIn(in, 4)) {
      Touchpoint at = Draw.oneOf(in, touchpoints);
      interaction.touchpoint(at.id()).step(at.step());
      interaction.channel(Draw.bool(in) ? at.channel() : channels().generate(in));
    } else {
      interaction.step(steps().generate(in)).channel(channels().generate(in));
    }
    if (Draw.oneIn(in, 4)) {
      // A reciprocal interaction is seen by at least one of its two parties.
      interaction.addHiddenFrom(Draw.bool(in) ? provider : consumer);
    }
    if (Draw.bool(in)) {
      interaction.activities(Draw.someOf(in, activities));
    }
    if (Draw.bool(in)) {
      interaction.valueCoCreated(Texts.names().generate(in));
    }
    return interaction.build();
  }

  /**
   * Returns service interactions with any ids, between two distinct parties, at no touchpoint or at
   * a touchpoint with any id.
   *
   * @return the generator
   */
  public static Gen<ServiceInteraction> interactions() {
    return in -> {
      List<PartyId> parties = partyIds(in, 2);
      ServiceInteraction interaction =
          interaction(
              in,
              ServiceInteractionId.of(Texts.idTexts().generate(in)),
              parties.get(0),
              parties.get(1),
              List.of(),
              ids(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 3)));
      return Draw.bool(in)
          ? ServiceInteraction.builder()
              .from(interaction)
              .touchpoint(TouchpointId.of(Texts.idTexts().generate(in)))
              .build()
          : interaction;
    };
  }

  /**
   * Returns service interactions that fit a journey: between one of its providers and its consumer,
   * usually at one of its touchpoints and then at that touchpoint's step.
   *
   * @param consumer the journey's consumer
   * @param providers the journey's providers; not empty
   * @param touchpoints the journey's touchpoints
   * @return the generator
   */
  public static Gen<ServiceInteraction> interactions(
      PartyId consumer, List<PartyId> providers, List<Touchpoint> touchpoints) {
    return in ->
        interaction(
            in,
            ServiceInteractionId.of(Texts.idTexts().generate(in)),
            Draw.oneOf(in, providers),
            consumer,
            touchpoints,
            List.of());
  }

  /**
   * Draws a designed journey between a consumer and providers: one to {@code maxTouchpoints}
   * touchpoints with distinct ids, each involving the consumer and some providers, at steps in
   * their usual order about half the time and in a drawn order otherwise; up to {@value
   * #MAX_INTERACTIONS} interactions with distinct ids; the given value-stream links; elements
   * sometimes part of some of the given activities.
   *
   * @param in the randomness source
   * @param id the journey's id
   * @param consumer the consumer
   * @param providers the providers; not empty, without the consumer
   * @param valueStreams the value streams the journey depends on
   * @param activities the activities its elements may be part of
   * @param maxTouchpoints the most touchpoints; at least 1
   * @return the journey
   */
  public static CustomerJourney journey(
      RandomnessSource in,
      JourneyId id,
      PartyId consumer,
      List<PartyId> providers,
      Collection<ValueStreamId> valueStreams,
      List<ValueStreamActivityId> activities,
      int maxTouchpoints) {
    int count = Draw.intBetween(in, 1, maxTouchpoints);
    List<CustomerJourneyStep> steps = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      steps.add(steps().generate(in));
    }
    if (Draw.bool(in)) {
      Collections.sort(steps);
    }
    List<TouchpointId> touchpointIds = ids(in, TouchpointId::of, count);
    List<Touchpoint> touchpoints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      touchpoints.add(
          touchpoint(
              in,
              touchpointIds.get(i),
              steps.get(i),
              partiesOf(in, consumer, providers),
              activities));
    }
    List<ServiceInteraction> interactions = new ArrayList<>();
    for (ServiceInteractionId interactionId :
        ids(in, ServiceInteractionId::of, Draw.intBetween(in, 0, MAX_INTERACTIONS))) {
      interactions.add(
          interaction(
              in, interactionId, Draw.oneOf(in, providers), consumer, touchpoints, activities));
    }
    CustomerJourney.Builder journey =
        CustomerJourney.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .consumer(consumer)
            .providers(providers)
            .persona(personas().generate(in))
            .touchpoints(touchpoints)
            .interactions(interactions)
            .valueStreams(valueStreams);
    if (Draw.bool(in)) {
      journey.scenario(Texts.names().generate(in));
    }
    return journey.build();
  }

  /**
   * Returns designed journeys with any ids: a consumer and one to three providers, up to {@code
   * maxTouchpoints} touchpoints, up to three value-stream links and activities.
   *
   * @param maxTouchpoints the most touchpoints; at least 1
   * @return the generator
   */
  public static Gen<CustomerJourney> journeys(int maxTouchpoints) {
    if (maxTouchpoints < 1) {
      throw new IllegalArgumentException(
          "A journey needs at least one touchpoint, but the maximum was " + maxTouchpoints);
    }
    return in -> {
      List<PartyId> parties = partyIds(in, Draw.intBetween(in, 2, 4));
      List<ValueStreamId> streams = ids(in, ValueStreamId::of, Draw.intBetween(in, 0, 3));
      List<ValueStreamActivityId> activities =
          ids(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 4));
      return journey(
          in,
          JourneyId.of(Texts.idTexts().generate(in)),
          parties.get(0),
          parties.subList(1, parties.size()),
          streams,
          activities,
          maxTouchpoints);
    };
  }

  /**
   * Returns stakeholder maps as they stand at a drawn step.
   *
   * @return the generator
   */
  public static Gen<StakeholderMapAtStep> stakeholderMapsAtSteps() {
    return steps().zip(StakeholderGens.maps(4), StakeholderMapAtStep::of);
  }

  /**
   * Returns a copy of a journey in which one party is replaced by another everywhere: as consumer
   * or provider, among touchpoints' parties and hidden-from parties, and in interactions.
   *
   * @param journey the journey
   * @param from the party to replace
   * @param to its replacement, a party the journey does not name
   * @return the copy
   */
  public static CustomerJourney replaceParty(CustomerJourney journey, PartyId from, PartyId to) {
    Function<PartyId, PartyId> swap = party -> party.equals(from) ? to : party;
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      touchpoints.add(
          Touchpoint.builder()
              .from(touchpoint)
              .parties(mapAll(touchpoint.parties(), swap))
              .hiddenFrom(mapAll(touchpoint.hiddenFrom(), swap))
              .build());
    }
    List<ServiceInteraction> interactions = new ArrayList<>();
    for (ServiceInteraction interaction : journey.interactions()) {
      interactions.add(
          ServiceInteraction.builder()
              .from(interaction)
              .provider(swap.apply(interaction.provider()))
              .consumer(swap.apply(interaction.consumer()))
              .hiddenFrom(mapAll(interaction.hiddenFrom(), swap))
              .build());
    }
    return CustomerJourney.builder()
        .from(journey)
        .consumer(swap.apply(journey.consumer()))
        .providers(mapAll(journey.providers(), swap))
        .touchpoints(touchpoints)
        .interactions(interactions)
        .build();
  }

  private static <T> List<T> mapAll(Collection<T> values, Function<T, T> map) {
    List<T> mapped = new ArrayList<>(values.size());
    values.forEach(value -> mapped.add(map.apply(value)));
    return mapped;
  }

  /**
   * Returns attempts to build touchpoints from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidTouchpoints() {
    return in -> {
      Touchpoint valid = touchpoints().generate(in);
      switch (Draw.intBetween(in, 0, 6)) {
        case 0 -> {
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "touchpoint built with the blank name " + Texts.quote(blank),
              "name",
              () -> Touchpoint.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "touchpoint " + valid.id() + " built without parties",
              "parties",
              () ->
                  Touchpoint.builder()
                      .from(valid)
                      .parties(List.of())
                      .hiddenFrom(List.of())
                      .build());
        }
        case 2 -> {
          PartyId outsider = PartyId.of(Texts.freshIdText(in, texts(valid.parties())));
          return BadInput.of(
              "touchpoint "
                  + valid.id()
                  + " hidden from "
                  + outsider
                  + ", which it does not involve",
              "hiddenFrom",
              () -> Touchpoint.builder().from(valid).addHiddenFrom(outsider).build());
        }
        case 3 -> {
          CustomerJourneyStep step = notOnboard(in);
          TransitionDirection direction = directions().generate(in);
          return BadInput.of(
              "touchpoint " + valid.id() + " at " + step + " with the transition " + direction,
              "transition",
              () -> Touchpoint.builder().from(valid).step(step).transition(direction).build());
        }
        case 4 -> {
          Touchpoint onboarding =
              Touchpoint.builder()
                  .from(valid)
                  .step(CustomerJourneyStep.ONBOARD)
                  .transition(directions().generate(in))
                  .build();
          CustomerJourneyStep step = notOnboard(in);
          return BadInput.of(
              "onboard touchpoint " + valid.id() + " with a transition moved to " + step,
              "transition",
              () -> onboarding.withStep(step));
        }
        case 5 -> {
          String missing = Draw.oneOf(in, TOUCHPOINT_REQUIRED);
          return BadInput.of(
              "touchpoint built without its " + missing,
              missing,
              () -> touchpointWithout(valid, missing));
        }
        default -> {
          return BadInput.of(
              "touchpoint built with a null name", "name", () -> Nulls.touchpointNamedNull(valid));
        }
      }
    };
  }

  private static CustomerJourneyStep notOnboard(RandomnessSource in) {
    List<CustomerJourneyStep> others = new ArrayList<>(List.of(CustomerJourneyStep.values()));
    others.remove(CustomerJourneyStep.ONBOARD);
    return Draw.oneOf(in, others);
  }

  private static Touchpoint touchpointWithout(Touchpoint valid, String missing) {
    Touchpoint.Builder builder =
        Touchpoint.builder()
            .parties(valid.parties())
            .hiddenFrom(valid.hiddenFrom())
            .activities(valid.activities());
    if (!missing.equals("id")) {
      builder.id(valid.id());
    }
    if (!missing.equals("name")) {
      builder.name(valid.name());
    }
    if (!missing.equals("step")) {
      builder.step(valid.step());
    }
    if (!missing.equals("channel")) {
      builder.channel(valid.channel());
    }
    return builder.build();
  }

  /**
   * Returns attempts to build service interactions from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidInteractions() {
    return in -> {
      ServiceInteraction valid = interactions().generate(in);
      switch (Draw.intBetween(in, 0, 4)) {
        case 0 -> {
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "service interaction built with the blank name " + Texts.quote(blank),
              "name",
              () -> ServiceInteraction.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "service interaction "
                  + valid.id()
                  + " with "
                  + valid.provider()
                  + " as provider and consumer",
              "consumer",
              () ->
                  ServiceInteraction.builder()
                      .from(valid)
                      .consumer(valid.provider())
                      .hiddenFrom(List.of())
                      .build());
        }
        case 2 -> {
          PartyId outsider = PartyId.of(Texts.freshIdText(in, texts(valid.parties())));
          return BadInput.of(
              "service interaction "
                  + valid.id()
                  + " hidden from "
                  + outsider
                  + ", neither provider nor consumer",
              "hiddenFrom",
              () -> ServiceInteraction.builder().from(valid).addHiddenFrom(outsider).build());
        }
        case 3 -> {
          return BadInput.of(
              "service interaction "
                  + valid.id()
                  + " hidden from both its provider and its consumer",
              "hiddenFrom",
              () -> valid.withHiddenFrom(List.of(valid.provider(), valid.consumer())));
        }
        default -> {
          String missing = Draw.oneOf(in, INTERACTION_REQUIRED);
          return BadInput.of(
              "service interaction built without its " + missing,
              missing,
              () -> interactionWithout(valid, missing));
        }
      }
    };
  }

  private static ServiceInteraction interactionWithout(ServiceInteraction valid, String missing) {
    ServiceInteraction.Builder builder =
        ServiceInteraction.builder().activities(valid.activities());
    if (!missing.equals("id")) {
      builder.id(valid.id());
    }
    if (!missing.equals("name")) {
      builder.name(valid.name());
    }
    if (!missing.equals("step")) {
      builder.step(valid.step());
    }
    if (!missing.equals("channel")) {
      builder.channel(valid.channel());
    }
    if (!missing.equals("provider")) {
      builder.provider(valid.provider());
    }
    if (!missing.equals("consumer")) {
      builder.consumer(valid.consumer());
    }
    return builder.build();
  }

  /**
   * Returns attempts to build designed journeys that break one of their own rules.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidJourneys() {
    Gen<CustomerJourney> journeys = journeys(6);
    return in ->
        breakJourney(in, journeys.generate(in), Draw.intBetween(in, 0, INVALID_JOURNEY_KINDS - 1));
  }

  /**
   * Puts broken rule number {@code kind} (0 to {@link #INVALID_JOURNEY_KINDS} - 1) into a journey.
   */
  static BadInput breakJourney(RandomnessSource in, CustomerJourney valid, int kind) {
    List<Touchpoint> touchpoints = valid.touchpoints();
    Set<String> taken = texts(valid.participants());
    switch (kind) {
      case 0 -> {
        String blank = Texts.blanks().generate(in);
        return BadInput.of(
            "journey built with the blank name " + Texts.quote(blank),
            "name",
            () -> CustomerJourney.builder().from(valid).name(blank).build());
      }
      case 1 -> {
        return BadInput.of(
            "journey " + valid.id() + " seen by a sponsor",
            "persona",
            () -> CustomerJourney.builder().from(valid).persona(ConsumerRole.SPONSOR).build());
      }
      case 2 -> {
        return BadInput.of(
            "journey " + valid.id() + " built without providers",
            "providers",
            () -> CustomerJourney.builder().from(valid).providers(List.of()).build());
      }
      case 3 -> {
        return BadInput.of(
            "journey "
                + valid.id()
                + " with its consumer "
                + valid.consumer()
                + " among the providers",
            "providers",
            () -> CustomerJourney.builder().from(valid).addProvider(valid.consumer()).build());
      }
      case 4 -> {
        return BadInput.of(
            "journey " + valid.id() + " built without touchpoints",
            "touchpoints",
            () ->
                CustomerJourney.builder()
                    .from(valid)
                    .touchpoints(List.of())
                    .interactions(List.of())
                    .build());
      }
      case 5 -> {
        List<Touchpoint> changed = new ArrayList<>(touchpoints);
        int original = Draw.intBetween(in, 0, touchpoints.size() - 1);
        int at = Draw.intBetween(in, original + 1, touchpoints.size());
        changed.add(at, touchpoints.get(original));
        return BadInput.of(
            "journey "
                + valid.id()
                + " holds touchpoint "
                + touchpoints.get(original).id()
                + " twice",
            "touchpoints[" + at + "].id",
            () -> CustomerJourney.builder().from(valid).touchpoints(changed).build());
      }
      case 6 -> {
        List<ServiceInteraction> interactions = withSomeInteraction(in, valid);
        List<ServiceInteraction> changed = new ArrayList<>(interactions);
        int original = Draw.intBetween(in, 0, interactions.size() - 1);
        int at = Draw.intBetween(in, original + 1, interactions.size());
        changed.add(at, interactions.get(original));
        return BadInput.of(
            "journey "
                + valid.id()
                + " holds interaction "
                + interactions.get(original).id()
                + " twice",
            "interactions[" + at + "].id",
            () -> CustomerJourney.builder().from(valid).interactions(changed).build());
      }
      case 7 -> {
        int i = Draw.intBetween(in, 0, touchpoints.size() - 1);
        List<PartyId> providers = new ArrayList<>(valid.providers());
        Touchpoint without =
            Touchpoint.builder()
                .from(touchpoints.get(i))
                .parties(Draw.atLeastOneOf(in, providers))
                .hiddenFrom(List.of())
                .build();
        List<Touchpoint> changed = new ArrayList<>(touchpoints);
        changed.set(i, without);
        return BadInput.of(
            "touchpoint "
                + without.id()
                + " of journey "
                + valid.id()
                + " does not involve the consumer",
            "touchpoints[" + i + "].parties",
            () -> CustomerJourney.builder().from(valid).touchpoints(changed).build());
      }
      case 8 -> {
        int i = Draw.intBetween(in, 0, touchpoints.size() - 1);
        PartyId outsider = PartyId.of(Texts.freshIdText(in, taken));
        Touchpoint widened =
            Touchpoint.builder().from(touchpoints.get(i)).addParty(outsider).build();
        List<Touchpoint> changed = new ArrayList<>(touchpoints);
        changed.set(i, widened);
        return BadInput.of(
            "touchpoint "
                + widened.id()
                + " of journey "
                + valid.id()
                + " involves the outsider "
                + outsider,
            "touchpoints[" + i + "].parties",
            () -> CustomerJourney.builder().from(valid).touchpoints(changed).build());
      }
      case 9, 10 -> {
        boolean provider = kind == 9;
        List<ServiceInteraction> changed = withSomeInteraction(in, valid);
        int i = Draw.intBetween(in, 0, changed.size() - 1);
        PartyId outsider = PartyId.of(Texts.freshIdText(in, taken));
        ServiceInteraction.Builder builder =
            ServiceInteraction.builder().from(changed.get(i)).hiddenFrom(List.of());
        ServiceInteraction moved =
            (provider ? builder.provider(outsider) : builder.consumer(outsider)).build();
        changed.set(i, moved);
        return BadInput.of(
            "interaction "
                + moved.id()
                + " of journey "
                + valid.id()
                + " has the outsider "
                + outsider
                + (provider ? " as provider" : " as consumer"),
            "interactions[" + i + (provider ? "].provider" : "].consumer"),
            () -> CustomerJourney.builder().from(valid).interactions(changed).build());
      }
      case 11 -> {
        List<ServiceInteraction> changed = withSomeInteraction(in, valid);
        int i = Draw.intBetween(in, 0, changed.size() - 1);
        TouchpointId missing = TouchpointId.of(Texts.missingIdText(in));
        ServiceInteraction moved =
            ServiceInteraction.builder().from(changed.get(i)).touchpoint(missing).build();
        changed.set(i, moved);
        return BadInput.of(
            "interaction "
                + moved.id()
                + " of journey "
                + valid.id()
                + " at the missing touchpoint "
                + missing,
            "interactions[" + i + "].touchpoint",
            () -> CustomerJourney.builder().from(valid).interactions(changed).build());
      }
      case 12 -> {
        List<ServiceInteraction> changed = withSomeInteraction(in, valid);
        int i = Draw.intBetween(in, 0, changed.size() - 1);
        Touchpoint at = Draw.oneOf(in, touchpoints);
        List<CustomerJourneyStep> others = new ArrayList<>(List.of(CustomerJourneyStep.values()));
        others.remove(at.step());
        ServiceInteraction moved =
            ServiceInteraction.builder()
                .from(changed.get(i))
                .touchpoint(at.id())
                .step(Draw.oneOf(in, others))
                .build();
        changed.set(i, moved);
        return BadInput.of(
            "interaction "
                + moved.id()
                + " of journey "
                + valid.id()
                + " at "
                + moved.step()
                + " but at touchpoint "
                + at.id()
                + " of "
                + at.step(),
            "interactions[" + i + "].step",
            () -> CustomerJourney.builder().from(valid).interactions(changed).build());
      }
      case 13 -> {
        return BadInput.of(
            "journey " + valid.id() + " given no touchpoints by withTouchpoints",
            "touchpoints",
            () -> valid.withInteractions(List.of()).withTouchpoints(List.of()));
      }
      case 14 -> {
        List<ServiceInteraction> changed = new ArrayList<>(valid.interactions());
        TouchpointId missing = TouchpointId.of(Texts.missingIdText(in));
        ServiceInteraction extra =
            ServiceInteraction.builder()
                .from(
                    interaction(
                        in,
                        ServiceInteractionId.of(Texts.missingIdText(in)),
                        Draw.oneOf(in, new ArrayList<>(valid.providers())),
                        valid.consumer(),
                        List.of(),
                        List.of()))
                .touchpoint(missing)
                .build();
        changed.add(extra);
        int i = changed.size() - 1;
        return BadInput.of(
            "journey "
                + valid.id()
                + " given by withInteractions an interaction at the missing touchpoint "
                + missing,
            "interactions[" + i + "].touchpoint",
            () -> valid.withInteractions(changed));
      }
      case 15 -> {
        String missing = Draw.oneOf(in, JOURNEY_REQUIRED);
        return BadInput.of(
            "journey built without its " + missing, missing, () -> journeyWithout(valid, missing));
      }
      default -> {
        return BadInput.of(
            "journey built with a null name", "name", () -> Nulls.journeyNamedNull(valid));
      }
    }
  }

  private static List<ServiceInteraction> withSomeInteraction(
      RandomnessSource in, CustomerJourney journey) {
    List<ServiceInteraction> interactions = new ArrayList<>(journey.interactions());
    if (interactions.isEmpty()) {
      interactions.add(
          interaction(
              in,
              ServiceInteractionId.of(Texts.idTexts().generate(in)),
              Draw.oneOf(in, new ArrayList<>(journey.providers())),
              journey.consumer(),
              journey.touchpoints(),
              List.of()));
    }
    return interactions;
  }

  private static CustomerJourney journeyWithout(CustomerJourney valid, String missing) {
    CustomerJourney.Builder builder =
        CustomerJourney.builder()
            .providers(valid.providers())
            .touchpoints(valid.touchpoints())
            .interactions(valid.interactions())
            .valueStreams(valid.valueStreams());
    if (!missing.equals("id")) {
      builder.id(valid.id());
    }
    if (!missing.equals("name")) {
      builder.name(valid.name());
    }
    if (!missing.equals("consumer")) {
      builder.consumer(valid.consumer());
    }
    if (!missing.equals("persona")) {
      builder.persona(valid.persona());
    }
    return builder.build();
  }

  /**
   * Collects the texts of ids.
   *
   * @param ids the ids
   * @return a new mutable set of their texts
   */
  static Set<String> texts(Collection<? extends TypedId<?>> ids) {
    Set<String> texts = new HashSet<>();
    ids.forEach(id -> texts.add(id.value()));
    return texts;
  }
}
