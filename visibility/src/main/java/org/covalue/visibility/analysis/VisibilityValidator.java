package org.covalue.visibility.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.internal.VisibilityIndex;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Checks the rules of a visibility model that span several values, and reports every violation at
 * once: the journey model's rules ({@link JourneyValidator}, under {@code journey}); environment
 * element and practice ids used twice; owners, parties and holders the model does not hold; a party
 * with two general lines, or two lines for one target consumer group; a line tailored to a group
 * none of the party's offerings serves; a line that places an element the model does not hold, or
 * one another party owns; dependencies and responsibilities of elements the model does not hold,
 * and of service actions an offering does not have. Rules within one value (an element placed on
 * both sides of a line, a dependency of an element on itself) are checked when the value is built.
 *
 * <pre>{@code
 * List<Violation> problems = VisibilityValidator.validate(model);
 * VisibilityValidator.requireValid(model); // or throw them all at once
 * }</pre>
 *
 * <p>Paths name the list and the index, such as {@code lines[2].shown}. Validation takes time
 * linear in the size of the model. The class offers static methods only.
 */
public final class VisibilityValidator {

  private final VisibilityModel model;
  private final VisibilityIndex index;

  private VisibilityValidator(VisibilityModel model) {
    this.model = model;
    this.index = VisibilityIndex.of(model);
  }

  /**
   * Checks a visibility model's rules that span several elements, its journey model's included.
   *
   * @param model the model
   * @return every violation found: the journey model's first, then environment elements, practices,
   *     lines, dependencies, service action dependencies and responsibilities; empty if the model
   *     is valid
   * @throws NullPointerException if the model is null
   */
  public static List<Violation> validate(VisibilityModel model) {
    return new VisibilityValidator(Objects.requireNonNull(model, "model")).run();
  }

  /**
   * Checks a model and returns it if it breaks no rule.
   *
   * @param model the model
   * @return the model
   * @throws InvalidModelException carrying every violation, if there is one
   * @throws NullPointerException if the model is null
   */
  public static VisibilityModel requireValid(VisibilityModel model) {
    List<Violation> violations = validate(model);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
    return model;
  }

  private List<Violation> run() {
    Violations found = Violations.collect();
    found.addAll("journey", JourneyValidator.validate(model.journey()));
    Set<PartyId> parties = new HashSet<>();
    model.journey().core().parties().forEach(party -> parties.add(party.id()));

    List<EnvironmentElement> environment = model.environmentElements();
    found.checkUnique(
        "environmentElements", environment, EnvironmentElement::id, "Environment element id");
    for (int i = 0; i < environment.size(); i++) {
      Optional<PartyId> owner = environment.get(i).owner();
      if (owner.isPresent()) {
        found.checkKnown(parties, owner.get(), "environmentElements[" + i + "].owner", "party");
      }
    }
    List<Practice> practices = model.practices();
    found.checkUnique("practices", practices, Practice::id, "Practice id");
    Set<PracticeId> practiceIds = new HashSet<>();
    for (int i = 0; i < practices.size(); i++) {
      practiceIds.add(practices.get(i).id());
      found.checkKnown(parties, practices.get(i).owner(), "practices[" + i + "].owner", "party");
    }
    checkLines(found, parties);
    List<Dependency> dependencies = model.dependencies();
    for (int i = 0; i < dependencies.size(); i++) {
      String path = "dependencies[" + i + "]";
      checkExists(found, dependencies.get(i).dependent(), path + ".dependent");
      checkExists(found, index.ref(dependencies.get(i).dependsOn()), path + ".dependsOn");
    }
    checkServiceActionDependencies(found);
    List<Responsibility> responsibilities = model.responsibilities();
    for (int i = 0; i < responsibilities.size(); i++) {
      Responsibility responsibility = responsibilities.get(i);
      String path = "responsibilities[" + i + "]";
      checkExists(found, responsibility.element(), path + ".element");
      TypedId<?> holder = responsibility.holder();
      if (holder instanceof PracticeId) {
        found.checkKnown(practiceIds, holder, path + ".holder", "practice");
      } else {
        found.checkKnown(parties, holder, path + ".holder", "party");
      }
    }
    return found.toList();
  }

  private void checkLines(Violations found, Set<PartyId> parties) {
    List<LineOfVisibility> lines = model.lines();
    Map<List<Object>, Integer> first = new HashMap<>();
    Map<PartyId, Set<String>> groups = new HashMap<>();
    for (ServiceOffering offering : model.journey().core().offerings()) {
      groups
          .computeIfAbsent(offering.provider(), party -> new HashSet<>())
          .add(offering.targetConsumerGroup());
    }
    for (int i = 0; i < lines.size(); i++) {
      LineOfVisibility line = lines.get(i);
      String path = "lines[" + i + "]";
      found.checkKnown(parties, line.party(), path + ".party", "party");
      Optional<String> group = line.targetConsumerGroup();
      Integer earlier = first.putIfAbsent(List.of(line.party(), group), i);
      if (earlier != null) {
        found.add(
            path,
            (group.isPresent()
                    ? "The line of " + line.party() + " for " + Violations.quote(group.get())
                    : "The general line of " + line.party())
                + " is drawn twice, first at lines["
                + earlier
                + "]",
            line.party());
      }
      if (group.isPresent() && !groups.getOrDefault(line.party(), Set.of()).contains(group.get())) {
        found.add(
            path + ".targetConsumerGroup",
            "The line of "
                + line.party()
                + " is tailored to "
                + Violations.quote(group.get())
                + ", but none of its offerings serves that target consumer group",
            group.get());
      }
      checkPlaced(found, line, line.shown(), path + ".shown");
      checkPlaced(found, line, line.hidden(), path + ".hidden");
    }
  }

  private void checkPlaced(
      Violations found, LineOfVisibility line, Set<TypedId<?>> elements, String path) {
    for (TypedId<?> element : elements) {
      if (!checkExists(found, index.ref(element), path)) {
        continue;
      }
      Optional<PartyId> owner = index.owner(element);
      if (owner.isPresent() && !owner.get().equals(line.party())) {
        found.add(
            path,
            "The line of "
                + line.party()
                + " places "
                + element.describe()
                + ", which belongs to "
                + owner.get()
                + "; a party places only its own elements and those nobody owns",
            element);
      }
    }
  }

  private void checkServiceActionDependencies(Violations found) {
    List<ServiceActionDependency> dependencies = model.serviceActionDependencies();
    Map<ServiceOfferingId, ServiceOffering> offerings = new HashMap<>();
    model.journey().core().offerings().forEach(o -> offerings.putIfAbsent(o.id(), o));
    for (int i = 0; i < dependencies.size(); i++) {
      ServiceActionDependency dependency = dependencies.get(i);
      String path = "serviceActionDependencies[" + i + "]";
      ServiceOffering offering = offerings.get(dependency.offering());
      if (offering == null) {
        found.checkKnown(
            offerings.keySet(), dependency.offering(), path + ".offering", "service offering");
      } else if (!hasAction(offering, dependency.action())) {
        found.add(
            path + ".action",
            "Service offering "
                + offering.id()
                + " has no service action "
                + Violations.quote(dependency.action()),
            dependency.action());
      }
      checkExists(found, index.ref(dependency.dependsOn()), path + ".dependsOn");
    }
  }

  private static boolean hasAction(ServiceOffering offering, String name) {
    for (ServiceAction action : offering.serviceActions()) {
      if (action.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean checkExists(Violations found, ElementRef element, String path) {
    if (index.exists(element)) {
      return true;
    }
    found.add(
        path,
        "Unknown "
            + element.describe()
            + ": the model holds no "
            + element.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " with that id",
        element.id());
    return false;
  }
}
