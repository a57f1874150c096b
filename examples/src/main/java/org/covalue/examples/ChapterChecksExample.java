package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.analysis.ConsumerRoleCoordination;
import org.covalue.core.analysis.ProductSupplyAnalysis;
import org.covalue.core.analysis.RelationshipStrategyAnalysis;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.model.JourneyModel;

/**
 * The chapter's further statements as checks (ITIL 4: Drive Stakeholder Value, §1.1 and §1.2):
 * consumer roles held apart need coordination, stakeholders the provider wants to move, a
 * relationship strategy, the consumer that becomes a provider, services scoped and agreed apart
 * from the journeys that involve them, and the order of the steps of Table 1.1. Each line is one
 * analysis on the demo's service-desk scenario; the rules are in {@code docs/rules.md} and the
 * guide in {@code docs/chapter-checks.md}.
 */
public final class ChapterChecksExample {

  private ChapterChecksExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    JourneyModel model = ServiceDeskScenario.journeyModel();
    CoreModel core = model.core();
    Names names = Names.of(model);
    Text.println(
        out,
        "What else the chapter says, read as checks on the scenario (each a rule in"
            + " docs/rules.md):");
    report(
        out,
        names,
        "Consumer roles held by different people, and how they coordinate (§1.2.2)",
        ConsumerRoleCoordination.of(core));
    report(
        out,
        names,
        "Stakeholders the provider wants to move on the map (§1.2.1)",
        StakeholderCultivation.of(ServiceDeskScenario.stakeholdersAtOnboard()));
    report(
        out,
        names,
        "Relationships against each organization's preferred type (§1.2.3)",
        RelationshipStrategyAnalysis.of(core));
    report(
        out,
        names,
        "Products built on services nobody provides (§1.2.3, Figure 1.3)",
        ProductSupplyAnalysis.of(core));
    report(
        out,
        names,
        "Journeys and the services they involve, scoped and agreed (§1.2.7)",
        JourneyServiceAnalysis.of(model));
    report(
        out,
        names,
        "The order of the steps: agree before investing, engage before offering (Table 1.1)",
        JourneyStepConditions.of(model));
  }

  private static void report(PrintStream out, Names names, String title, HasFindings analysis) {
    List<Finding> findings = analysis.findings();
    Text.println(
        out,
        String.format(
            Locale.ROOT,
            "  %s: %s",
            title,
            findings.isEmpty() ? "nothing to report" : Text.tally(findings)));
    for (Finding finding : findings) {
      Text.println(out, "    " + names.describe(finding));
    }
  }
}
