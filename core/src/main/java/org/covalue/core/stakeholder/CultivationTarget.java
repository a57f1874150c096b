package org.covalue.core.stakeholder;

import org.covalue.core.Rating;
import org.covalue.core.StakeholderId;
import org.immutables.value.Value;

/**
 * Where the provider's plan wants a stakeholder on the map: the influence and interest it tries to
 * cultivate (ITIL 4: Drive Stakeholder Value, §1.2.1: a provider may try to build a stakeholder's
 * interest or influence as the journey goes on). A {@link StakeholderMap} holds at most one target
 * per stakeholder on it; {@code org.covalue.core.analysis.StakeholderCultivation} measures how far
 * each stakeholder still is from its target. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CultivationTarget {

  CultivationTarget() {}

  /**
   * Returns a target.
   *
   * @param stakeholder the stakeholder to cultivate
   * @param influence the influence the plan wants it to have
   * @param interest the interest the plan wants it to have
   * @return the target
   */
  public static CultivationTarget of(StakeholderId stakeholder, Rating influence, Rating interest) {
    return ImmutableCultivationTarget.of(stakeholder, influence, interest);
  }

  /**
   * Returns the stakeholder to cultivate.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract StakeholderId stakeholder();

  /**
   * Returns the influence the plan wants the stakeholder to have.
   *
   * @return the target influence
   */
  @Value.Parameter
  public abstract Rating influence();

  /**
   * Returns the interest the plan wants the stakeholder to have.
   *
   * @return the target interest
   */
  @Value.Parameter
  public abstract Rating interest();
}
