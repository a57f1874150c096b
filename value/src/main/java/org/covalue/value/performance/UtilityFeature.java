package org.covalue.value.performance;

import java.util.Set;
import org.covalue.core.Violations;
import org.covalue.value.RequirementId;
import org.immutables.value.Value;

/**
 * One thing a service does for its consumer, and how it helps: by supporting performance or by
 * removing a constraint (ITIL 4: Drive Stakeholder Value, §1.2.6). A feature may meet consumer
 * {@linkplain Requirement requirements} of utility, which it names.
 *
 * <pre>{@code
 * UtilityFeature calls = UtilityFeature.builder()
 *     .description("Calls to any number worldwide")
 *     .effect(UtilityEffect.REMOVES_CONSTRAINT)
 *     .addMeet(RequirementId.of("call-abroad"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UtilityFeature {

  UtilityFeature() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a feature that meets no named requirement.
   *
   * @param description what the service does
   * @param effect how it helps
   * @return the feature
   * @throws org.covalue.core.InvalidModelException if an argument is null or the description is not
   *     readable
   */
  public static UtilityFeature of(String description, UtilityEffect effect) {
    return builder().description(description).effect(effect).build();
  }

  /**
   * Returns what the service does.
   *
   * @return a text that is not blank
   */
  public abstract String description();

  /**
   * Returns how the feature helps the consumer.
   *
   * @return supports performance or removes a constraint
   */
  public abstract UtilityEffect effect();

  /**
   * Returns the utility requirements the feature meets.
   *
   * @return the requirements' ids; may be empty
   */
  public abstract Set<RequirementId> meets();

  @Value.Check
  void check() {
    Violations.collect()
        .checkText(description(), "description", "Utility feature description")
        .throwIfAny();
  }

  /**
   * Builds {@link UtilityFeature}s; description and effect are required.
   *
   * <p>Set each attribute with the method of its name. Add to the set of requirements met with
   * {@code addMeet(..)} or {@code addAllMeets(..)}. {@code from(value)} copies an existing value.
   * {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableUtilityFeature.Builder {
    Builder() {}
  }
}
