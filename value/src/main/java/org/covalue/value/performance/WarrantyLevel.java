package org.covalue.value.performance;

import java.util.Objects;
import org.covalue.core.Violations;
import org.covalue.value.MeasureDirection;
import org.immutables.value.Value;

/**
 * A level of one measure of warranty: an aspect, the measure it is expressed in, a value and the
 * direction in which the measure improves (ITIL 4: Drive Stakeholder Value, §1.2.6). It is what a
 * provider agrees as a {@linkplain WarrantyTarget target} and what a consumer {@linkplain
 * Requirement requires}.
 *
 * <pre>{@code
 * WarrantyLevel uptime = WarrantyLevel.of(WarrantyAspect.AVAILABILITY, "monthly uptime %", 99.5,
 *     MeasureDirection.HIGHER_IS_BETTER);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class WarrantyLevel {

  WarrantyLevel() {}

  /**
   * Returns a warranty level.
   *
   * @param aspect the area of warranty
   * @param measure what the value measures, such as "monthly uptime %"; levels compare only on the
   *     same aspect and measure
   * @param value the value; finite
   * @param direction which way the measure improves
   * @return the level
   * @throws org.covalue.core.InvalidModelException if an argument is null, the measure is not
   *     readable or the value is not finite
   */
  public static WarrantyLevel of(
      WarrantyAspect aspect, String measure, double value, MeasureDirection direction) {
    return ImmutableWarrantyLevel.of(aspect, measure, value, direction);
  }

  /**
   * Returns the area of warranty.
   *
   * @return the aspect
   */
  @Value.Parameter
  public abstract WarrantyAspect aspect();

  /**
   * Returns what the value measures.
   *
   * @return a name that is not blank
   */
  @Value.Parameter
  public abstract String measure();

  /**
   * Returns the value.
   *
   * @return a finite number
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Returns which way the measure improves.
   *
   * @return higher or lower is better
   */
  @Value.Parameter
  public abstract MeasureDirection direction();

  /**
   * Returns a copy with another value.
   *
   * @param value the new value; finite
   * @return the copy
   */
  public abstract WarrantyLevel withValue(double value);

  /**
   * Tells whether this level is of the same measure as another: the same aspect, measure and
   * direction.
   *
   * @param other the other level
   * @return true if the two can be compared
   * @throws NullPointerException if the other level is null
   */
  public boolean isComparableTo(WarrantyLevel other) {
    Objects.requireNonNull(other, "other");
    return aspect().equals(other.aspect())
        && measure().equals(other.measure())
        && direction() == other.direction();
  }

  /**
   * Tells whether this level is at least as good as another of the same measure.
   *
   * @param other the other level
   * @return true if the levels are comparable and this one meets or beats the other
   * @throws NullPointerException if the other level is null
   */
  public boolean isAtLeastAsGoodAs(WarrantyLevel other) {
    return isComparableTo(other) && direction().isAtLeastAsGoodAs(value(), other.value());
  }

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(measure(), "measure", "Warranty measure")
        .check(
            Double.isFinite(value()),
            "value",
            "Warranty level value must be a finite number, but was " + value(),
            value())
        .throwIfAny();
  }

  /** Returns the aspect, the measure, the direction and the value, such as "AVAILABILITY ...". */
  @Override
  public String toString() {
    return aspect()
        + " "
        + measure()
        + (direction() == MeasureDirection.HIGHER_IS_BETTER ? " >= " : " <= ")
        + value();
  }
}
