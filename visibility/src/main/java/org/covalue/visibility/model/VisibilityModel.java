package org.covalue.visibility.model;

import java.util.List;
import org.covalue.journey.model.JourneyModel;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.immutables.value.Value;

/**
 * A journey model with what the visibility analyses add to it (ITIL 4: Drive Stakeholder Value,
 * §1.2.5 and §1.2.7): the environment elements the parties see or hide, the practices that answer
 * for elements, each party's lines of visibility, the dependencies between elements that the core
 * and journey models do not already hold, and who answers for which element.
 *
 * <pre>{@code
 * VisibilityModel model = VisibilityModel.builder()
 *     .journey(journeyModel)
 *     .addLine(LineOfVisibility.of(cloud).show(console).hide(platform))
 *     .addResponsibility(Responsibility.of(console, PracticeId.of("service-desk")))
 *     .build();
 * List<Violation> problems = VisibilityValidator.validate(model);
 * }</pre>
 *
 * <p>As with the core and journey models, each element is checked when it is built, and the rules
 * between elements (a line that places an element the model does not hold, or another party's
 * element) are {@code org.covalue.visibility.analysis.VisibilityValidator}'s, so that a model in
 * progress can still be built. Violation paths start at this model: {@code
 * journey.core.parties[0].id}, {@code lines[1].shown}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisibilityModel {

  VisibilityModel() {}

  /**
   * Returns a new builder of a model with an empty journey model.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the journey model, which holds the core model: parties, relationships, offerings,
   * products, resources, value streams and journeys.
   *
   * @return the journey model; empty unless set
   */
  @Value.Default
  public JourneyModel journey() {
    return JourneyModel.builder().build();
  }

  /**
   * Returns the elements of the environment.
   *
   * @return the elements, in the order given
   */
  public abstract List<EnvironmentElement> environmentElements();

  /**
   * Returns the practices that answer for elements.
   *
   * @return the practices, in the order given
   */
  public abstract List<Practice> practices();

  /**
   * Returns the parties' lines of visibility: at most one general line per party and one per party
   * and target consumer group.
   *
   * @return the lines, in the order given
   */
  public abstract List<LineOfVisibility> lines();

  /**
   * Returns the dependencies between elements that the core and journey models do not hold.
   *
   * @return the dependencies, in the order given
   */
  public abstract List<Dependency> dependencies();

  /**
   * Returns what the service actions of offerings rely on.
   *
   * @return the dependencies, in the order given
   */
  public abstract List<ServiceActionDependency> serviceActionDependencies();

  /**
   * Returns who answers for which element.
   *
   * @return the responsibilities, in the order given
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Returns how many elements the model holds, of all kinds, its journey model's included.
   *
   * @return the total number of elements
   */
  public int size() {
    return journey().size()
        + environmentElements().size()
        + practices().size()
        + lines().size()
        + dependencies().size()
        + serviceActionDependencies().size()
        + responsibilities().size();
  }

  /**
   * Returns a copy with another journey model.
   *
   * @param journey the new journey model
   * @return the copy
   */
  public abstract VisibilityModel withJourney(JourneyModel journey);

  /**
   * Returns a copy with other environment elements.
   *
   * @param environmentElements the new elements
   * @return the copy
   */
  public abstract VisibilityModel withEnvironmentElements(
      Iterable<? extends EnvironmentElement> environmentElements);

  /**
   * Returns a copy with other practices.
   *
   * @param practices the new practices
   * @return the copy
   */
  public abstract VisibilityModel withPractices(Iterable<? extends Practice> practices);

  /**
   * Returns a copy with other lines of visibility.
   *
   * @param lines the new lines
   * @return the copy
   */
  public abstract VisibilityModel withLines(Iterable<? extends LineOfVisibility> lines);

  /**
   * Returns a copy with other dependencies.
   *
   * @param dependencies the new dependencies
   * @return the copy
   */
  public abstract VisibilityModel withDependencies(Iterable<? extends Dependency> dependencies);

  /**
   * Returns a copy with other dependencies of service actions.
   *
   * @param serviceActionDependencies the new dependencies
   * @return the copy
   */
  public abstract VisibilityModel withServiceActionDependencies(
      Iterable<? extends ServiceActionDependency> serviceActionDependencies);

  /**
   * Returns a copy with other responsibilities.
   *
   * @param responsibilities the new responsibilities
   * @return the copy
   */
  public abstract VisibilityModel withResponsibilities(
      Iterable<? extends Responsibility> responsibilities);

  /** Returns the number of elements of each kind, not the elements themselves. */
  @Override
  public String toString() {
    return "VisibilityModel{journey="
        + journey()
        + ", environmentElements="
        + environmentElements().size()
        + ", practices="
        + practices().size()
        + ", lines="
        + lines().size()
        + ", dependencies="
        + dependencies().size()
        + ", serviceActionDependencies="
        + serviceActionDependencies().size()
        + ", responsibilities="
        + responsibilities().size()
        + "}";
  }

  /**
   * Builds {@link VisibilityModel}s; the journey model defaults to the empty model and every list
   * starts empty.
   *
   * <p>Add to a list with {@code addX(..)} or {@code addAllX(..)}, or replace it whole with the
   * method of its name. {@code from(model)} copies an existing model. {@code build()} returns the
   * model; rules between elements are the validator's. A null element is refused with an {@link
   * org.covalue.core.InvalidModelException} naming the attribute; a null list given to a setter
   * throws a {@link NullPointerException} (docs/decisions/0010). A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableVisibilityModel.Builder {
    Builder() {}
  }
}
