package org.covalue.core;

/**
 * How sure covalue is that a piece of its vocabulary says what ITIL 4: Drive Stakeholder Value
 * says. Parts of the publication (some figures and tables) were not available to the project, so
 * some vocabulary is reconstructed; covalue marks such parts instead of presenting them as fact,
 * and keeps them open to change.
 */
public enum Confidence {
  /** The wording was checked against a public copy of ITIL 4 text or of the ITIL 4 glossary. */
  VERIFIED("checked against ITIL 4 text or its glossary"),
  /** Taken from a translation of the chapter: the meaning is reliable, the English wording ours. */
  SEED("from a translation of the chapter; meaning reliable, English wording covalue's own"),
  /** Given alike by two or more independent secondary sources that summarise ITIL material. */
  CORROBORATED("given alike by two or more secondary sources"),
  /** Given by one secondary source only. */
  SINGLE_SOURCE("given by one secondary source only"),
  /** covalue's reconstruction or inference: no source showed it. Treat it as an interpretation. */
  RECONSTRUCTED("reconstructed by covalue; an interpretation, not ITIL text");

  private final String description;

  Confidence(String description) {
    this.description = description;
  }

  /**
   * Returns what the confidence level means.
   *
   * @return a short phrase
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether content at this level is covalue's interpretation rather than a reading of a
   * source.
   *
   * @return true for {@link #RECONSTRUCTED}
   */
  public boolean isInterpretation() {
    return this == RECONSTRUCTED;
  }
}
