package org.covalue.value.performance;

import java.util.List;
import org.covalue.core.ServiceId;
import org.immutables.value.Value;

/**
 * What a service does and how well it does it: its utility and its warranty, as an explicit pair
 * (ITIL 4: Drive Stakeholder Value, §1.2.6). Utility makes a service fit for purpose: it supports
 * the consumer's performance, removes constraints from it, or both. Warranty makes it fit for use:
 * it meets agreed levels of availability, capacity, security, continuity and the like. Outcomes
 * depend on both; in a {@linkplain org.covalue.value.driver.ValueDriverChain value-driver chain}
 * they form the service-performance layer.
 *
 * <pre>{@code
 * ServicePerformance desk = ServicePerformance.builder()
 *     .service(ServiceId.of("incident-resolution"))
 *     .addUtility(UtilityFeature.of("Restores a broken device", UtilityEffect.REMOVES_CONSTRAINT))
 *     .addWarranty(WarrantyTarget.of(WarrantyLevel.of(WarrantyAspect.AVAILABILITY,
 *         "desk hours covered %", 95, MeasureDirection.HIGHER_IS_BETTER)))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicePerformance {

  ServicePerformance() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the service described; a model holds at most one performance per service.
   *
   * @return the service's id
   */
  public abstract ServiceId service();

  /**
   * Returns what the service does for its consumers.
   *
   * @return the features, in the order given; may be empty while the service is being designed
   */
  public abstract List<UtilityFeature> utility();

  /**
   * Returns the warranty levels agreed for the service, with what was measured.
   *
   * @return the targets, in the order given; may be empty
   */
  public abstract List<WarrantyTarget> warranty();

  /**
   * Tells whether the service has utility: at least one feature that supports performance or
   * removes a constraint.
   *
   * @return true if there is a utility feature
   */
  public boolean isFitForPurpose() {
    return !utility().isEmpty();
  }

  /**
   * Tells whether the service is fit for use: it has agreed warranty targets and none was measured
   * below its level.
   *
   * @return true if there is a target and none is {@linkplain WarrantyTarget#isBelowTarget() below
   *     target}
   */
  public boolean isFitForUse() {
    if (warranty().isEmpty()) {
      return false;
    }
    for (WarrantyTarget target : warranty()) {
      if (target.isBelowTarget()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a copy with other utility features.
   *
   * @param utility the new value
   * @return the copy
   */
  public abstract ServicePerformance withUtility(Iterable<? extends UtilityFeature> utility);

  /**
   * Returns a copy with other warranty targets.
   *
   * @param warranty the new value
   * @return the copy
   */
  public abstract ServicePerformance withWarranty(Iterable<? extends WarrantyTarget> warranty);

  /**
   * Builds {@link ServicePerformance}s; the service is required.
   *
   * <p>Add to the lists with {@code addUtility(..)} and {@code addWarranty(..)} (or their {@code
   * addAll} forms), or replace them whole with the method of their name. {@code from(value)} copies
   * an existing value. {@code build()} returns the value, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing. A builder is
   * not thread-safe.
   */
  public static final class Builder extends ImmutableServicePerformance.Builder {
    Builder() {}
  }
}
