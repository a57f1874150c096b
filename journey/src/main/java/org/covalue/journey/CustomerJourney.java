package org.covalue.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.Violations;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * A designed customer journey: everything a consumer goes through with one or more providers and
 * their products, from first contact to the value it gets, as a sequence of touchpoints and service
 * interactions (ITIL 4: Drive Stakeholder Value, §1.2.4). It is seen from the perspective of a
 * persona in the customer or user role, depends on value streams of the parties and may be a direct
 * part of some of them ({@link #valueStreams()}, {@link #directPartOf()}, Figure 1.4), and involves
 * services that are scoped and agreed apart from it ({@link #services()}, §1.2.7).
 *
 * <p>The touchpoints, in the order given, are the designed path through the journey; each belongs
 * to one of the seven steps, in any order, since journeys need not follow the steps in sequence.
 * Service interactions may point at the touchpoint where they happen.
 *
 * <p>Building a journey checks its internal rules and reports every broken one at once: ids are
 * unique, the consumer is not a provider, touchpoints involve the consumer and only the journey's
 * parties, interactions are between a provider of the journey and its consumer and happen at a
 * touchpoint of the same step. Rules that need other values (parties and value streams the model
 * holds) are checked by {@code org.covalue.journey.analysis.JourneyValidator}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CustomerJourney {

  CustomerJourney() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the journeys of a model.
   *
   * @return the id
   */
  public abstract JourneyId id();

  /**
   * Returns the journey's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the consumer organization whose journey it is.
   *
   * @return its id
   */
  public abstract PartyId consumer();

  /**
   * Returns the providers the consumer deals with along the journey.
   *
   * @return at least one provider; never the consumer
   */
  public abstract Set<PartyId> providers();

  /**
   * Returns the role of the persona from whose perspective the journey is seen.
   *
   * @return {@link ConsumerRole#CUSTOMER} or {@link ConsumerRole#USER}
   */
  public abstract ConsumerRole persona();

  /**
   * Returns the situation the journey serves, such as "resolving an incident".
   *
   * @return a text, or empty
   */
  public abstract Optional<String> scenario();

  /**
   * Returns the touchpoints, in the designed order.
   *
   * @return at least one touchpoint
   */
  public abstract List<Touchpoint> touchpoints();

  /**
   * Returns the service interactions.
   *
   * @return the interactions, in the order given
   */
  public abstract List<ServiceInteraction> interactions();

  /**
   * Returns the value streams the journey depends on (Figure 1.4, statement 1), whether or not it
   * is a direct part of them.
   *
   * @return the value streams' ids
   */
  public abstract Set<ValueStreamId> valueStreams();

  /**
   * Returns the value streams the journey is a direct part of: some of their activities, visible to
   * the other parties, are the journey's touchpoints and interactions (Figure 1.4, statement 5: a
   * journey may depend on a value stream without being a direct part of it, since parts of value
   * streams are invisible to other parties). Being a direct part of a value stream implies
   * depending on it, whether or not {@link #valueStreams()} lists it too.
   *
   * @return the value streams' ids
   */
  public abstract Set<ValueStreamId> directPartOf();

  /**
   * Returns every value stream the journey is linked to: those it depends on and those it is a
   * direct part of.
   *
   * @return the ids of {@link #valueStreams()}, then those of {@link #directPartOf()} not among
   *     them
   */
  public Set<ValueStreamId> linkedValueStreams() {
    Set<ValueStreamId> linked = new LinkedHashSet<>(valueStreams());
    linked.addAll(directPartOf());
    return Collections.unmodifiableSet(linked);
  }

  /**
   * Returns the services the journey involves (§1.2.7: the journey, with its touchpoints and
   * interactions, is an integral part of a service, but the service is not the journey and is not
   * contained in it; the services are scoped and agreed on their own).
   *
   * @return the services' ids; may be empty while the journey is designed
   */
  public abstract Set<ServiceId> services();

  /**
   * Returns the stakeholder map as it was revised at steps of the journey (§1.2.1: the map is
   * revisited as the journey goes on), at most one per step, in the order of the steps.
   *
   * @return the snapshots; may be empty
   */
  public abstract List<StakeholderMapAtStep> stakeholderMaps();

  /**
   * Returns the stakeholder map that holds at a step: the latest snapshot taken at that step or
   * before it, in the usual order of steps.
   *
   * @param step the step
   * @return the map, or empty if no snapshot was taken at or before the step
   * @throws NullPointerException if the step is null
   */
  public Optional<StakeholderMap> stakeholderMapAt(CustomerJourneyStep step) {
    Objects.requireNonNull(step, "step");
    Optional<StakeholderMap> latest = Optional.empty();
    for (StakeholderMapAtStep snapshot : stakeholderMaps()) {
      if (!step.isBefore(snapshot.step())) {
        latest = Optional.of(snapshot.map());
      }
    }
    return latest;
  }

  /**
   * Returns the consumer and the providers.
   *
   * @return the consumer first, then the providers
   */
  public Set<PartyId> participants() {
    Set<PartyId> participants = new LinkedHashSet<>();
    participants.add(consumer());
    participants.addAll(providers());
    return Collections.unmodifiableSet(participants);
  }

  /**
   * Returns the steps the journey's touchpoints and interactions belong to.
   *
   * @return the steps, in their usual order
   */
  public Set<CustomerJourneyStep> steps() {
    Set<CustomerJourneyStep> steps = EnumSet.noneOf(CustomerJourneyStep.class);
    touchpoints().forEach(touchpoint -> steps.add(touchpoint.step()));
    interactions().forEach(interaction -> steps.add(interaction.step()));
    return Collections.unmodifiableSet(steps);
  }

  /**
   * Returns the step of the first designed touchpoint: where the journey is designed to start.
   *
   * @return the start step
   */
  public CustomerJourneyStep startStep() {
    return touchpoints().get(0).step();
  }

  /**
   * Returns the touchpoints of a step.
   *
   * @param step the step
   * @return the touchpoints, in the designed order
   * @throws NullPointerException if the step is null
   */
  public List<Touchpoint> touchpointsAt(CustomerJourneyStep step) {
    Objects.requireNonNull(step, "step");
    List<Touchpoint> found = new ArrayList<>();
    for (Touchpoint touchpoint : touchpoints()) {
      if (touchpoint.step() == step) {
        found.add(touchpoint);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the service interactions of a step.
   *
   * @param step the step
   * @return the interactions, in the order given
   * @throws NullPointerException if the step is null
   */
  public List<ServiceInteraction> interactionsAt(CustomerJourneyStep step) {
    Objects.requireNonNull(step, "step");
    List<ServiceInteraction> found = new ArrayList<>();
    for (ServiceInteraction interaction : interactions()) {
      if (interaction.step() == step) {
        found.add(interaction);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the touchpoint with an id.
   *
   * @param id the id
   * @return the touchpoint, or empty if the journey has none with that id
   * @throws NullPointerException if the id is null
   */
  public Optional<Touchpoint> touchpoint(TouchpointId id) {
    return Optional.ofNullable(touchpointIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns where a touchpoint is in the designed order.
   *
   * @param id the touchpoint's id
   * @return its index in {@link #touchpoints()}, or empty if the journey has none with that id
   * @throws NullPointerException if the id is null
   */
  public OptionalInt positionOf(TouchpointId id) {
    Integer position = touchpointPosition().get(Objects.requireNonNull(id, "id"));
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  @Value.Lazy
  Map<TouchpointId, Touchpoint> touchpointIndex() {
    Map<TouchpointId, Touchpoint> index = new HashMap<>();
    for (Touchpoint touchpoint : touchpoints()) {
      index.putIfAbsent(touchpoint.id(), touchpoint);
    }
    return index;
  }

  @Value.Lazy
  Map<TouchpointId, Integer> touchpointPosition() {
    Map<TouchpointId, Integer> index = new HashMap<>();
    for (int i = 0; i < touchpoints().size(); i++) {
      index.putIfAbsent(touchpoints().get(i).id(), i);
    }
    return index;
  }

  /**
   * Returns a copy with other touchpoints.
   *
   * @param touchpoints the touchpoints, in the designed order
   * @return the copy
   */
  public abstract CustomerJourney withTouchpoints(Iterable<? extends Touchpoint> touchpoints);

  /**
   * Returns a copy with other interactions.
   *
   * @param interactions the interactions
   * @return the copy
   */
  public abstract CustomerJourney withInteractions(
      Iterable<? extends ServiceInteraction> interactions);

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract CustomerJourney withId(JourneyId id);

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract CustomerJourney withName(String name);

  /**
   * Returns a copy with other providers.
   *
   * @param providers the new value
   * @return the copy
   */
  public abstract CustomerJourney withProviders(Iterable<? extends PartyId> providers);

  /**
   * Returns a copy with another persona.
   *
   * @param persona the new value
   * @return the copy
   */
  public abstract CustomerJourney withPersona(ConsumerRole persona);

  /**
   * Returns a copy with another scenario.
   *
   * @param scenario the new value
   * @return the copy
   */
  public abstract CustomerJourney withScenario(String scenario);

  /**
   * Returns a copy with other value streams.
   *
   * @param valueStreams the new value
   * @return the copy
   */
  public abstract CustomerJourney withValueStreams(Iterable<? extends ValueStreamId> valueStreams);

  /**
   * Returns a copy that is a direct part of other value streams.
   *
   * @param directPartOf the new value
   * @return the copy
   */
  public abstract CustomerJourney withDirectPartOf(Iterable<? extends ValueStreamId> directPartOf);

  /**
   * Returns a copy that involves other services.
   *
   * @param services the new value
   * @return the copy
   */
  public abstract CustomerJourney withServices(Iterable<? extends ServiceId> services);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkName(name(), "name", "Journey name");
    found.checkText(scenario(), "scenario", "Journey scenario");
    found.check(
        !providers().isEmpty(),
        "providers",
        "Journey " + id() + " needs at least one provider",
        null);
    found.check(
        !providers().contains(consumer()),
        "providers",
        "Journey " + id() + " has " + consumer() + " as both consumer and provider",
        consumer());
    found.check(
        persona() != ConsumerRole.SPONSOR,
        "persona",
        "A journey is seen by a customer or a user, but journey "
            + id()
            + " has the persona SPONSOR",
        persona());
    found.check(
        !touchpoints().isEmpty(),
        "touchpoints",
        "Journey " + id() + " needs at least one touchpoint",
        null);
    found.checkUnique("touchpoints", touchpoints(), Touchpoint::id, "Touchpoint id");
    found.checkUnique(
        "interactions", interactions(), ServiceInteraction::id, "Service interaction id");
    Set<PartyId> participants = participants();
    for (int i = 0; i < touchpoints().size(); i++) {
      Touchpoint touchpoint = touchpoints().get(i);
      String path = "touchpoints[" + i + "]";
      found.check(
          touchpoint.parties().contains(consumer()),
          path + ".parties",
          "Touchpoint " + touchpoint.id() + " must involve the journey's consumer " + consumer(),
          touchpoint.parties());
      for (PartyId party : touchpoint.parties()) {
        found.check(
            participants.contains(party),
            path + ".parties",
            "Touchpoint "
                + touchpoint.id()
                + " involves "
                + party
                + ", which is neither the consumer nor a provider of the journey",
            party);
      }
    }
    for (int i = 0; i < interactions().size(); i++) {
      checkInteraction(found, i, interactions().get(i));
    }
    for (int i = 1; i < stakeholderMaps().size(); i++) {
      CustomerJourneyStep previous = stakeholderMaps().get(i - 1).step();
      CustomerJourneyStep step = stakeholderMaps().get(i).step();
      found.check(
          previous.isBefore(step),
          "stakeholderMaps[" + i + "].step",
          "Journey "
              + id()
              + " keeps at most one stakeholder map per step, in the order of the steps, but the"
              + " map at "
              + step.title()
              + " follows one at "
              + previous.title(),
          step);
    }
    found.throwIfAny();
  }

  private void checkInteraction(Violations found, int i, ServiceInteraction interaction) {
    String path = "interactions[" + i + "]";
    found.check(
        providers().contains(interaction.provider()),
        path + ".provider",
        "Service interaction "
            + interaction.id()
            + " has provider "
            + interaction.provider()
            + ", which is not a provider of the journey",
        interaction.provider());
    found.check(
        interaction.consumer().equals(consumer()),
        path + ".consumer",
        "Service interaction "
            + interaction.id()
            + " has consumer "
            + interaction.consumer()
            + ", but the journey's consumer is "
            + consumer(),
        interaction.consumer());
    Optional<TouchpointId> at = interaction.touchpoint();
    if (at.isPresent()) {
      Touchpoint touchpoint = touchpointIndex().get(at.get());
      if (touchpoint == null) {
        found.add(
            path + ".touchpoint",
            "Service interaction "
                + interaction.id()
                + " happens at touchpoint "
                + at.get()
                + ", which the journey does not have",
            at.get());
      } else if (touchpoint.step() != interaction.step()) {
        found.add(
            path + ".step",
            "Service interaction "
                + interaction.id()
                + " is at step "
                + interaction.step()
                + ", but its touchpoint "
                + at.get()
                + " is at "
                + touchpoint.step(),
            interaction.step());
      }
    }
  }

  /**
   * Builds {@link CustomerJourney}s; id, name, consumer, persona, one provider and one touchpoint
   * are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCustomerJourney.Builder {
    Builder() {}
  }
}
