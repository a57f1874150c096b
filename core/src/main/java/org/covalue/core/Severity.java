package org.covalue.core;

/**
 * How much a {@link Finding} asks for attention. Severities are ordered: {@link #INFO} is the
 * least, {@link #ERROR} the most.
 */
public enum Severity {
  /** Worth knowing; nothing needs to change. */
  INFO,
  /** Probably needs action: a gap or a risk to value co-creation. */
  WARNING,
  /** Breaks a rule that the model or the guidance sets. */
  ERROR;

  /**
   * Tells whether this severity asks for at least as much attention as another.
   *
   * @param other the severity to compare with
   * @return true if this severity is {@code other} or a more serious one
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
