package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.offering.Product} within a model. See {@link TypedId} for
 * the form of ids. Instances are immutable and thread-safe.
 */
public final class ProductId extends TypedId<ProductId> {

  private ProductId(String value) {
    super("product", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ProductId of(String value) {
    return new ProductId(value);
  }
}
