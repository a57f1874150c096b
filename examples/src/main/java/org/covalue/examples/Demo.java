package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import org.covalue.core.Covalue;

/**
 * The covalue demo: run it with {@code ./mvnw -q -Pdemo package} from the repository root.
 *
 * <p>It prints the library version and the modules, then walks through the demo model.
 */
public final class Demo {

  /** The published modules, with what each holds. */
  static final List<String> MODULES =
      List.of(
          "covalue-core         stakeholders, parties and roles, relationships, offerings, products",
          "covalue-journey      customer journeys, touchpoints, interactions, value streams",
          "covalue-visibility   lines and the band of visibility",
          "covalue-value        outcomes, costs, risks, value drivers and value leakage",
          "covalue-interchange  JSON, ArchiMate, diagrams, reports, event-log readers",
          "covalue-testkit      QuickTheories generators for property tests",
          "covalue-cli          the covalue command line");

  private Demo() {}

  /**
   * Runs the demo on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where the demo prints
   */
  static void run(PrintStream out) {
    out.println("covalue " + Covalue.version());
    out.println("Value co-creation with ITIL 4: Drive Stakeholder Value, chapter 1");
    out.println();
    out.println("Modules:");
    for (String module : MODULES) {
      out.println("  " + module);
    }
  }
}
