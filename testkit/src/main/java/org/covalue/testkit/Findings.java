package org.covalue.testkit;

import org.covalue.core.Finding;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.testkit.internal.KernelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of {@link Finding}s, the self-explaining results of covalue's analyses, of the {@link
 * Rule}s they come from and of their {@link Severity}.
 */
public final class Findings {

  private Findings() {}

  /**
   * Returns rules with a valid dotted id, a default severity, a reference and a one-line
   * description.
   *
   * @return the generator
   */
  public static Gen<Rule> rules() {
    return KernelGens.rules();
  }

  /**
   * Returns findings of drawn rules, sometimes with another severity than the rule's default, with
   * a message given as a text or formed on demand, up to three elements of any kind of id, and up
   * to three pieces of evidence and of data.
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
   * Returns attempts to make rules from invalid input: an id that is not dotted lower-case words of
   * at most 100 characters ({@code id}), a blank, multi-line or too long description ({@code
   * description}), or a part left null (the part's name).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidRules() {
    return KernelGens.invalidRules().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build findings from invalid input: a blank, null or missing message ({@code
   * message}), evidence that is not a finite number or given twice ({@code evidence.<name>}), a
   * blank data value or data given twice ({@code data.<name>}), a blank name of evidence or data
   * ({@code evidence}, {@code data}), a null element ({@code elements[i]}) or severity ({@code
   * severity}).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidFindings() {
    return KernelGens.invalidFindings().map(InvalidInput::from);
  }
}
