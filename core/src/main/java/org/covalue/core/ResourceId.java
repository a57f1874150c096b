package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.offering.Resource} within a model. See {@link TypedId} for
 * the form of ids. Instances are immutable and thread-safe.
 */
public final class ResourceId extends TypedId<ResourceId> {

  private ResourceId(String value) {
    super("resource", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }
}
