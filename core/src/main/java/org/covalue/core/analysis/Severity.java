package org.covalue.core.analysis;

/** How much a {@link Finding} asks for attention. */
public enum Severity {
  /** Worth knowing; nothing needs to change. */
  INFO,
  /** Probably needs action: a gap or a risk to value co-creation. */
  WARNING,
  /** Breaks a rule the model or the guidance sets. */
  ERROR
}
