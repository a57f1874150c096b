package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.CoreModels;
import org.junit.jupiter.api.Test;

/**
 * The one round-trip law of covalue-core: its values follow the project's Immutables style, so a
 * model and every element in it, rebuilt from themselves with {@code builder().from(..)} or copied
 * with {@code withX(..)}, are equal to what they were built from. The {@code from}, {@code with}
 * and {@code equals} of each type need no law of their own.
 */
class CoreModelRoundTripPropertiesTest {

  private static <T> List<T> each(List<T> elements, UnaryOperator<T> rebuild) {
    List<T> rebuilt = new ArrayList<>();
    elements.forEach(element -> rebuilt.add(rebuild.apply(element)));
    return rebuilt;
  }

  @Test
  void aModelAndEveryElementRebuiltFromThemselvesAreEqual() {
    qt().forAll(CoreModels.models().mix(CoreModels.looseModels(), 30))
        .checkAssert(
            model -> {
              CoreModel rebuilt =
                  CoreModel.builder()
                      .parties(each(model.parties(), p -> Party.builder().from(p).build()))
                      .stakeholders(
                          each(model.stakeholders(), s -> Stakeholder.builder().from(s).build()))
                      .roleAssignments(
                          each(
                              model.roleAssignments(),
                              a ->
                                  RoleAssignment.of(a.party(), a.role(), a.consumerOrganization())))
                      .coordinations(
                          each(model.coordinations(), c -> Coordination.builder().from(c).build()))
                      .relationships(
                          each(
                              model.relationships(),
                              r -> ServiceRelationship.builder().from(r).build()))
                      .resources(each(model.resources(), r -> Resource.builder().from(r).build()))
                      .products(each(model.products(), p -> Product.builder().from(p).build()))
                      .services(each(model.services(), s -> Service.builder().from(s).build()))
                      .offerings(
                          each(model.offerings(), o -> ServiceOffering.builder().from(o).build()))
                      .build();
              assertThat(rebuilt).isEqualTo(model).hasSameHashCodeAs(model);
              assertThat(rebuilt.toString()).isEqualTo(model.toString());
              assertThat(CoreModel.builder().from(model).build()).isEqualTo(model);
              assertThat(
                      CoreModel.empty()
                          .withParties(model.parties())
                          .withStakeholders(model.stakeholders())
                          .withRoleAssignments(model.roleAssignments())
                          .withCoordinations(model.coordinations())
                          .withRelationships(model.relationships())
                          .withResources(model.resources())
                          .withProducts(model.products())
                          .withServices(model.services())
                          .withOfferings(model.offerings()))
                  .isEqualTo(model);
              List<Party> reversed = new ArrayList<>(model.parties());
              Collections.reverse(reversed);
              assertThat(model.withParties(reversed).equals(model))
                  .isEqualTo(reversed.equals(model.parties()));
            });
  }
}
