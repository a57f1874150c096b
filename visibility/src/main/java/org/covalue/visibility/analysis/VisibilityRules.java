package org.covalue.visibility.analysis;

import java.util.List;
import org.covalue.core.Rule;

/**
 * Every {@link Rule} that the analyses of covalue-visibility apply, for tools that list, filter or
 * translate findings. The catalogue of all modules' rules, with their sections and descriptions, is
 * {@code docs/rules.md}.
 */
public final class VisibilityRules {

  private static final List<Rule> ALL =
      List.of(
          BandWidthAssessment.TOO_NARROW,
          BandWidthAssessment.TOO_WIDE,
          HiddenDependencies.HIDDEN_DEPENDENCY,
          ManagedBand.UNMANAGED_ELEMENT,
          ProductVisibility.HIDDEN_PROMISE);

  private VisibilityRules() {}

  /**
   * Returns every rule of covalue-visibility.
   *
   * @return an unmodifiable list: band width, hidden dependencies, managed band (§1.2.5), then
   *     product visibility (§1.2.7)
   */
  public static List<Rule> all() {
    return ALL;
  }
}
