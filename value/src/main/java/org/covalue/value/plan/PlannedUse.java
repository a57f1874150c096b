package org.covalue.value.plan;

import java.util.OptionalDouble;
import org.covalue.core.ServiceId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * How much a service is planned to be used, by some measure, and how much it was (ITIL 4: Drive
 * Stakeholder Value, §1.2.6): a service used less than planned is consumed below its potential, and
 * value leaks.
 *
 * <pre>{@code
 * PlannedUse portal = PlannedUse.of(ServiceId.of("incident-resolution"),
 *     "self-service tickets per month", 200).withActual(120);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedUse {

  PlannedUse() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a planned use not measured yet.
   *
   * @param service the service
   * @param measure what measures its use
   * @param planned the planned amount; finite and not negative
   * @return the planned use
   * @throws org.covalue.core.InvalidModelException if an argument is null, the measure is not
   *     readable or the amount is negative or not finite
   */
  public static PlannedUse of(ServiceId service, String measure, double planned) {
    return builder().service(service).measure(measure).planned(planned).build();
  }

  /**
   * Returns the service.
   *
   * @return its id
   */
  public abstract ServiceId service();

  /**
   * Returns what measures the use.
   *
   * @return a name that is not blank, such as "orders placed per month"
   */
  public abstract String measure();

  /**
   * Returns the planned amount of use.
   *
   * @return a finite number, not negative
   */
  public abstract double planned();

  /**
   * Returns the amount of use measured.
   *
   * @return a finite number, not negative, or empty when not measured yet
   */
  public abstract OptionalDouble actual();

  /**
   * Returns a copy with the measured amount of use.
   *
   * @param actual the measured amount
   * @return the copy
   */
  public abstract PlannedUse withActual(double actual);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(measure(), "measure", "Use measure")
        .check(
            Double.isFinite(planned()) && planned() >= 0,
            "planned",
            "Planned use must be a finite number of at least 0, but was " + planned(),
            planned())
        .check(
            actual().isEmpty()
                || (Double.isFinite(actual().getAsDouble()) && actual().getAsDouble() >= 0),
            "actual",
            "Actual use must be a finite number of at least 0, but was " + actual(),
            actual())
        .throwIfAny();
  }

  /**
   * Builds {@link PlannedUse}s; service, measure and planned amount are required.
   *
   * <p>Set each attribute with the method of its name; the actual amount may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePlannedUse.Builder {
    Builder() {}
  }
}
