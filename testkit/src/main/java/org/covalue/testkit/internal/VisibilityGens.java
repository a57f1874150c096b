package org.covalue.testkit.internal;

import java.util.ArrayList;
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
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of visibility models (ITIL 4: Drive Stakeholder Value, §1.2.5, §1.2.7): consistent
 * ones built on consistent journey models, ones with one defect the validator reports, and loose
 * ones whose parts are drawn independently over small pools of ids.
 */
public final class VisibilityGens {

  private static final List<EnvironmentElementId> ENVIRONMENT_POOL =
      IdGens.pool(EnvironmentElementId::of, "e", 3);
  private static final List<PracticeId> PRACTICE_POOL = IdGens.pool(PracticeId::of, "c", 2);
  private static final List<TypedId<?>> PLACEABLE_POOL = placeablePool();
  private static final List<String> GROUP_POOL = List.of("Group A", "Group B");

  private VisibilityGens() {}

  private static List<TypedId<?>> placeablePool() {
    List<TypedId<?>> pool = new ArrayList<>();
    pool.addAll(IdGens.pool(ValueStreamActivityId::of, "a", 6));
    pool.addAll(IdGens.pool(ProductId::of, "d", 5));
    pool.addAll(IdGens.pool(ResourceId::of, "x", 4));
    pool.addAll(ENVIRONMENT_POOL);
    return List.copyOf(pool);
  }

  /**
   * Returns consistent visibility models: a consistent journey model with a relationship for every
   * provider and consumer of each journey; environment elements owned by organizations or by
   * nobody; practices; a general line for most organizations and lines tailored to some of the
   * groups their offerings serve, each placing some of the organization's own elements and of those
   * nobody owns in front of it or behind it; dependencies between the model's elements;
   * dependencies of service actions; and responsibilities of parties and practices for some
   * elements.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   */
  public static Gen<VisibilityModel> models(int scale) {
    Gen<JourneyModel> journeys = JourneyModelGens.models(scale);
    return in -> model(in, withJourneyRelationships(in, journeys.generate(in)), scale);
  }

  /** Adds a relationship for every provider and consumer of a journey that have none. */
  private static JourneyModel withJourneyRelationships(RandomnessSource in, JourneyModel journey) {
    CoreModel core = journey.core();
    List<ServiceRelationship> relationships = new ArrayList<>(core.relationships());
    Set<List<PartyId>> pairs = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (ServiceRelationship relationship : relationships) {
      pairs.add(List.of(relationship.provider(), relationship.consumer()));
      taken.add(relationship.id().value());
    }
    for (CustomerJourney customerJourney : journey.journeys()) {
      for (PartyId provider : customerJourney.providers()) {
        if (pairs.add(List.of(provider, customerJourney.consumer()))) {
          List<ServiceOfferingId> own = new ArrayList<>();
          for (ServiceOffering offering : core.offerings()) {
            if (offering.provider().equals(provider)) {
              own.add(offering.id());
            }
          }
          String id = Texts.freshIdText(in, taken);
          taken.add(id);
          relationships.add(
              RelationshipGens.relationship(
                  in,
                  ServiceRelationshipId.of(id),
                  provider,
                  customerJourney.consumer(),
                  new LinkedHashSet<>(Draw.someOf(in, own))));
        }
      }
    }
    return journey.withCore(core.withRelationships(Draw.shuffle(in, relationships)));
  }

  private static VisibilityModel model(RandomnessSource in, JourneyModel journey, int scale) {
    CoreModel core = journey.core();
    List<PartyId> organizations = new ArrayList<>();
    for (Party party : core.parties()) {
      if (party.kind() == PartyKind.ORGANIZATION) {
        organizations.add(party.id());
      }
    }
    List<EnvironmentElement> environment = new ArrayList<>();
    for (EnvironmentElementId id :
        IdGens.distinct(in, EnvironmentElementId::of, Draw.intBetween(in, 0, scale))) {
      Optional<PartyId> owner =
          Draw.oneIn(in, 3) ? Optional.empty() : Optional.of(Draw.oneOf(in, organizations));
      environment.add(environmentElement(in, id, owner));
    }
    List<Practice> practices = new ArrayList<>();
    for (PracticeId id : IdGens.distinct(in, PracticeId::of, Draw.intBetween(in, 0, 2))) {
      practices.add(Practice.of(id, Texts.names().generate(in), Draw.oneOf(in, organizations)));
    }
    VisibilityModel.Builder model =
        VisibilityModel.builder()
            .journey(journey)
            .environmentElements(environment)
            .practices(practices);
    Map<TypedId<?>, Optional<PartyId>> owners = owners(journey, environment);
    List<TypedId<?>> placeable = new ArrayList<>(owners.keySet());

    List<LineOfVisibility> lines = new ArrayList<>();
    for (PartyId organization : organizations) {
      List<TypedId<?>> own = new ArrayList<>();
      owners.forEach(
          (element, owner) -> {
            if (owner.isEmpty() || owner.get().equals(organization)) {
              own.add(element);
            }
          });
      if (!Draw.oneIn(in, 4)) {
        lines.add(line(in, LineOfVisibility.of(organization), own));
      }
      Set<String> groups = new LinkedHashSet<>();
      for (ServiceOffering offering : core.offerings()) {
        if (offering.provider().equals(organization)) {
          groups.add(offering.targetConsumerGroup());
        }
      }
      for (String group : groups) {
        if (Draw.bool(in)) {
          lines.add(line(in, LineOfVisibility.of(organization, group), own));
        }
      }
    }
    model.lines(Draw.shuffle(in, lines));

    List<ElementRef> refs = new ArrayList<>(journeyElements(journey));
    placeable.forEach(element -> refs.add(ElementRef.of(element)));
    int dependencies = Draw.intBetween(in, 0, scale);
    for (int i = 0; i < dependencies; i++) {
      ElementRef dependent = Draw.oneOf(in, refs);
      TypedId<?> dependsOn = Draw.oneOf(in, placeable);
      if (!dependent.id().equals(dependsOn)) {
        model.addDependency(Dependency.of(dependent, dependsOn));
      }
    }
    for (ServiceOffering offering : core.offerings()) {
      if (!offering.serviceActions().isEmpty() && Draw.bool(in)) {
        model.addServiceActionDependency(
            ServiceActionDependency.of(
                offering.id(),
                Draw.oneOf(in, offering.serviceActions()).name(),
                Draw.oneOf(in, placeable)));
      }
    }
    List<TypedId<?>> holders = new ArrayList<>();
    core.parties().forEach(party -> holders.add(party.id()));
    practices.forEach(practice -> holders.add(practice.id()));
    for (ElementRef ref : refs) {
      if (Draw.bool(in)) {
        model.addResponsibility(Responsibility.of(ref, Draw.oneOf(in, holders)));
      }
    }
    return model.build();
  }

  /** Places each of some elements in front of a line, behind it, or nowhere. */
  private static LineOfVisibility line(
      RandomnessSource in, LineOfVisibility empty, List<TypedId<?>> elements) {
    LineOfVisibility.Builder line = LineOfVisibility.builder().from(empty);
    for (TypedId<?> element : elements) {
      int side = Draw.intBetween(in, 0, 2);
      if (side == 1) {
        line.addShown(element);
      } else if (side == 2) {
        line.addHidden(element);
      }
    }
    return line.build();
  }

  private static EnvironmentElement environmentElement(
      RandomnessSource in, EnvironmentElementId id, Optional<PartyId> owner) {
    EnvironmentElement.Builder element =
        EnvironmentElement.builder().id(id).name(Texts.names().generate(in)).owner(owner);
    if (Draw.oneIn(in, 3)) {
      element.description(Texts.names().generate(in));
    }
    return element.build();
  }

  /**
   * Returns every element of a model that lines place, with the party whose line places it: the
   * activities of value streams, products, resources and environment elements, the first of each
   * id.
   *
   * @param journey the journey model
   * @param environment the environment elements
   * @return the elements and their owners, in the model's order
   */
  static Map<TypedId<?>, Optional<PartyId>> owners(
      JourneyModel journey, List<EnvironmentElement> environment) {
    Map<TypedId<?>, Optional<PartyId>> owners = new LinkedHashMap<>();
    for (ValueStream stream : journey.valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        owners.putIfAbsent(activity.id(), Optional.of(stream.owner()));
      }
    }
    for (Product product : journey.core().products()) {
      owners.putIfAbsent(product.id(), Optional.of(product.provider()));
    }
    for (Resource resource : journey.core().resources()) {
      owners.putIfAbsent(resource.id(), resource.owner());
    }
    for (EnvironmentElement element : environment) {
      owners.putIfAbsent(element.id(), element.owner());
    }
    return owners;
  }

  /**
   * Returns the touchpoints and interactions of a model's journeys as references.
   *
   * @param journey the journey model
   * @return the references, journey by journey
   */
  static List<ElementRef> journeyElements(JourneyModel journey) {
    List<ElementRef> refs = new ArrayList<>();
    for (CustomerJourney customerJourney : journey.journeys()) {
      for (Touchpoint touchpoint : customerJourney.touchpoints()) {
        refs.add(ElementRef.of(customerJourney.id(), touchpoint.id()));
      }
      for (ServiceInteraction interaction : customerJourney.interactions()) {
        refs.add(ElementRef.of(customerJourney.id(), interaction.id()));
      }
    }
    return refs;
  }

  /**
   * Returns consistent models with one defect each that the visibility validator reports, of a
   * drawn {@link VisibilityModelDefect}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<Broken<VisibilityModel>> brokenModels(int scale) {
    Gen<VisibilityModel> models = models(scale);
    return in ->
        Draw.oneOf(in, List.of(VisibilityModelDefect.values()))
            .plant
            .apply(in, models.generate(in));
  }

  /**
   * Returns loose models: a loose journey model, and environment elements, practices, lines,
   * dependencies and responsibilities each drawn on their own, valid by themselves, with ids and
   * references taken from small pools, so that models hold any mix of repeated ids, dangling
   * references, lines drawn twice, lines for groups nobody serves and lines that place other
   * parties' elements.
   *
   * @return the generator
   */
  public static Gen<VisibilityModel> looseModels() {
    return in -> {
      JourneyModel journey = JourneyModelGens.looseModels().generate(in);
      List<PartyId> parties = CoreModelGens.PARTY_POOL;
      List<EnvironmentElement> environment = new ArrayList<>();
      int environmentCount = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < environmentCount; i++) {
        Optional<PartyId> owner =
            Draw.bool(in) ? Optional.of(Draw.oneOf(in, parties)) : Optional.empty();
        environment.add(environmentElement(in, Draw.oneOf(in, ENVIRONMENT_POOL), owner));
      }
      List<Practice> practices = new ArrayList<>();
      int practiceCount = Draw.intBetween(in, 0, 2);
      for (int i = 0; i < practiceCount; i++) {
        practices.add(
            Practice.of(
                Draw.oneOf(in, PRACTICE_POOL),
                Texts.names().generate(in),
                Draw.oneOf(in, parties)));
      }
      List<String> groups = new ArrayList<>(GROUP_POOL);
      journey.core().offerings().forEach(offering -> groups.add(offering.targetConsumerGroup()));
      List<LineOfVisibility> lines = new ArrayList<>();
      int lineCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < lineCount; i++) {
        LineOfVisibility empty =
            Draw.bool(in)
                ? LineOfVisibility.of(Draw.oneOf(in, parties))
                : LineOfVisibility.of(Draw.oneOf(in, parties), Draw.oneOf(in, groups));
        lines.add(line(in, empty, Draw.someOf(in, PLACEABLE_POOL)));
      }
      List<ElementRef> refs = new ArrayList<>(journeyElements(journey));
      for (TypedId<?> element : PLACEABLE_POOL) {
        refs.add(ElementRef.of(element));
      }
      refs.add(ElementRef.of(JourneyId.of("j0"), TouchpointId.of("t0")));
      refs.add(ElementRef.of(JourneyId.of("j1"), ServiceInteractionId.of("i0")));
      List<Dependency> dependencies = new ArrayList<>();
      int dependencyCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < dependencyCount; i++) {
        ElementRef dependent = Draw.oneOf(in, refs);
        TypedId<?> dependsOn = Draw.oneOf(in, PLACEABLE_POOL);
        if (!dependent.id().equals(dependsOn)) {
          dependencies.add(Dependency.of(dependent, dependsOn));
        }
      }
      List<ServiceActionDependency> actionDependencies = new ArrayList<>();
      List<String> actions = new ArrayList<>(List.of("Use it"));
      List<ServiceOfferingId> offerings =
          new ArrayList<>(IdGens.pool(ServiceOfferingId::of, "o", 3));
      for (ServiceOffering offering : journey.core().offerings()) {
        offering.serviceActions().forEach(action -> actions.add(action.name()));
      }
      int actionCount = Draw.intBetween(in, 0, 2);
      for (int i = 0; i < actionCount; i++) {
        actionDependencies.add(
            ServiceActionDependency.of(
                Draw.oneOf(in, offerings),
                Draw.oneOf(in, actions),
                Draw.oneOf(in, PLACEABLE_POOL)));
      }
      List<TypedId<?>> holders = new ArrayList<>(parties);
      holders.addAll(PRACTICE_POOL);
      List<Responsibility> responsibilities = new ArrayList<>();
      int responsibilityCount = Draw.intBetween(in, 0, 4);
      for (int i = 0; i < responsibilityCount; i++) {
        responsibilities.add(Responsibility.of(Draw.oneOf(in, refs), Draw.oneOf(in, holders)));
      }
      return VisibilityModel.builder()
          .journey(journey)
          .environmentElements(environment)
          .practices(practices)
          .lines(lines)
          .dependencies(dependencies)
          .serviceActionDependencies(actionDependencies)
          .responsibilities(responsibilities)
          .build();
    };
  }

  /**
   * Returns lines of any party, general or tailored to a group, placing elements of any placeable
   * kind.
   *
   * @return the generator
   */
  public static Gen<LineOfVisibility> lines() {
    return in -> {
      PartyId party = PartyId.of(Texts.idTexts().generate(in));
      LineOfVisibility empty =
          Draw.bool(in)
              ? LineOfVisibility.of(party)
              : LineOfVisibility.of(party, Texts.names().generate(in));
      return line(in, empty, Draw.someOf(in, PLACEABLE_POOL));
    };
  }

  /**
   * Returns references to elements of every kind.
   *
   * @return the generator
   */
  public static Gen<ElementRef> elementRefs() {
    return in -> {
      String text = Texts.idTexts().generate(in);
      return switch (Draw.intBetween(in, 0, 5)) {
        case 0 -> ElementRef.of(JourneyId.of(Texts.idTexts().generate(in)), TouchpointId.of(text));
        case 1 ->
            ElementRef.of(
                JourneyId.of(Texts.idTexts().generate(in)), ServiceInteractionId.of(text));
        case 2 -> ElementRef.of(ValueStreamActivityId.of(text));
        case 3 -> ElementRef.of(ProductId.of(text));
        case 4 -> ElementRef.of(ResourceId.of(text));
        default -> ElementRef.of(EnvironmentElementId.of(text));
      };
    };
  }

  /**
   * Returns environment elements with any ids, owned by any party or by nobody.
   *
   * @return the generator
   */
  public static Gen<EnvironmentElement> environmentElements() {
    return in ->
        environmentElement(
            in,
            EnvironmentElementId.of(Texts.idTexts().generate(in)),
            Draw.bool(in)
                ? Optional.of(PartyId.of(Texts.idTexts().generate(in)))
                : Optional.empty());
  }

  /**
   * Returns attempts to build visibility values from invalid input, each with the path it must be
   * rejected at.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidValues() {
    return in -> {
      PartyId party = PartyId.of(Texts.idTexts().generate(in));
      ProductId product = ProductId.of(Texts.idTexts().generate(in));
      TouchpointId touchpoint = TouchpointId.of(Texts.idTexts().generate(in));
      return switch (Draw.intBetween(in, 0, 9)) {
        case 0 ->
            BadInput.of(
                "line placing " + product.describe() + " on both sides",
                "hidden",
                () ->
                    LineOfVisibility.builder()
                        .party(party)
                        .addShown(product)
                        .addHidden(product)
                        .build());
        case 1 ->
            BadInput.of(
                "line placing " + touchpoint.describe(),
                "shown",
                () -> LineOfVisibility.of(party).show(touchpoint));
        case 2 ->
            BadInput.blank(
                in,
                "line tailored to",
                "targetConsumerGroup",
                group -> LineOfVisibility.of(party, group));
        case 3 ->
            BadInput.of(
                "reference to " + touchpoint.describe() + " without its journey",
                "journey",
                () -> ElementRef.of(touchpoint));
        case 4 -> BadInput.of("reference to " + party.describe(), "id", () -> ElementRef.of(party));
        case 5 ->
            BadInput.blank(
                in,
                "environment element named",
                "name",
                name -> EnvironmentElement.of(EnvironmentElementId.of("e"), name));
        case 6 ->
            BadInput.blank(
                in, "practice named", "name", name -> Practice.of(PracticeId.of("c"), name, party));
        case 7 ->
            BadInput.of(
                product.describe() + " depending on itself",
                "dependsOn",
                () -> Dependency.of(product, product));
        case 8 ->
            BadInput.blank(
                in,
                "service action dependency on the action",
                "action",
                action -> ServiceActionDependency.of(ServiceOfferingId.of("o"), action, product));
        default ->
            BadInput.of(
                "responsibility held by " + product.describe(),
                "holder",
                () -> Responsibility.of(ElementRef.of(product), product));
      };
    };
  }
}
