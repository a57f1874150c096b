package org.covalue.value;

import org.covalue.core.InvalidModelException;
import org.covalue.core.TypedId;

/**
 * Identifies a {@linkplain org.covalue.value.driver.ValueDriverChain value-driver chain} within a
 * value model. See {@link TypedId} for the form of ids; its kind is {@code "value-driver-chain"}.
 * Instances are immutable and thread-safe.
 */
public final class ValueDriverChainId extends TypedId<ValueDriverChainId> {

  private ValueDriverChainId(String value) {
    super("value-driver-chain", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ValueDriverChainId of(String value) {
    return new ValueDriverChainId(value);
  }
}
