package org.covalue.visibility;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@link Practice} within a model. See {@link TypedId} for the form of ids. Instances
 * are immutable and thread-safe.
 */
public final class PracticeId extends TypedId<PracticeId> {

  private PracticeId(String value) {
    super("practice", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static PracticeId of(String value) {
    return new PracticeId(value);
  }
}
