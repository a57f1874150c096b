package org.covalue.journey;

import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * A stakeholder map as it stands at a step of the customer journey (ITIL 4: Drive Stakeholder
 * Value, §1.2.1): the map is revisited as the journey goes on, so a {@link CustomerJourney} keeps
 * one snapshot per step where it was revised ({@link CustomerJourney#stakeholderMaps()}). Compare
 * the maps at two steps with {@code org.covalue.core.analysis.StakeholderMapRevision.between(..)}
 * over {@link CustomerJourney#stakeholderMapAt(CustomerJourneyStep)}. Instances are immutable and
 * thread-safe.
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
