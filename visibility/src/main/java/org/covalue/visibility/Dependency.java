package org.covalue.visibility;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * States that one element relies on another, where the models of core and journey do not already
 * say so: a touchpoint that takes place in a part of the environment, a value-stream activity that
 * uses a resource, a resource that runs in a data centre (ITIL 4: Drive Stakeholder Value, §1.2.5:
 * the parties need to understand how elements they cannot see affect the band of visibility).
 *
 * <p>Dependencies the other models hold are taken from them and need not be repeated: a touchpoint
 * or an interaction on its value-stream activities, a product on its resources and component
 * products, an offering on its goods, resources and services, a service on its products. What a
 * service action of an offering relies on is a {@link ServiceActionDependency}.
 *
 * <pre>{@code
 * Dependency usesTickets = Dependency.of(ValueStreamActivityId.of("log-incident"),
 *     ResourceId.of("ticketing-tool"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dependency {

  Dependency() {}

  /**
   * Returns a dependency between two elements that are not touchpoints or interactions.
   *
   * @param dependent the element that relies on the other: an activity, product, resource or
   *     environment element
   * @param dependsOn what it relies on: an activity, product, resource or environment element
   * @return the dependency
   * @throws InvalidModelException if an argument is null, names a touchpoint or an interaction, or
   *     both name the same element
   */
  public static Dependency of(TypedId<?> dependent, TypedId<?> dependsOn) {
    ElementRef from;
    try {
      from = ElementRef.of(dependent);
    } catch (InvalidModelException e) {
      throw e.under("dependent");
    }
    return of(from, dependsOn);
  }

  /**
   * Returns a dependency of any element, a touchpoint or an interaction of a journey included.
   *
   * @param dependent the element that relies on the other
   * @param dependsOn what it relies on: an activity, product, resource or environment element
   * @return the dependency
   * @throws InvalidModelException if an argument is null, what is relied on is not of a kind a line
   *     of visibility places, or both name the same element
   */
  public static Dependency of(ElementRef dependent, TypedId<?> dependsOn) {
    return ImmutableDependency.of(dependent, dependsOn);
  }

  /**
   * Returns the element that relies on the other.
   *
   * @return the element
   */
  @Value.Parameter
  public abstract ElementRef dependent();

  /**
   * Returns what the element relies on.
   *
   * @return the id of a value-stream activity, product, resource or environment element
   */
  @Value.Parameter
  public abstract TypedId<?> dependsOn();

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            ElementKind.of(dependsOn()).map(ElementKind::isPlaceable).orElse(false),
            "dependsOn",
            "An element depends on value-stream activities, products, resources and environment"
                + " elements, but "
                + dependent()
                + " is said to depend on "
                + dependsOn().describe(),
            dependsOn())
        .check(
            !dependent().id().equals(dependsOn()),
            "dependsOn",
            dependent() + " cannot depend on itself",
            dependsOn())
        .throwIfAny();
  }
}
