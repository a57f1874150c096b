package org.covalue.visibility.analysis;

import java.util.List;
import java.util.Optional;
import org.covalue.core.TypedId;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.journey.JourneyId;
import org.covalue.visibility.ElementRef;
import org.immutables.value.Value;

/**
 * One way an element outside a band of visibility affects it (ITIL 4: Drive Stakeholder Value,
 * §1.2.5): an element in the band, or an offering of the relationship, depends on an element one of
 * the parties cannot see. The {@link #path()} runs from the one to the other along the dependencies
 * of the model: directly, or, from an offering, through a service it describes.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HiddenDependency {

  HiddenDependency() {}

  /**
   * Returns the dependencies from the element that is seen to the one that is not, both included: a
   * band element and what it depends on, an offering and what one of its parts names, or an
   * offering, a service it describes and a product the service is based on.
   *
   * @return at least two ids; the first is in the band or an offering of the relationship, the last
   *     is outside the band, any between is a service
   */
  public abstract List<TypedId<?>> path();

  /**
   * Returns the journey of the first element, when it is a touchpoint or an interaction.
   *
   * @return the journey's id, or empty
   */
  public abstract Optional<JourneyId> journey();

  /**
   * Returns the name of the offering part the dependency comes from, when the path starts at an
   * offering and does not pass through a service: goods, access to a resource or a service action.
   *
   * @return the part's name, or empty
   */
  public abstract Optional<String> part();

  /**
   * Returns the kind of the offering part the dependency comes from.
   *
   * @return the kind, present exactly when {@link #part()} is
   */
  public abstract Optional<ServiceOfferingComponentType> partType();

  /**
   * Returns the element that is seen: the start of the path.
   *
   * @return the id of a band element, an offering or a service
   */
  public TypedId<?> from() {
    return path().get(0);
  }

  /**
   * Returns the element outside the band: the end of the path.
   *
   * @return the id of an activity, product, resource or environment element
   */
  public TypedId<?> to() {
    return path().get(path().size() - 1);
  }

  /**
   * Returns the element outside the band as a reference.
   *
   * @return the reference
   */
  public ElementRef hidden() {
    return ElementRef.of(to());
  }

  /** Returns the path, and the offering part or journey it starts in. */
  @Override
  public String toString() {
    return "HiddenDependency{path="
        + path()
        + journey().map(id -> ", journey=" + id).orElse("")
        + part().map(name -> ", part=" + name).orElse("")
        + "}";
  }
}
