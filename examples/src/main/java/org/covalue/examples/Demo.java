package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import org.covalue.core.Covalue;

/**
 * The covalue demo: run it with {@code ./mvnw -q -Pdemo package} from the repository root.
 *
 * <p>It prints the library version and the modules, then walks through the demo model of {@link
 * ServiceDeskScenario}, one concept of the chapter at a time, by running each example.
 */
public final class Demo {

  /** The published modules, with what each holds. */
  static final List<String> MODULES =
      List.of(
          "covalue-core         stakeholders, parties and roles, relationships, offerings, products",
          "covalue-journey      customer journeys, touchpoints, interactions, value streams",
          "covalue-visibility   lines and the band of visibility (planned)",
          "covalue-value        outcomes, costs, risks, value drivers and value leakage (planned)",
          "covalue-interchange  JSON, ArchiMate, diagrams, reports, event-log readers (planned)",
          "covalue-testkit      QuickTheories generators for property tests",
          "covalue-cli          the covalue command line (planned)");

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
    section(out, "Stakeholders (§1.2.1)");
    StakeholderMapExample.run(out);
    section(out, "Service consumer roles (§1.2.2)");
    ConsumerRolesExample.run(out);
    section(out, "Service relationships (§1.2.3)");
    RelationshipNetworkExample.run(out);
    section(out, "Services, offerings, products and resources (§1.2.7)");
    OfferingExample.run(out);
    section(out, "Customer journeys (§1.2.4)");
    JourneyExample.run(out);
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }
}
