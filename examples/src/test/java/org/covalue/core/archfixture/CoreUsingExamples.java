package org.covalue.core.archfixture;

import org.covalue.examples.Demo;

/** Breaks the module table: a core class that uses the examples module. */
public final class CoreUsingExamples {
  private CoreUsingExamples() {}

  public static void run() {
    Demo.main(new String[0]);
  }
}
