package org.covalue.value.analysis;

import org.covalue.value.ValueDriverId;
import org.covalue.value.driver.ValueDriverLayer;
import org.immutables.value.Value;

/**
 * How much one measured driver contributes to the value of a driver above it (ITIL 4: Drive
 * Stakeholder Value, §1.2.7, Figure 1.11): its share of the target's value (the sum, over every
 * path from it to the target, of the product of the links' normalised weights) times its own
 * performance. The contributions of an explanation add up to the target's value. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class DriverContribution {

  DriverContribution() {}

  /**
   * Returns the contributing driver: one that nothing drives, with a measured performance.
   *
   * @return its id
   */
  public abstract ValueDriverId driver();

  /**
   * Returns the driver's layer.
   *
   * @return the layer
   */
  public abstract ValueDriverLayer layer();

  /**
   * Returns the driver's measured performance.
   *
   * @return a number in [0, 1]
   */
  public abstract double performance();

  /**
   * Returns the driver's share of the target's value: how much the target changes per unit change
   * of this driver.
   *
   * @return a number in (0, 1]
   */
  public abstract double share();

  /**
   * Returns the contribution: share times performance.
   *
   * @return a number in [0, 1]
   */
  public abstract double contribution();
}
