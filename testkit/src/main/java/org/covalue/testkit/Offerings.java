package org.covalue.testkit;

import org.covalue.core.offering.Goods;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.testkit.internal.OfferingGens;
import org.quicktheories.core.Gen;

/**
 * Generators of resources, products, services, service offerings and offering components (ITIL 4:
 * Drive Stakeholder Value, §1.2.7, Figure 1.10). The values are valid on their own; the ids they
 * refer to are not generated with them (use {@link CoreModels} for models whose references
 * resolve).
 */
public final class Offerings {

  private Offerings() {}

  /**
   * Returns resources, sometimes with an owner.
   *
   * @return the generator
   */
  public static Gen<Resource> resources() {
    return OfferingGens.resources();
  }

  /**
   * Returns products that configure up to three resources and use up to two other products.
   *
   * @return the generator
   */
  public static Gen<Product> products() {
    return OfferingGens.products();
  }

  /**
   * Returns services based on up to three products, sometimes described.
   *
   * @return the generator
   */
  public static Gen<Service> services() {
    return OfferingGens.services();
  }

  /**
   * Returns service offerings that describe one to three services and include up to two goods, two
   * accesses to resources and two service actions, at least one of them.
   *
   * @return the generator
   */
  public static Gen<ServiceOffering> offerings() {
    return OfferingGens.offerings();
  }

  /**
   * Returns goods, sometimes of a product.
   *
   * @return the generator
   */
  public static Gen<Goods> goods() {
    return OfferingGens.goods();
  }

  /**
   * Returns accesses to resources.
   *
   * @return the generator
   */
  public static Gen<ResourceAccess> resourceAccesses() {
    return OfferingGens.resourceAccesses();
  }

  /**
   * Returns service actions.
   *
   * @return the generator
   */
  public static Gen<ServiceAction> serviceActions() {
    return OfferingGens.serviceActions();
  }

  /**
   * Returns offering components of the three kinds, about evenly.
   *
   * @return the generator
   */
  public static Gen<OfferingComponent> components() {
    return OfferingGens.components();
  }

  /**
   * Returns the three kinds of offering component.
   *
   * @return the generator
   */
  public static Gen<ServiceOfferingComponentType> componentTypes() {
    return OfferingGens.componentTypes();
  }

  /**
   * Returns who may perform a service action.
   *
   * @return the generator
   */
  public static Gen<ServiceActionPerformer> performers() {
    return OfferingGens.performers();
  }

  /**
   * Returns attempts to build resources with a blank name or without an id or a name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidResources() {
    return OfferingGens.invalidResources().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build products from invalid input: a blank name, nothing configured ({@code
   * resources}), the product as its own component ({@code components}) or no provider.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidProducts() {
    return OfferingGens.invalidProducts().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build services with a blank name or without an id.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidServices() {
    return OfferingGens.invalidServices().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build service offerings from invalid input: a blank name or target consumer
   * group, no service ({@code services}), no component ({@code components}) or no provider.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidOfferings() {
    return OfferingGens.invalidOfferings().map(InvalidInput::from);
  }

  /**
   * Returns attempts to make goods, accesses to resources or service actions with a blank or null
   * name. Each is expected to fail with a violation at {@code name}.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidComponents() {
    return OfferingGens.invalidComponents().map(InvalidInput::from);
  }
}
