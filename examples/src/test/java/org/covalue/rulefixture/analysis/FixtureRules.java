package org.covalue.rulefixture.analysis;

import java.util.List;
import org.covalue.core.Rule;

/** The fixture module's list of rules, which forgets {@link FixtureAnalysis#FORGOTTEN}. */
public final class FixtureRules {

  private FixtureRules() {}

  /**
   * Returns the listed rules.
   *
   * @return one of the two
   */
  public static List<Rule> all() {
    return List.of(FixtureAnalysis.LISTED);
  }
}
