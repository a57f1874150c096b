package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.offering.Product;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of set attributes: they iterate in the order their elements were first given, however the
 * value was made (builder, copy, {@code from}), so that every output of a model (JSON, pictures,
 * reports) is the same from one JVM run to the next. Decision 45 keeps this promise at a cost in
 * heap; these laws fail if the generated copies ever become unordered sets.
 */
class SetAttributeOrderPropertiesTest {

  /** Numbers of ids, repeats allowed, in a drawn order; enough of them to pass any small set. */
  private static Gen<List<Integer>> numbers() {
    return lists().of(integers().between(0, 40)).ofSizeBetween(1, 30);
  }

  private static <T> List<T> distinct(List<T> elements) {
    return elements.stream().distinct().collect(Collectors.toList());
  }

  private static List<ResourceId> resources(List<Integer> numbers) {
    return numbers.stream().map(n -> ResourceId.of("r" + n)).collect(Collectors.toList());
  }

  private static Product.Builder product() {
    return Product.builder().id(ProductId.of("p")).name("Product").provider(PartyId.of("provider"));
  }

  @Test
  void aProductsResourcesIterateInTheOrderFirstGivenWhicheverWayTheyWereGiven() {
    qt().forAll(numbers())
        .checkAssert(
            numbers -> {
              List<ResourceId> given = resources(numbers);
              List<ResourceId> expected = distinct(given);

              Product whole = product().resources(given).build();
              Product.Builder oneByOne = product();
              given.forEach(oneByOne::addResource);
              Product added = oneByOne.build();
              Product copied = product().addResource(ResourceId.of("other")).build();
              copied = copied.withResources(given);
              Product from = product().from(whole).build();

              assertThat(whole.resources()).containsExactlyElementsOf(expected);
              assertThat(added.resources()).containsExactlyElementsOf(expected);
              assertThat(copied.resources()).containsExactlyElementsOf(expected);
              assertThat(from.resources()).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void aRelationshipsOfferingsIterateInTheOrderFirstGiven() {
    qt().forAll(numbers())
        .checkAssert(
            numbers -> {
              List<ServiceOfferingId> given =
                  numbers.stream()
                      .map(n -> ServiceOfferingId.of("o" + n))
                      .collect(Collectors.toList());
              ServiceRelationship relationship =
                  ServiceRelationship.builder()
                      .id(ServiceRelationshipId.of("rel"))
                      .provider(PartyId.of("provider"))
                      .consumer(PartyId.of("consumer"))
                      .type(ServiceRelationshipType.BASIC)
                      .offerings(given)
                      .build();

              assertThat(relationship.offerings()).containsExactlyElementsOf(distinct(given));
              assertThat(relationship.withOfferings(given.subList(0, 1)).offerings())
                  .containsExactly(given.get(0));
            });
  }
}
