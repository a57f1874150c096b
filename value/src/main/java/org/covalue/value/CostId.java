package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.cost.Cost cost} within a value model. See {@link
 * TypedId} for the form of ids; its kind is {@code "cost"}. Instances are immutable and
 * thread-safe.
 */
public final class CostId extends TypedId<CostId> {

  private CostId(String value) {
    super("cost", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static CostId of(String value) {
    return new CostId(value);
  }
}
