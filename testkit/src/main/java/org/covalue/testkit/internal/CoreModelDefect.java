package org.covalue.testkit.internal;

import static org.covalue.testkit.internal.ModelPart.COORDINATIONS;
import static org.covalue.testkit.internal.ModelPart.OFFERINGS;
import static org.covalue.testkit.internal.ModelPart.PARTIES;
import static org.covalue.testkit.internal.ModelPart.PRODUCTS;
import static org.covalue.testkit.internal.ModelPart.RELATIONSHIPS;
import static org.covalue.testkit.internal.ModelPart.RESOURCES;
import static org.covalue.testkit.internal.ModelPart.ROLE_ASSIGNMENTS;
import static org.covalue.testkit.internal.ModelPart.SERVICES;
import static org.covalue.testkit.internal.ModelPart.STAKEHOLDERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.quicktheories.core.RandomnessSource;

/**
 * The rules of a core model that {@code CoreModelValidator} checks (ITIL 4: Drive Stakeholder
 * Value, §1.2), each as a way to break it: its {@code plant} puts the defect into a consistent
 * model whose lists all hold an element, and names the paths of which the validator must report
 * one.
 */
enum CoreModelDefect {
  /** A party id used twice. */
  REPEATED_PARTY((in, model) -> PARTIES.repeated(in, model, ".id")),
  /** A stakeholder id used twice. */
  REPEATED_STAKEHOLDER((in, model) -> STAKEHOLDERS.repeated(in, model, ".id")),
  /** A role assignment given twice. */
  REPEATED_ROLE_ASSIGNMENT((in, model) -> ROLE_ASSIGNMENTS.repeated(in, model, "")),
  /** A relationship id used twice. */
  REPEATED_RELATIONSHIP((in, model) -> RELATIONSHIPS.repeated(in, model, ".id")),
  /** A resource id used twice. */
  REPEATED_RESOURCE((in, model) -> RESOURCES.repeated(in, model, ".id")),
  /** A product id used twice. */
  REPEATED_PRODUCT((in, model) -> PRODUCTS.repeated(in, model, ".id")),
  /** A service id used twice. */
  REPEATED_SERVICE((in, model) -> SERVICES.repeated(in, model, ".id")),
  /** A service offering id used twice. */
  REPEATED_OFFERING((in, model) -> OFFERINGS.repeated(in, model, ".id")),
  /** A party that is a member of a party the model does not hold. */
  UNKNOWN_GROUP(
      (in, model) -> PARTIES.dangling(in, model, "memberOf", PartyId::of, Party::withMemberOf)),
  /** A party that is a member of a person. */
  MEMBER_OF_PERSON(CoreModelDefect::memberOfPerson),
  /** Teams that are members of each other in a circle. */
  MEMBERSHIP_CIRCLE(CoreModelDefect::membershipCircle),
  /** A stakeholder that is a party the model does not hold. */
  UNKNOWN_STAKEHOLDER_PARTY(
      (in, model) ->
          STAKEHOLDERS.dangling(
              in,
              model,
              "party",
              PartyId::of,
              (stakeholder, party) -> stakeholder.withParty(party))),
  /** A role held by a party the model does not hold. */
  UNKNOWN_ROLE_HOLDER(
      (in, model) ->
          ROLE_ASSIGNMENTS.dangling(
              in,
              model,
              "party",
              PartyId::of,
              (old, party) -> RoleAssignment.of(party, old.role(), old.consumerOrganization()))),
  /** A role held for a consumer organization the model does not hold. */
  UNKNOWN_CONSUMER_ORGANIZATION(
      (in, model) ->
          ROLE_ASSIGNMENTS.dangling(
              in,
              model,
              "consumerOrganization",
              PartyId::of,
              (old, party) -> RoleAssignment.of(old.party(), old.role(), party))),
  /** A relationship whose provider the model does not hold. */
  UNKNOWN_PROVIDER(
      (in, model) ->
          RELATIONSHIPS.dangling(
              in,
              model,
              "provider",
              PartyId::of,
              (r, party) ->
                  ServiceRelationship.builder()
                      .from(r)
                      .offerings(Set.of())
                      .provider(party)
                      .build())),
  /** A relationship whose consumer the model does not hold. */
  UNKNOWN_CONSUMER(
      (in, model) ->
          RELATIONSHIPS.dangling(
              in,
              model,
              "consumer",
              PartyId::of,
              (r, party) -> ServiceRelationship.builder().from(r).consumer(party).build())),
  /** A relationship based on an offering the model does not hold. */
  UNKNOWN_RELATIONSHIP_OFFERING(
      (in, model) ->
          RELATIONSHIPS.dangling(
              in,
              model,
              "offerings",
              ServiceOfferingId::of,
              (r, offering) ->
                  ServiceRelationship.builder().from(r).addOffering(offering).build())),
  /** A relationship based on an offering of another provider. */
  FOREIGN_OFFERING(CoreModelDefect::foreignOffering),
  /** A resource owned by a party the model does not hold. */
  UNKNOWN_RESOURCE_OWNER(
      (in, model) ->
          RESOURCES.dangling(
              in,
              model,
              "owner",
              PartyId::of,
              (resource, party) -> Resource.builder().from(resource).owner(party).build())),
  /** A product whose provider the model does not hold. */
  UNKNOWN_PRODUCT_PROVIDER(
      (in, model) ->
          PRODUCTS.dangling(
              in,
              model,
              "provider",
              PartyId::of,
              (product, party) -> Product.builder().from(product).provider(party).build())),
  /** A product that configures a resource the model does not hold. */
  UNKNOWN_CONFIGURED_RESOURCE(
      (in, model) ->
          PRODUCTS.dangling(
              in,
              model,
              "resources",
              ResourceId::of,
              (product, resource) ->
                  Product.builder().from(product).addResource(resource).build())),
  /** A product that uses a component product the model does not hold. */
  UNKNOWN_COMPONENT(
      (in, model) ->
          PRODUCTS.dangling(
              in,
              model,
              "components",
              ProductId::of,
              (product, other) -> Product.builder().from(product).addComponent(other).build())),
  /** Products that use each other as components in a circle. */
  PRODUCT_CIRCLE(CoreModelDefect::productCircle),
  /** A service based on a product the model does not hold. */
  UNKNOWN_SERVICE_PRODUCT(
      (in, model) ->
          SERVICES.dangling(
              in,
              model,
              "products",
              ProductId::of,
              (service, product) -> Service.builder().from(service).addProduct(product).build())),
  /** An offering whose provider the model does not hold. */
  UNKNOWN_OFFERING_PROVIDER(
      (in, model) ->
          OFFERINGS.dangling(
              in,
              model,
              "provider",
              PartyId::of,
              (offering, party) ->
                  ServiceOffering.builder().from(offering).provider(party).build())),
  /** An offering that describes a service the model does not hold. */
  UNKNOWN_OFFERING_SERVICE(
      (in, model) ->
          OFFERINGS.dangling(
              in,
              model,
              "services",
              ServiceId::of,
              (offering, service) ->
                  ServiceOffering.builder().from(offering).addService(service).build())),
  /** An offering that hands over goods of a product the model does not hold. */
  UNKNOWN_GOODS_PRODUCT(
      (in, model) ->
          OFFERINGS.dangling(
              in,
              model,
              offering -> "goods[" + offering.goods().size() + "].product",
              ProductId::of,
              (offering, product) ->
                  ServiceOffering.builder()
                      .from(offering)
                      .addGoods(Goods.of(offering.name(), product))
                      .build())),
  /** An offering that grants access to a resource the model does not hold. */
  UNKNOWN_ACCESSED_RESOURCE(
      (in, model) ->
          OFFERINGS.dangling(
              in,
              model,
              offering -> "resourceAccesses[" + offering.resourceAccesses().size() + "].resource",
              ResourceId::of,
              (offering, resource) ->
                  ServiceOffering.builder()
                      .from(offering)
                      .addResourceAccesses(ResourceAccess.of(offering.name(), resource))
                      .build())),
  /** A product that uses a service the model does not hold. */
  UNKNOWN_USED_SERVICE(
      (in, model) ->
          PRODUCTS.dangling(
              in,
              model,
              "usedServices",
              ServiceId::of,
              (product, service) ->
                  Product.builder().from(product).addUsedService(service).build())),
  /** A service whose scope a party the model does not hold agreed. */
  UNKNOWN_AGREEMENT_PARTY(
      (in, model) ->
          SERVICES.dangling(
              in,
              model,
              "agreement.parties",
              PartyId::of,
              (service, party) ->
                  service.withAgreement(
                      service
                          .agreement()
                          .map(
                              agreed ->
                                  ServiceAgreement.builder().from(agreed).addParty(party).build())
                          .orElseGet(
                              () ->
                                  ServiceAgreement.builder()
                                      .scope(service.name())
                                      .agreedOn(LocalDate.of(2026, 1, 1))
                                      .addParty(party)
                                      .build())))),
  /** Holders of consumer roles that coordinate with a party the model does not hold. */
  UNKNOWN_COORDINATION_PARTY(
      (in, model) ->
          COORDINATIONS.dangling(
              in,
              model,
              "parties",
              PartyId::of,
              (coordination, party) ->
                  Coordination.builder().from(coordination).addParty(party).build()));

  /** Puts the defect into a valid value or a consistent model. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  final BiFunction<RandomnessSource, CoreModel, Broken<CoreModel>> plant;

  CoreModelDefect(BiFunction<RandomnessSource, CoreModel, Broken<CoreModel>> plant) {
    this.plant = plant;
  }

  private static Broken<CoreModel> memberOfPerson(RandomnessSource in, CoreModel model) {
    List<Party> parties = PARTIES.of(model);
    Set<String> taken = IdGens.texts(parties.stream().map(Party::id).toList());
    PartyId personId = PartyId.of(Texts.freshIdText(in, taken));
    taken.add(personId.value());
    PartyId memberId = PartyId.of(Texts.freshIdText(in, taken));
    Party organization =
        parties.stream().filter(p -> p.kind() == PartyKind.ORGANIZATION).findFirst().orElseThrow();
    Draw.insert(in, parties, Party.person(personId, Texts.names().generate(in), organization.id()));
    Party member =
        Draw.bool(in)
            ? Party.person(memberId, Texts.names().generate(in), personId)
            : Party.team(memberId, Texts.names().generate(in), personId);
    int at = Draw.insert(in, parties, member);
    return new Broken<>(
        PARTIES.with(model, parties),
        "party " + memberId + " is a member of the person " + personId,
        List.of("parties[" + at + "].memberOf"));
  }

  private static Broken<CoreModel> membershipCircle(RandomnessSource in, CoreModel model) {
    return circle(
        in,
        model,
        PARTIES,
        Party::id,
        PartyId::of,
        (team, group) -> Party.team(team, Texts.names().generate(in), group),
        "memberOf");
  }

  private static Broken<CoreModel> productCircle(RandomnessSource in, CoreModel model) {
    PartyId provider = model.products().get(0).provider();
    List<ResourceId> resources = model.resources().stream().map(Resource::id).toList();
    return circle(
        in,
        model,
        PRODUCTS,
        Product::id,
        ProductId::of,
        (product, component) ->
            OfferingGens.product(
                in, product, provider, Draw.someOf(in, resources), List.of(component)),
        "components");
  }

  /**
   * Adds two to four elements with new ids, each referring to the next and the last to the first,
   * at drawn positions of a list; every one of them is an expected path.
   */
  private static <T, I extends TypedId<?>> Broken<CoreModel> circle(
      RandomnessSource in,
      CoreModel model,
      ModelPart<CoreModel, T> part,
      Function<T, I> id,
      Function<String, I> of,
      BiFunction<I, I, T> referringTo,
      String attribute) {
    List<T> elements = part.of(model);
    Set<String> taken = IdGens.texts(elements.stream().map(id).toList());
    int size = Draw.intBetween(in, 2, 4);
    List<I> circle = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String text = Texts.freshIdText(in, taken);
      taken.add(text);
      circle.add(of.apply(text));
    }
    for (int i = 0; i < size; i++) {
      Draw.insert(in, elements, referringTo.apply(circle.get(i), circle.get((i + 1) % size)));
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (circle.contains(id.apply(elements.get(i)))) {
        paths.add(part.name() + "[" + i + "]." + attribute);
      }
    }
    return new Broken<>(
        part.with(model, elements), circle + " refer to each other in a circle", paths);
  }

  private static Broken<CoreModel> foreignOffering(RandomnessSource in, CoreModel model) {
    List<ServiceRelationship> relationships = RELATIONSHIPS.of(model);
    int i = Draw.intBetween(in, 0, relationships.size() - 1);
    ServiceRelationship relationship = relationships.get(i);
    List<ServiceOffering> offerings = OFFERINGS.of(model);
    List<ServiceOffering> foreign =
        offerings.stream().filter(o -> !o.provider().equals(relationship.provider())).toList();
    ServiceOffering chosen;
    if (foreign.isEmpty()) {
      chosen =
          ServiceOffering.builder()
              .from(offerings.get(0))
              .id(
                  ServiceOfferingId.of(
                      Texts.freshIdText(
                          in, IdGens.texts(offerings.stream().map(o -> o.id()).toList()))))
              .provider(relationship.consumer())
              .build();
      offerings.add(chosen);
    } else {
      chosen = Draw.oneOf(in, foreign);
    }
    relationships.set(
        i, ServiceRelationship.builder().from(relationship).addOffering(chosen.id()).build());
    return new Broken<>(
        RELATIONSHIPS.with(OFFERINGS.with(model, offerings), relationships),
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
}
