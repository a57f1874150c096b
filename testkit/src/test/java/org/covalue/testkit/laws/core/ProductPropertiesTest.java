package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.offering.Product;
import org.covalue.testkit.Offerings;
import org.junit.jupiter.api.Test;

/** Laws of products as values. */
class ProductPropertiesTest {

  @Test
  void aProductRebuiltFromItselfIsEqual() {
    qt().forAll(Offerings.products())
        .checkAssert(
            product ->
                assertThat(Product.builder().from(product).build())
                    .isEqualTo(product)
                    .hasSameHashCodeAs(product));
  }

  @Test
  void aProductConfiguresSomethingAndIsNotItsOwnComponent() {
    qt().forAll(Offerings.products())
        .checkAssert(
            product -> {
              assertThat(product.resources().isEmpty() && product.components().isEmpty()).isFalse();
              assertThat(product.components()).doesNotContain(product.id());
            });
  }

  @Test
  void productsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Offerings.products(), Offerings.products())
        .checkAssert(
            (a, b) -> {
              assertThat(Product.builder().from(a).name(b.name()).build().equals(a))
                  .isEqualTo(a.name().equals(b.name()));
              assertThat(Product.builder().from(a).provider(b.provider()).build().equals(a))
                  .isEqualTo(a.provider().equals(b.provider()));
              assertThat(Product.builder().from(a).addAllResources(b.resources()).build().equals(a))
                  .isEqualTo(a.resources().containsAll(b.resources()));
            });
  }

  @Test
  void theOrderOfResourcesAndComponentsDoesNotMatter() {
    qt().forAll(
            Laws.withPermutation(
                Offerings.products(), p -> new java.util.ArrayList<>(p.resources())))
        .checkAssert(
            pair ->
                assertThat(Product.builder().from(pair._1).resources(pair._2).build())
                    .isEqualTo(pair._1));
  }
}
