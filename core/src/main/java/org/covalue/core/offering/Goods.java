package org.covalue.core.offering;

import java.util.Optional;
import org.covalue.core.ProductId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * Goods in a service offering: tangible resources handed over to the consumer together with their
 * ownership, such as a laptop that becomes the customer's (ITIL 4: Drive Stakeholder Value,
 * §1.2.7). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Goods implements OfferingComponent {

  Goods() {}

  /**
   * Returns goods with a name and no product.
   *
   * @param name what is handed over
   * @return the goods
   */
  public static Goods of(String name) {
    return ImmutableGoods.builder().name(name).build();
  }

  /**
   * Returns goods that are (units of) a product.
   *
   * @param name what is handed over
   * @param product the product the goods are
   * @return the goods
   */
  public static Goods of(String name, ProductId product) {
    return ImmutableGoods.builder().name(name).product(product).build();
  }

  @Override
  public abstract String name();

  /**
   * Returns the product the goods are, if they are one.
   *
   * @return the product's id, or empty
   */
  public abstract Optional<ProductId> product();

  /** Returns {@link ServiceOfferingComponentType#GOODS}. */
  @Override
  public ServiceOfferingComponentType type() {
    return ServiceOfferingComponentType.GOODS;
  }

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Goods name").throwIfAny();
  }
}
