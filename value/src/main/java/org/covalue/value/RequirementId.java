package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.performance.Requirement requirement} within a value
 * model. See {@link TypedId} for the form of ids; its kind is {@code "requirement"}. Instances are
 * immutable and thread-safe.
 */
public final class RequirementId extends TypedId<RequirementId> {

  private RequirementId(String value) {
    super("requirement", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static RequirementId of(String value) {
    return new RequirementId(value);
  }
}
