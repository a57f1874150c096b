package org.covalue.value.performance;

import java.util.OptionalDouble;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A warranty level a provider agreed for a service, with what was measured against it (ITIL 4:
 * Drive Stakeholder Value, §1.2.6): warranty is judged against agreed requirements.
 *
 * <pre>{@code
 * WarrantyTarget uptime = WarrantyTarget.of(WarrantyLevel.of(WarrantyAspect.AVAILABILITY,
 *     "monthly uptime %", 99.5, MeasureDirection.HIGHER_IS_BETTER)).withMeasured(98.7);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class WarrantyTarget {

  WarrantyTarget() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a target not measured yet.
   *
   * @param agreed the agreed level
   * @return the target
   * @throws org.covalue.core.InvalidModelException if the level is null
   */
  public static WarrantyTarget of(WarrantyLevel agreed) {
    return builder().agreed(agreed).build();
  }

  /**
   * Returns the agreed level.
   *
   * @return the level
   */
  public abstract WarrantyLevel agreed();

  /**
   * Returns the value measured in the same measure, when there is one.
   *
   * @return a finite number, or empty
   */
  public abstract OptionalDouble measured();

  /**
   * Returns a copy with a measured value.
   *
   * @param measured the measured value
   * @return the copy
   */
  public abstract WarrantyTarget withMeasured(double measured);

  /**
   * Tells whether the measured value falls short of the agreed level.
   *
   * @return true if a value was measured and it does not meet the agreed level; false when nothing
   *     was measured
   */
  public boolean isBelowTarget() {
    OptionalDouble measured = measured();
    return measured.isPresent()
        && !agreed().direction().isAtLeastAsGoodAs(measured.getAsDouble(), agreed().value());
  }

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            measured().isEmpty() || Double.isFinite(measured().getAsDouble()),
            "measured",
            "Measured warranty value must be a finite number, but was " + measured(),
            measured())
        .throwIfAny();
  }

  /**
   * Builds {@link WarrantyTarget}s; the agreed level is required.
   *
   * <p>Set each attribute with the method of its name; the measured value may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWarrantyTarget.Builder {
    Builder() {}
  }
}
