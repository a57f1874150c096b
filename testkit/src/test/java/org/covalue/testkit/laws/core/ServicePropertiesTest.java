package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.offering.Service;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of services as values. */
class ServicePropertiesTest {

  @Test
  void aServiceRebuiltFromItselfIsEqual() {
    qt().forAll(Offerings.services())
        .checkAssert(
            service ->
                assertThat(Service.builder().from(service).build())
                    .isEqualTo(service)
                    .hasSameHashCodeAs(service));
  }

  @Test
  void servicesThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Offerings.services(), Offerings.services())
        .checkAssert(
            (a, b) -> {
              assertThat(Service.builder().from(a).id(b.id()).build().equals(a))
                  .isEqualTo(a.id().equals(b.id()));
              assertThat(Service.builder().from(a).name(b.name()).build().equals(a))
                  .isEqualTo(a.name().equals(b.name()));
              assertThat(Service.builder().from(a).description(b.description()).build().equals(a))
                  .isEqualTo(a.description().equals(b.description()));
              assertThat(Service.builder().from(a).products(b.products()).build().equals(a))
                  .isEqualTo(a.products().equals(b.products()));
            });
  }
}
