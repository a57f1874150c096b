package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
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
public final class CoreModelGens {

  /** The parties loose models refer to, shared with loose journey models. */
  static final List<PartyId> PARTY_POOL = IdGens.pool(PartyId::of, "p", 4);

  private static final List<ResourceId> RESOURCE_POOL = IdGens.pool(ResourceId::of, "x", 4);
  private static final List<ProductId> PRODUCT_POOL = IdGens.pool(ProductId::of, "d", 5);

  /** The services loose models refer to, shared with loose journey models. */
  static final List<ServiceId> SERVICE_POOL = IdGens.pool(ServiceId::of, "s", 3);

  private static final List<ServiceOfferingId> OFFERING_POOL =
      IdGens.pool(ServiceOfferingId::of, "o", 3);

  private CoreModelGens() {}

  /**
   * Returns consistent models.
   *
   * @param scale the largest number of elements in most lists (role assignments may be twice as
   *     many); at least 2
   * @param everyListFilled whether every list must hold at least one element
   * @return the generator
   */
  public static Gen<CoreModel> models(int scale, boolean everyListFilled) {
    if (scale < 2) {
      throw new IllegalArgumentException("A model's scale must be at least 2, but was " + scale);
    }
    int least = everyListFilled ? 1 : 0;
    return in -> {
      int organizationCount = Draw.intBetween(in, 2, scale);
      int memberCount = Draw.intBetween(in, least, scale);
      List<PartyId> partyIds = IdGens.distinct(in, PartyId::of, organizationCount + memberCount);
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

      List<ResourceId> resourceIds =
          IdGens.distinct(in, ResourceId::of, Draw.intBetween(in, least, scale));
      List<Resource> resources = new ArrayList<>();
      for (ResourceId id : resourceIds) {
        Optional<PartyId> owner =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, organizations)) : Optional.empty();
        resources.add(OfferingGens.resource(in, id, owner));
      }

      List<ServiceId> serviceIds =
          IdGens.distinct(in, ServiceId::of, Draw.intBetween(in, least, scale));
      int productCount = resourceIds.isEmpty() ? 0 : Draw.intBetween(in, least, scale);
      List<ProductId> productIds = IdGens.distinct(in, ProductId::of, productCount);
      List<Product> products = new ArrayList<>();
      for (int i = 0; i < productCount; i++) {
        List<ResourceId> configured = Draw.someOf(in, resourceIds);
        List<ProductId> components = Draw.someOf(in, productIds.subList(0, i));
        if (configured.isEmpty() && components.isEmpty()) {
          configured.add(Draw.oneOf(in, resourceIds));
        }
        Product product =
            OfferingGens.product(
                in, productIds.get(i), Draw.oneOf(in, organizations), configured, components);
        if (Draw.oneIn(in, 3)) {
          product = product.withUsedServices(Draw.someOf(in, serviceIds));
        }
        products.add(product);
      }

      List<Service> services = new ArrayList<>();
      for (ServiceId id : serviceIds) {
        Service service = OfferingGens.service(in, id, Draw.someOf(in, productIds));
        if (Draw.bool(in)) {
          service =
              service.withAgreement(
                  OfferingGens.agreement(in, Draw.atLeastOneOf(in, organizations)));
        }
        services.add(service);
      }

      int offeringCount = serviceIds.isEmpty() ? 0 : Draw.intBetween(in, least, scale);
      List<ServiceOffering> offerings = new ArrayList<>();
      for (ServiceOfferingId id : IdGens.distinct(in, ServiceOfferingId::of, offeringCount)) {
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
          IdGens.distinct(in, ServiceRelationshipId::of, edges.size());
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
      for (StakeholderId id :
          IdGens.distinct(in, StakeholderId::of, Draw.intBetween(in, least, scale))) {
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
      List<Coordination> coordinations = coordinations(in, assignments, partyIds, least);
      for (int i = 0; i < parties.size(); i++) {
        if (parties.get(i).kind() == PartyKind.ORGANIZATION && Draw.oneIn(in, 3)) {
          parties.set(
              i,
              parties.get(i).withPreferredRelationshipType(RelationshipGens.types().generate(in)));
        }
      }

      return CoreModel.builder()
          .parties(Draw.shuffle(in, parties))
          .stakeholders(stakeholders)
          .roleAssignments(assignments)
          .coordinations(coordinations)
          .relationships(Draw.shuffle(in, relationships))
          .resources(resources)
          .products(Draw.shuffle(in, products))
          .services(services)
          .offerings(offerings)
          .build();
    };
  }

  /**
   * Draws how the holders of consumer roles coordinate: for some consumer organizations with two or
   * more holders, a coordination of some or all of them; and at least {@code least} coordinations,
   * so that a model with every list filled has one.
   */
  private static List<Coordination> coordinations(
      RandomnessSource in, Set<RoleAssignment> assignments, List<PartyId> partyIds, int least) {
    Map<PartyId, Set<PartyId>> holders = new LinkedHashMap<>();
    for (RoleAssignment assignment : assignments) {
      holders
          .computeIfAbsent(assignment.consumerOrganization(), o -> new LinkedHashSet<>())
          .add(assignment.party());
    }
    List<Coordination> coordinations = new ArrayList<>();
    for (Map.Entry<PartyId, Set<PartyId>> entry : holders.entrySet()) {
      List<PartyId> held = new ArrayList<>(entry.getValue());
      if (held.size() >= 2 && Draw.bool(in)) {
        List<PartyId> coordinating = Draw.bool(in) ? held : Draw.someOf(in, held);
        if (coordinating.size() >= 2) {
          coordinations.add(coordination(in, entry.getKey(), coordinating));
        }
      }
    }
    if (coordinations.size() < least) {
      coordinations.add(
          coordination(in, partyIds.get(0), List.of(partyIds.get(0), partyIds.get(1))));
    }
    return coordinations;
  }

  /** Draws a coordination with a drawn means. */
  static Coordination coordination(
      RandomnessSource in, PartyId organization, List<PartyId> parties) {
    return Coordination.builder()
        .consumerOrganization(organization)
        .parties(parties)
        .means(Texts.names().generate(in))
        .build();
  }

  /**
   * Returns consistent models with one deliberate defect each, of a drawn {@link CoreModelDefect}.
   *
   * @param scale the scale of the consistent model the defect is put into; at least 2
   * @return the generator
   */
  public static Gen<Broken<CoreModel>> brokenModels(int scale) {
    Gen<CoreModel> models = models(scale, true);
    return in ->
        Draw.oneOf(in, List.of(CoreModelDefect.values())).plant.apply(in, models.generate(in));
  }

  /**
   * Returns loose models: each element is drawn on its own, with ids and references taken from
   * small pools, so that models hold any mix of resolved and dangling references, repeated ids,
   * memberships of persons and circles. They are for checking that analyses and the validator never
   * fail on odd input, and for comparing the validator with simple reference checks.
   *
   * @return the generator
   */
  public static Gen<CoreModel> looseModels() {
    return in -> {
      List<Party> parties = new ArrayList<>();
      int partyCount = Draw.intBetween(in, 0, 7);
      for (int i = 0; i < partyCount; i++) {
        PartyId id = Draw.oneOf(in, PARTY_POOL);
        Party.Builder party =
            Party.builder()
                .id(id)
                .name(Texts.names().generate(in))
                .kind(PartyGens.kinds().generate(in));
        // Most parties belong to another one, so that memberships chain and sometimes close a
        // circle.
        PartyId group = Draw.oneOf(in, PARTY_POOL);
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
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, PARTY_POOL)) : Optional.empty();
        stakeholders.add(StakeholderGens.stakeholder(in, id, party));
      }

      List<RoleAssignment> assignments =
          Draw.listOf(in, PartyGens.roleAssignments(PARTY_POOL, PARTY_POOL), 0, 5);
      List<Coordination> coordinations = new ArrayList<>();
      int coordinationCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < coordinationCount; i++) {
        List<PartyId> coordinating = Draw.someOf(in, PARTY_POOL);
        if (coordinating.size() >= 2) {
          coordinations.add(coordination(in, Draw.oneOf(in, PARTY_POOL), coordinating));
        }
      }
      for (int i = 0; i < parties.size(); i++) {
        if (Draw.oneIn(in, 3)) {
          parties.set(
              i,
              parties.get(i).withPreferredRelationshipType(RelationshipGens.types().generate(in)));
        }
      }

      List<ServiceRelationship> relationships = new ArrayList<>();
      int relationshipCount = Draw.intBetween(in, 0, 6);
      for (int i = 0; i < relationshipCount; i++) {
        int provider = Draw.intBetween(in, 0, PARTY_POOL.size() - 1);
        int consumer = Draw.intBetween(in, 0, PARTY_POOL.size() - 2);
        if (consumer >= provider) {
          consumer++;
        }
        relationships.add(
            RelationshipGens.relationship(
                in,
                ServiceRelationshipId.of("r" + Draw.intBetween(in, 0, 4)),
                PARTY_POOL.get(provider),
                PARTY_POOL.get(consumer),
                new LinkedHashSet<>(Draw.someOf(in, OFFERING_POOL))));
      }

      List<Resource> resources = new ArrayList<>();
      int resourceCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < resourceCount; i++) {
        Optional<PartyId> owner =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, PARTY_POOL)) : Optional.empty();
        resources.add(OfferingGens.resource(in, Draw.oneOf(in, RESOURCE_POOL), owner));
      }

      List<Product> products = new ArrayList<>();
      int productCount = Draw.intBetween(in, 0, 5);
      for (int i = 0; i < productCount; i++) {
        ProductId id = Draw.oneOf(in, PRODUCT_POOL);
        List<ResourceId> configured = Draw.someOf(in, RESOURCE_POOL);
        List<ProductId> components = Draw.someOf(in, PRODUCT_POOL);
        components.remove(id);
        if (configured.isEmpty() && components.isEmpty()) {
          configured.add(Draw.oneOf(in, RESOURCE_POOL));
        }
        products.add(
            OfferingGens.product(in, id, Draw.oneOf(in, PARTY_POOL), configured, components)
                .withUsedServices(Draw.someOf(in, SERVICE_POOL)));
      }

      List<Service> services = new ArrayList<>();
      int serviceCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < serviceCount; i++) {
        Service service =
            OfferingGens.service(in, Draw.oneOf(in, SERVICE_POOL), Draw.someOf(in, PRODUCT_POOL));
        if (Draw.bool(in)) {
          service =
              service.withAgreement(OfferingGens.agreement(in, Draw.atLeastOneOf(in, PARTY_POOL)));
        }
        services.add(service);
      }

      List<ServiceOffering> offerings = new ArrayList<>();
      int offeringCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < offeringCount; i++) {
        offerings.add(
            OfferingGens.offering(
                in,
                Draw.oneOf(in, OFFERING_POOL),
                Draw.oneOf(in, PARTY_POOL),
                Draw.atLeastOneOf(in, SERVICE_POOL),
                PRODUCT_POOL,
                RESOURCE_POOL));
      }
      return CoreModel.builder()
          .parties(parties)
          .stakeholders(stakeholders)
          .roleAssignments(assignments)
          .coordinations(coordinations)
          .relationships(relationships)
          .resources(resources)
          .products(products)
          .services(services)
          .offerings(offerings)
          .build();
    };
  }
}
