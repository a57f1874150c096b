package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.driver.ValueDriver value driver} within its chain
 * within a value model. See {@link TypedId} for the form of ids; its kind is {@code
 * "value-driver"}. Instances are immutable and thread-safe.
 */
public final class ValueDriverId extends TypedId<ValueDriverId> {

  private ValueDriverId(String value) {
    super("value-driver", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ValueDriverId of(String value) {
    return new ValueDriverId(value);
  }
}
