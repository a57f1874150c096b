package org.covalue.value.driver;

import org.covalue.core.Violations;
import org.covalue.value.ValueDriverId;
import org.immutables.value.Value;

/**
 * That one driver drives another, and how strongly (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure
 * 1.11). The weight is relative: a driver's value is the weighted mean of the values of the drivers
 * that drive it, so only the ratio between the weights of links into one driver matters.
 *
 * <pre>{@code
 * ValueDriverLink link = ValueDriverLink.of(ValueDriverId.of("uptime"), ValueDriverId.of("orders"),
 *     2.0);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueDriverLink {

  ValueDriverLink() {}

  /**
   * Returns a link.
   *
   * @param driver the driving driver, normally one layer below
   * @param driven the driven driver
   * @param weight how strongly, relative to the other links into the same driver; positive and
   *     finite
   * @return the link
   * @throws org.covalue.core.InvalidModelException if an id is null or the weight is not a positive
   *     finite number
   */
  public static ValueDriverLink of(ValueDriverId driver, ValueDriverId driven, double weight) {
    return ImmutableValueDriverLink.of(driver, driven, weight);
  }

  /**
   * Returns a link of weight 1.
   *
   * @param driver the driving driver
   * @param driven the driven driver
   * @return the link
   * @throws org.covalue.core.InvalidModelException if an id is null
   */
  public static ValueDriverLink of(ValueDriverId driver, ValueDriverId driven) {
    return of(driver, driven, 1.0);
  }

  /**
   * Returns the driving driver.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract ValueDriverId driver();

  /**
   * Returns the driven driver.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract ValueDriverId driven();

  /**
   * Returns the link's relative weight.
   *
   * @return a positive finite number
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Returns a copy with another weight.
   *
   * @param weight the new value
   * @return the copy
   */
  public abstract ValueDriverLink withWeight(double weight);

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            Double.isFinite(weight()) && weight() > 0,
            "weight",
            "Value driver link weight must be a positive finite number, but was " + weight(),
            weight())
        .throwIfAny();
  }

  /** Returns the link as {@code driver -> driven (weight)}. */
  @Override
  public String toString() {
    return driver() + " -> " + driven() + " (" + weight() + ")";
  }
}
