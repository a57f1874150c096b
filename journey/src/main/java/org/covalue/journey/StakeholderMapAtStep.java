package org.covalue.journey;

import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * A stakeholder map as it stands at a step of the customer journey (ITIL 4: Drive Stakeholder
 * Value, §1.2.1): the map is revisited as the journey goes on, so a {@link CustomerJourney} keeps
 * one snapshot per step where it was revised ({@link CustomerJourney#stakeholderMaps()}). {@code
 * org.covalue.journey.analysis.StakeholderMapReview} reads them: the revision between any two
 * steps, the steps reached too long after the last revision, and the distance of the latest map's
 * stakeholders to their cultivation targets. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMapAtStep {

  StakeholderMapAtStep() {}

  /**
   * Returns the map at a step.
   *
   * @param step the journey step
   * @param map the map as it stands there
   * @return the snapshot
   */
  public static StakeholderMapAtStep of(CustomerJourneyStep step, StakeholderMap map) {
    return ImmutableStakeholderMapAtStep.of(step, map);
  }

  /**
   * Returns the step.
   *
   * @return the journey step
   */
  @Value.Parameter
  public abstract CustomerJourneyStep step();

  /**
   * Returns the map.
   *
   * @return the map as it stands at the step
   */
  @Value.Parameter
  public abstract StakeholderMap map();
}
