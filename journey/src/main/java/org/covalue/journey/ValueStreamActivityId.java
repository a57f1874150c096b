package org.covalue.journey;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies an activity of a {@code ValueStream} within a model. See {@link TypedId} for the form
 * of ids. Instances are immutable and thread-safe.
 */
public final class ValueStreamActivityId extends TypedId<ValueStreamActivityId> {

  private ValueStreamActivityId(String value) {
    super("value-stream-activity", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ValueStreamActivityId of(String value) {
    return new ValueStreamActivityId(value);
  }
}
