package org.covalue.testkit;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TransitionDirection;
import org.covalue.testkit.internal.JourneyGens;
import org.quicktheories.core.Gen;

/**
 * Generators of designed customer journeys and their parts (ITIL 4: Drive Stakeholder Value, §1.1
 * Table 1.1 and §1.2.4): the seven steps, channels, touchpoints, service interactions and journeys.
 *
 * <p>A generated journey has a consumer and one to three providers with distinct ids, and
 * touchpoints with distinct ids that each involve the consumer and some providers. About half the
 * journeys visit their steps in the usual order; the others place touchpoints at steps in a drawn
 * order, as real journeys go back and forth. Elements are sometimes hidden from some of their
 * parties (behind a line of visibility), onboard touchpoints sometimes say which way the transition
 * goes, and interactions, between a provider and the consumer, usually happen at a touchpoint and
 * then at its step, and otherwise at any step.
 */
public final class Journeys {

  /** The most touchpoints the journeys of {@link #journeys()} have. */
  public static final int DEFAULT_MAX_TOUCHPOINTS = 8;

  private Journeys() {}

  /**
   * Returns the seven journey steps.
   *
   * @return the generator
   */
  public static Gen<CustomerJourneyStep> steps() {
    return JourneyGens.steps();
  }

  /**
   * Returns the two directions of the onboard step's transition: onboarding and offboarding.
   *
   * @return the generator
   */
  public static Gen<TransitionDirection> transitionDirections() {
    return JourneyGens.directions();
  }

  /**
   * Returns channels: the predefined ones and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<Channel> channels() {
    return JourneyGens.channels();
  }

  /**
   * Returns the roles a journey's persona may have: customer and user (a sponsor is refused).
   *
   * @return the generator
   */
  public static Gen<ConsumerRole> personas() {
    return JourneyGens.personas();
  }

  /**
   * Returns touchpoints with any ids, involving one to three parties.
   *
   * @return the generator
   */
  public static Gen<Touchpoint> touchpoints() {
    return JourneyGens.touchpoints();
  }

  /**
   * Returns touchpoints a journey between a consumer and providers may hold: each involves the
   * consumer and some of the providers. Their ids are drawn freely, so one may, rarely, equal the
   * id of a touchpoint the journey already has.
   *
   * @param consumer the journey's consumer
   * @param providers the journey's providers
   * @return the generator
   */
  public static Gen<Touchpoint> touchpoints(PartyId consumer, List<PartyId> providers) {
    return JourneyGens.touchpoints(consumer, List.copyOf(providers));
  }

  /**
   * Returns service interactions with any ids between two distinct parties, sometimes at a
   * touchpoint with any id.
   *
   * @return the generator
   */
  public static Gen<ServiceInteraction> interactions() {
    return JourneyGens.interactions();
  }

  /**
   * Returns service interactions a journey may hold: between one of its providers and its consumer,
   * usually at one of its touchpoints and then at that touchpoint's step. Their ids are drawn
   * freely, so one may, rarely, equal the id of an interaction the journey already has.
   *
   * @param journey the journey
   * @return the generator
   */
  public static Gen<ServiceInteraction> interactions(CustomerJourney journey) {
    return JourneyGens.interactions(
        journey.consumer(), List.copyOf(journey.providers()), journey.touchpoints());
  }

  /**
   * Returns designed journeys with up to {@value #DEFAULT_MAX_TOUCHPOINTS} touchpoints, any ids,
   * and links to value streams and activities with any ids.
   *
   * @return the generator
   */
  public static Gen<CustomerJourney> journeys() {
    return journeys(DEFAULT_MAX_TOUCHPOINTS);
  }

  /**
   * Returns designed journeys with one to a given number of touchpoints.
   *
   * @param maxTouchpoints the most touchpoints; at least 1
   * @return the generator
   * @throws IllegalArgumentException if {@code maxTouchpoints} is below 1
   */
  public static Gen<CustomerJourney> journeys(int maxTouchpoints) {
    return JourneyGens.journeys(maxTouchpoints);
  }

  /**
   * Returns stakeholder maps as they stand at a step of a journey.
   *
   * @return the generator
   */
  public static Gen<StakeholderMapAtStep> stakeholderMapsAtSteps() {
    return JourneyGens.stakeholderMapsAtSteps();
  }

  /**
   * Returns attempts to make channels from codes that are not upper-case letters, digits and
   * underscores starting with a letter, or are longer than 64 characters. Each is expected to fail
   * with a violation at the empty path.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidChannels() {
    return JourneyGens.invalidChannels().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build touchpoints from invalid input: a blank or null name ({@code name}),
   * no party ({@code parties}), a transition direction away from the onboard step, also by {@code
   * withStep} ({@code transition}), or a required attribute left out (the attribute's name).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidTouchpoints() {
    return JourneyGens.invalidTouchpoints().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build service interactions from invalid input: a blank name ({@code name}),
   * one party as provider and consumer ({@code consumer}), or a required attribute left out (the
   * attribute's name).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidInteractions() {
    return JourneyGens.invalidInteractions().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build designed journeys that break one of their own rules: a blank or null
   * name, a sponsor persona, no provider or the consumer among them, no touchpoint (also through
   * {@code withTouchpoints}), a touchpoint or interaction id used twice, a touchpoint that does not
   * involve the consumer or involves an outsider, an interaction whose provider or consumer is not
   * the journey's, an interaction at a touchpoint the journey lacks (also through {@code
   * withInteractions}) or at a touchpoint of another step, or a required attribute left out. Each
   * expects the path of the broken rule, such as {@code touchpoints[2].parties} or {@code
   * interactions[0].touchpoint}.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidJourneys() {
    return JourneyGens.invalidJourneys().map(InvalidInput::from);
  }
}
