package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.offering.ServiceOffering} within a model. See {@link
 * TypedId} for the form of ids. Instances are immutable and thread-safe.
 */
public final class ServiceOfferingId extends TypedId<ServiceOfferingId> {

  private ServiceOfferingId(String value) {
    super("service-offering", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ServiceOfferingId of(String value) {
    return new ServiceOfferingId(value);
  }
}
