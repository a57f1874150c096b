package org.covalue.testkit;

import org.covalue.journey.CustomerJourney;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.testkit.internal.ExperienceGens;
import org.quicktheories.core.Gen;

/**
 * Generators of customer and user experience observations (ITIL 4: Drive Stakeholder Value, §1.2.4,
 * Figure 1.5): who perceived it, where it came from, and ratings of its functional side, its
 * emotional side or both, as scores that favour the edges of the scale.
 */
public final class Experiences {

  private Experiences() {}

  /**
   * Returns the two perceivers: customers (CX) and users (UX).
   *
   * @return the generator
   */
  public static Gen<ExperiencePerceiver> perceivers() {
    return ExperienceGens.perceivers();
  }

  /**
   * Returns sources of experience: the predefined ones and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<ExperienceSource> sources() {
    return ExperienceGens.sources();
  }

  /**
   * Returns observations that sometimes name a journey, a step and a touchpoint, each with any id
   * or value, and sometimes carry a note.
   *
   * @return the generator
   */
  public static Gen<ExperienceObservation> observations() {
    return ExperienceGens.observations();
  }

  /**
   * Returns observations about a designed journey: about one of its touchpoints at that
   * touchpoint's step, about one of its steps, or about the journey as a whole.
   *
   * @param journey the journey
   * @return the generator
   */
  public static Gen<ExperienceObservation> observationsOf(CustomerJourney journey) {
    return ExperienceGens.observationsOf(journey);
  }

  /**
   * Returns attempts to make sources of experience from codes of the wrong form, each expected to
   * fail with a violation at the empty path.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidSources() {
    return ExperienceGens.invalidSources().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build observations that rate neither side ({@code functional}) or lack
   * their perceiver or source (the attribute's name).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidObservations() {
    return ExperienceGens.invalidObservations().map(InvalidInput::from);
  }
}
