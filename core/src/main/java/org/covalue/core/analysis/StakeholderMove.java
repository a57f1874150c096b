package org.covalue.core.analysis;

import java.util.Locale;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.immutables.value.Value;

/**
 * How one stakeholder's position changed between two revisions of a stakeholder map (ITIL 4: Drive
 * Stakeholder Value, §1.2.1): its placement before and after, and the change of engagement the move
 * calls for. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMove {

  StakeholderMove() {}

  static StakeholderMove of(StakeholderPlacement before, StakeholderPlacement after) {
    return ImmutableStakeholderMove.of(before, after);
  }

  /**
   * Returns the placement in the earlier map.
   *
   * @return the placement before
   */
  @Value.Parameter
  public abstract StakeholderPlacement before();

  /**
   * Returns the placement in the later map.
   *
   * @return the placement after
   */
  @Value.Parameter
  public abstract StakeholderPlacement after();

  /**
   * Returns the stakeholder's id.
   *
   * @return the id
   */
  public StakeholderId stakeholderId() {
    return after().stakeholderId();
  }

  /**
   * Tells whether the stakeholder changed quadrant.
   *
   * @return true if the strategies before and after differ
   */
  public boolean hasChangedQuadrant() {
    return before().strategy() != after().strategy();
  }

  /**
   * Returns how engagement has to change.
   *
   * @return more, less, a shift, or none if the quadrant is the same
   */
  public EngagementChange change() {
    return before().strategy().changeTo(after().strategy());
  }

  /**
   * Returns how much influence changed, as the difference of scores.
   *
   * @return after minus before, in [-1, 1]
   */
  public double influenceChange() {
    return after().stakeholder().influence().score() - before().stakeholder().influence().score();
  }

  /**
   * Returns how much interest changed, as the difference of scores.
   *
   * @return after minus before, in [-1, 1]
   */
  public double interestChange() {
    return after().stakeholder().interest().score() - before().stakeholder().interest().score();
  }

  /**
   * Explains the move, such as "Works council: keep informed to manage closely (influence +0.67,
   * interest +0.00): step up engagement".
   *
   * @return a sentence
   */
  public String explanation() {
    return String.format(
        Locale.ROOT,
        "%s: %s to %s (influence %+.2f, interest %+.2f): %s",
        after().stakeholder().name(),
        label(before().strategy()),
        label(after().strategy()),
        influenceChange(),
        interestChange(),
        change().advice());
  }

  private static String label(EngagementStrategy strategy) {
    return strategy.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
