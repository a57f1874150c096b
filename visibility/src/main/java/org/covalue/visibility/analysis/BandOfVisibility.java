package org.covalue.visibility.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.JourneyId;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.model.VisibilityModel;
import org.immutables.value.Value;

/**
 * The band of visibility of a service relationship: what both its provider and its consumer can
 * see, where the service experience forms (ITIL 4: Drive Stakeholder Value, §1.2.5, Figure 1.6).
 *
 * <pre>{@code
 * BandOfVisibility band = BandOfVisibility.of(model, relationship);
 * band.elements();                    // touchpoints, interactions and what both parties see
 * band.contains(ProductId.of("vm"));  // is the virtual server in the band?
 * band.width().placeableShare();      // 0.25: a quarter of what lines place is seen by both
 * }</pre>
 *
 * <p>The relationship's elements are its journeys' touchpoints and service interactions that
 * involve both parties, which lie in the band by definition (docs/decisions/0013), and everything
 * they, the relationship's offerings, the services those describe and the services the journeys
 * involve depend on, followed through every dependency ({@link org.covalue.visibility.Dependency},
 * the activities journey elements use, the parts of products), together with the activities of the
 * value streams of either party that the journeys depend on or are a direct part of (Figure 1.4).
 * The relationship's journeys are those of its consumer in which its provider takes part.
 *
 * <p>An element that a line places is in the band when both parties see it. A party sees its own
 * elements. It sees another party's element when the owner's line puts it in front: for the
 * provider's elements, its line tailored to a target consumer group of the relationship's offerings
 * first, then its general line ({@link org.covalue.visibility.LineOfVisibility}). An element the
 * owner's lines do not place is seen as its own model says: a value-stream activity that its value
 * stream marks visible is, anything else is not. An element nobody owns is in the band when a line
 * of one party shows it and no line of either hides it. Whatever else the relationship has is
 * {@link #outside()}: behind a line.
 *
 * <p>Where the model uses an id twice or refers to elements it does not hold, the first element
 * with an id counts and dangling references are left out; {@link VisibilityValidator} reports such
 * models. Working out a band takes time linear in the size of the model. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class BandOfVisibility {

  BandOfVisibility() {}

  /**
   * Works out the band of visibility of a relationship.
   *
   * @param model the model that holds the relationship's journeys, offerings and the parties' lines
   * @param relationship the relationship; it need not be one of the model's
   * @return the band
   * @throws NullPointerException if an argument is null
   */
  public static BandOfVisibility of(VisibilityModel model, ServiceRelationship relationship) {
    return BandComputation.of(model, relationship).toBand();
  }

  /**
   * Returns the relationship whose band it is.
   *
   * @return the relationship
   */
  public abstract ServiceRelationship relationship();

  /**
   * Returns the target consumer groups of the relationship's offerings, whose tailored lines of the
   * provider apply.
   *
   * @return the groups, in the order of the relationship's offerings
   */
  public abstract Set<String> targetConsumerGroups();

  /**
   * Returns the relationship's journeys: those of its consumer in which its provider takes part.
   *
   * @return the journeys' ids, in the model's order
   */
  public abstract List<JourneyId> journeys();

  /**
   * Returns the elements in the band: the touchpoints and interactions of the relationship, then
   * what both parties see of its activities, products, resources and environment elements.
   *
   * @return the elements, in the order they were found
   */
  public abstract Set<ElementRef> elements();

  /**
   * Returns the relationship's elements behind a line: activities, products, resources and
   * environment elements one of the parties cannot see.
   *
   * @return the elements, in the order they were found
   */
  public abstract Set<ElementRef> outside();

  /**
   * Returns how wide the band is, as counts and shares.
   *
   * @return the measures
   */
  public abstract BandWidthMeasure width();

  /**
   * Returns the elements of one kind in the band.
   *
   * @param kind the kind
   * @return the elements, in the order of {@link #elements()}
   * @throws NullPointerException if the kind is null
   */
  public Set<ElementRef> elements(ElementKind kind) {
    Objects.requireNonNull(kind, "kind");
    Set<ElementRef> selected = new LinkedHashSet<>();
    for (ElementRef element : elements()) {
      if (element.kind() == kind) {
        selected.add(element);
      }
    }
    return java.util.Collections.unmodifiableSet(selected);
  }

  /**
   * Tells whether the band holds an element.
   *
   * @param element the element
   * @return true if both parties see it
   * @throws NullPointerException if the element is null
   */
  public boolean contains(ElementRef element) {
    return elements().contains(Objects.requireNonNull(element, "element"));
  }

  /**
   * Tells whether the band holds an activity, a product, a resource or an environment element.
   *
   * @param element the element's id; for a touchpoint or an interaction, use {@link
   *     #contains(ElementRef)} with its journey
   * @return true if both parties see it; false for any id that is not of a kind a line places
   * @throws NullPointerException if the element is null
   */
  public boolean contains(TypedId<?> element) {
    Objects.requireNonNull(element, "element");
    boolean placeable = ElementKind.of(element).map(ElementKind::isPlaceable).orElse(false);
    return placeable && elements().contains(ElementRef.of(element));
  }

  /** Returns the relationship's id and the size of the band and of what lies outside it. */
  @Override
  public String toString() {
    return "BandOfVisibility{relationship="
        + relationship().id()
        + ", journeys="
        + journeys().size()
        + ", elements="
        + elements().size()
        + ", outside="
        + outside().size()
        + ", placeableShare="
        + String.format(java.util.Locale.ROOT, "%.2f", width().placeableShare())
        + "}";
  }
}
