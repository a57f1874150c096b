package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies an {@linkplain org.covalue.value.outcome.Output output} within a value model. See
 * {@link TypedId} for the form of ids; its kind is {@code "output"}. Instances are immutable and
 * thread-safe.
 */
public final class OutputId extends TypedId<OutputId> {

  private OutputId(String value) {
    super("output", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static OutputId of(String value) {
    return new OutputId(value);
  }
}
