package org.covalue.value.plan;

import java.util.OptionalDouble;
import org.covalue.core.Violations;
import org.covalue.value.MeasureDirection;
import org.immutables.value.Value;

/**
 * How a planned outcome is measured: the measure, the planned target, the direction in which it
 * improves, and the value measured so far (ITIL 4: Drive Stakeholder Value, §1.2.6: value is
 * tracked against the value co-creation plan).
 *
 * <pre>{@code
 * OutcomeMeasure uptime = OutcomeMeasure.of("picking hours lost per month", 10,
 *     MeasureDirection.LOWER_IS_BETTER).withMeasured(14);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeMeasure {

  OutcomeMeasure() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a measure not measured yet.
   *
   * @param measure what is measured
   * @param target the planned value; finite
   * @param direction which way the measure improves
   * @return the measure
   * @throws org.covalue.core.InvalidModelException if an argument is null, the measure is not
   *     readable or the target is not finite
   */
  public static OutcomeMeasure of(String measure, double target, MeasureDirection direction) {
    return builder().measure(measure).target(target).direction(direction).build();
  }

  /**
   * Returns what is measured.
   *
   * @return a name that is not blank
   */
  public abstract String measure();

  /**
   * Returns the planned value.
   *
   * @return a finite number
   */
  public abstract double target();

  /**
   * Returns which way the measure improves.
   *
   * @return higher or lower is better
   */
  public abstract MeasureDirection direction();

  /**
   * Returns the value measured so far.
   *
   * @return a finite number, or empty when nothing was measured yet
   */
  public abstract OptionalDouble measured();

  /**
   * Returns a copy with a measured value.
   *
   * @param measured the measured value
   * @return the copy
   */
  public abstract OutcomeMeasure withMeasured(double measured);

  /**
   * Returns a copy with another target.
   *
   * @param target the new value
   * @return the copy
   */
  public abstract OutcomeMeasure withTarget(double target);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(measure(), "measure", "Outcome measure")
        .check(
            Double.isFinite(target()),
            "target",
            "Outcome target must be a finite number, but was " + target(),
            target())
        .check(
            measured().isEmpty() || Double.isFinite(measured().getAsDouble()),
            "measured",
            "Measured outcome value must be a finite number, but was " + measured(),
            measured())
        .throwIfAny();
  }

  /**
   * Builds {@link OutcomeMeasure}s; measure, target and direction are required.
   *
   * <p>Set each attribute with the method of its name; the measured value may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOutcomeMeasure.Builder {
    Builder() {}
  }
}
