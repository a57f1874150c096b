package org.covalue.visibility.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;
import org.jspecify.annotations.Nullable;

/**
 * An index of a visibility model for the analyses: its elements by id, the owner of each, the
 * parties' lines, the dependency graph and the responsibilities. Where a model uses an id twice,
 * the first element with it counts, so that analyses of a model in progress never fail; the
 * validator reports such models. Building the index takes time linear in the size of the model.
 */
public final class VisibilityIndex {

  private final Map<TypedId<?>, ElementRef> refs;
  private final Map<ValueStreamActivityId, ValueStreamActivity> activities;
  private final Map<ValueStreamActivityId, PartyId> activityOwners;
  private final Map<ValueStreamId, ValueStream> streams;
  private final Map<ProductId, Product> products;
  private final Map<ResourceId, Resource> resources;
  private final Map<EnvironmentElementId, EnvironmentElement> environment;
  private final Map<ServiceId, Service> services;
  private final Map<ServiceOfferingId, ServiceOffering> offerings;
  private final Map<JourneyId, CustomerJourney> journeys;
  private final Map<ElementRef, JourneyElement> journeyElements;
  private final Map<PartyId, LineOfVisibility> generalLines = new HashMap<>();
  private final Map<PartyId, Map<String, LineOfVisibility>> tailoredLines = new HashMap<>();
  private final Map<ElementRef, List<TypedId<?>>> declared;
  private final Map<ServiceOfferingId, List<ServiceActionDependency>> actionDependencies;
  private final Map<ElementRef, Set<TypedId<?>>> holders;

  private VisibilityIndex(VisibilityModel model) {
    CoreModel core = model.journey().core();
    // Every map is sized for what it indexes, so that a large model is never rehashed.
    int activityCount = 0;
    for (ValueStream stream : model.journey().valueStreams()) {
      activityCount += stream.activities().size();
    }
    int journeyElementCount = 0;
    for (CustomerJourney journey : model.journey().journeys()) {
      journeyElementCount += journey.touchpoints().size() + journey.interactions().size();
    }
    activities = new HashMap<>(capacityFor(activityCount));
    activityOwners = new HashMap<>(capacityFor(activityCount));
    streams = new HashMap<>(capacityFor(model.journey().valueStreams().size()));
    products = new HashMap<>(capacityFor(core.products().size()));
    resources = new HashMap<>(capacityFor(core.resources().size()));
    environment = new HashMap<>(capacityFor(model.environmentElements().size()));
    services = new HashMap<>(capacityFor(core.services().size()));
    offerings = new HashMap<>(capacityFor(core.offerings().size()));
    journeys = new LinkedHashMap<>(capacityFor(model.journey().journeys().size()));
    journeyElements = new HashMap<>(capacityFor(journeyElementCount));
    refs =
        new HashMap<>(
            capacityFor(
                activityCount
                    + core.products().size()
                    + core.resources().size()
                    + model.environmentElements().size()));
    declared = new HashMap<>(capacityFor(model.dependencies().size()));
    actionDependencies = new HashMap<>(capacityFor(model.serviceActionDependencies().size()));
    holders = new HashMap<>(capacityFor(model.responsibilities().size()));
    for (ValueStream stream : model.journey().valueStreams()) {
      streams.putIfAbsent(stream.id(), stream);
      for (ValueStreamActivity activity : stream.activities()) {
        if (activities.putIfAbsent(activity.id(), activity) == null) {
          activityOwners.put(activity.id(), stream.owner());
        }
      }
    }
    core.products().forEach(product -> products.putIfAbsent(product.id(), product));
    core.resources().forEach(resource -> resources.putIfAbsent(resource.id(), resource));
    core.services().forEach(service -> services.putIfAbsent(service.id(), service));
    core.offerings().forEach(offering -> offerings.putIfAbsent(offering.id(), offering));
    model.environmentElements().forEach(element -> environment.putIfAbsent(element.id(), element));
    for (CustomerJourney journey : model.journey().journeys()) {
      if (journeys.putIfAbsent(journey.id(), journey) == null) {
        for (Touchpoint touchpoint : journey.touchpoints()) {
          journeyElements.putIfAbsent(ElementRef.of(journey.id(), touchpoint.id()), touchpoint);
        }
        for (ServiceInteraction interaction : journey.interactions()) {
          journeyElements.putIfAbsent(ElementRef.of(journey.id(), interaction.id()), interaction);
        }
      }
    }
    for (LineOfVisibility line : model.lines()) {
      Optional<String> group = line.targetConsumerGroup();
      if (group.isPresent()) {
        tailoredLines
            .computeIfAbsent(line.party(), party -> new HashMap<>())
            .putIfAbsent(group.get(), line);
      } else {
        generalLines.putIfAbsent(line.party(), line);
      }
    }
    for (Dependency dependency : model.dependencies()) {
      declared
          .computeIfAbsent(dependency.dependent(), ref -> new ArrayList<>())
          .add(dependency.dependsOn());
    }
    for (ServiceActionDependency dependency : model.serviceActionDependencies()) {
      actionDependencies
          .computeIfAbsent(dependency.offering(), offering -> new ArrayList<>())
          .add(dependency);
    }
    for (Responsibility responsibility : model.responsibilities()) {
      holders
          .computeIfAbsent(responsibility.element(), ref -> new LinkedHashSet<>())
          .add(responsibility.holder());
    }
  }

  /**
   * Returns the initial capacity of a hash map that holds some entries without growing.
   *
   * @param entries how many entries it will hold
   * @return the capacity
   */
  public static int capacityFor(int entries) {
    return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
  }

  /**
   * Indexes a model.
   *
   * @param model the model
   * @return the index
   */
  public static VisibilityIndex of(VisibilityModel model) {
    return new VisibilityIndex(model);
  }

  /**
   * Returns the reference to an element that is not a touchpoint or an interaction, made once per
   * id.
   *
   * @param id the element's id, of a placeable kind
   * @return the reference
   */
  public ElementRef ref(TypedId<?> id) {
    return refs.computeIfAbsent(id, ElementRef::of);
  }

  /**
   * Tells whether the model holds an element.
   *
   * @param ref the element
   * @return true if an element with that id (and journey) exists
   */
  public boolean exists(ElementRef ref) {
    TypedId<?> id = ref.id();
    return switch (ref.kind()) {
      case TOUCHPOINT, SERVICE_INTERACTION -> journeyElements.containsKey(ref);
      case VALUE_STREAM_ACTIVITY -> activities.containsKey(id);
      case PRODUCT -> products.containsKey(id);
      case RESOURCE -> resources.containsKey(id);
      case ENVIRONMENT_ELEMENT -> environment.containsKey(id);
    };
  }

  /**
   * Returns the party whose line places an element: the owner of an activity's value stream, a
   * product's provider, a resource's or an environment element's owner.
   *
   * @param id the element's id
   * @return the owner, or empty if the element has none or the model does not hold it
   */
  public Optional<PartyId> owner(TypedId<?> id) {
    if (id instanceof ValueStreamActivityId) {
      return Optional.ofNullable(activityOwners.get(id));
    }
    if (id instanceof ProductId) {
      Product product = products.get(id);
      return product == null ? Optional.empty() : Optional.of(product.provider());
    }
    if (id instanceof ResourceId) {
      Resource resource = resources.get(id);
      return resource == null ? Optional.empty() : resource.owner();
    }
    if (id instanceof EnvironmentElementId) {
      EnvironmentElement element = environment.get(id);
      return element == null ? Optional.empty() : element.owner();
    }
    return Optional.empty();
  }

  /**
   * Returns where a party's lines put an element for consumers of some target consumer groups: a
   * tailored line for one of the groups first (in front if any of them shows it), then the party's
   * general line.
   *
   * @param party the party
   * @param element the element's id
   * @param groups the target consumer groups whose tailored lines apply; empty for none
   * @return where the element is
   */
  public Placement placement(PartyId party, TypedId<?> element, Collection<String> groups) {
    Map<String, LineOfVisibility> tailored = tailoredLines.get(party);
    if (tailored != null) {
      boolean hidden = false;
      for (String group : groups) {
        LineOfVisibility line = tailored.get(group);
        if (line != null) {
          if (line.isShown(element)) {
            return Placement.SHOWN;
          }
          hidden |= line.isHidden(element);
        }
      }
      if (hidden) {
        return Placement.HIDDEN;
      }
    }
    LineOfVisibility general = generalLines.get(party);
    if (general != null) {
      if (general.isShown(element)) {
        return Placement.SHOWN;
      }
      if (general.isHidden(element)) {
        return Placement.HIDDEN;
      }
    }
    return Placement.UNPLACED;
  }

  /**
   * Tells whether an element's owner lets other parties see it: its line puts it in front, or no
   * line places it and its own model shows it (only value-stream activities say so themselves).
   *
   * @param owner the owner
   * @param element the element's id
   * @param groups the target consumer groups whose tailored lines of the owner apply
   * @return true if the other parties see it
   */
  public boolean isShownByOwner(PartyId owner, TypedId<?> element, Collection<String> groups) {
    Placement placement = placement(owner, element, groups);
    if (placement == Placement.UNPLACED) {
      ValueStreamActivity activity =
          element instanceof ValueStreamActivityId ? activities.get(element) : null;
      return activity != null && activity.isVisibleToOtherParties();
    }
    return placement == Placement.SHOWN;
  }

  /**
   * Tells whether both parties of a relationship see an element of a placeable kind.
   *
   * @param provider the provider
   * @param consumer the consumer
   * @param groups the target consumer groups of the relationship's offerings
   * @param element the element's id
   * @return true if the element is in their band of visibility
   */
  public boolean isSeenByBoth(
      PartyId provider, PartyId consumer, Collection<String> groups, TypedId<?> element) {
    Optional<PartyId> owner = owner(element);
    if (owner.isPresent()) {
      PartyId party = owner.get();
      return isShownByOwner(party, element, party.equals(provider) ? groups : List.of());
    }
    Placement byProvider = placement(provider, element, groups);
    Placement byConsumer = placement(consumer, element, List.of());
    return (byProvider == Placement.SHOWN || byConsumer == Placement.SHOWN)
        && byProvider != Placement.HIDDEN
        && byConsumer != Placement.HIDDEN;
  }

  /**
   * Returns the target consumer groups of a relationship: those its offerings name.
   *
   * @param relationship the relationship
   * @return the groups, in the order of its offerings
   */
  public Set<String> groupsOf(ServiceRelationship relationship) {
    Set<String> groups = new LinkedHashSet<>();
    for (ServiceOfferingId id : relationship.offerings()) {
      ServiceOffering offering = offerings.get(id);
      if (offering != null) {
        groups.add(offering.targetConsumerGroup());
      }
    }
    return groups;
  }

  /**
   * Returns the journeys of a relationship: those of its consumer in which its provider takes part.
   *
   * @param relationship the relationship
   * @return the journeys, in the model's order, the first of each id only
   */
  public List<CustomerJourney> journeysOf(ServiceRelationship relationship) {
    List<CustomerJourney> found = new ArrayList<>();
    for (CustomerJourney journey : journeys.values()) {
      if (journey.consumer().equals(relationship.consumer())
          && journey.providers().contains(relationship.provider())) {
        found.add(journey);
      }
    }
    return found;
  }

  /**
   * Returns a value stream.
   *
   * @param id its id
   * @return the stream, or null if the model holds none with that id
   */
  public @Nullable ValueStream stream(ValueStreamId id) {
    return streams.get(id);
  }

  /**
   * Returns a product.
   *
   * @param id its id
   * @return the product, or null if the model holds none with that id
   */
  public @Nullable Product product(ProductId id) {
    return products.get(id);
  }

  /**
   * Returns a service.
   *
   * @param id its id
   * @return the service, or null if the model holds none with that id
   */
  public @Nullable Service service(ServiceId id) {
    return services.get(id);
  }

  /**
   * Returns an offering.
   *
   * @param id its id
   * @return the offering, or null if the model holds none with that id
   */
  public @Nullable ServiceOffering offering(ServiceOfferingId id) {
    return offerings.get(id);
  }

  /**
   * Returns the offerings of a provider for a target consumer group.
   *
   * @param provider the provider
   * @param group the group
   * @return the offerings, the first of each id only
   */
  public List<ServiceOffering> offeringsFor(PartyId provider, String group) {
    List<ServiceOffering> found = new ArrayList<>();
    for (ServiceOffering offering : offerings.values()) {
      if (offering.provider().equals(provider) && offering.targetConsumerGroup().equals(group)) {
        found.add(offering);
      }
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return found;
  }

  /**
   * Returns a touchpoint or an interaction.
   *
   * @param ref its reference
   * @return the element, or null if the model holds none
   */
  public @Nullable JourneyElement journeyElement(ElementRef ref) {
    return journeyElements.get(ref);
  }

  /**
   * Returns what relies on what a service action of an offering relies on.
   *
   * @param offering the offering
   * @return the dependencies of its actions, in the model's order
   */
  public List<ServiceActionDependency> actionDependencies(ServiceOfferingId offering) {
    return actionDependencies.getOrDefault(offering, List.of());
  }

  /**
   * Returns who answers for an element.
   *
   * @param ref the element
   * @return the parties and practices, in the model's order
   */
  public Set<TypedId<?>> holders(ElementRef ref) {
    return holders.getOrDefault(ref, Set.of());
  }

  /**
   * Returns the dependencies of a node of the dependency graph: an {@link ElementRef}, a {@link
   * ServiceOfferingId} or a {@link ServiceId}. Each distinct dependency is given once.
   *
   * @param node the node
   * @return the edges, in the model's order
   */
  public List<Edge> edges(Object node) {
    DistinctEdges edges = new DistinctEdges();
    if (node instanceof ElementRef ref) {
      JourneyElement element = journeyElements.get(ref);
      if (element != null) {
        element.activities().forEach(activity -> edges.add(Edge.to(ref(activity))));
      }
      if (ref.kind() == ElementKind.PRODUCT) {
        Product product = products.get(ref.id());
        if (product != null) {
          product.resources().forEach(resource -> edges.add(Edge.to(ref(resource))));
          product.components().forEach(component -> edges.add(Edge.to(ref(component))));
        }
      }
      declared.getOrDefault(ref, List.of()).forEach(target -> edges.add(Edge.to(ref(target))));
    } else if (node instanceof ServiceOfferingId id) {
      ServiceOffering offering = offerings.get(id);
      if (offering != null) {
        for (Goods goods : offering.goods()) {
          goods
              .product()
              .ifPresent(
                  product ->
                      edges.add(
                          Edge.ofPart(
                              ref(product), goods.name(), ServiceOfferingComponentType.GOODS)));
        }
        for (ResourceAccess access : offering.resourceAccesses()) {
          edges.add(
              Edge.ofPart(
                  ref(access.resource()),
                  access.name(),
                  ServiceOfferingComponentType.ACCESS_TO_RESOURCES));
        }
        for (ServiceActionDependency dependency : actionDependencies(offering.id())) {
          edges.add(
              Edge.ofPart(
                  ref(dependency.dependsOn()),
                  dependency.action(),
                  ServiceOfferingComponentType.SERVICE_ACTION));
        }
        offering.services().forEach(service -> edges.add(Edge.to(service)));
      }
    } else if (node instanceof ServiceId id) {
      Service service = services.get(id);
      if (service != null) {
        service.products().forEach(product -> edges.add(Edge.to(ref(product))));
      }
    }
    return edges.list;
  }

  /**
   * Edges without repeats, in the order added: most nodes have a few, so a list is searched until
   * it holds {@value #SEARCHED} edges and a set is kept beside it from then on. A set for each of a
   * million nodes was a fifth of a band's time.
   */
  private static final class DistinctEdges {

    private static final int SEARCHED = 8;

    final List<Edge> list = new ArrayList<>(2);
    private @Nullable Set<Edge> seen;

    void add(Edge edge) {
      Set<Edge> set = seen;
      if (set != null) {
        if (set.add(edge)) {
          list.add(edge);
        }
      } else if (!list.contains(edge)) {
        list.add(edge);
        if (list.size() == SEARCHED) {
          seen = new HashSet<>(list);
        }
      }
    }
  }
}
