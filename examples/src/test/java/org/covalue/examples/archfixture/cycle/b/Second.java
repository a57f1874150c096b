package org.covalue.examples.archfixture.cycle.b;

import org.covalue.examples.archfixture.cycle.a.First;

/** The other half of a package cycle. */
public final class Second {
  private Second() {}

  public static int weight() {
    return 1;
  }

  public static int total() {
    return First.size() + weight();
  }
}
