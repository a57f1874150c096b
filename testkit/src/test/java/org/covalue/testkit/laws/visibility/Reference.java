package org.covalue.testkit.laws.visibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;

/**
 * The documented rules of visibility read naively, straight from the model's lists, to check the
 * analyses against on consistent models: who owns an element, which lines apply, who sees what, and
 * what depends on what. Quadratic where the analyses are linear, and written without their index.
 */
final class Reference {

  private Reference() {}

  /** The owner of an element, as the model's lists say. */
  static Optional<PartyId> owner(VisibilityModel model, TypedId<?> element) {
    for (ValueStream stream : model.journey().valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        if (activity.id().equals(element)) {
          return Optional.of(stream.owner());
        }
      }
    }
    for (Product product : model.journey().core().products()) {
      if (product.id().equals(element)) {
        return Optional.of(product.provider());
      }
    }
    for (Resource resource : model.journey().core().resources()) {
      if (resource.id().equals(element)) {
        return resource.owner();
      }
    }
    for (EnvironmentElement environment : model.environmentElements()) {
      if (environment.id().equals(element)) {
        return environment.owner();
      }
    }
    return Optional.empty();
  }

  /** The target consumer groups of a relationship's offerings. */
  static Set<String> groups(VisibilityModel model, ServiceRelationship relationship) {
    Set<String> groups = new LinkedHashSet<>();
    for (ServiceOffering offering : model.journey().core().offerings()) {
      if (relationship.offerings().contains(offering.id())) {
        groups.add(offering.targetConsumerGroup());
      }
    }
    return groups;
  }

  /** The lines of a party that apply for some groups: the tailored ones first, then the general. */
  static List<LineOfVisibility> applicable(
      VisibilityModel model, PartyId party, Set<String> groups) {
    List<LineOfVisibility> tailored = new ArrayList<>();
    List<LineOfVisibility> general = new ArrayList<>();
    for (LineOfVisibility line : model.lines()) {
      if (line.party().equals(party)) {
        if (line.targetConsumerGroup().isEmpty()) {
          general.add(line);
        } else if (groups.contains(line.targetConsumerGroup().get())) {
          tailored.add(line);
        }
      }
    }
    tailored.addAll(general);
    return tailored;
  }

  /**
   * -1 hidden, 1 shown, 0 unplaced: a shown tailored line wins, then any tailored, then general.
   */
  static int placement(
      VisibilityModel model, PartyId party, TypedId<?> element, Set<String> groups) {
    boolean tailoredShows = false;
    boolean tailoredHides = false;
    boolean generalShows = false;
    boolean generalHides = false;
    for (LineOfVisibility line : applicable(model, party, groups)) {
      if (line.isTailored()) {
        tailoredShows |= line.isShown(element);
        tailoredHides |= line.isHidden(element);
      } else {
        generalShows |= line.isShown(element);
        generalHides |= line.isHidden(element);
      }
    }
    if (tailoredShows) {
      return 1;
    }
    if (tailoredHides) {
      return -1;
    }
    return generalShows ? 1 : generalHides ? -1 : 0;
  }

  /** Whether an element's own model shows it: only visible value-stream activities do. */
  static boolean shownByDefault(VisibilityModel model, TypedId<?> element) {
    for (ValueStream stream : model.journey().valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        if (activity.id().equals(element)) {
          return activity.isVisibleToOtherParties();
        }
      }
    }
    return false;
  }

  /**
   * Whether both parties of a relationship see an element, by the rules BandOfVisibility states.
   */
  static boolean seenByBoth(
      VisibilityModel model, ServiceRelationship relationship, TypedId<?> element) {
    Set<String> groups = groups(model, relationship);
    Optional<PartyId> owner = owner(model, element);
    if (owner.isPresent()) {
      Set<String> applying = owner.get().equals(relationship.provider()) ? groups : Set.of();
      int placed = placement(model, owner.get(), element, applying);
      return placed == 1 || (placed == 0 && shownByDefault(model, element));
    }
    int byProvider = placement(model, relationship.provider(), element, groups);
    int byConsumer = placement(model, relationship.consumer(), element, Set.of());
    return (byProvider == 1 || byConsumer == 1) && byProvider != -1 && byConsumer != -1;
  }

  /**
   * What a node of the dependency graph depends on, naively: journey elements on their activities,
   * products on their resources and components, declared dependencies, offerings on their goods,
   * accessed resources, actions' dependencies and services, services on their products.
   */
  static List<Object> dependenciesOf(VisibilityModel model, Object node) {
    List<Object> targets = new ArrayList<>();
    if (node instanceof ElementRef ref) {
      for (CustomerJourney journey : model.journey().journeys()) {
        if (ref.journey().equals(Optional.of(journey.id()))) {
          List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
          elements.addAll(journey.interactions());
          for (JourneyElement element : elements) {
            if (element.id().equals(ref.id())) {
              for (ValueStreamActivityId activity : element.activities()) {
                targets.add(ElementRef.of(activity));
              }
            }
          }
        }
      }
      for (Product product : model.journey().core().products()) {
        if (product.id().equals(ref.id())) {
          product.resources().forEach(resource -> targets.add(ElementRef.of(resource)));
          product.components().forEach(component -> targets.add(ElementRef.of(component)));
        }
      }
      for (Dependency dependency : model.dependencies()) {
        if (dependency.dependent().equals(ref)) {
          targets.add(ElementRef.of(dependency.dependsOn()));
        }
      }
    } else if (node instanceof ServiceOfferingId id) {
      for (ServiceOffering offering : model.journey().core().offerings()) {
        if (offering.id().equals(id)) {
          for (Goods goods : offering.goods()) {
            goods.product().ifPresent(product -> targets.add(ElementRef.of(product)));
          }
          for (ResourceAccess access : offering.resourceAccesses()) {
            targets.add(ElementRef.of(access.resource()));
          }
          targets.addAll(offering.services());
        }
      }
      for (ServiceActionDependency dependency : model.serviceActionDependencies()) {
        if (dependency.offering().equals(id)) {
          targets.add(ElementRef.of(dependency.dependsOn()));
        }
      }
    } else if (node instanceof ServiceId id) {
      for (Service service : model.journey().core().services()) {
        if (service.id().equals(id)) {
          for (ProductId product : service.products()) {
            targets.add(ElementRef.of(product));
          }
        }
      }
    }
    return targets;
  }
}
