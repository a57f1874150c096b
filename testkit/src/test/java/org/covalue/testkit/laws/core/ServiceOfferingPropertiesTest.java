package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of service offerings: their components in one list (§1.2.7). */
class ServiceOfferingPropertiesTest {

  @Test
  void theComponentsAreTheGoodsThenTheAccessesThenTheActions() {
    qt().forAll(Offerings.offerings())
        .checkAssert(
            offering -> {
              List<OfferingComponent> expected = new ArrayList<>();
              expected.addAll(offering.goods());
              expected.addAll(offering.resourceAccesses());
              expected.addAll(offering.serviceActions());
              assertThat(offering.components()).isEqualTo(expected).isNotEmpty();
              assertThat(offering.services()).isNotEmpty();
            });
  }
}
