package org.covalue.core.offering;

import org.covalue.core.ResourceId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * Access to a provider's resource in a service offering: the consumer may use it, the provider
 * keeps owning it, such as access to a self-service portal (ITIL 4: Drive Stakeholder Value,
 * §1.2.7). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ResourceAccess implements OfferingComponent {

  ResourceAccess() {}

  /**
   * Returns access to a resource.
   *
   * @param name what the access is called in the offering
   * @param resource the resource access is granted to
   * @return the access
   */
  public static ResourceAccess of(String name, ResourceId resource) {
    return ImmutableResourceAccess.of(name, resource);
  }

  @Override
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the resource access is granted to.
   *
   * @return the resource's id
   */
  @Value.Parameter
  public abstract ResourceId resource();

  /** Returns {@link ServiceOfferingComponentType#ACCESS_TO_RESOURCES}. */
  @Override
  public ServiceOfferingComponentType type() {
    return ServiceOfferingComponentType.ACCESS_TO_RESOURCES;
  }

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Resource access name").throwIfAny();
  }
}
