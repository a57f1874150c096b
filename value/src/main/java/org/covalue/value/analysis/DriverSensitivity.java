package org.covalue.value.analysis;

import java.util.OptionalDouble;
import org.covalue.value.ValueDriverId;
import org.covalue.value.driver.ValueDriverLayer;
import org.immutables.value.Value;

/**
 * How strongly the purpose of a value-driver chain responds to one of its drivers (ITIL 4: Drive
 * Stakeholder Value, §1.2.7, Figure 1.11): the change of the purpose's value per unit change of the
 * driver's, all else equal, and the gain the purpose would see if the driver performed fully.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DriverSensitivity {

  DriverSensitivity() {}

  /**
   * Returns the driver.
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
   * Returns the sensitivity: the change of the purpose's value per unit change of this driver's.
   *
   * @return a number in (0, 1]
   */
  public abstract double sensitivity();

  /**
   * Returns the driver's value.
   *
   * @return a number in [0, 1]
   */
  public abstract OptionalDouble performance();

  /**
   * Returns what the purpose would gain if the driver performed fully: sensitivity times the
   * driver's distance to 1.
   *
   * @return a number in [0, 1]; 0 when the value is unknown
   */
  public abstract double headroom();
}
