package org.covalue.testkit.laws.visibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Renames every id of a visibility model by swapping the case of its letters, which keeps ids valid
 * and distinct but changes their order. Stakeholders, role assignments, coordinations, stakeholder
 * maps, observed journeys and experience observations, which no visibility analysis reads, are left
 * out of the renamed model; {@link #strip(VisibilityModel)} leaves them out of the original alike.
 */
final class Renaming {

  private static final Map<Class<?>, Function<String, TypedId<?>>> FACTORIES =
      Map.ofEntries(
          Map.entry(PartyId.class, PartyId::of),
          Map.entry(ServiceRelationshipId.class, ServiceRelationshipId::of),
          Map.entry(ResourceId.class, ResourceId::of),
          Map.entry(ProductId.class, ProductId::of),
          Map.entry(ServiceId.class, ServiceId::of),
          Map.entry(ServiceOfferingId.class, ServiceOfferingId::of),
          Map.entry(JourneyId.class, JourneyId::of),
          Map.entry(TouchpointId.class, TouchpointId::of),
          Map.entry(ServiceInteractionId.class, ServiceInteractionId::of),
          Map.entry(ValueStreamId.class, ValueStreamId::of),
          Map.entry(ValueStreamActivityId.class, ValueStreamActivityId::of),
          Map.entry(EnvironmentElementId.class, EnvironmentElementId::of),
          Map.entry(PracticeId.class, PracticeId::of));

  private Renaming() {}

  /** Swaps the case of every letter of a text. */
  static String swapCase(String text) {
    StringBuilder swapped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      swapped.append(
          Character.isUpperCase(c)
              ? Character.toLowerCase(c)
              : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
    }
    return swapped.toString();
  }

  /** Renames an id, keeping its type. */
  @SuppressWarnings("unchecked") // the factory of an id's class makes ids of that class
  static <T extends TypedId<?>> T id(T id) {
    Function<String, TypedId<?>> factory = FACTORIES.get(id.getClass());
    if (factory == null) {
      throw new IllegalArgumentException("No factory for " + id.getClass());
    }
    return (T) factory.apply(swapCase(id.value()));
  }

  static ElementRef ref(ElementRef ref) {
    TypedId<?> id = id(ref.id());
    Optional<JourneyId> journey = ref.journey();
    if (journey.isEmpty()) {
      return ElementRef.of(id);
    }
    return id instanceof TouchpointId touchpoint
        ? ElementRef.of(id(journey.get()), touchpoint)
        : ElementRef.of(id(journey.get()), (ServiceInteractionId) id);
  }

  static <T extends TypedId<?>> Set<T> ids(Set<T> ids) {
    Set<T> renamed = new LinkedHashSet<>();
    ids.forEach(id -> renamed.add(id(id)));
    return renamed;
  }

  static <T extends TypedId<?>> List<T> ids(List<T> ids) {
    List<T> renamed = new ArrayList<>();
    ids.forEach(id -> renamed.add(id(id)));
    return renamed;
  }

  static Set<ElementRef> refs(Set<ElementRef> refs) {
    Set<ElementRef> renamed = new LinkedHashSet<>();
    refs.forEach(ref -> renamed.add(ref(ref)));
    return renamed;
  }

  static ServiceRelationship relationship(ServiceRelationship relationship) {
    return ServiceRelationship.builder()
        .from(relationship)
        .id(id(relationship.id()))
        .provider(id(relationship.provider()))
        .consumer(id(relationship.consumer()))
        .offerings(ids(relationship.offerings()))
        .build();
  }

  /** Leaves out what no visibility analysis reads and renaming would not keep consistent. */
  static VisibilityModel strip(VisibilityModel model) {
    JourneyModel journey = model.journey();
    List<CustomerJourney> journeys = new ArrayList<>();
    for (CustomerJourney customerJourney : journey.journeys()) {
      journeys.add(
          CustomerJourney.builder().from(customerJourney).stakeholderMaps(List.of()).build());
    }
    return model.withJourney(
        JourneyModel.builder()
            .core(
                journey
                    .core()
                    .withStakeholders(List.of())
                    .withRoleAssignments(List.of())
                    .withCoordinations(List.of()))
            .valueStreams(journey.valueStreams())
            .journeys(journeys)
            .build());
  }

  /** Renames every id of a stripped model. */
  static VisibilityModel model(VisibilityModel model) {
    CoreModel core = model.journey().core();
    List<Party> parties = new ArrayList<>();
    for (Party party : core.parties()) {
      Party.Builder renamed = Party.builder().from(party).id(id(party.id()));
      party.memberOf().ifPresent(group -> renamed.memberOf(id(group)));
      parties.add(renamed.build());
    }
    List<ServiceRelationship> relationships = new ArrayList<>();
    core.relationships().forEach(r -> relationships.add(relationship(r)));
    List<Resource> resources = new ArrayList<>();
    for (Resource resource : core.resources()) {
      Resource.Builder renamed = Resource.builder().from(resource).id(id(resource.id()));
      resource.owner().ifPresent(owner -> renamed.owner(id(owner)));
      resources.add(renamed.build());
    }
    List<Product> products = new ArrayList<>();
    for (Product product : core.products()) {
      products.add(
          Product.builder()
              .from(product)
              .id(id(product.id()))
              .provider(id(product.provider()))
              .resources(ids(product.resources()))
              .components(ids(product.components()))
              .build());
    }
    List<Service> services = new ArrayList<>();
    for (Service service : core.services()) {
      services.add(
          Service.builder()
              .from(service)
              .id(id(service.id()))
              .products(ids(service.products()))
              .build());
    }
    List<ServiceOffering> offerings = new ArrayList<>();
    for (ServiceOffering offering : core.offerings()) {
      List<Goods> goods = new ArrayList<>();
      for (Goods item : offering.goods()) {
        goods.add(
            item.product().isPresent()
                ? Goods.of(item.name(), id(item.product().get()))
                : Goods.of(item.name()));
      }
      List<ResourceAccess> accesses = new ArrayList<>();
      for (ResourceAccess access : offering.resourceAccesses()) {
        accesses.add(ResourceAccess.of(access.name(), id(access.resource())));
      }
      offerings.add(
          ServiceOffering.builder()
              .from(offering)
              .id(id(offering.id()))
              .provider(id(offering.provider()))
              .services(ids(offering.services()))
              .goods(goods)
              .resourceAccesses(accesses)
              .build());
    }
    List<ValueStream> streams = new ArrayList<>();
    for (ValueStream stream : model.journey().valueStreams()) {
      List<ValueStreamActivity> activities = new ArrayList<>();
      for (ValueStreamActivity activity : stream.activities()) {
        activities.add(
            activity.isVisibleToOtherParties()
                ? ValueStreamActivity.visible(id(activity.id()), activity.name())
                : ValueStreamActivity.hidden(id(activity.id()), activity.name()));
      }
      streams.add(
          ValueStream.builder()
              .from(stream)
              .id(id(stream.id()))
              .owner(id(stream.owner()))
              .activities(activities)
              .build());
    }
    List<CustomerJourney> journeys = new ArrayList<>();
    for (CustomerJourney journey : model.journey().journeys()) {
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (Touchpoint touchpoint : journey.touchpoints()) {
        touchpoints.add(
            Touchpoint.builder()
                .from(touchpoint)
                .id(id(touchpoint.id()))
                .parties(ids(touchpoint.parties()))
                .activities(ids(touchpoint.activities()))
                .build());
      }
      List<ServiceInteraction> interactions = new ArrayList<>();
      for (ServiceInteraction interaction : journey.interactions()) {
        ServiceInteraction.Builder renamed =
            ServiceInteraction.builder()
                .from(interaction)
                .id(id(interaction.id()))
                .provider(id(interaction.provider()))
                .consumer(id(interaction.consumer()))
                .activities(ids(interaction.activities()));
        interaction.touchpoint().ifPresent(touchpoint -> renamed.touchpoint(id(touchpoint)));
        interactions.add(renamed.build());
      }
      journeys.add(
          CustomerJourney.builder()
              .from(journey)
              .id(id(journey.id()))
              .consumer(id(journey.consumer()))
              .providers(ids(journey.providers()))
              .valueStreams(ids(journey.valueStreams()))
              .directPartOf(ids(journey.directPartOf()))
              .services(ids(journey.services()))
              .touchpoints(touchpoints)
              .interactions(interactions)
              .build());
    }
    List<EnvironmentElement> environment = new ArrayList<>();
    for (EnvironmentElement element : model.environmentElements()) {
      EnvironmentElement.Builder renamed =
          EnvironmentElement.builder().from(element).id(id(element.id()));
      element.owner().ifPresent(owner -> renamed.owner(id(owner)));
      environment.add(renamed.build());
    }
    List<Practice> practices = new ArrayList<>();
    for (Practice practice : model.practices()) {
      practices.add(Practice.of(id(practice.id()), practice.name(), id(practice.owner())));
    }
    List<LineOfVisibility> lines = new ArrayList<>();
    for (LineOfVisibility line : model.lines()) {
      lines.add(
          LineOfVisibility.builder()
              .from(line)
              .party(id(line.party()))
              .shown(ids(line.shown()))
              .hidden(ids(line.hidden()))
              .build());
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (Dependency dependency : model.dependencies()) {
      dependencies.add(Dependency.of(ref(dependency.dependent()), id(dependency.dependsOn())));
    }
    List<ServiceActionDependency> actionDependencies = new ArrayList<>();
    for (ServiceActionDependency dependency : model.serviceActionDependencies()) {
      actionDependencies.add(
          ServiceActionDependency.of(
              id(dependency.offering()), dependency.action(), id(dependency.dependsOn())));
    }
    List<Responsibility> responsibilities = new ArrayList<>();
    for (Responsibility responsibility : model.responsibilities()) {
      responsibilities.add(
          Responsibility.of(ref(responsibility.element()), id(responsibility.holder())));
    }
    return VisibilityModel.builder()
        .journey(
            JourneyModel.builder()
                .core(
                    CoreModel.builder()
                        .parties(parties)
                        .relationships(relationships)
                        .resources(resources)
                        .products(products)
                        .services(services)
                        .offerings(offerings)
                        .build())
                .valueStreams(streams)
                .journeys(journeys)
                .build())
        .environmentElements(environment)
        .practices(practices)
        .lines(lines)
        .dependencies(dependencies)
        .serviceActionDependencies(actionDependencies)
        .responsibilities(responsibilities)
        .build();
  }
}
