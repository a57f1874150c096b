package org.covalue.visibility;

import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * States that a service action of an offering relies on an element, such as a password reset that
 * relies on the directory service (ITIL 4: Drive Stakeholder Value, §1.2.5, §1.2.7). A service
 * action is named by its offering and its name, as {@link
 * org.covalue.core.offering.ServiceOffering#serviceActions()} holds it.
 *
 * <p>Whether the band of visibility must show what an action relies on depends on who performs it:
 * an action the users perform alone or jointly with the provider promises them what it relies on;
 * one the provider's resources perform may rely on what the users cannot see, which is a hidden
 * dependency rather than a broken promise.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceActionDependency {

  ServiceActionDependency() {}

  /**
   * Returns a dependency of a service action.
   *
   * @param offering the offering that holds the action
   * @param action the action's name, as the offering gives it
   * @param dependsOn what the action relies on: an activity, product, resource or environment
   *     element
   * @return the dependency
   * @throws org.covalue.core.InvalidModelException if an argument is null, the action is not a
   *     readable name, or what it relies on is not of a kind a line of visibility places
   */
  public static ServiceActionDependency of(
      ServiceOfferingId offering, String action, TypedId<?> dependsOn) {
    return ImmutableServiceActionDependency.of(offering, action, dependsOn);
  }

  /**
   * Returns the offering that holds the action.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract ServiceOfferingId offering();

  /**
   * Returns the action's name, as the offering gives it.
   *
   * @return a readable name on one line
   */
  @Value.Parameter
  public abstract String action();

  /**
   * Returns what the action relies on.
   *
   * @return the id of a value-stream activity, product, resource or environment element
   */
  @Value.Parameter
  public abstract TypedId<?> dependsOn();

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(action(), "action", "Service action name")
        .check(
            ElementKind.of(dependsOn()).map(ElementKind::isPlaceable).orElse(false),
            "dependsOn",
            "A service action depends on value-stream activities, products, resources and"
                + " environment elements, but action "
                + Violations.quote(action())
                + " of "
                + offering().describe()
                + " is said to depend on "
                + dependsOn().describe(),
            dependsOn())
        .throwIfAny();
  }
}
