package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.offering.Service} within a model. See {@link TypedId} for
 * the form of ids. Instances are immutable and thread-safe.
 */
public final class ServiceId extends TypedId<ServiceId> {

  private ServiceId(String value) {
    super("service", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }
}
