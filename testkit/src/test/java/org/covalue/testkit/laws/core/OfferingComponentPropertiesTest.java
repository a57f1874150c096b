package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.offering.Goods;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of the components of an offering: goods, access to resources and service actions. */
class OfferingComponentPropertiesTest {

  private static OfferingComponent remake(OfferingComponent component) {
    if (component instanceof Goods goods) {
      return goods.product().isPresent()
          ? Goods.of(goods.name(), goods.product().get())
          : Goods.of(goods.name());
    } else if (component instanceof ResourceAccess access) {
      return ResourceAccess.of(access.name(), access.resource());
    }
    ServiceAction action = (ServiceAction) component;
    return ServiceAction.of(action.name(), action.performedBy());
  }

  @Test
  void componentsRoundTripThroughTheirFactories() {
    qt().forAll(Offerings.components())
        .checkAssert(
            component ->
                assertThat(remake(component)).isEqualTo(component).hasSameHashCodeAs(component));
  }

  @Test
  void theTypeMatchesTheKindAndOnlyGoodsTransferOwnership() {
    qt().forAll(Offerings.components())
        .checkAssert(
            component -> {
              ServiceOfferingComponentType expected =
                  component instanceof Goods
                      ? ServiceOfferingComponentType.GOODS
                      : component instanceof ResourceAccess
                          ? ServiceOfferingComponentType.ACCESS_TO_RESOURCES
                          : ServiceOfferingComponentType.SERVICE_ACTION;
              assertThat(component.type()).isEqualTo(expected);
              assertThat(component.type().transfersOwnership())
                  .isEqualTo(component instanceof Goods);
              assertThat(component.name()).isNotBlank();
            });
  }

  @Test
  void componentsOfDifferentKindsAreNeverEqual() {
    qt().forAll(Offerings.components(), Offerings.components())
        .checkAssert(
            (a, b) -> {
              if (a.type() != b.type()) {
                assertThat(a).isNotEqualTo(b);
              }
            });
  }
}
