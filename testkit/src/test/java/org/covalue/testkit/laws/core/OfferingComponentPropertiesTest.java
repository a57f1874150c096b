package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.offering.Goods;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/**
 * Laws of the components of an offering: goods, access to resources and service actions (§1.2.7).
 */
class OfferingComponentPropertiesTest {

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
}
