package org.covalue.visibility;

import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * States who answers for an element of the band of visibility: a party (an organization, a team or
 * a person) or a practice (ITIL 4: Drive Stakeholder Value, §1.2.5: everything in the band must be
 * properly managed). An element may have several; {@code
 * org.covalue.visibility.analysis.ManagedBand} reports the elements of a band nobody answers for.
 *
 * <pre>{@code
 * Responsibility desk = Responsibility.of(
 *     ElementRef.of(JourneyId.of("incident-resolution"), TouchpointId.of("contact-desk")),
 *     PracticeId.of("service-desk"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {

  Responsibility() {}

  /**
   * Returns a responsibility for an element.
   *
   * @param element the element
   * @param holder who answers for it: a {@link PartyId} or a {@link PracticeId}
   * @return the responsibility
   * @throws InvalidModelException if an argument is null or the holder is neither a party nor a
   *     practice
   */
  public static Responsibility of(ElementRef element, TypedId<?> holder) {
    return ImmutableResponsibility.of(element, holder);
  }

  /**
   * Returns a responsibility for a value-stream activity, a product, a resource or an environment
   * element.
   *
   * @param element the element's id
   * @param holder who answers for it: a {@link PartyId} or a {@link PracticeId}
   * @return the responsibility
   * @throws InvalidModelException if an argument is null, the element is a touchpoint or an
   *     interaction (which need their journey: use {@link #of(ElementRef, TypedId)}), or the holder
   *     is neither a party nor a practice
   */
  public static Responsibility of(TypedId<?> element, TypedId<?> holder) {
    ElementRef ref;
    try {
      ref = ElementRef.of(element);
    } catch (InvalidModelException e) {
      throw e.under("element");
    }
    return of(ref, holder);
  }

  /**
   * Returns the element answered for.
   *
   * @return the element
   */
  @Value.Parameter
  public abstract ElementRef element();

  /**
   * Returns who answers for the element.
   *
   * @return a {@link PartyId} or a {@link PracticeId}
   */
  @Value.Parameter
  public abstract TypedId<?> holder();

  @Value.Check
  void check() {
    Violations.collect()
        .check(
            holder() instanceof PartyId || holder() instanceof PracticeId,
            "holder",
            "A party or a practice answers for an element of the band, but "
                + holder().describe()
                + " is said to answer for "
                + element(),
            holder())
        .throwIfAny();
  }
}
