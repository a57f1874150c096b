package org.covalue.visibility.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.JourneyId;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.model.VisibilityModel;
import org.immutables.value.Value;

/**
 * Who answers for each element of a band of visibility, and which elements nobody answers for (ITIL
 * 4: Drive Stakeholder Value, §1.2.5: everything in the band must be properly managed). A party, a
 * team or a practice answers for an element through a {@link
 * org.covalue.visibility.Responsibility}; an element of the band without one is a finding of {@link
 * #UNMANAGED_ELEMENT}.
 *
 * <pre>{@code
 * ManagedBand managed = ManagedBand.of(model, relationship);
 * managed.unmanaged();     // [touchpoint invoice of journey rent-a-server, ...]
 * }</pre>
 *
 * <p>The analysis takes time linear in the size of the model; findings are formed when read.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagedBand implements HasFindings {

  /** An element of the band of visibility that no party, team or practice answers for. */
  public static final Rule UNMANAGED_ELEMENT =
      Rule.of(
          "band.unmanaged-element",
          Severity.WARNING,
          ItilReference.section("1.2.5"),
          "An element of the band of visibility has no party, team or practice answering for it");

  ManagedBand() {}

  /**
   * Finds who answers for the elements of a relationship's band of visibility.
   *
   * @param model the model, with its responsibilities
   * @param relationship the relationship
   * @return the band, its responsibilities and its unmanaged elements
   * @throws NullPointerException if an argument is null
   */
  public static ManagedBand of(VisibilityModel model, ServiceRelationship relationship) {
    BandComputation computation = BandComputation.of(model, relationship);
    return of(computation, computation.toBand());
  }

  /** Finds who answers for the elements of a band already worked out. */
  static ManagedBand of(BandComputation computation, BandOfVisibility band) {
    Map<ElementRef, Set<TypedId<?>>> holders = new LinkedHashMap<>();
    List<ElementRef> unmanaged = new ArrayList<>();
    for (ElementRef element : computation.band) {
      Set<TypedId<?>> answering = computation.index.holders(element);
      if (answering.isEmpty()) {
        unmanaged.add(element);
      } else {
        holders.put(element, answering);
      }
    }
    return ImmutableManagedBand.builder().band(band).holders(holders).unmanaged(unmanaged).build();
  }

  /**
   * Returns the band of visibility.
   *
   * @return the band
   */
  public abstract BandOfVisibility band();

  /**
   * Returns who answers for each element of the band that someone answers for.
   *
   * @return parties and practices by element, in the order of the band's elements
   */
  public abstract Map<ElementRef, Set<TypedId<?>>> holders();

  /**
   * Returns the elements of the band nobody answers for.
   *
   * @return the elements, in the order of the band's elements
   */
  public abstract List<ElementRef> unmanaged();

  /**
   * Tells whether some element of the band has nobody answering for it.
   *
   * @return true if {@link #unmanaged()} is not empty
   */
  public boolean hasUnmanagedElements() {
    return !unmanaged().isEmpty();
  }

  /**
   * Returns who answers for an element.
   *
   * @param element the element
   * @return the parties and practices; empty for an element nobody answers for or that is not in
   *     the band
   * @throws NullPointerException if the element is null
   */
  public Set<TypedId<?>> holders(ElementRef element) {
    Set<TypedId<?>> found = holders().get(java.util.Objects.requireNonNull(element, "element"));
    return found == null ? Set.of() : Collections.unmodifiableSet(found);
  }

  /**
   * Returns a finding of {@link #UNMANAGED_ELEMENT} per element of the band nobody answers for,
   * naming the element, followed by its journey for a touchpoint or an interaction, with the data
   * {@code kind}, the element's kind as a code.
   *
   * <p>The findings are formed when read, from {@link #unmanaged()}.
   *
   * @return an unmodifiable list, in the order of {@link #unmanaged()}
   */
  @Override
  public List<Finding> findings() {
    List<ElementRef> unmanaged = unmanaged();
    ServiceRelationship relationship = band().relationship();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return findingOf(unmanaged.get(i), relationship);
      }

      @Override
      public int size() {
        return unmanaged.size();
      }
    };
  }

  private static Finding findingOf(ElementRef element, ServiceRelationship relationship) {
    Optional<JourneyId> journey = element.journey();
    String described = element.describe();
    Object relationshipId = relationship.id();
    Finding.Builder finding =
        Finding.builder(UNMANAGED_ELEMENT)
            .message(
                () ->
                    Character.toUpperCase(described.charAt(0))
                        + described.substring(1)
                        + " is in the band of visibility of relationship "
                        + relationshipId
                        + ", but no party, team or practice answers for it")
            .addElement(element.id());
    journey.ifPresent(finding::addElement);
    return finding.putData("kind", element.kind()).build();
  }

  /** Returns the relationship and the numbers of managed and unmanaged elements. */
  @Override
  public String toString() {
    return "ManagedBand{relationship="
        + band().relationship().id()
        + ", managed="
        + holders().size()
        + ", unmanaged="
        + unmanaged().size()
        + "}";
  }
}
