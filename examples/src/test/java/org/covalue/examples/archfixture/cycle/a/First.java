package org.covalue.examples.archfixture.cycle.a;

import org.covalue.examples.archfixture.cycle.b.Second;

/** One half of a package cycle. */
public final class First {
  private First() {}

  public static int size() {
    return Second.weight() + 1;
  }
}
