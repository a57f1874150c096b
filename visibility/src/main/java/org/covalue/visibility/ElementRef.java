package org.covalue.visibility;

import java.util.Optional;
import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.immutables.value.Value;

/**
 * Names one element of a band of visibility, or one that could be in it (ITIL 4: Drive Stakeholder
 * Value, §1.2.5): a value-stream activity, a product, a resource or an environment element by its
 * id, and a touchpoint or a service interaction by its id together with its journey's, since their
 * ids are unique only within a journey.
 *
 * <pre>{@code
 * ElementRef console = ElementRef.of(ResourceId.of("console"));
 * ElementRef order = ElementRef.of(JourneyId.of("order-server"), TouchpointId.of("provision"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ElementRef {

  ElementRef() {}

  /**
   * Returns a reference to a value-stream activity, a product, a resource or an environment
   * element.
   *
   * @param element the element's id
   * @return the reference
   * @throws org.covalue.core.InvalidModelException if the id is null or names a touchpoint, an
   *     interaction (which need their journey) or something that is not an element
   */
  public static ElementRef of(TypedId<?> element) {
    return ImmutableElementRef.builder().id(element).build();
  }

  /**
   * Returns a reference to a touchpoint of a journey.
   *
   * @param journey the journey's id
   * @param touchpoint the touchpoint's id
   * @return the reference
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static ElementRef of(JourneyId journey, TouchpointId touchpoint) {
    return ImmutableElementRef.builder().journey(journey).id(touchpoint).build();
  }

  /**
   * Returns a reference to a service interaction of a journey.
   *
   * @param journey the journey's id
   * @param interaction the interaction's id
   * @return the reference
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static ElementRef of(JourneyId journey, ServiceInteractionId interaction) {
    return ImmutableElementRef.builder().journey(journey).id(interaction).build();
  }

  /**
   * Returns the element's id.
   *
   * @return the id, of one of the kinds of {@link ElementKind}
   */
  public abstract TypedId<?> id();

  /**
   * Returns the journey of a touchpoint or a service interaction.
   *
   * @return the journey's id; empty for any other kind of element
   */
  public abstract Optional<JourneyId> journey();

  /**
   * Returns the kind of element.
   *
   * @return the kind
   */
  public ElementKind kind() {
    return ElementKind.of(id()).orElseThrow();
  }

  /**
   * Returns the element's kind and id, and its journey's, for messages: {@code "product vm"},
   * {@code "touchpoint provision of journey order-server"}.
   *
   * @return the description
   */
  public String describe() {
    Optional<JourneyId> journey = journey();
    return journey.isPresent() ? id().describe() + " of journey " + journey.get() : id().describe();
  }

  @Value.Check
  void check() {
    // Messages are made only for a broken rule: references are made in bulk by the analyses.
    Optional<ElementKind> kind = ElementKind.of(id());
    if (kind.isEmpty()) {
      throw InvalidModelException.of(
          "id",
          "An element of a band of visibility is a touchpoint, a service interaction, a"
              + " value-stream activity, a product, a resource or an environment element, but "
              + id().describe()
              + " is none",
          id());
    }
    // The factories give a journey exactly to touchpoints and interactions, but of(TypedId) can be
    // handed either, so a journey element without its journey is refused here.
    if (!kind.get().isPlaceable() && journey().isEmpty()) {
      throw InvalidModelException.of(
          "journey",
          "A reference to "
              + id().describe()
              + " needs its journey, since touchpoint and interaction ids are unique only within"
              + " a journey",
          null);
    }
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
