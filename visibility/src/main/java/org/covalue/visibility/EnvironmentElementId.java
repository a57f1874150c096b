package org.covalue.visibility;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies an {@link EnvironmentElement} within a model. See {@link TypedId} for the form of ids.
 * Instances are immutable and thread-safe.
 */
public final class EnvironmentElementId extends TypedId<EnvironmentElementId> {

  private EnvironmentElementId(String value) {
    super("environment-element", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static EnvironmentElementId of(String value) {
    return new EnvironmentElementId(value);
  }
}
