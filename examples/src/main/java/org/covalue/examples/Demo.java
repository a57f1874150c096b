package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import org.covalue.core.Covalue;

/**
 * The covalue demo: run it with {@code ./mvnw -q -Pdemo package} from the repository root.
 *
 * <p>It walks through the demo model of {@link ServiceDeskScenario}, one concept of ITIL 4: Drive
 * Stakeholder Value, chapter 1 at a time, by running each example, and ends with the modules of
 * this build.
 */
public final class Demo {

  /** The modules of this build, with what each holds today. */
  static final List<String> MODULES =
      List.of(
          "covalue-core         stakeholders, parties and roles, relationships, offerings,"
              + " products, resources",
          "covalue-journey      journeys, touchpoints, interactions, value streams, experience,"
              + " event-log analytics",
          "covalue-visibility   lines and the band of visibility, hidden dependencies, the managed"
              + " band",
          "covalue-value        outputs and outcomes, costs, risks, utility and warranty, value"
              + " drivers, value leakage",
          "covalue-interchange  the JSON document and its schemas, the ArchiMate export, pictures"
              + " (SVG, Mermaid, DOT), event-log readers",
          "covalue-testkit      QuickTheories generators for your own property tests",
          "covalue-cli          the covalue command: analyze, validate, rules, journeys (try"
              + " ./covalue --help)",
          "covalue-spark        journey analytics as a Spark aggregator, for logs one machine"
              + " cannot hold");

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
    Text.println(
        out,
        "covalue "
            + Covalue.version()
            + ": value co-creation after ITIL 4: Drive Stakeholder Value, chapter 1");
    Text.println(
        out,
        "The demo model (invented): Northwind IT Services runs the service desk of Contoso"
            + " Logistics, whose warehouse staff use it; Northwind buys hosting and network,"
            + " Contoso delivers to Fabrikam Retail.");
    section(out, "Stakeholders and their map (§1.2.1)");
    StakeholderMapExample.run(out);
    section(out, "Service consumer roles (§1.2.2)");
    ConsumerRolesExample.run(out);
    section(out, "Service relationships (§1.2.3)");
    RelationshipNetworkExample.run(out);
    section(out, "Services, offerings, products and resources (§1.2.7)");
    OfferingExample.run(out);
    section(out, "Customer journeys (§1.2.4, Table 1.3)");
    JourneyExample.run(out);
    section(out, "Value streams and journeys (§1.2.4, Figure 1.4)");
    ValueStreamsExample.run(out);
    section(out, "Customer and user experience (§1.2.4, Figure 1.5)");
    ExperienceExample.run(out);
    section(out, "The chapter's further statements as checks (§1.1, §1.2)");
    ChapterChecksExample.run(out);
    section(out, "Real journeys from an event log (§1.2.4)");
    HelpdeskJourneysExample.run(out);
    section(out, "Lines and the band of visibility (§1.2.5)");
    VisibilityExample.run(out);
    section(out, "Outputs and outcomes (§1.2.6)");
    MobilePhoneExample.run(out);
    section(out, "Value: assessment, drivers and leakage (§1.2.6, Figure 1.11)");
    ValueExample.run(out);
    section(out, "This build");
    for (String module : MODULES) {
      Text.println(out, "  " + module);
    }
    Text.println(
        out,
        "Each section above is an example class in examples/src/main/java/org/covalue/examples;"
            + " the rules behind the findings are listed in docs/rules.md.");
    Text.println(out, "ITIL® is a registered trademark of PeopleCert (AXELOS Limited).");
  }

  private static void section(PrintStream out, String title) {
    out.println();
    Text.println(out, "== " + title + " ==");
  }
}
