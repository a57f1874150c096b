package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
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

  private static final List<ConsumerRole> PERSONAS =
      List.of(ConsumerRole.CUSTOMER, ConsumerRole.USER);

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
    return IdGens.distinct(in, PartyId::of, count);
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
          IdGens.distinct(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 3));
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
              IdGens.distinct(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 3)));
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
   * sometimes part of some of the given activities; now and then the stakeholder maps of a few
   * steps.
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
    List<TouchpointId> touchpointIds = IdGens.distinct(in, TouchpointId::of, count);
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
        IdGens.distinct(in, ServiceInteractionId::of, Draw.intBetween(in, 0, MAX_INTERACTIONS))) {
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
    if (Draw.oneIn(in, 3)) {
      journey.stakeholderMaps(stakeholderMaps(in));
    }
    return journey.build();
  }

  /**
   * Draws one to three stakeholder maps at distinct steps, in the order of the steps, as a journey
   * keeps them.
   */
  private static List<StakeholderMapAtStep> stakeholderMaps(RandomnessSource in) {
    List<CustomerJourneyStep> steps = Draw.atLeastOneOf(in, List.of(CustomerJourneyStep.values()));
    List<StakeholderMapAtStep> maps = new ArrayList<>();
    for (CustomerJourneyStep step : steps.subList(0, Math.min(3, steps.size()))) {
      maps.add(StakeholderMapAtStep.of(step, StakeholderGens.maps(3).generate(in)));
    }
    return maps;
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
      List<ValueStreamId> streams =
          IdGens.distinct(in, ValueStreamId::of, Draw.intBetween(in, 0, 3));
      List<ValueStreamActivityId> activities =
          IdGens.distinct(in, ValueStreamActivityId::of, Draw.intBetween(in, 0, 4));
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
              .build());
    }
    List<ServiceInteraction> interactions = new ArrayList<>();
    for (ServiceInteraction interaction : journey.interactions()) {
      interactions.add(
          ServiceInteraction.builder()
              .from(interaction)
              .provider(swap.apply(interaction.provider()))
              .consumer(swap.apply(interaction.consumer()))
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
      switch (Draw.intBetween(in, 0, 5)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "touchpoint built with",
              "name",
              blank -> Touchpoint.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "touchpoint " + valid.id() + " built without parties",
              "parties",
              () -> Touchpoint.builder().from(valid).parties(List.of()).build());
        }
        case 2 -> {
          CustomerJourneyStep step = notOnboard(in);
          TransitionDirection direction = directions().generate(in);
          return BadInput.of(
              "touchpoint " + valid.id() + " at " + step + " with the transition " + direction,
              "transition",
              () -> Touchpoint.builder().from(valid).step(step).transition(direction).build());
        }
        case 3 -> {
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
        case 4 -> {
          return BadInput.leftOut(
              in,
              "touchpoint",
              () -> Touchpoint.builder().parties(valid.parties()).activities(valid.activities()),
              Touchpoint.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("step", b -> b.step(valid.step())),
                  BadInput.required("channel", b -> b.channel(valid.channel()))));
        }
        default -> {
          return BadInput.of(
              "touchpoint built with a null name", "name", () -> Nulls.touchpointNamedNull(valid));
        }
      }
    };
  }

  static CustomerJourneyStep notOnboard(RandomnessSource in) {
    List<CustomerJourneyStep> others = new ArrayList<>(List.of(CustomerJourneyStep.values()));
    others.remove(CustomerJourneyStep.ONBOARD);
    return Draw.oneOf(in, others);
  }

  /**
   * Returns attempts to build service interactions from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidInteractions() {
    return in -> {
      ServiceInteraction valid = interactions().generate(in);
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "service interaction built with",
              "name",
              blank -> ServiceInteraction.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "service interaction "
                  + valid.id()
                  + " with "
                  + valid.provider()
                  + " as provider and consumer",
              "consumer",
              () -> ServiceInteraction.builder().from(valid).consumer(valid.provider()).build());
        }
        default -> {
          return BadInput.leftOut(
              in,
              "service interaction",
              () -> ServiceInteraction.builder().activities(valid.activities()),
              ServiceInteraction.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("step", b -> b.step(valid.step())),
                  BadInput.required("channel", b -> b.channel(valid.channel())),
                  BadInput.required("provider", b -> b.provider(valid.provider())),
                  BadInput.required("consumer", b -> b.consumer(valid.consumer()))));
        }
      }
    };
  }

  /**
   * Returns attempts to build designed journeys that break one of their own rules, one {@link
   * JourneyDefect} each.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidJourneys() {
    Gen<CustomerJourney> journeys = journeys(6);
    return in ->
        Draw.oneOf(in, List.of(JourneyDefect.values())).plant.apply(in, journeys.generate(in));
  }

  /**
   * Returns a journey's interactions, or a drawn one if it has none, for defects that need one.
   *
   * @param in the randomness source
   * @param journey the journey
   * @return a new mutable list of at least one interaction
   */
  static List<ServiceInteraction> withSomeInteraction(
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
}
