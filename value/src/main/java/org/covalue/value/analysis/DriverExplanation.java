package org.covalue.value.analysis;

import java.util.List;
import java.util.OptionalDouble;
import org.covalue.value.ValueDriverId;
import org.immutables.value.Value;

/**
 * Why a driver of a value-driver chain has the value it has (ITIL 4: Drive Stakeholder Value,
 * §1.2.7, Figure 1.11): the measured drivers that contribute to it, each with its share and
 * contribution, and the paths along which they do. The contributions add up to the value, up to
 * floating-point rounding; so do the paths' when {@link #hasAllPaths()}. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class DriverExplanation {

  DriverExplanation() {}

  /**
   * Returns the driver explained.
   *
   * @return its id
   */
  public abstract ValueDriverId target();

  /**
   * Returns the driver's value.
   *
   * @return a number in [0, 1], or empty when no measured driver reaches it
   */
  public abstract OptionalDouble value();

  /**
   * Returns the contributions of the measured drivers.
   *
   * @return one per measured driver that reaches the target, largest contribution first, ties in
   *     the chain's order; empty when the value is unknown
   */
  public abstract List<DriverContribution> contributions();

  /**
   * Returns the paths from measured drivers to the target.
   *
   * @return up to the number asked for, in depth-first order from the target down along links in
   *     the chain's order
   */
  public abstract List<DriverPath> paths();

  /**
   * Returns how many paths there are in all.
   *
   * @return the number of paths, or {@link Long#MAX_VALUE} if there are more
   */
  public abstract long pathCount();

  /**
   * Tells whether {@link #paths()} lists every path.
   *
   * @return true if no path was left out
   */
  public boolean hasAllPaths() {
    return paths().size() == pathCount();
  }

  /**
   * Returns the sum of the contributions: the value, up to rounding.
   *
   * @return the sum; 0 when there is no contribution
   */
  public double total() {
    double sum = 0;
    for (DriverContribution contribution : contributions()) {
      sum += contribution.contribution();
    }
    return sum;
  }

  /** Returns the target, its value and how many contributions and paths explain it. */
  @Override
  public String toString() {
    return "DriverExplanation{target="
        + target()
        + ", value="
        + (value().isPresent() ? Double.toString(value().getAsDouble()) : "unknown")
        + ", contributions="
        + contributions().size()
        + ", paths="
        + paths().size()
        + " of "
        + pathCount()
        + "}";
  }
}
