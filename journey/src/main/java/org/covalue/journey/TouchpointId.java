package org.covalue.journey;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@link Touchpoint} within a model. See {@link TypedId} for the form of ids.
 * Instances are immutable and thread-safe.
 */
public final class TouchpointId extends TypedId<TouchpointId> {

  private TouchpointId(String value) {
    super("touchpoint", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static TouchpointId of(String value) {
    return new TouchpointId(value);
  }
}
