package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;

/**
 * Laws of the core model validator: consistent models pass, each kind of defect is reported at its
 * path, validation never throws, and on loose models it agrees with simple reference checks.
 */
class CoreModelValidatorPropertiesTest {

  private static final int MODEL_EXAMPLES = 400;

  @Test
  void consistentModelsHaveNoViolation() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.models())
        .checkAssert(
            model -> {
              assertThat(CoreModelValidator.validate(model)).isEmpty();
              assertThat(CoreModelValidator.requireValid(model)).isSameAs(model);
            });
  }

  @Test
  void consistentModelsOfLargerScaleHaveNoViolationEither() {
    qt().withExamples(60)
        .forAll(CoreModels.models(12))
        .checkAssert(model -> assertThat(CoreModelValidator.validate(model)).isEmpty());
  }

  @Test
  void everyKindOfDefectIsReportedAtItsPath() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.invalidModels())
        .checkAssert(
            invalid -> {
              List<Violation> violations = CoreModelValidator.validate(invalid.model());
              assertThat(violations).as("%s", invalid).isNotEmpty();
              assertThat(Laws.paths(violations))
                  .as("%s", invalid)
                  .containsAnyElementsOf(invalid.expectedPaths());
              Laws.assertRejected(invalid.asInvalidInput());
            });
  }

  @Test
  void validationNeverThrowsAndRequireValidThrowsExactlyTheViolations() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(
            CoreModels.looseModels().mix(CoreModels.invalidModels().map(InvalidModel::model), 30))
        .checkAssert(
            model -> {
              List<Violation> violations = CoreModelValidator.validate(model);
              Throwable thrown = catchThrowable(() -> CoreModelValidator.requireValid(model));
              if (violations.isEmpty()) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class);
                assertThat(((InvalidModelException) thrown).violations()).isEqualTo(violations);
              }
              assertThat(CoreModelValidator.validate(model))
                  .as("validation has no side effects")
                  .isEqualTo(violations);
            });
  }

  /** The paths {@code list[i].id} of elements whose id already appeared earlier in the list. */
  private static <T> List<String> repeatedIds(
      String list, List<T> elements, Function<T, Object> key) {
    Set<Object> seen = new HashSet<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (!seen.add(key.apply(elements.get(i)))) {
        paths.add(list + "[" + i + "].id");
      }
    }
    return paths;
  }

  @Test
  void repeatedIdsAreReportedExactlyAtTheirLaterPositions() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.looseModels())
        .checkAssert(
            model -> {
              List<String> expected = new ArrayList<>();
              expected.addAll(repeatedIds("parties", model.parties(), Party::id));
              expected.addAll(repeatedIds("stakeholders", model.stakeholders(), s -> s.id()));
              expected.addAll(
                  repeatedIds("relationships", model.relationships(), ServiceRelationship::id));
              expected.addAll(repeatedIds("resources", model.resources(), r -> r.id()));
              expected.addAll(repeatedIds("products", model.products(), Product::id));
              expected.addAll(repeatedIds("services", model.services(), s -> s.id()));
              expected.addAll(repeatedIds("offerings", model.offerings(), ServiceOffering::id));
              List<String> found = new ArrayList<>();
              for (Violation violation : CoreModelValidator.validate(model)) {
                if (violation.path().matches("[a-zA-Z]+\\[\\d+]\\.id")) {
                  found.add(violation.path());
                }
              }
              assertThat(found).isEqualTo(expected);
            });
  }

  /** Every reference of a loose model that names no element, as the path it is reported at. */
  private static List<String> danglingReferences(CoreModel model) {
    Set<PartyId> parties = new HashSet<>();
    model.parties().forEach(p -> parties.add(p.id()));
    Set<ResourceId> resources = new HashSet<>();
    model.resources().forEach(r -> resources.add(r.id()));
    Set<ProductId> products = new HashSet<>();
    model.products().forEach(p -> products.add(p.id()));
    Set<ServiceId> services = new HashSet<>();
    model.services().forEach(s -> services.add(s.id()));
    Set<ServiceOfferingId> offerings = new HashSet<>();
    model.offerings().forEach(o -> offerings.add(o.id()));
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < model.parties().size(); i++) {
      Optional<PartyId> group = model.parties().get(i).memberOf();
      if (group.isPresent() && !parties.contains(group.get())) {
        paths.add("parties[" + i + "].memberOf");
      }
    }
    for (int i = 0; i < model.stakeholders().size(); i++) {
      Optional<PartyId> party = model.stakeholders().get(i).party();
      if (party.isPresent() && !parties.contains(party.get())) {
        paths.add("stakeholders[" + i + "].party");
      }
    }
    for (int i = 0; i < model.roleAssignments().size(); i++) {
      RoleAssignment a = model.roleAssignments().get(i);
      if (!parties.contains(a.party())) {
        paths.add("roleAssignments[" + i + "].party");
      }
      if (!parties.contains(a.consumerOrganization())) {
        paths.add("roleAssignments[" + i + "].consumerOrganization");
      }
    }
    for (int i = 0; i < model.coordinations().size(); i++) {
      Coordination c = model.coordinations().get(i);
      if (!parties.contains(c.consumerOrganization())) {
        paths.add("coordinations[" + i + "].consumerOrganization");
      }
      for (PartyId party : c.parties()) {
        if (!parties.contains(party)) {
          paths.add("coordinations[" + i + "].parties");
        }
      }
    }
    for (int i = 0; i < model.relationships().size(); i++) {
      ServiceRelationship r = model.relationships().get(i);
      if (!parties.contains(r.provider())) {
        paths.add("relationships[" + i + "].provider");
      }
      if (!parties.contains(r.consumer())) {
        paths.add("relationships[" + i + "].consumer");
      }
      for (ServiceOfferingId offering : r.offerings()) {
        if (!offerings.contains(offering)) {
          paths.add("relationships[" + i + "].offerings");
        }
      }
    }
    for (int i = 0; i < model.resources().size(); i++) {
      Optional<PartyId> owner = model.resources().get(i).owner();
      if (owner.isPresent() && !parties.contains(owner.get())) {
        paths.add("resources[" + i + "].owner");
      }
    }
    for (int i = 0; i < model.products().size(); i++) {
      Product p = model.products().get(i);
      if (!parties.contains(p.provider())) {
        paths.add("products[" + i + "].provider");
      }
      for (ResourceId r : p.resources()) {
        if (!resources.contains(r)) {
          paths.add("products[" + i + "].resources");
        }
      }
      for (ProductId c : p.components()) {
        if (!products.contains(c)) {
          paths.add("products[" + i + "].components");
        }
      }
      for (ServiceId used : p.usedServices()) {
        if (!services.contains(used)) {
          paths.add("products[" + i + "].usedServices");
        }
      }
    }
    for (int i = 0; i < model.services().size(); i++) {
      for (ProductId p : model.services().get(i).products()) {
        if (!products.contains(p)) {
          paths.add("services[" + i + "].products");
        }
      }
      for (ServiceAgreement agreement : model.services().get(i).agreement().stream().toList()) {
        for (PartyId party : agreement.parties()) {
          if (!parties.contains(party)) {
            paths.add("services[" + i + "].agreement.parties");
          }
        }
      }
    }

    for (int i = 0; i < model.offerings().size(); i++) {
      ServiceOffering o = model.offerings().get(i);
      if (!parties.contains(o.provider())) {
        paths.add("offerings[" + i + "].provider");
      }
      for (ServiceId s : o.services()) {
        if (!services.contains(s)) {
          paths.add("offerings[" + i + "].services");
        }
      }
      List<Goods> goods = o.goods();
      for (int j = 0; j < goods.size(); j++) {
        Optional<ProductId> product = goods.get(j).product();
        if (product.isPresent() && !products.contains(product.get())) {
          paths.add("offerings[" + i + "].goods[" + j + "].product");
        }
      }
      List<ResourceAccess> accesses = o.resourceAccesses();
      for (int j = 0; j < accesses.size(); j++) {
        if (!resources.contains(accesses.get(j).resource())) {
          paths.add("offerings[" + i + "].resourceAccesses[" + j + "].resource");
        }
      }
    }
    return paths;
  }

  @Test
  void everyDanglingReferenceIsReportedOnceAtItsPath() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.looseModels())
        .checkAssert(
            model -> {
              List<String> found = new ArrayList<>();
              for (Violation violation : CoreModelValidator.validate(model)) {
                if (violation.message().startsWith("Unknown ")) {
                  found.add(violation.path());
                }
              }
              assertThat(Laws.multiset(found)).isEqualTo(Laws.multiset(danglingReferences(model)));
            });
  }

  /** Whether following an edge map from some key comes back to it. */
  private static <T> boolean hasCircle(Map<T, List<T>> edges) {
    for (T start : edges.keySet()) {
      Set<T> seen = new HashSet<>();
      List<T> frontier = new ArrayList<>(edges.getOrDefault(start, List.of()));
      while (!frontier.isEmpty()) {
        T next = frontier.remove(frontier.size() - 1);
        if (next.equals(start)) {
          return true;
        }
        if (seen.add(next)) {
          frontier.addAll(edges.getOrDefault(next, List.of()));
        }
      }
    }
    return false;
  }

  @Test
  void circlesOfProductsAndOfMembershipsAreReportedExactlyWhenThereAreSome() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.looseModels())
        .checkAssert(
            model -> {
              Map<ProductId, List<ProductId>> uses = new HashMap<>();
              for (Product product : model.products()) {
                uses.putIfAbsent(product.id(), new ArrayList<>(product.components()));
              }
              Map<PartyId, List<PartyId>> belongs = new HashMap<>();
              for (Party party : model.parties()) {
                belongs.putIfAbsent(
                    party.id(), new ArrayList<>(party.memberOf().stream().toList()));
              }
              boolean productCircle = false;
              boolean membershipCircle = false;
              for (Violation violation : CoreModelValidator.validate(model)) {
                if (violation.message().endsWith("in a circle")) {
                  productCircle |= violation.path().startsWith("products[");
                  membershipCircle |= violation.path().startsWith("parties[");
                }
              }
              assertThat(productCircle).as("product circle reported").isEqualTo(hasCircle(uses));
              assertThat(membershipCircle)
                  .as("membership circle reported")
                  .isEqualTo(hasCircle(belongs));
            });
  }

  @Test
  void membershipOfAPersonIsReportedExactlyWhereItOccurs() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(CoreModels.looseModels())
        .checkAssert(
            model -> {
              Map<PartyId, Party> first = new HashMap<>();
              model.parties().forEach(p -> first.putIfAbsent(p.id(), p));
              List<String> expected = new ArrayList<>();
              for (int i = 0; i < model.parties().size(); i++) {
                Optional<PartyId> group = model.parties().get(i).memberOf();
                Party target = group.isPresent() ? first.get(group.get()) : null;
                if (target != null && target.kind() == PartyKind.PERSON) {
                  expected.add("parties[" + i + "].memberOf");
                }
              }
              List<String> found = new ArrayList<>();
              for (Violation violation : CoreModelValidator.validate(model)) {
                if (violation.message().contains(" is a member of person ")) {
                  found.add(violation.path());
                }
              }
              assertThat(found).isEqualTo(expected);
            });
  }
}
