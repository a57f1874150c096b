package org.covalue.value;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.OpenCode;
import org.jspecify.annotations.Nullable;

/**
 * Why potential value is lost: ITIL 4: Drive Stakeholder Value (§1.2.6) names some causes of value
 * leakage, saying the list is not complete, so this is an open set: the four predefined causes
 * below, plus any an application names with {@link #of(String)}, such as {@code
 * of("SUPPLIER_FAILURE")}. The English wording of the four is covalue's; the chapter was available
 * to the project in translation only.
 *
 * <p>A cause is identified by its code; see {@link OpenCode} for its form. Causes are equal when
 * their codes are. Instances are immutable and thread-safe.
 */
public final class ValueLeakageCause extends OpenCode<ValueLeakageCause> {

  private static final Vocabulary<ValueLeakageCause> CAUSES =
      new Vocabulary<>("Value leakage cause", ValueLeakageCause::new);

  /** Provider and consumer are not aligned in their relationship. */
  public static final ValueLeakageCause RELATIONSHIP_MISALIGNMENT =
      CAUSES.predefine(
          "RELATIONSHIP_MISALIGNMENT",
          "The relationship between provider and consumer is not aligned with what they need.");

  /** Chances to create value are missed, and the service does not fully meet requirements. */
  public static final ValueLeakageCause MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS =
      CAUSES.predefine(
          "MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS",
          "Chances to create value are missed, and the product or service falls short of the"
              + " customer's requirements.");

  /** The service is provided or consumed less well than it could be. */
  public static final ValueLeakageCause SUBOPTIMAL_PROVISION_OR_CONSUMPTION =
      CAUSES.predefine(
          "SUBOPTIMAL_PROVISION_OR_CONSUMPTION",
          "The service is provided or consumed less well than it could be.");

  /** Value is not tracked, so it is not realized. */
  public static final ValueLeakageCause LACK_OF_VALUE_TRACKING_AND_REALIZATION =
      CAUSES.predefine(
          "LACK_OF_VALUE_TRACKING_AND_REALIZATION",
          "Value is not tracked against the plan, so it is not realized.");

  private ValueLeakageCause(String code, @Nullable String description) {
    super(code, description);
  }

  /**
   * Returns the cause with the given code: a predefined cause if there is one, or else a custom
   * cause.
   *
   * @param code upper-case letters, digits and underscores, starting with a letter
   * @return the cause
   * @throws InvalidModelException if the code is null or not of that form
   */
  public static ValueLeakageCause of(String code) {
    return CAUSES.of(code);
  }

  /**
   * Returns the four causes the chapter names, in its order.
   *
   * @return an unmodifiable list
   */
  public static List<ValueLeakageCause> predefined() {
    return CAUSES.predefined();
  }
}
