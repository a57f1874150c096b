package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.risk.Risk risk} within a value model. See {@link
 * TypedId} for the form of ids; its kind is {@code "risk"}. Instances are immutable and
 * thread-safe.
 */
public final class RiskId extends TypedId<RiskId> {

  private RiskId(String value) {
    super("risk", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static RiskId of(String value) {
    return new RiskId(value);
  }
}
