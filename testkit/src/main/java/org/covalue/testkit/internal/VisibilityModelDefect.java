package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.journey.model.JourneyModel;
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
import org.quicktheories.core.RandomnessSource;

/**
 * The rules of a visibility model that {@code VisibilityValidator} checks (ITIL 4: Drive
 * Stakeholder Value, §1.2.5, §1.2.7), each as a way to break it: its {@code plant} puts the defect
 * into a consistent model and names the paths of which the validator must report one.
 */
enum VisibilityModelDefect {
  /**
   * A defect of the journey model, drawn from {@link JourneyModelDefect}, reported under {@code
   * journey}.
   */
  JOURNEY_DEFECT(
      (in, model) -> {
        Broken<JourneyModel> journey =
            Draw.oneOf(in, List.of(JourneyModelDefect.values())).plant.apply(in, model.journey());
        return journey.within(model.withJourney(journey.model()), "journey");
      }),
  /** An environment element id used twice. */
  REPEATED_ENVIRONMENT_ELEMENT(
      (in, model) -> Parts.ENVIRONMENT.repeated(in, withEnvironment(in, model), ".id")),
  /** A practice id used twice. */
  REPEATED_PRACTICE((in, model) -> Parts.PRACTICES.repeated(in, withPractice(in, model), ".id")),
  /** An environment element owned by a party the model does not hold. */
  UNKNOWN_ENVIRONMENT_OWNER(
      (in, model) ->
          Parts.ENVIRONMENT.dangling(
              in, withEnvironment(in, model), "owner", PartyId::of, EnvironmentElement::withOwner)),
  /** A practice of a party the model does not hold. */
  UNKNOWN_PRACTICE_OWNER(
      (in, model) ->
          Parts.PRACTICES.dangling(
              in, withPractice(in, model), "owner", PartyId::of, Practice::withOwner)),
  /** A line of a party the model does not hold. */
  UNKNOWN_LINE_PARTY(
      (in, model) ->
          insertLine(
              in,
              model,
              LineOfVisibility.of(PartyId.of(Texts.missingIdText(in))),
              ".party",
              "a line is drawn by an unknown party")),
  /** A party's line drawn twice: two general lines, or two for one group. */
  REPEATED_LINE((in, model) -> Parts.LINES.repeated(in, withLine(in, model), "")),
  /** A line tailored to a target consumer group that none of the party's offerings serves. */
  UNSERVED_GROUP(
      (in, model) ->
          insertLine(
              in,
              model,
              LineOfVisibility.of(
                  Draw.oneOf(in, organizations(model)), "Unserved " + Texts.missingIdText(in)),
              ".targetConsumerGroup",
              "a line is tailored to a group nobody serves")),
  /** A line that places an element the model does not hold. */
  UNKNOWN_PLACED_ELEMENT(
      (in, model) ->
          Parts.LINES.dangling(
              in,
              withLine(in, model),
              "shown",
              text -> productOrResource(in, text),
              LineOfVisibility::show)),
  /** A line that places an element another party owns. */
  FOREIGN_ELEMENT(VisibilityModelDefect::foreignElement),
  /** A dependency of an element the model does not hold. */
  UNKNOWN_DEPENDENT(
      (in, model) ->
          Parts.DEPENDENCIES.dangling(
              in,
              withDependency(in, model),
              "dependent",
              ProductId::of,
              (dependency, product) -> Dependency.of(product, dependency.dependsOn()))),
  /** A dependency on an element the model does not hold. */
  UNKNOWN_DEPENDENCY(
      (in, model) ->
          Parts.DEPENDENCIES.dangling(
              in,
              withDependency(in, model),
              "dependsOn",
              ResourceId::of,
              (dependency, resource) -> Dependency.of(dependency.dependent(), resource))),
  /** A dependency of a service action of an offering the model does not hold. */
  UNKNOWN_ACTION_OFFERING(
      (in, model) ->
          insertActionDependency(
              in,
              model,
              ServiceOfferingId.of(Texts.missingIdText(in)),
              "Use it",
              ".offering",
              "a service action of an unknown offering depends on something")),
  /** A dependency of a service action its offering does not have. */
  UNKNOWN_ACTION(
      (in, model) ->
          insertActionDependency(
              in,
              model,
              Draw.oneOf(in, model.journey().core().offerings()).id(),
              "Unknown action " + Texts.missingIdText(in),
              ".action",
              "an offering's unknown service action depends on something")),
  /** A responsibility for an element the model does not hold. */
  UNKNOWN_RESPONSIBILITY_ELEMENT(
      (in, model) ->
          Parts.RESPONSIBILITIES.dangling(
              in,
              withResponsibility(in, model),
              "element",
              EnvironmentElementId::of,
              (responsibility, element) ->
                  Responsibility.of(ElementRef.of(element), responsibility.holder()))),
  /** A responsibility held by a party or a practice the model does not hold. */
  UNKNOWN_HOLDER(
      (in, model) ->
          Parts.RESPONSIBILITIES.dangling(
              in,
              withResponsibility(in, model),
              "holder",
              text -> partyOrPractice(in, text),
              (responsibility, holder) -> Responsibility.of(responsibility.element(), holder)));

  /** Puts the defect into a consistent model. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  final BiFunction<RandomnessSource, VisibilityModel, Broken<VisibilityModel>> plant;

  VisibilityModelDefect(
      BiFunction<RandomnessSource, VisibilityModel, Broken<VisibilityModel>> plant) {
    this.plant = plant;
  }

  /** The lists of a visibility model, by the names the validator uses in paths. */
  private static final class Parts {
    static final ModelPart<VisibilityModel, EnvironmentElement> ENVIRONMENT =
        new ModelPart<>(
            "environmentElements",
            VisibilityModel::environmentElements,
            VisibilityModel::withEnvironmentElements);
    static final ModelPart<VisibilityModel, Practice> PRACTICES =
        new ModelPart<>("practices", VisibilityModel::practices, VisibilityModel::withPractices);
    static final ModelPart<VisibilityModel, LineOfVisibility> LINES =
        new ModelPart<>("lines", VisibilityModel::lines, VisibilityModel::withLines);
    static final ModelPart<VisibilityModel, Dependency> DEPENDENCIES =
        new ModelPart<>(
            "dependencies", VisibilityModel::dependencies, VisibilityModel::withDependencies);
    static final ModelPart<VisibilityModel, Responsibility> RESPONSIBILITIES =
        new ModelPart<>(
            "responsibilities",
            VisibilityModel::responsibilities,
            VisibilityModel::withResponsibilities);

    private Parts() {}
  }

  private static List<PartyId> organizations(VisibilityModel model) {
    List<PartyId> organizations = new ArrayList<>();
    for (Party party : model.journey().core().parties()) {
      if (party.kind() == PartyKind.ORGANIZATION) {
        organizations.add(party.id());
      }
    }
    return organizations;
  }

  private static List<TypedId<?>> placeable(VisibilityModel model) {
    return new ArrayList<>(
        VisibilityGens.owners(model.journey(), model.environmentElements()).keySet());
  }

  /** Makes sure the model has an environment element, adding a valid one if it has none. */
  private static VisibilityModel withEnvironment(RandomnessSource in, VisibilityModel model) {
    if (!model.environmentElements().isEmpty()) {
      return model;
    }
    Set<String> taken = new HashSet<>();
    return model.withEnvironmentElements(
        List.of(
            EnvironmentElement.of(
                EnvironmentElementId.of(Texts.freshIdText(in, taken)),
                Texts.names().generate(in))));
  }

  private static VisibilityModel withPractice(RandomnessSource in, VisibilityModel model) {
    if (!model.practices().isEmpty()) {
      return model;
    }
    return model.withPractices(
        List.of(
            Practice.of(
                PracticeId.of(Texts.freshIdText(in, new HashSet<>())),
                Texts.names().generate(in),
                Draw.oneOf(in, organizations(model)))));
  }

  /** Makes sure the model has a line, adding an empty general line of an organization without. */
  private static VisibilityModel withLine(RandomnessSource in, VisibilityModel model) {
    if (!model.lines().isEmpty()) {
      return model;
    }
    return model.withLines(List.of(LineOfVisibility.of(Draw.oneOf(in, organizations(model)))));
  }

  private static VisibilityModel withDependency(RandomnessSource in, VisibilityModel model) {
    if (!model.dependencies().isEmpty()) {
      return model;
    }
    List<TypedId<?>> placeable = placeable(model);
    TypedId<?> first = Draw.oneOf(in, placeable);
    List<ElementRef> refs = VisibilityGens.journeyElements(model.journey());
    ElementRef dependent = Draw.oneOf(in, refs);
    return model.withDependencies(List.of(Dependency.of(dependent, first)));
  }

  private static VisibilityModel withResponsibility(RandomnessSource in, VisibilityModel model) {
    if (!model.responsibilities().isEmpty()) {
      return model;
    }
    return model.withResponsibilities(
        List.of(
            Responsibility.of(
                ElementRef.of(Draw.oneOf(in, placeable(model))),
                Draw.oneOf(in, organizations(model)))));
  }

  private static Broken<VisibilityModel> insertLine(
      RandomnessSource in,
      VisibilityModel model,
      LineOfVisibility line,
      String suffix,
      String description) {
    List<LineOfVisibility> lines = new ArrayList<>(model.lines());
    int at = Draw.insert(in, lines, line);
    return new Broken<>(model.withLines(lines), description, List.of("lines[" + at + "]" + suffix));
  }

  private static Broken<VisibilityModel> insertActionDependency(
      RandomnessSource in,
      VisibilityModel model,
      ServiceOfferingId offering,
      String action,
      String suffix,
      String description) {
    List<ServiceActionDependency> dependencies = new ArrayList<>(model.serviceActionDependencies());
    int at =
        Draw.insert(
            in,
            dependencies,
            ServiceActionDependency.of(offering, action, Draw.oneOf(in, placeable(model))));
    return new Broken<>(
        model.withServiceActionDependencies(dependencies),
        description,
        List.of("serviceActionDependencies[" + at + "]" + suffix));
  }

  /** Lets an organization's general line show an activity of another organization. */
  private static Broken<VisibilityModel> foreignElement(
      RandomnessSource in, VisibilityModel model) {
    Map<TypedId<?>, Optional<PartyId>> owners =
        VisibilityGens.owners(model.journey(), model.environmentElements());
    List<TypedId<?>> owned = new ArrayList<>();
    owners.forEach(
        (element, owner) -> {
          if (owner.isPresent()) {
            owned.add(element);
          }
        });
    TypedId<?> element = Draw.oneOf(in, owned);
    PartyId owner = java.util.Objects.requireNonNull(owners.get(element)).orElseThrow();
    List<PartyId> others = organizations(model);
    others.remove(owner);
    PartyId party = Draw.oneOf(in, others);
    List<LineOfVisibility> lines = new ArrayList<>(model.lines());
    for (int i = 0; i < lines.size(); i++) {
      LineOfVisibility line = lines.get(i);
      if (line.party().equals(party) && !line.isTailored()) {
        lines.set(i, line.show(element));
        return new Broken<>(
            model.withLines(lines),
            party + " shows " + element.describe() + " of " + owner,
            List.of("lines[" + i + "].shown"));
      }
    }
    int at = Draw.insert(in, lines, LineOfVisibility.of(party).show(element));
    return new Broken<>(
        model.withLines(lines),
        party + " shows " + element.describe() + " of " + owner,
        List.of("lines[" + at + "].shown"));
  }

  private static TypedId<?> productOrResource(RandomnessSource in, String text) {
    return Draw.bool(in) ? ProductId.of(text) : ResourceId.of(text);
  }

  private static TypedId<?> partyOrPractice(RandomnessSource in, String text) {
    return Draw.bool(in) ? PartyId.of(text) : PracticeId.of(text);
  }
}
