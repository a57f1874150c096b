package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.offering.Resource;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of resources as values. */
class ResourcePropertiesTest {

  @Test
  void aResourceRebuiltFromItselfIsEqual() {
    qt().forAll(Offerings.resources())
        .checkAssert(
            resource -> {
              assertThat(Resource.builder().from(resource).build())
                  .isEqualTo(resource)
                  .hasSameHashCodeAs(resource);
              if (resource.owner().isEmpty()) {
                assertThat(Resource.of(resource.id(), resource.name())).isEqualTo(resource);
              }
            });
  }

  @Test
  void resourcesThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Offerings.resources(), Offerings.resources())
        .checkAssert(
            (a, b) -> {
              assertThat(Resource.builder().from(a).id(b.id()).build().equals(a))
                  .isEqualTo(a.id().equals(b.id()));
              assertThat(Resource.builder().from(a).name(b.name()).build().equals(a))
                  .isEqualTo(a.name().equals(b.name()));
              assertThat(Resource.builder().from(a).owner(b.owner()).build().equals(a))
                  .isEqualTo(a.owner().equals(b.owner()));
            });
  }
}
