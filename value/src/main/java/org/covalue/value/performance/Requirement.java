package org.covalue.value.performance;

import java.util.Objects;
import java.util.Optional;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.value.RequirementId;
import org.immutables.value.Value;

/**
 * What a consumer requires of a service (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): a
 * requirement of utility (something the service must do) or of warranty (a level it must reach). A
 * utility requirement is met by a {@link UtilityFeature} that names it; a warranty requirement by
 * an agreed {@link WarrantyTarget} of the same measure that is at least as good. A requirement the
 * service's performance does not meet is a missed chance to create value.
 *
 * <pre>{@code
 * Requirement sameDay = Requirement.builder()
 *     .id(RequirementId.of("same-day-fix"))
 *     .name("Devices fixed within the shift")
 *     .stakeholder(StakeholderId.of("warehouse-manager"))
 *     .service(ServiceId.of("incident-resolution"))
 *     .warranty(WarrantyLevel.of(WarrantyAspect.CONTINUITY, "hours to restore", 4,
 *         MeasureDirection.LOWER_IS_BETTER))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {

  Requirement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the requirements of a model.
   *
   * @return the id
   */
  public abstract RequirementId id();

  /**
   * Returns the requirement's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the stakeholder who holds the requirement, usually the customer.
   *
   * @return the stakeholder's id
   */
  public abstract StakeholderId stakeholder();

  /**
   * Returns the service required to meet it.
   *
   * @return the service's id
   */
  public abstract ServiceId service();

  /**
   * Returns the warranty level required, for a requirement of warranty.
   *
   * @return the level, or empty for a requirement of utility
   */
  public abstract Optional<WarrantyLevel> warranty();

  /**
   * Tells whether this is a requirement of warranty.
   *
   * @return true if a warranty level is required
   */
  public boolean isWarranty() {
    return warranty().isPresent();
  }

  /**
   * Tells whether this is a requirement of utility.
   *
   * @return true if no warranty level is required
   */
  public boolean isUtility() {
    return warranty().isEmpty();
  }

  /**
   * Tells whether a service's performance meets this requirement: a utility feature names it, or,
   * for a warranty requirement, an agreed target of the same measure is at least as good.
   *
   * @param performance the performance of the required service
   * @return true if the requirement is met
   * @throws NullPointerException if the performance is null
   */
  public boolean isMetBy(ServicePerformance performance) {
    Objects.requireNonNull(performance, "performance");
    if (warranty().isEmpty()) {
      for (UtilityFeature feature : performance.utility()) {
        if (feature.meets().contains(id())) {
          return true;
        }
      }
      return false;
    }
    WarrantyLevel required = warranty().get();
    for (WarrantyTarget target : performance.warranty()) {
      if (target.agreed().isAtLeastAsGoodAs(required)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Requirement withId(RequirementId id);

  /**
   * Returns a copy held by another stakeholder.
   *
   * @param stakeholder the new value
   * @return the copy
   */
  public abstract Requirement withStakeholder(StakeholderId stakeholder);

  /**
   * Returns a copy for another service.
   *
   * @param service the new value
   * @return the copy
   */
  public abstract Requirement withService(ServiceId service);

  /**
   * Returns a copy requiring another warranty level.
   *
   * @param warranty the new value
   * @return the copy
   */
  public abstract Requirement withWarranty(WarrantyLevel warranty);

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Requirement name").throwIfAny();
  }

  /**
   * Builds {@link Requirement}s; id, name, stakeholder and service are required, and the warranty
   * level for a requirement of warranty.
   *
   * <p>Set each attribute with the method of its name; the warranty may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
