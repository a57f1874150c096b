package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of whole core models: consistent ones (every reference resolves, ids are unique, no
 * membership or product circle), ones with one deliberate defect, and loose ones whose elements are
 * drawn independently over small pools of ids.
 */
public final class ModelGens {

  /** How many kinds of defect {@link #brokenModels(int)} draws from. */
  static final int DEFECT_KINDS = 27;

  private ModelGens() {}

  /**
   * Returns consistent models.
   *
   * @param scale the largest number of elements in most lists (role assignments may be twice as
   *     many); at least 2
   * @param everyListFilled whether every list must hold at least one element
   * @return the generator
   */
  public static Gen<ModelParts> models(int scale, boolean everyListFilled) {
    if (scale < 2) {
      throw new IllegalArgumentException("A model's scale must be at least 2, but was " + scale);
    }
    int least = everyListFilled ? 1 : 0;
    return in -> {
      int organizationCount = Draw.intBetween(in, 2, scale);
      int memberCount = Draw.intBetween(in, least, scale);
      List<PartyId> partyIds = ids(in, PartyId::of, organizationCount + memberCount);
      List<PartyId> organizations = partyIds.subList(0, organizationCount);
      List<Party> parties = new ArrayList<>();
      List<PartyId> groups = new ArrayList<>(organizations);
      for (PartyId id : organizations) {
        parties.add(Party.organization(id, Texts.names().generate(in)));
      }
      for (PartyId id : partyIds.subList(organizationCount, partyIds.size())) {
        PartyId group = Draw.oneOf(in, groups);
        String name = Texts.names().generate(in);
        if (Draw.bool(in)) {
          parties.add(Party.team(id, name, group));
          groups.add(id);
        } else {
          parties.add(Party.person(id, name, group));
        }
      }

      List<ResourceId> resourceIds = ids(in, ResourceId::of, Draw.intBetween(in, least, scale));
      List<Resource> resources = new ArrayList<>();
      for (ResourceId id : resourceIds) {
        Optional<PartyId> owner =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, organizations)) : Optional.empty();
        resources.add(OfferingGens.resource(in, id, owner));
      }

      int productCount = resourceIds.isEmpty() ? 0 : Draw.intBetween(in, least, scale);
      List<ProductId> productIds = ids(in, ProductId::of, productCount);
      List<Product> products = new ArrayList<>();
      for (int i = 0; i < productCount; i++) {
        List<ResourceId> configured = Draw.someOf(in, resourceIds);
        List<ProductId> components = Draw.someOf(in, productIds.subList(0, i));
        if (configured.isEmpty() && components.isEmpty()) {
          configured.add(Draw.oneOf(in, resourceIds));
        }
        products.add(
            OfferingGens.product(
                in, productIds.get(i), Draw.oneOf(in, organizations), configured, components));
      }

      List<ServiceId> serviceIds = ids(in, ServiceId::of, Draw.intBetween(in, least, scale));
      List<Service> services = new ArrayList<>();
      for (ServiceId id : serviceIds) {
        services.add(OfferingGens.service(in, id, Draw.someOf(in, productIds)));
      }

      int offeringCount = serviceIds.isEmpty() ? 0 : Draw.intBetween(in, least, scale);
      List<ServiceOffering> offerings = new ArrayList<>();
      for (ServiceOfferingId id : ids(in, ServiceOfferingId::of, offeringCount)) {
        offerings.add(
            OfferingGens.offering(
                in,
                id,
                Draw.oneOf(in, organizations),
                Draw.atLeastOneOf(in, serviceIds),
                productIds,
                resourceIds));
      }

      List<int[]> edges = RelationshipGens.edges(in, organizations, RelationshipGens.CycleMode.ANY);
      if (edges.isEmpty() && everyListFilled) {
        edges.add(new int[] {1, 0});
      }
      List<ServiceRelationshipId> relationshipIds =
          ids(in, ServiceRelationshipId::of, edges.size());
      List<ServiceRelationship> relationships = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        PartyId provider = organizations.get(edges.get(i)[1]);
        List<ServiceOfferingId> own = new ArrayList<>();
        for (ServiceOffering offering : offerings) {
          if (offering.provider().equals(provider)) {
            own.add(offering.id());
          }
        }
        relationships.add(
            RelationshipGens.relationship(
                in,
                relationshipIds.get(i),
                provider,
                organizations.get(edges.get(i)[0]),
                new LinkedHashSet<>(Draw.someOf(in, own))));
      }

      List<Stakeholder> stakeholders = new ArrayList<>();
      for (StakeholderId id : ids(in, StakeholderId::of, Draw.intBetween(in, least, scale))) {
        Optional<PartyId> party =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, partyIds)) : Optional.empty();
        stakeholders.add(StakeholderGens.stakeholder(in, id, party));
      }

      Set<RoleAssignment> assignments = new LinkedHashSet<>();
      int assignmentCount = Draw.intBetween(in, least, 2 * scale);
      Gen<RoleAssignment> assignment = PartyGens.roleAssignments(partyIds, organizations);
      for (int i = 0; i < assignmentCount; i++) {
        assignments.add(assignment.generate(in));
      }

      return new ModelParts(
          Draw.shuffle(in, parties),
          stakeholders,
          new ArrayList<>(assignments),
          Draw.shuffle(in, relationships),
          resources,
          Draw.shuffle(in, products),
          services,
          offerings);
    };
  }

  private static <T> List<T> ids(RandomnessSource in, Function<String, T> of, int count) {
    List<T> ids = new ArrayList<>(count);
    for (String text : Texts.uniqueIdTexts(in, count)) {
      ids.add(of.apply(text));
    }
    return ids;
  }

  /**
   * Returns consistent models with one deliberate defect each: an id used twice, a reference to an
   * element the model does not hold, a membership of a person, parties that are members of each
   * other in a circle, a relationship based on another provider's offering, or products that use
   * each other in a circle.
   *
   * @param scale the scale of the consistent model the defect is put into; at least 2
   * @return the generator
   */
  public static Gen<BrokenModel> brokenModels(int scale) {
    Gen<ModelParts> models = models(scale, true);
    return in -> breakModel(in, models.generate(in), Draw.intBetween(in, 0, DEFECT_KINDS - 1));
  }

  /** Puts defect number {@code defect} (0 to {@link #DEFECT_KINDS} - 1) into a model. */
  static BrokenModel breakModel(RandomnessSource in, ModelParts model, int defect) {
    switch (defect) {
      case 0 -> {
        return duplicate(in, model.parties(), Party::id, "parties", ".id", model::withParties);
      }
      case 1 -> {
        return duplicate(
            in,
            model.stakeholders(),
            Stakeholder::id,
            "stakeholders",
            ".id",
            model::withStakeholders);
      }
      case 2 -> {
        return duplicate(
            in, model.roleAssignments(), a -> a, "roleAssignments", "", model::withRoleAssignments);
      }
      case 3 -> {
        return duplicate(
            in,
            model.relationships(),
            ServiceRelationship::id,
            "relationships",
            ".id",
            model::withRelationships);
      }
      case 4 -> {
        return duplicate(
            in, model.resources(), Resource::id, "resources", ".id", model::withResources);
      }
      case 5 -> {
        return duplicate(in, model.products(), Product::id, "products", ".id", model::withProducts);
      }
      case 6 -> {
        return duplicate(in, model.services(), Service::id, "services", ".id", model::withServices);
      }
      case 7 -> {
        return duplicate(
            in, model.offerings(), ServiceOffering::id, "offerings", ".id", model::withOfferings);
      }
      case 8 -> {
        int i = Draw.intBetween(in, 0, model.parties().size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        List<Party> parties = new ArrayList<>(model.parties());
        parties.set(i, parties.get(i).withMemberOf(missing));
        return new BrokenModel(
            model.withParties(parties),
            "party " + parties.get(i).id() + " is a member of the unknown party " + missing,
            List.of("parties[" + i + "].memberOf"));
      }
      case 9 -> {
        return memberOfPerson(in, model);
      }
      case 10 -> {
        return membershipCircle(in, model);
      }
      case 11 -> {
        int i = Draw.intBetween(in, 0, model.stakeholders().size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        List<Stakeholder> stakeholders = new ArrayList<>(model.stakeholders());
        stakeholders.set(i, Stakeholder.builder().from(stakeholders.get(i)).party(missing).build());
        return new BrokenModel(
            model.withStakeholders(stakeholders),
            "stakeholder " + stakeholders.get(i).id() + " is the unknown party " + missing,
            List.of("stakeholders[" + i + "].party"));
      }
      case 12, 13 -> {
        boolean holder = defect == 12;
        int i = Draw.intBetween(in, 0, model.roleAssignments().size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        List<RoleAssignment> assignments = new ArrayList<>(model.roleAssignments());
        RoleAssignment old = assignments.get(i);
        assignments.set(
            i,
            holder
                ? RoleAssignment.of(missing, old.role(), old.consumerOrganization())
                : RoleAssignment.of(old.party(), old.role(), missing));
        return new BrokenModel(
            model.withRoleAssignments(assignments),
            "role assignment names the unknown "
                + (holder ? "holder " : "consumer organization ")
                + missing,
            List.of("roleAssignments[" + i + (holder ? "].party" : "].consumerOrganization")));
      }
      case 14, 15 -> {
        boolean provider = defect == 14;
        int i = Draw.intBetween(in, 0, model.relationships().size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        List<ServiceRelationship> relationships = new ArrayList<>(model.relationships());
        ServiceRelationship.Builder changed =
            ServiceRelationship.builder().from(relationships.get(i)).offerings(Set.of());
        relationships.set(
            i, (provider ? changed.provider(missing) : changed.consumer(missing)).build());
        return new BrokenModel(
            model.withRelationships(relationships),
            "relationship "
                + relationships.get(i).id()
                + " has the unknown "
                + (provider ? "provider " : "consumer ")
                + missing,
            List.of("relationships[" + i + (provider ? "].provider" : "].consumer")));
      }
      case 16 -> {
        int i = Draw.intBetween(in, 0, model.relationships().size() - 1);
        ServiceOfferingId missing = ServiceOfferingId.of(Texts.missingIdText(in));
        List<ServiceRelationship> relationships = new ArrayList<>(model.relationships());
        relationships.set(
            i,
            ServiceRelationship.builder().from(relationships.get(i)).addOffering(missing).build());
        return new BrokenModel(
            model.withRelationships(relationships),
            "relationship "
                + relationships.get(i).id()
                + " is based on the unknown offering "
                + missing,
            List.of("relationships[" + i + "].offerings"));
      }
      case 17 -> {
        return foreignOffering(in, model);
      }
      case 18 -> {
        int i = Draw.intBetween(in, 0, model.resources().size() - 1);
        PartyId missing = PartyId.of(Texts.missingIdText(in));
        List<Resource> resources = new ArrayList<>(model.resources());
        resources.set(i, Resource.builder().from(resources.get(i)).owner(missing).build());
        return new BrokenModel(
            model.withResources(resources),
            "resource " + resources.get(i).id() + " is owned by the unknown party " + missing,
            List.of("resources[" + i + "].owner"));
      }
      case 19, 20, 21 -> {
        int i = Draw.intBetween(in, 0, model.products().size() - 1);
        String missing = Texts.missingIdText(in);
        List<Product> products = new ArrayList<>(model.products());
        Product.Builder changed = Product.builder().from(products.get(i));
        String attribute;
        if (defect == 19) {
          changed.provider(PartyId.of(missing));
          attribute = "provider";
        } else if (defect == 20) {
          changed.addResource(ResourceId.of(missing));
          attribute = "resources";
        } else {
          changed.addComponent(ProductId.of(missing));
          attribute = "components";
        }
        products.set(i, changed.build());
        return new BrokenModel(
            model.withProducts(products),
            "product " + products.get(i).id() + " names the unknown " + attribute + " " + missing,
            List.of("products[" + i + "]." + attribute));
      }
      case 22 -> {
        return productCircle(in, model);
      }
      case 23 -> {
        int i = Draw.intBetween(in, 0, model.services().size() - 1);
        ProductId missing = ProductId.of(Texts.missingIdText(in));
        List<Service> services = new ArrayList<>(model.services());
        services.set(i, Service.builder().from(services.get(i)).addProduct(missing).build());
        return new BrokenModel(
            model.withServices(services),
            "service " + services.get(i).id() + " is based on the unknown product " + missing,
            List.of("services[" + i + "].products"));
      }
      default -> {
        return brokenOffering(in, model, defect - 24);
      }
    }
  }

  private static <T> BrokenModel duplicate(
      RandomnessSource in,
      List<T> list,
      Function<T, Object> key,
      String listPath,
      String suffix,
      Function<List<T>, ModelParts> replace) {
    List<T> changed = new ArrayList<>(list);
    int original = Draw.intBetween(in, 0, list.size() - 1);
    int at = Draw.intBetween(in, original + 1, list.size());
    changed.add(at, list.get(original));
    return new BrokenModel(
        replace.apply(changed),
        listPath
            + " holds "
            + key.apply(list.get(original))
            + " twice, at ["
            + original
            + "] and ["
            + at
            + "]",
        List.of(listPath + "[" + at + "]" + suffix));
  }

  private static Set<String> partyTexts(ModelParts model) {
    Set<String> taken = new HashSet<>();
    model.parties().forEach(p -> taken.add(p.id().value()));
    return taken;
  }

  private static BrokenModel memberOfPerson(RandomnessSource in, ModelParts model) {
    Set<String> taken = partyTexts(model);
    PartyId personId = PartyId.of(Texts.freshIdText(in, taken));
    taken.add(personId.value());
    PartyId memberId = PartyId.of(Texts.freshIdText(in, taken));
    Party organization =
        model.parties().stream()
            .filter(p -> p.kind() == PartyKind.ORGANIZATION)
            .findFirst()
            .orElseThrow();
    List<Party> parties = new ArrayList<>(model.parties());
    parties.add(
        Draw.intBetween(in, 0, parties.size()),
        Party.person(personId, Texts.names().generate(in), organization.id()));
    Party member =
        Draw.bool(in)
            ? Party.person(memberId, Texts.names().generate(in), personId)
            : Party.team(memberId, Texts.names().generate(in), personId);
    int at = Draw.intBetween(in, 0, parties.size());
    parties.add(at, member);
    return new BrokenModel(
        model.withParties(parties),
        "party " + memberId + " is a member of the person " + personId,
        List.of("parties[" + at + "].memberOf"));
  }

  private static BrokenModel membershipCircle(RandomnessSource in, ModelParts model) {
    Set<String> taken = partyTexts(model);
    int size = Draw.intBetween(in, 2, 4);
    List<PartyId> circle = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      PartyId id = PartyId.of(Texts.freshIdText(in, taken));
      taken.add(id.value());
      circle.add(id);
    }
    List<Party> parties = new ArrayList<>(model.parties());
    for (int i = 0; i < size; i++) {
      parties.add(
          Draw.intBetween(in, 0, parties.size()),
          Party.team(circle.get(i), Texts.names().generate(in), circle.get((i + 1) % size)));
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      if (circle.contains(parties.get(i).id())) {
        paths.add("parties[" + i + "].memberOf");
      }
    }
    return new BrokenModel(
        model.withParties(parties),
        "teams " + circle + " are members of each other in a circle",
        paths);
  }

  private static BrokenModel foreignOffering(RandomnessSource in, ModelParts model) {
    int i = Draw.intBetween(in, 0, model.relationships().size() - 1);
    ServiceRelationship relationship = model.relationships().get(i);
    List<ServiceOffering> offerings = new ArrayList<>(model.offerings());
    List<ServiceOffering> foreign = new ArrayList<>();
    for (ServiceOffering offering : offerings) {
      if (!offering.provider().equals(relationship.provider())) {
        foreign.add(offering);
      }
    }
    ServiceOffering chosen;
    if (foreign.isEmpty()) {
      Set<String> taken = new HashSet<>();
      offerings.forEach(o -> taken.add(o.id().value()));
      chosen =
          ServiceOffering.builder()
              .from(offerings.get(0))
              .id(ServiceOfferingId.of(Texts.freshIdText(in, taken)))
              .provider(relationship.consumer())
              .build();
      offerings.add(chosen);
    } else {
      chosen = Draw.oneOf(in, foreign);
    }
    List<ServiceRelationship> relationships = new ArrayList<>(model.relationships());
    relationships.set(
        i, ServiceRelationship.builder().from(relationship).addOffering(chosen.id()).build());
    return new BrokenModel(
        model.withOfferings(offerings).withRelationships(relationships),
        "relationship "
            + relationship.id()
            + " of provider "
            + relationship.provider()
            + " is based on offering "
            + chosen.id()
            + " of "
            + chosen.provider(),
        List.of("relationships[" + i + "].offerings"));
  }

  private static BrokenModel productCircle(RandomnessSource in, ModelParts model) {
    Set<String> taken = new HashSet<>();
    model.products().forEach(p -> taken.add(p.id().value()));
    int size = Draw.intBetween(in, 2, 4);
    List<ProductId> circle = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ProductId id = ProductId.of(Texts.freshIdText(in, taken));
      taken.add(id.value());
      circle.add(id);
    }
    List<Product> products = new ArrayList<>(model.products());
    PartyId provider = model.products().get(0).provider();
    List<ResourceId> resources = new ArrayList<>();
    model.resources().forEach(r -> resources.add(r.id()));
    for (int i = 0; i < size; i++) {
      products.add(
          Draw.intBetween(in, 0, products.size()),
          OfferingGens.product(
              in,
              circle.get(i),
              provider,
              Draw.someOf(in, resources),
              List.of(circle.get((i + 1) % size))));
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      if (circle.contains(products.get(i).id())) {
        paths.add("products[" + i + "].components");
      }
    }
    return new BrokenModel(
        model.withProducts(products),
        "products " + circle + " use each other as components in a circle",
        paths);
  }

  private static BrokenModel brokenOffering(RandomnessSource in, ModelParts model, int kind) {
    int i = Draw.intBetween(in, 0, model.offerings().size() - 1);
    ServiceOffering offering = model.offerings().get(i);
    String missing = Texts.missingIdText(in);
    ServiceOffering.Builder changed = ServiceOffering.builder().from(offering);
    String path;
    String what;
    switch (kind) {
      case 0 -> {
        changed.provider(PartyId.of(missing));
        path = "offerings[" + i + "].provider";
        what = "is offered by the unknown party ";
      }
      case 1 -> {
        changed.addService(ServiceId.of(missing));
        path = "offerings[" + i + "].services";
        what = "describes the unknown service ";
      }
      default -> {
        if (Draw.bool(in)) {
          changed.addGoods(Goods.of(Texts.names().generate(in), ProductId.of(missing)));
          path = "offerings[" + i + "].goods[" + offering.goods().size() + "].product";
          what = "hands over goods of the unknown product ";
        } else {
          changed.addResourceAccesses(
              ResourceAccess.of(Texts.names().generate(in), ResourceId.of(missing)));
          path =
              "offerings["
                  + i
                  + "].resourceAccesses["
                  + offering.resourceAccesses().size()
                  + "].resource";
          what = "grants access to the unknown resource ";
        }
      }
    }
    List<ServiceOffering> offerings = new ArrayList<>(model.offerings());
    offerings.set(i, changed.build());
    return new BrokenModel(
        model.withOfferings(offerings),
        "offering " + offering.id() + " " + what + missing,
        List.of(path));
  }

  /**
   * Returns loose models: each element is drawn on its own, with ids and references taken from
   * small pools, so that models hold any mix of resolved and dangling references, repeated ids,
   * memberships of persons and circles. They are for checking that analyses and the validator never
   * fail on odd input, and for comparing the validator with simple reference checks.
   *
   * @return the generator
   */
  public static Gen<ModelParts> looseModels() {
    return in -> {
      List<PartyId> partyPool = pool(PartyId::of, "p", 4);
      List<ResourceId> resourcePool = pool(ResourceId::of, "x", 4);
      List<ProductId> productPool = pool(ProductId::of, "d", 5);
      List<ServiceId> servicePool = pool(ServiceId::of, "s", 3);
      List<ServiceOfferingId> offeringPool = pool(ServiceOfferingId::of, "o", 3);

      List<Party> parties = new ArrayList<>();
      int partyCount = Draw.intBetween(in, 0, 7);
      for (int i = 0; i < partyCount; i++) {
        PartyId id = Draw.oneOf(in, partyPool);
        Party.Builder party =
            Party.builder()
                .id(id)
                .name(Texts.names().generate(in))
                .kind(PartyGens.kinds().generate(in));
        // Most parties belong to another one, so that memberships chain and sometimes close a
        // circle.
        PartyId group = Draw.oneOf(in, partyPool);
        if (!Draw.oneIn(in, 4) && !group.equals(id)) {
          party.memberOf(group);
        }
        parties.add(party.build());
      }

      List<Stakeholder> stakeholders = new ArrayList<>();
      int stakeholderCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < stakeholderCount; i++) {
        StakeholderId id = StakeholderId.of("k" + Draw.intBetween(in, 0, 3));
        Optional<PartyId> party =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, partyPool)) : Optional.empty();
        stakeholders.add(StakeholderGens.stakeholder(in, id, party));
      }

      List<RoleAssignment> assignments =
          Draw.listOf(in, PartyGens.roleAssignments(partyPool, partyPool), 0, 5);

      List<ServiceRelationship> relationships = new ArrayList<>();
      int relationshipCount = Draw.intBetween(in, 0, 6);
      for (int i = 0; i < relationshipCount; i++) {
        int provider = Draw.intBetween(in, 0, partyPool.size() - 1);
        int consumer = Draw.intBetween(in, 0, partyPool.size() - 2);
        if (consumer >= provider) {
          consumer++;
        }
        relationships.add(
            RelationshipGens.relationship(
                in,
                ServiceRelationshipId.of("r" + Draw.intBetween(in, 0, 4)),
                partyPool.get(provider),
                partyPool.get(consumer),
                new LinkedHashSet<>(Draw.someOf(in, offeringPool))));
      }

      List<Resource> resources = new ArrayList<>();
      int resourceCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < resourceCount; i++) {
        Optional<PartyId> owner =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, partyPool)) : Optional.empty();
        resources.add(OfferingGens.resource(in, Draw.oneOf(in, resourcePool), owner));
      }

      List<Product> products = new ArrayList<>();
      int productCount = Draw.intBetween(in, 0, 5);
      for (int i = 0; i < productCount; i++) {
        ProductId id = Draw.oneOf(in, productPool);
        List<ResourceId> configured = Draw.someOf(in, resourcePool);
        List<ProductId> components = Draw.someOf(in, productPool);
        components.remove(id);
        if (configured.isEmpty() && components.isEmpty()) {
          configured.add(Draw.oneOf(in, resourcePool));
        }
        products.add(
            OfferingGens.product(in, id, Draw.oneOf(in, partyPool), configured, components));
      }

      List<Service> services = new ArrayList<>();
      int serviceCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < serviceCount; i++) {
        services.add(
            OfferingGens.service(in, Draw.oneOf(in, servicePool), Draw.someOf(in, productPool)));
      }

      List<ServiceOffering> offerings = new ArrayList<>();
      int offeringCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < offeringCount; i++) {
        offerings.add(
            OfferingGens.offering(
                in,
                Draw.oneOf(in, offeringPool),
                Draw.oneOf(in, partyPool),
                Draw.atLeastOneOf(in, servicePool),
                productPool,
                resourcePool));
      }
      return new ModelParts(
          parties,
          stakeholders,
          assignments,
          relationships,
          resources,
          products,
          services,
          offerings);
    };
  }

  private static <T> List<T> pool(Function<String, T> of, String prefix, int size) {
    List<T> pool = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      pool.add(of.apply(prefix + i));
    }
    return pool;
  }
}
