package org.covalue.examples.archfixture;

import org.covalue.otherfixture.internal.JourneyDetail;

/** Breaks the internal-package rule: an examples class that uses another module's internals. */
public final class UsesAnotherModulesInternals {
  private UsesAnotherModulesInternals() {}

  public static int use() {
    return JourneyDetail.secret();
  }
}
