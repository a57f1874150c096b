package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.relationship.ServiceRelationship} within a model. See {@link
 * TypedId} for the form of ids. Instances are immutable and thread-safe.
 */
public final class ServiceRelationshipId extends TypedId<ServiceRelationshipId> {

  private ServiceRelationshipId(String value) {
    super("service-relationship", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ServiceRelationshipId of(String value) {
    return new ServiceRelationshipId(value);
  }
}
