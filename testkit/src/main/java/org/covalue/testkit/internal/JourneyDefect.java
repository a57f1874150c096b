package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.quicktheories.core.RandomnessSource;

/**
 * The rules of a designed journey that its builder checks (ITIL 4: Drive Stakeholder Value,
 * §1.2.4), each as a way to break it: its {@code plant} turns a valid journey into an attempt that
 * must fail with a violation at the rule's path.
 */
enum JourneyDefect {
  /** A blank name. */
  BLANK_NAME(
      (in, valid) ->
          BadInput.blank(
              in,
              "journey built with",
              "name",
              blank -> CustomerJourney.builder().from(valid).name(blank).build())),
  /** A null name. */
  NULL_NAME(
      (in, valid) ->
          BadInput.of(
              "journey built with a null name", "name", () -> Nulls.journeyNamedNull(valid))),
  /** A sponsor as the persona: a journey is seen by a customer or a user. */
  SPONSOR_PERSONA(
      (in, valid) ->
          BadInput.of(
              "journey " + valid.id() + " seen by a sponsor",
              "persona",
              () -> CustomerJourney.builder().from(valid).persona(ConsumerRole.SPONSOR).build())),
  /** No provider. */
  NO_PROVIDER(
      (in, valid) ->
          BadInput.of(
              "journey " + valid.id() + " built without providers",
              "providers",
              () -> CustomerJourney.builder().from(valid).providers(List.of()).build())),
  /** The consumer among the providers. */
  CONSUMER_AS_PROVIDER(
      (in, valid) ->
          BadInput.of(
              "journey " + valid.id() + " with its consumer among the providers",
              "providers",
              () -> CustomerJourney.builder().from(valid).addProvider(valid.consumer()).build())),
  /** No touchpoint, given to the builder. */
  NO_TOUCHPOINT(
      (in, valid) ->
          BadInput.of(
              "journey " + valid.id() + " built without touchpoints",
              "touchpoints",
              () ->
                  CustomerJourney.builder()
                      .from(valid)
                      .touchpoints(List.of())
                      .interactions(List.of())
                      .build())),
  /** No touchpoint, given to {@code withTouchpoints}. */
  NO_TOUCHPOINT_BY_COPY(
      (in, valid) ->
          BadInput.of(
              "journey " + valid.id() + " given no touchpoints by withTouchpoints",
              "touchpoints",
              () -> valid.withInteractions(List.of()).withTouchpoints(List.of()))),
  /** A touchpoint id used twice. */
  REPEATED_TOUCHPOINT(
      (in, valid) -> {
        List<Touchpoint> changed = new ArrayList<>(valid.touchpoints());
        int[] at = Draw.repeatLater(in, changed);
        return BadInput.of(
            "journey " + valid.id() + " holds touchpoint " + changed.get(at[0]).id() + " twice",
            "touchpoints[" + at[1] + "].id",
            () -> CustomerJourney.builder().from(valid).touchpoints(changed).build());
      }),
  /** A service interaction id used twice. */
  REPEATED_INTERACTION(
      (in, valid) -> {
        List<ServiceInteraction> changed = JourneyGens.withSomeInteraction(in, valid);
        int[] at = Draw.repeatLater(in, changed);
        return BadInput.of(
            "journey " + valid.id() + " holds interaction " + changed.get(at[0]).id() + " twice",
            "interactions[" + at[1] + "].id",
            () -> CustomerJourney.builder().from(valid).interactions(changed).build());
      }),
  /** A touchpoint that does not involve the journey's consumer. */
  TOUCHPOINT_WITHOUT_CONSUMER(
      (in, valid) ->
          changeTouchpoint(
              in,
              valid,
              "does not involve the consumer",
              touchpoint ->
                  touchpoint.parties(Draw.atLeastOneOf(in, new ArrayList<>(valid.providers()))))),
  /** A touchpoint that involves a party outside the journey. */
  TOUCHPOINT_WITH_OUTSIDER(
      (in, valid) -> {
        PartyId outsider = outsider(in, valid);
        return changeTouchpoint(
            in, valid, "involves the outsider " + outsider, t -> t.addParty(outsider));
      }),
  /** An interaction whose provider is not a provider of the journey. */
  INTERACTION_WITH_OUTSIDE_PROVIDER(
      (in, valid) -> {
        PartyId outsider = outsider(in, valid);
        return changeInteraction(
            in,
            valid,
            "has the outsider " + outsider + " as provider",
            "provider",
            interaction -> interaction.provider(outsider));
      }),
  /** An interaction whose consumer is not the journey's consumer. */
  INTERACTION_WITH_OUTSIDE_CONSUMER(
      (in, valid) -> {
        PartyId outsider = outsider(in, valid);
        return changeInteraction(
            in,
            valid,
            "has the outsider " + outsider + " as consumer",
            "consumer",
            interaction -> interaction.consumer(outsider));
      }),
  /** An interaction at a touchpoint the journey lacks, given to the builder. */
  INTERACTION_AT_MISSING_TOUCHPOINT(
      (in, valid) -> {
        TouchpointId missing = TouchpointId.of(Texts.missingIdText(in));
        return changeInteraction(
            in,
            valid,
            "happens at the missing touchpoint " + missing,
            "touchpoint",
            interaction -> interaction.touchpoint(missing));
      }),
  /** An interaction at a touchpoint the journey lacks, given to {@code withInteractions}. */
  INTERACTION_AT_MISSING_TOUCHPOINT_BY_COPY(
      (in, valid) -> {
        List<ServiceInteraction> changed = new ArrayList<>(valid.interactions());
        TouchpointId missing = TouchpointId.of(Texts.missingIdText(in));
        changed.add(
            ServiceInteraction.builder()
                .from(
                    JourneyGens.interaction(
                        in,
                        ServiceInteractionId.of(Texts.missingIdText(in)),
                        Draw.oneOf(in, new ArrayList<>(valid.providers())),
                        valid.consumer(),
                        List.of(),
                        List.of()))
                .touchpoint(missing)
                .build());
        return BadInput.of(
            "journey "
                + valid.id()
                + " given by withInteractions an interaction at the missing touchpoint "
                + missing,
            "interactions[" + (changed.size() - 1) + "].touchpoint",
            () -> valid.withInteractions(changed));
      }),
  /** An interaction at a touchpoint of the journey, but at another step than the touchpoint's. */
  INTERACTION_AT_ANOTHER_STEP(
      (in, valid) -> {
        Touchpoint at = Draw.oneOf(in, valid.touchpoints());
        List<CustomerJourneyStep> others = new ArrayList<>(List.of(CustomerJourneyStep.values()));
        others.remove(at.step());
        CustomerJourneyStep step = Draw.oneOf(in, others);
        return changeInteraction(
            in,
            valid,
            "is at " + step + " but at touchpoint " + at.id() + " of " + at.step(),
            "step",
            interaction -> interaction.touchpoint(at.id()).step(step));
      }),
  /** Two stakeholder maps at one step, or out of the order of the steps. */
  STAKEHOLDER_MAPS_OUT_OF_ORDER(
      (in, valid) -> {
        List<StakeholderMapAtStep> maps = new ArrayList<>(valid.stakeholderMaps());
        CustomerJourneyStep step = JourneyGens.steps().generate(in);
        if (maps.isEmpty()) {
          maps.add(StakeholderMapAtStep.of(step, StakeholderGens.maps(2).generate(in)));
        }
        CustomerJourneyStep last = maps.get(maps.size() - 1).step();
        CustomerJourneyStep earlier = step.isBefore(last) ? step : last;
        maps.add(StakeholderMapAtStep.of(earlier, StakeholderGens.maps(2).generate(in)));
        return BadInput.of(
            "journey " + valid.id() + " keeping a map at " + earlier + " after one at " + last,
            "stakeholderMaps[" + (maps.size() - 1) + "].step",
            () -> CustomerJourney.builder().from(valid).stakeholderMaps(maps).build());
      }),
  /** A required attribute left out. */
  MISSING_ATTRIBUTE(
      (in, valid) ->
          BadInput.leftOut(
              in,
              "journey",
              () ->
                  CustomerJourney.builder()
                      .providers(valid.providers())
                      .touchpoints(valid.touchpoints())
                      .interactions(valid.interactions())
                      .valueStreams(valid.valueStreams()),
              CustomerJourney.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("consumer", b -> b.consumer(valid.consumer())),
                  BadInput.required("persona", b -> b.persona(valid.persona())))));

  /** Puts the defect into a valid value or a consistent model. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  final BiFunction<RandomnessSource, CustomerJourney, BadInput> plant;

  JourneyDefect(BiFunction<RandomnessSource, CustomerJourney, BadInput> plant) {
    this.plant = plant;
  }

  private static PartyId outsider(RandomnessSource in, CustomerJourney journey) {
    return PartyId.of(Texts.freshIdText(in, IdGens.texts(journey.participants())));
  }

  private static BadInput changeTouchpoint(
      RandomnessSource in,
      CustomerJourney valid,
      String what,
      Function<Touchpoint.Builder, Touchpoint.Builder> change) {
    List<Touchpoint> changed = new ArrayList<>(valid.touchpoints());
    int i = Draw.intBetween(in, 0, changed.size() - 1);
    changed.set(i, change.apply(Touchpoint.builder().from(changed.get(i))).build());
    return BadInput.of(
        "touchpoint " + changed.get(i).id() + " of journey " + valid.id() + " " + what,
        "touchpoints[" + i + "].parties",
        () -> CustomerJourney.builder().from(valid).touchpoints(changed).build());
  }

  private static BadInput changeInteraction(
      RandomnessSource in,
      CustomerJourney valid,
      String what,
      String attribute,
      Function<ServiceInteraction.Builder, ServiceInteraction.Builder> change) {
    List<ServiceInteraction> changed = JourneyGens.withSomeInteraction(in, valid);
    int i = Draw.intBetween(in, 0, changed.size() - 1);
    changed.set(i, change.apply(ServiceInteraction.builder().from(changed.get(i))).build());
    return BadInput.of(
        "interaction " + changed.get(i).id() + " of journey " + valid.id() + " " + what,
        "interactions[" + i + "]." + attribute,
        () -> CustomerJourney.builder().from(valid).interactions(changed).build());
  }
}
