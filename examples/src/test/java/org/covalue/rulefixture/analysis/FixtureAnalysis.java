package org.covalue.rulefixture.analysis;

import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;

/** An analysis with two rules. */
public final class FixtureAnalysis {

  /** Listed by {@link FixtureRules}. */
  public static final Rule LISTED =
      Rule.of("fixture.listed", Severity.INFO, ItilReference.section("1.2"), "Listed");

  /** Not listed by {@link FixtureRules}. */
  public static final Rule FORGOTTEN =
      Rule.of("fixture.forgotten", Severity.WARNING, ItilReference.section("1.2"), "Forgotten");

  private FixtureAnalysis() {}
}
