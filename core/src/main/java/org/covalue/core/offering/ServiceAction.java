package org.covalue.core.offering;

import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * An action needed to deliver a service output to a user, performed by the provider's resources, by
 * the users, or by both together, such as resetting a password (ITIL 4: Drive Stakeholder Value,
 * §1.2.7). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ServiceAction implements OfferingComponent {

  ServiceAction() {}

  /**
   * Returns a service action.
   *
   * @param name what the action does
   * @param performedBy who performs it
   * @return the action
   */
  public static ServiceAction of(String name, ServiceActionPerformer performedBy) {
    return ImmutableServiceAction.of(name, performedBy);
  }

  @Override
  @Value.Parameter
  public abstract String name();

  /**
   * Returns who performs the action.
   *
   * @return the provider's resources, the users, or both
   */
  @Value.Parameter
  public abstract ServiceActionPerformer performedBy();

  /** Returns {@link ServiceOfferingComponentType#SERVICE_ACTION}. */
  @Override
  public ServiceOfferingComponentType type() {
    return ServiceOfferingComponentType.SERVICE_ACTION;
  }

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Service action name").throwIfAny();
  }
}
