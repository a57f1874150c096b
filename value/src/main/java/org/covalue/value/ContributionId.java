package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.contribution.StepValueContribution step value
 * contribution} within a value model. See {@link TypedId} for the form of ids; its kind is {@code
 * "step-value-contribution"}. Instances are immutable and thread-safe.
 */
public final class ContributionId extends TypedId<ContributionId> {

  private ContributionId(String value) {
    super("step-value-contribution", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ContributionId of(String value) {
    return new ContributionId(value);
  }
}
