package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.stakeholder.Stakeholder} within a model. See {@link TypedId}
 * for the form of ids. Instances are immutable and thread-safe.
 */
public final class StakeholderId extends TypedId<StakeholderId> {

  private StakeholderId(String value) {
    super("stakeholder", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static StakeholderId of(String value) {
    return new StakeholderId(value);
  }
}
