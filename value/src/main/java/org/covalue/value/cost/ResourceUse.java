package org.covalue.value.cost;

import java.util.Optional;
import org.covalue.core.ResourceId;
import org.covalue.core.Violations;
import org.covalue.value.Money;
import org.immutables.value.Value;

/**
 * A resource, other than money and time, that a stakeholder puts into a service (ITIL 4: Drive
 * Stakeholder Value, §1.2.6): staff, equipment, data, premises. Its money value is optional; a
 * resource use without one is part of the total cost but cannot be weighed against outcomes, and
 * the value assessment says so.
 *
 * <pre>{@code
 * ResourceUse laptops = ResourceUse.of("Two spare laptops kept at the site", Money.of("1800", "EUR"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResourceUse {

  ResourceUse() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a resource use without a money value.
   *
   * @param description what is used, such as "A technician for half a day"
   * @return the resource use
   * @throws org.covalue.core.InvalidModelException if the description is null or not readable
   */
  public static ResourceUse of(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns a resource use with its money value.
   *
   * @param description what is used
   * @param value what the use is worth
   * @return the resource use
   * @throws org.covalue.core.InvalidModelException if an argument is null, the description is not
   *     readable or the value is negative
   */
  public static ResourceUse of(String description, Money value) {
    return builder().description(description).value(value).build();
  }

  /**
   * Returns what is used.
   *
   * @return a description that is not blank
   */
  public abstract String description();

  /**
   * Returns the resource of the core model that is used, when it is one.
   *
   * @return the resource's id, or empty
   */
  public abstract Optional<ResourceId> resource();

  /**
   * Returns what the use is worth in money.
   *
   * @return an amount that is not negative, or empty when nobody valued it
   */
  public abstract Optional<Money> value();

  @Value.Check
  void check() {
    Violations found = Violations.collect().checkText(description(), "description", "Resource use");
    value()
        .ifPresent(
            value ->
                found.check(
                    !value.isNegative(),
                    "value",
                    "Resource use value must not be negative, but was " + value,
                    value));
    found.throwIfAny();
  }

  /**
   * Builds {@link ResourceUse}s; the description is required.
   *
   * <p>Set each attribute with the method of its name; an optional attribute may be left unset.
   * {@code from(value)} copies every attribute of an existing value. {@code build()} checks the
   * value and returns it, or throws an {@link org.covalue.core.InvalidModelException} naming every
   * attribute that is missing or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableResourceUse.Builder {
    Builder() {}
  }
}
