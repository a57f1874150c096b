package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;

/**
 * Checks the rules of the core model that span several values, and reports every violation at once:
 * ids used twice, references to elements the model does not hold (parties, resources, products,
 * services, offerings; in role assignments, coordinations, relationships, products, services and
 * their agreements, offerings), membership of a person, parties that are members of each other in a
 * circle, relationships based on another provider's offering, and products that use each other as
 * components in a circle. Rules within one value (a blank name, a relationship whose provider is
 * its consumer, a product that is its own component) are checked when the value is built.
 *
 * <pre>{@code
 * List<Violation> problems = CoreModelValidator.validate(model);
 * CoreModelValidator.requireValid(model); // or throw them all at once
 * }</pre>
 *
 * <p>Violation paths name the list and the index of the element, such as {@code
 * relationships[2].provider}. Validation takes time linear in the size of the model, plus the
 * length of the circles it reports. The class offers static methods only.
 */
public final class CoreModelValidator {

  private final List<Party> parties;
  private final List<Stakeholder> stakeholders;
  private final List<RoleAssignment> roleAssignments;
  private final List<Coordination> coordinations;
  private final List<ServiceRelationship> relationships;
  private final List<Resource> resources;
  private final List<Product> products;
  private final List<Service> services;
  private final List<ServiceOffering> offerings;

  private CoreModelValidator(CoreModel model) {
    this.parties = model.parties();
    this.stakeholders = model.stakeholders();
    this.roleAssignments = model.roleAssignments();
    this.coordinations = model.coordinations();
    this.relationships = model.relationships();
    this.resources = model.resources();
    this.products = model.products();
    this.services = model.services();
    this.offerings = model.offerings();
  }

  /**
   * Checks a model's rules that span several elements.
   *
   * @param model the model
   * @return every violation found, grouped by list in the order of {@link CoreModel}'s attributes;
   *     empty if the model is valid
   * @throws NullPointerException if the model is null
   */
  public static List<Violation> validate(CoreModel model) {
    return new CoreModelValidator(Objects.requireNonNull(model, "model")).run();
  }

  /**
   * Checks a model and returns it if it breaks no rule.
   *
   * @param model the model
   * @return the model
   * @throws InvalidModelException carrying every violation, if there is one
   * @throws NullPointerException if the model is null
   */
  public static CoreModel requireValid(CoreModel model) {
    List<Violation> violations = validate(model);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
    return model;
  }

  private List<Violation> run() {
    Violations found = Violations.collect();
    found.checkUnique("parties", parties, Party::id, "Party id");
    found.checkUnique("stakeholders", stakeholders, Stakeholder::id, "Stakeholder id");
    found.checkUnique("relationships", relationships, ServiceRelationship::id, "Relationship id");
    found.checkUnique("resources", resources, Resource::id, "Resource id");
    found.checkUnique("products", products, Product::id, "Product id");
    found.checkUnique("services", services, Service::id, "Service id");
    found.checkUnique("offerings", offerings, ServiceOffering::id, "Service offering id");

    Map<PartyId, Party> partyIndex = index(parties, Party::id);
    Set<ResourceId> resourceIds = index(resources, Resource::id).keySet();
    Map<ProductId, Product> productIndex = index(products, Product::id);
    Set<ServiceId> serviceIds = index(services, Service::id).keySet();
    Map<ServiceOfferingId, ServiceOffering> offeringIndex = index(offerings, ServiceOffering::id);
    Set<PartyId> partyIds = partyIndex.keySet();

    checkParties(found, partyIndex);
    for (int i = 0; i < stakeholders.size(); i++) {
      Optional<PartyId> party = stakeholders.get(i).party();
      if (party.isPresent()) {
        found.checkKnown(partyIds, party.get(), "stakeholders[" + i + "].party", "party");
      }
    }
    checkRoleAssignments(found, partyIds);
    for (int i = 0; i < coordinations.size(); i++) {
      Coordination coordination = coordinations.get(i);
      String path = "coordinations[" + i + "]";
      found.checkKnown(
          partyIds, coordination.consumerOrganization(), path + ".consumerOrganization", "party");
      for (PartyId party : coordination.parties()) {
        found.checkKnown(partyIds, party, path + ".parties", "party");
      }
    }
    checkRelationships(found, partyIds, offeringIndex);
    for (int i = 0; i < resources.size(); i++) {
      Optional<PartyId> owner = resources.get(i).owner();
      if (owner.isPresent()) {
        found.checkKnown(partyIds, owner.get(), "resources[" + i + "].owner", "party");
      }
    }
    checkProducts(found, partyIds, resourceIds, productIndex, serviceIds);
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      for (ProductId product : service.products()) {
        found.checkKnown(productIndex.keySet(), product, "services[" + i + "].products", "product");
      }
      if (service.agreement().isPresent()) {
        for (PartyId party : service.agreement().get().parties()) {
          found.checkKnown(partyIds, party, "services[" + i + "].agreement.parties", "party");
        }
      }
    }
    checkOfferings(found, partyIds, resourceIds, productIndex.keySet(), serviceIds);
    return found.toList();
  }

  private void checkParties(Violations found, Map<PartyId, Party> partyIndex) {
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      Optional<PartyId> memberOf = party.memberOf();
      if (memberOf.isEmpty()) {
        continue;
      }
      String path = "parties[" + i + "].memberOf";
      Party group = partyIndex.get(memberOf.get());
      if (group == null) {
        found.checkKnown(partyIndex.keySet(), memberOf.get(), path, "party");
      } else if (group.kind() == PartyKind.PERSON) {
        found.add(
            path,
            "Party "
                + party.id()
                + " is a member of person "
                + group.id()
                + ", but parties are members of organizations or teams",
            group.id());
      }
    }
    // Each party is a member of at most one other, so following memberOf finds every circle.
    Map<PartyId, Integer> position = new HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      position.putIfAbsent(parties.get(i).id(), i);
    }
    Set<PartyId> done = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      List<PartyId> walk = new ArrayList<>();
      Set<PartyId> onWalk = new HashSet<>();
      Optional<PartyId> current = Optional.of(parties.get(i).id());
      while (current.isPresent() && !done.contains(current.get()) && onWalk.add(current.get())) {
        walk.add(current.get());
        Party next = partyIndex.get(current.get());
        current = next == null ? Optional.empty() : next.memberOf();
      }
      if (current.isPresent() && onWalk.contains(current.get())) {
        List<PartyId> circle = walk.subList(walk.indexOf(current.get()), walk.size());
        int first = position.getOrDefault(circle.get(0), i);
        found.add(
            "parties[" + first + "].memberOf",
            circleOf("Parties", circle) + " are members of each other in a circle",
            circle.get(0));
      }
      done.addAll(walk);
    }
  }

  private void checkRoleAssignments(Violations found, Set<PartyId> partyIds) {
    Map<RoleAssignment, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < roleAssignments.size(); i++) {
      RoleAssignment assignment = roleAssignments.get(i);
      String path = "roleAssignments[" + i + "]";
      found.checkKnown(partyIds, assignment.party(), path + ".party", "party");
      found.checkKnown(
          partyIds, assignment.consumerOrganization(), path + ".consumerOrganization", "party");
      Integer first = firstIndex.putIfAbsent(assignment, i);
      if (first != null) {
        found.add(
            path,
            "Role assignment repeats roleAssignments["
                + first
                + "]: "
                + assignment.party()
                + " as "
                + assignment.role()
                + " for "
                + assignment.consumerOrganization(),
            assignment.party());
      }
    }
  }

  private void checkRelationships(
      Violations found,
      Set<PartyId> partyIds,
      Map<ServiceOfferingId, ServiceOffering> offeringIndex) {
    for (int i = 0; i < relationships.size(); i++) {
      ServiceRelationship relationship = relationships.get(i);
      String path = "relationships[" + i + "]";
      found.checkKnown(partyIds, relationship.provider(), path + ".provider", "party");
      found.checkKnown(partyIds, relationship.consumer(), path + ".consumer", "party");
      for (ServiceOfferingId offeringId : relationship.offerings()) {
        ServiceOffering offering = offeringIndex.get(offeringId);
        if (offering == null) {
          found.checkKnown(
              offeringIndex.keySet(), offeringId, path + ".offerings", "service offering");
        } else if (!offering.provider().equals(relationship.provider())) {
          found.add(
              path + ".offerings",
              "Relationship "
                  + relationship.id()
                  + " is based on offering "
                  + offeringId
                  + " of "
                  + offering.provider()
                  + ", but its provider is "
                  + relationship.provider(),
              offeringId);
        }
      }
    }
  }

  private void checkProducts(
      Violations found,
      Set<PartyId> partyIds,
      Set<ResourceId> resourceIds,
      Map<ProductId, Product> productIndex,
      Set<ServiceId> serviceIds) {
    for (int i = 0; i < products.size(); i++) {
      Product product = products.get(i);
      String path = "products[" + i + "]";
      found.checkKnown(partyIds, product.provider(), path + ".provider", "party");
      for (ResourceId resource : product.resources()) {
        found.checkKnown(resourceIds, resource, path + ".resources", "resource");
      }
      for (ProductId component : product.components()) {
        found.checkKnown(productIndex.keySet(), component, path + ".components", "product");
      }
      for (ServiceId service : product.usedServices()) {
        found.checkKnown(serviceIds, service, path + ".usedServices", "service");
      }
    }
    checkProductCycles(found, productIndex);
  }

  /**
   * Reports each group of products that use each other as components in a circle once: the strongly
   * connected groups of two or more products of the component graph (Tarjan's algorithm, without
   * recursion), each with its size and its first members, at the first member's path.
   */
  private void checkProductCycles(Violations found, Map<ProductId, Product> productIndex) {
    Map<ProductId, Integer> position = new HashMap<>();
    List<ProductId> ids = new ArrayList<>();
    for (Product product : products) {
      if (position.putIfAbsent(product.id(), ids.size()) == null) {
        ids.add(product.id());
      }
    }
    int[][] successors = new int[ids.size()][];
    for (int v = 0; v < ids.size(); v++) {
      Product product = productIndex.get(ids.get(v));
      List<Integer> next = new ArrayList<>();
      for (ProductId component : product == null ? Set.<ProductId>of() : product.components()) {
        Integer w = position.get(component);
        if (w != null) {
          next.add(w);
        }
      }
      successors[v] = next.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] component = Graphs.stronglyConnectedComponents(successors);
    Map<Integer, List<ProductId>> groups = new LinkedHashMap<>();
    int[] sizes = new int[ids.size()];
    for (int v = 0; v < ids.size(); v++) {
      sizes[component[v]]++;
    }
    for (int v = 0; v < ids.size(); v++) {
      if (sizes[component[v]] >= 2) {
        groups.computeIfAbsent(component[v], c -> new ArrayList<>()).add(ids.get(v));
      }
    }
    Map<ProductId, Integer> listPosition = new HashMap<>();
    for (int i = 0; i < products.size(); i++) {
      listPosition.putIfAbsent(products.get(i).id(), i);
    }
    for (List<ProductId> group : groups.values()) {
      ProductId first = group.get(0);
      found.add(
          "products[" + listPosition.getOrDefault(first, 0) + "].components",
          circleOf("Products", group) + " use each other as components in a circle",
          first);
    }
  }

  private void checkOfferings(
      Violations found,
      Set<PartyId> partyIds,
      Set<ResourceId> resourceIds,
      Set<ProductId> productIds,
      Set<ServiceId> serviceIds) {
    for (int i = 0; i < offerings.size(); i++) {
      ServiceOffering offering = offerings.get(i);
      String path = "offerings[" + i + "]";
      found.checkKnown(partyIds, offering.provider(), path + ".provider", "party");
      for (ServiceId service : offering.services()) {
        found.checkKnown(serviceIds, service, path + ".services", "service");
      }
      List<Goods> goods = offering.goods();
      for (int j = 0; j < goods.size(); j++) {
        Optional<ProductId> product = goods.get(j).product();
        if (product.isPresent()) {
          found.checkKnown(
              productIds, product.get(), path + ".goods[" + j + "].product", "product");
        }
      }
      List<ResourceAccess> accesses = offering.resourceAccesses();
      for (int j = 0; j < accesses.size(); j++) {
        found.checkKnown(
            resourceIds,
            accesses.get(j).resource(),
            path + ".resourceAccesses[" + j + "].resource",
            "resource");
      }
    }
  }

  private static <K, V> Map<K, V> index(List<V> elements, Function<V, K> key) {
    Map<K, V> index = new HashMap<>();
    for (V element : elements) {
      index.putIfAbsent(key.apply(element), element);
    }
    return index;
  }

  /**
   * Names the members of a circle: "Products a, b, c" or, for a larger circle, "12 products a, b,
   * …, j and 2 more", so that a message stays short however large the circle.
   */
  private static String circleOf(String what, List<?> members) {
    List<?> named = Graphs.firstOf(members);
    return (members.size() > named.size()
            ? members.size() + " " + what.toLowerCase(java.util.Locale.ROOT)
            : what)
        + " "
        + Graphs.listed(named, members.size());
  }
}
