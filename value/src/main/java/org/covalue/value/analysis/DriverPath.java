package org.covalue.value.analysis;

import java.util.List;
import org.covalue.value.ValueDriverId;
import org.immutables.value.Value;

/**
 * One path by which a measured driver drives a target in a value-driver chain (ITIL 4: Drive
 * Stakeholder Value, §1.2.7, Figure 1.11), with the share of the target's value that flows along it
 * (the product of the links' normalised weights) and the contribution that share carries. The
 * contributions of all paths from a driver add up to its {@link DriverContribution}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class DriverPath {

  DriverPath() {}

  /**
   * Returns the drivers along the path.
   *
   * @return their ids, from the measured driver up to the target
   */
  public abstract List<ValueDriverId> drivers();

  /**
   * Returns the share of the target's value that flows along the path.
   *
   * @return a number in (0, 1]
   */
  public abstract double share();

  /**
   * Returns the contribution along the path: share times the measured driver's performance.
   *
   * @return a number in [0, 1]
   */
  public abstract double contribution();

  /** Returns the path as {@code a -> b -> c: contribution}. */
  @Override
  public String toString() {
    return String.join(" -> ", drivers().stream().map(Object::toString).toList())
        + ": "
        + contribution();
  }
}
