package org.covalue.core;

/**
 * Identifies a {@link org.covalue.core.party.Party}: an organization, a person or a team within a
 * model. See {@link TypedId} for the form of ids. Instances are immutable and thread-safe.
 */
public final class PartyId extends TypedId<PartyId> {

  private PartyId(String value) {
    super("party", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidModelException if the text is not of the form {@link TypedId} describes
   */
  public static PartyId of(String value) {
    return new PartyId(value);
  }
}
