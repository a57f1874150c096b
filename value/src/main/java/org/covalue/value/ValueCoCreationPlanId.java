package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.plan.ValueCoCreationPlan value co-creation plan}
 * within a value model. See {@link TypedId} for the form of ids; its kind is {@code
 * "value-co-creation-plan"}. Instances are immutable and thread-safe.
 */
public final class ValueCoCreationPlanId extends TypedId<ValueCoCreationPlanId> {

  private ValueCoCreationPlanId(String value) {
    super("value-co-creation-plan", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ValueCoCreationPlanId of(String value) {
    return new ValueCoCreationPlanId(value);
  }
}
