package org.covalue.core.offering;

/**
 * A part of a service offering: {@link Goods}, {@link ResourceAccess} or a {@link ServiceAction}.
 */
public sealed interface OfferingComponent permits Goods, ResourceAccess, ServiceAction {

  /**
   * Returns the kind of part.
   *
   * @return goods, access to resources or service action
   */
  ServiceOfferingComponentType type();

  /**
   * Returns the part's name.
   *
   * @return a name that is not blank
   */
  String name();
}
