package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of service offerings as values. */
class ServiceOfferingPropertiesTest {

  @Test
  void anOfferingRebuiltFromItselfIsEqual() {
    qt().forAll(Offerings.offerings())
        .checkAssert(
            offering ->
                assertThat(ServiceOffering.builder().from(offering).build())
                    .isEqualTo(offering)
                    .hasSameHashCodeAs(offering));
  }

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

  @Test
  void offeringsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Offerings.offerings(), Offerings.offerings())
        .checkAssert(
            (a, b) -> {
              assertThat(ServiceOffering.builder().from(a).provider(b.provider()).build().equals(a))
                  .isEqualTo(a.provider().equals(b.provider()));
              assertThat(
                      ServiceOffering.builder()
                          .from(a)
                          .targetConsumerGroup(b.targetConsumerGroup())
                          .build()
                          .equals(a))
                  .isEqualTo(a.targetConsumerGroup().equals(b.targetConsumerGroup()));
              assertThat(ServiceOffering.builder().from(a).services(b.services()).build().equals(a))
                  .isEqualTo(a.services().equals(b.services()));
              assertThat(
                      ServiceOffering.builder()
                          .from(a)
                          .serviceActions(b.serviceActions())
                          .goods(b.goods())
                          .resourceAccesses(b.resourceAccesses())
                          .build()
                          .equals(a))
                  .isEqualTo(a.components().equals(b.components()));
            });
  }
}
