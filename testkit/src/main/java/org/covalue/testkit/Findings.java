package org.covalue.testkit;

import org.covalue.core.analysis.Finding;
import org.covalue.core.analysis.Severity;
import org.covalue.testkit.internal.KernelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of {@link Finding}s, the self-explaining results of covalue's analyses, and of their
 * {@link Severity}.
 */
public final class Findings {

  private Findings() {}

  /**
   * Returns findings with a valid rule id, a message, a reference, and up to three elements and
   * three pieces of evidence.
   *
   * @return the generator
   */
  public static Gen<Finding> findings() {
    return KernelGens.findings();
  }

  /**
   * Returns severities.
   *
   * @return the generator
   */
  public static Gen<Severity> severities() {
    return KernelGens.severities();
  }

  /**
   * Returns attempts to build findings from invalid input: a rule id that is not dotted lower-case
   * words, a blank or null message, or a required attribute left out. Each is expected to fail with
   * a violation at the attribute's name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidFindings() {
    return KernelGens.invalidFindings().map(InvalidInput::from);
  }
}
