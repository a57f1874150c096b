package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies an {@linkplain org.covalue.value.outcome.Outcome outcome} within a value model. See
 * {@link TypedId} for the form of ids; its kind is {@code "outcome"}. Instances are immutable and
 * thread-safe.
 */
public final class OutcomeId extends TypedId<OutcomeId> {

  private OutcomeId(String value) {
    super("outcome", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static OutcomeId of(String value) {
    return new OutcomeId(value);
  }
}
