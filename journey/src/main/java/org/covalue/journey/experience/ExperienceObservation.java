package org.covalue.journey.experience;

import java.util.Optional;
import org.covalue.core.Score;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.immutables.value.Value;

/**
 * One observation of how a customer or a user perceived their experience (ITIL 4: Drive Stakeholder
 * Value, §1.2.4, Figure 1.5): a rating of its functional side, its emotional side, or both, from 0
 * (worst) to 1 (best), with where the experience came from and, optionally, the journey, step and
 * touchpoint it is about. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperienceObservation {

  ExperienceObservation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns who perceived the experience.
   *
   * @return a customer (CX) or a user (UX)
   */
  public abstract ExperiencePerceiver perceiver();

  /**
   * Returns where the experience came from.
   *
   * @return the source
   */
  public abstract ExperienceSource source();

  /**
   * Returns how well the service worked for the perceiver: its functional side.
   *
   * @return a score from 0 (worst) to 1 (best), or empty
   */
  public abstract Optional<Score> functional();

  /**
   * Returns how the perceiver felt: the emotional side.
   *
   * @return a score from 0 (worst) to 1 (best), or empty
   */
  public abstract Optional<Score> emotional();

  /**
   * Returns the journey the observation is about.
   *
   * @return its id, or empty
   */
  public abstract Optional<JourneyId> journey();

  /**
   * Returns the step the observation is about.
   *
   * @return the step, or empty
   */
  public abstract Optional<CustomerJourneyStep> step();

  /**
   * Returns the touchpoint the observation is about.
   *
   * @return its id, or empty
   */
  public abstract Optional<TouchpointId> touchpoint();

  /**
   * Returns what the perceiver said or did, in words.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            functional().isPresent() || emotional().isPresent(),
            "functional",
            "An experience observation rates the functional or the emotional side, or both",
            null)
        .checkText(note(), "note", "Experience note")
        .throwIfAny();
  }

  /**
   * Builds {@link ExperienceObservation}s; perceiver, source and one rating are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableExperienceObservation.Builder {
    Builder() {}
  }
}
