package org.covalue.core.analysis;

import java.util.Locale;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.immutables.value.Value;

/**
 * Where a stakeholder sits on the influence/interest map and how to engage it, with the thresholds
 * that decided it (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1). Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderPlacement {

  StakeholderPlacement() {}

  static StakeholderPlacement of(
      Stakeholder stakeholder,
      EngagementStrategy strategy,
      Score influenceThreshold,
      Score interestThreshold) {
    return ImmutableStakeholderPlacement.of(
        stakeholder, strategy, influenceThreshold, interestThreshold);
  }

  /**
   * Returns the stakeholder placed.
   *
   * @return the stakeholder, as it was on the map
   */
  @Value.Parameter
  public abstract Stakeholder stakeholder();

  /**
   * Returns the engagement strategy of the stakeholder's quadrant.
   *
   * @return the strategy
   */
  @Value.Parameter
  public abstract EngagementStrategy strategy();

  /**
   * Returns the influence threshold that was used.
   *
   * @return the lowest influence score counted as high
   */
  @Value.Parameter
  public abstract Score influenceThreshold();

  /**
   * Returns the interest threshold that was used.
   *
   * @return the lowest interest score counted as high
   */
  @Value.Parameter
  public abstract Score interestThreshold();

  /**
   * Returns the stakeholder's id.
   *
   * @return the id
   */
  public StakeholderId stakeholderId() {
    return stakeholder().id();
  }

  /**
   * Explains the placement with its numbers, such as "Chief financial officer: influence 0.83 at or
   * above 0.33, interest 0.17 below 0.33: keep satisfied". Numbers have two decimals, or more where
   * two would hide on which side of its threshold a rating lies ("0.3330 below 0.3333").
   *
   * @return a sentence
   */
  public String explanation() {
    double influence = stakeholder().influence().score();
    double interest = stakeholder().interest().score();
    return stakeholder().name()
        + ": influence "
        + compared(influence, strategy().highInfluence(), influenceThreshold().value())
        + ", interest "
        + compared(interest, strategy().highInterest(), interestThreshold().value())
        + ": "
        + strategy().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String compared(double value, boolean high, double threshold) {
    int decimals = Numbers.decimalsToCompare(value, threshold);
    return Numbers.format(value, decimals)
        + (high ? " at or above " : " below ")
        + Numbers.format(threshold, decimals);
  }
}
