package org.covalue.norulefixture.analysis;

import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;

/** An analysis whose module lists no rules. */
public final class UnlistedAnalysis {

  /** A rule no list names. */
  public static final Rule ALONE =
      Rule.of("fixture.alone", Severity.ERROR, ItilReference.section("1.2"), "Alone");

  private UnlistedAnalysis() {}
}
