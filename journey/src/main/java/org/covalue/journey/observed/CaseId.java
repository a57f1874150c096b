package org.covalue.journey.observed;

import org.covalue.core.TypedId;

/**
 * Identifies one observed case, such as a ticket, in which a consumer went through a journey (ITIL
 * 4: Drive Stakeholder Value, §1.2.4). See {@link TypedId} for the form of ids; an event log's case
 * labels that are not of that form are mapped to ids by the code that reads the log. Instances are
 * immutable and thread-safe.
 */
public final class CaseId extends TypedId<CaseId> {

  private CaseId(String value) {
    super("case", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id
   * @return the id
   * @throws org.covalue.core.InvalidModelException if the text is not of the form {@link TypedId}
   *     describes
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }
}
