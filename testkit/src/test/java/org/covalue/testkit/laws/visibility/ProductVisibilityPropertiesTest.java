package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.TypedId;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.analysis.PromisedPart;
import org.covalue.visibility.analysis.VisibilityRules;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * Laws of the visible part of a product: its parts split into what the group sees and what it does
 * not, by the owners' lines; every promise of a hidden part by the provider's offerings for the
 * group is reported; and moving the provider's line outward never hides more of the product.
 */
class ProductVisibilityPropertiesTest {

  private static final Laws.Shape PROMISE_SHAPE =
      Laws.Shape.of(
          ProductVisibility.HIDDEN_PROMISE,
          "service-offering (product|resource)( product)?",
          List.of("part", "partType", "targetConsumerGroup"),
          List.of());

  /** The parts of a product, naively: itself, its components in turn, their resources. */
  private static Set<TypedId<?>> parts(VisibilityModel model, ProductId root) {
    Set<TypedId<?>> parts = new HashSet<>();
    List<ProductId> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      ProductId id = todo.remove(todo.size() - 1);
      for (Product product : model.journey().core().products()) {
        if (product.id().equals(id) && parts.add(id)) {
          todo.addAll(product.components());
          for (var resource : product.resources()) {
            if (model.journey().core().resources().stream()
                .anyMatch(r -> r.id().equals(resource))) {
              parts.add(resource);
            }
          }
          break;
        }
      }
    }
    return parts;
  }

  private static boolean seenByGroup(
      VisibilityModel model, PartyId provider, String group, TypedId<?> part) {
    Optional<PartyId> owner = Reference.owner(model, part);
    if (owner.isPresent()) {
      int placed =
          Reference.placement(
              model, owner.get(), part, owner.get().equals(provider) ? Set.of(group) : Set.of());
      return placed == 1;
    }
    return Reference.placement(model, provider, part, Set.of(group)) == 1;
  }

  /** The promises of hidden parts by the provider's offerings for a group, naively. */
  private static List<List<Object>> hiddenPromises(
      VisibilityModel model, PartyId provider, String group, Set<TypedId<?>> hidden) {
    List<List<Object>> promises = new ArrayList<>();
    for (ServiceOffering offering : model.journey().core().offerings()) {
      if (!offering.provider().equals(provider) || !offering.targetConsumerGroup().equals(group)) {
        continue;
      }
      for (var goods : offering.goods()) {
        if (goods.product().isPresent() && hidden.contains(goods.product().get())) {
          promises.add(
              List.of(
                  offering.id(),
                  goods.name(),
                  ServiceOfferingComponentType.GOODS,
                  goods.product().get()));
        }
      }
      for (var access : offering.resourceAccesses()) {
        if (hidden.contains(access.resource())) {
          promises.add(
              List.of(
                  offering.id(),
                  access.name(),
                  ServiceOfferingComponentType.ACCESS_TO_RESOURCES,
                  access.resource()));
        }
      }
      for (var dependency : model.serviceActionDependencies()) {
        boolean byUsers =
            offering.serviceActions().stream()
                .anyMatch(
                    action ->
                        action.name().equals(dependency.action())
                            && action.performedBy() != ServiceActionPerformer.PROVIDER_RESOURCE);
        if (dependency.offering().equals(offering.id())
            && byUsers
            && hidden.contains(dependency.dependsOn())) {
          promises.add(
              List.of(
                  offering.id(),
                  dependency.action(),
                  ServiceOfferingComponentType.SERVICE_ACTION,
                  dependency.dependsOn()));
        }
      }
    }
    return promises;
  }

  @Test
  void thePartsSplitIntoWhatTheGroupSeesAndWhatItDoesNot() {
    qt().withExamples(200)
        .forAll(Visibilities.models())
        .checkAssert(
            model -> {
              for (Product product : model.journey().core().products()) {
                for (ServiceOffering offering : model.journey().core().offerings()) {
                  String group = offering.targetConsumerGroup();
                  ProductVisibility visibility = ProductVisibility.of(model, product.id(), group);
                  Set<TypedId<?>> all = new LinkedHashSet<>(visibility.visible());
                  all.addAll(visibility.hidden());
                  assertThat(all).hasSize(visibility.visible().size() + visibility.hidden().size());
                  assertThat(all).isEqualTo(parts(model, product.id()));
                  assertThat(all).contains(product.id());
                  for (TypedId<?> part : all) {
                    assertThat(visibility.visible().contains(part))
                        .as("%s of %s for %s", part, product.id(), group)
                        .isEqualTo(seenByGroup(model, product.provider(), group, part));
                  }
                  assertThat(visibility.visibleShare()).isBetween(0.0, 1.0);
                  List<List<Object>> reported = new ArrayList<>();
                  for (PromisedPart promise : visibility.hiddenPromises()) {
                    assertThat(visibility.hidden()).contains(promise.element());
                    reported.add(
                        List.of(
                            promise.offering(),
                            promise.part(),
                            promise.partType(),
                            promise.element()));
                  }
                  assertThat(Laws.multiset(reported))
                      .isEqualTo(
                          Laws.multiset(
                              hiddenPromises(
                                  model, product.provider(), group, visibility.hidden())));
                  Laws.assertFindingContract(
                      visibility,
                      VisibilityRules.all(),
                      Map.of(ProductVisibility.HIDDEN_PROMISE, PROMISE_SHAPE));
                }
              }
            });
  }

  @Test
  void showingAPartOnTheProvidersLineNeverHidesAnother() {
    qt().withExamples(100)
        .forAll(Visibilities.models())
        .checkAssert(
            model -> {
              for (Product product : model.journey().core().products()) {
                for (ServiceOffering offering : model.journey().core().offerings()) {
                  String group = offering.targetConsumerGroup();
                  ProductVisibility before = ProductVisibility.of(model, product.id(), group);
                  for (TypedId<?> hidden : before.hidden()) {
                    Optional<PartyId> owner = Reference.owner(model, hidden);
                    if (owner.isPresent() && !owner.get().equals(product.provider())) {
                      continue;
                    }
                    List<LineOfVisibility> lines = new ArrayList<>();
                    boolean drawn = false;
                    for (LineOfVisibility line : model.lines()) {
                      boolean general =
                          line.party().equals(product.provider()) && !line.isTailored();
                      lines.add(general ? line.show(hidden) : line);
                      drawn |= general;
                    }
                    if (!drawn) {
                      lines.add(LineOfVisibility.of(product.provider()).show(hidden));
                    }
                    ProductVisibility after =
                        ProductVisibility.of(model.withLines(lines), product.id(), group);
                    assertThat(after.visible()).containsAll(before.visible());
                    assertThat(after.hiddenPromises().size())
                        .isLessThanOrEqualTo(before.hiddenPromises().size());
                  }
                }
              }
            });
  }
}
