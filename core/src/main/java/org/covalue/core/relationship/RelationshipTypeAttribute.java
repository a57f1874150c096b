package org.covalue.core.relationship;

import org.covalue.core.Confidence;

/**
 * The attributes by which the three types of service relationship differ (ITIL 4: Drive Stakeholder
 * Value, Table 1.2). The full row set of that table was not available to the project: each
 * attribute says how sure covalue is of it. Rows that may exist but were not found (what is
 * exchanged, consumer involvement, trust, risk sharing) are not modelled as fixed attributes; a
 * relationship can record them in its {@linkplain ServiceRelationship#descriptors() descriptors}.
 */
public enum RelationshipTypeAttribute {
  /** What the relationship concentrates on. */
  FOCUS(Confidence.CORROBORATED),
  /** At which organizational levels the parties work together. */
  ORGANIZATIONAL_LEVELS(Confidence.CORROBORATED),
  /** What kind of services the relationship is about. */
  TYPE_OF_SERVICES(Confidence.CORROBORATED),
  /** How the parties agree the service. */
  AGREEMENT_STYLE(Confidence.SINGLE_SOURCE),
  /** How the provider acts towards the consumer. */
  PROVIDER_POSITION(Confidence.SINGLE_SOURCE),
  /**
   * How wide the band of visibility is expected to be. The chapter's text (§1.2.5) gives the ends
   * (a commodity service: narrow; a long-term partnership: wide); the middle value for cooperative
   * relationships is covalue's interpolation, and whether Table 1.2 has such a row is not known.
   */
  BAND_OF_VISIBILITY(Confidence.RECONSTRUCTED),
  /**
   * Whose goals the parties pursue. Inferred by covalue from the ITIL 4 glossary's definitions of
   * cooperation and partnership; not known to be a row of Table 1.2.
   */
  GOAL_ALIGNMENT(Confidence.RECONSTRUCTED);

  private final Confidence confidence;

  RelationshipTypeAttribute(Confidence confidence) {
    this.confidence = confidence;
  }

  /**
   * Returns how sure covalue is of the attribute and its values: for most attributes, that they
   * reflect Table 1.2; see each constant.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }
}
