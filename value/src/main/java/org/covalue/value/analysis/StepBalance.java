package org.covalue.value.analysis;

import java.util.List;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.ContributionId;
import org.covalue.value.Perspective;
import org.immutables.value.Value;

/**
 * What one step of one journey adds to and removes from value for one perspective, over the three
 * dimensions (ITIL 4: Drive Stakeholder Value, §1.2.6), and the value added in other steps or
 * journeys that its contributions name to make up for a deficit. Sums are exact. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepBalance {

  StepBalance() {}

  /**
   * Returns the journey.
   *
   * @return its id
   */
  public abstract JourneyId journey();

  /**
   * Returns the step.
   *
   * @return the step
   */
  public abstract CustomerJourneyStep step();

  /**
   * Returns the perspective.
   *
   * @return consumer or provider
   */
  public abstract Perspective perspective();

  /**
   * Returns the contributions summed.
   *
   * @return their ids, in the model's order
   */
  public abstract List<ContributionId> contributions();

  /**
   * Returns the value added, over every dimension.
   *
   * @return a sum, not negative
   */
  public abstract double added();

  /**
   * Returns the value removed, over every dimension.
   *
   * @return a sum, not negative
   */
  public abstract double removed();

  /**
   * Returns the value added elsewhere that the contributions name to offset what they remove: the
   * sum of the net values above zero of the distinct contributions in {@link #offsets()}.
   *
   * @return a sum, not negative
   */
  public abstract double offset();

  /**
   * Returns the contributions in other steps or journeys named as offsets, that the model holds.
   *
   * @return their ids, in the order the contributions name them
   */
  public abstract List<ContributionId> offsets();

  /**
   * Returns what the step adds less what it removes, in the step itself.
   *
   * @return the net value
   */
  public double net() {
    return added() - removed();
  }

  /**
   * Tells whether the step adds more than it removes in itself.
   *
   * @return true if {@link #net()} is above zero
   */
  public boolean isNetPositive() {
    return net() > 0;
  }

  /**
   * Tells whether the step adds more than it removes, counting the value added elsewhere that
   * offsets it.
   *
   * @return true if {@code net() + offset()} is above zero
   */
  public boolean isNetPositiveWithOffsets() {
    return net() + offset() > 0;
  }
}
