package org.covalue.core.stakeholder;

import org.covalue.core.Rating;
import org.immutables.value.Value;

/**
 * The three attributes of stakeholder salience: power (the ability to impose one's will on the
 * relationship), legitimacy (how proper or expected the stakeholder's claim is) and urgency (how
 * pressing and time-sensitive the claim is).
 *
 * <p>The salience model is not part of ITIL: it comes from R. K. Mitchell, B. R. Agle and D. J.
 * Wood, "Toward a Theory of Stakeholder Identification and Salience", Academy of Management Review
 * 22(4), 1997. covalue offers it beside the influence/interest map of ITIL 4: Drive Stakeholder
 * Value (§1.2.1), as a second view that tells whose claims press hardest. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class SalienceAttributes {

  SalienceAttributes() {}

  /**
   * Returns the attributes with the given ratings.
   *
   * @param power how strongly the stakeholder can impose its will
   * @param legitimacy how legitimate its claim is
   * @param urgency how urgent its claim is
   * @return the attributes
   */
  public static SalienceAttributes of(Rating power, Rating legitimacy, Rating urgency) {
    return ImmutableSalienceAttributes.of(power, legitimacy, urgency);
  }

  /**
   * Returns how strongly the stakeholder can impose its will on the relationship.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating power();

  /**
   * Returns how legitimate the stakeholder's claim is.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating legitimacy();

  /**
   * Returns how urgent the stakeholder's claim is.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating urgency();
}
