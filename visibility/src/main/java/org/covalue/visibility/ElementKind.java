package org.covalue.visibility;

import java.util.Objects;
import java.util.Optional;
import org.covalue.core.ItilReference;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.TypedId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;

/**
 * The kinds of element a band of visibility is made of (ITIL 4: Drive Stakeholder Value, §1.2.5):
 * the touchpoints and service interactions of the customer journey, which lie in the band by
 * definition, and the elements each party places in front of or behind its line of visibility:
 * value-stream activities, products (and so the parts of products: their component products and
 * resources), resources, and elements of the environment.
 */
public enum ElementKind {
  /** A touchpoint of a customer journey (§1.2.4); always in the band of its parties. */
  TOUCHPOINT(false),
  /** A service interaction of a customer journey (§1.2.4); always in the band of its parties. */
  SERVICE_INTERACTION(false),
  /** An activity of a party's value stream (§1.2.4, Figure 1.4). */
  VALUE_STREAM_ACTIVITY(true),
  /** A product, or a product used as a part of another (§1.2.7). */
  PRODUCT(true),
  /** A resource, alone or as a part of a product (§1.2.7). */
  RESOURCE(true),
  /** A part of the physical or digital environment a party sees (§1.2.5, Figure 1.5). */
  ENVIRONMENT_ELEMENT(true);

  private static final ItilReference JOURNEYS = ItilReference.section("1.2.4");
  private static final ItilReference VALUE_STREAMS = ItilReference.section("1.2.4").figure("1.4");
  private static final ItilReference PRODUCTS = ItilReference.section("1.2.7");
  private static final ItilReference VISIBILITY = ItilReference.section("1.2.5");

  private final boolean placeable;

  ElementKind(boolean placeable) {
    this.placeable = placeable;
  }

  /**
   * Tells whether a line of visibility may place elements of this kind: value-stream activities,
   * products, resources and environment elements. Touchpoints and service interactions are not
   * placed; they are in the band of the parties they involve.
   *
   * @return true for the kinds a line places
   */
  public boolean isPlaceable() {
    return placeable;
  }

  /**
   * Returns where the chapter describes elements of this kind.
   *
   * @return the section
   */
  public ItilReference reference() {
    return switch (this) {
      case TOUCHPOINT, SERVICE_INTERACTION -> JOURNEYS;
      case VALUE_STREAM_ACTIVITY -> VALUE_STREAMS;
      case PRODUCT, RESOURCE -> PRODUCTS;
      case ENVIRONMENT_ELEMENT -> VISIBILITY;
    };
  }

  /**
   * Returns the kind of element an id names.
   *
   * @param id the id
   * @return the kind, or empty for an id of something that is not an element of a band (a party, a
   *     journey, an offering)
   * @throws NullPointerException if the id is null
   */
  public static Optional<ElementKind> of(TypedId<?> id) {
    Objects.requireNonNull(id, "id");
    if (id instanceof TouchpointId) {
      return Optional.of(TOUCHPOINT);
    }
    if (id instanceof ServiceInteractionId) {
      return Optional.of(SERVICE_INTERACTION);
    }
    if (id instanceof ValueStreamActivityId) {
      return Optional.of(VALUE_STREAM_ACTIVITY);
    }
    if (id instanceof ProductId) {
      return Optional.of(PRODUCT);
    }
    if (id instanceof ResourceId) {
      return Optional.of(RESOURCE);
    }
    if (id instanceof EnvironmentElementId) {
      return Optional.of(ENVIRONMENT_ELEMENT);
    }
    return Optional.empty();
  }
}
