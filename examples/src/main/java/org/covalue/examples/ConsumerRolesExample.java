package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.ConsumerRoleCoverage;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.ConsumerRole;

/**
 * Service consumer roles (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2): checks that every
 * consumer organization of the demo has someone as customer, as user and as sponsor.
 */
public final class ConsumerRolesExample {

  private ConsumerRolesExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
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
    CoreModel model = ServiceDeskScenario.coreModel();
    Names names = Names.of(model);
    ConsumerRoleAnalysis analysis = ConsumerRoleAnalysis.of(model);
    Text.println(
        out,
        "Every organization that consumes a service needs a customer (who says what it must"
            + " deliver), a user (who uses it) and a sponsor (who approves the money):");
    for (ConsumerRoleCoverage coverage : analysis.coverage()) {
      Text.println(
          out,
          "  "
              + names.of(coverage.organization())
              + (coverage.hasMissingRoles()
                  ? ": nobody as " + Text.list(coverage.missingRoles(), Text::label)
                  : ": every role held"));
      for (Map.Entry<ConsumerRole, List<PartyId>> role : coverage.holders().entrySet()) {
        Text.println(
            out,
            "    "
                + Text.label(role.getKey())
                + ": "
                + Text.list(role.getValue(), party -> names.of(party)));
      }
    }
    Text.println(out, "Findings: " + Text.tally(analysis.findings()));
    for (Finding finding : analysis.findings()) {
      Text.println(
          out,
          "  "
              + names.describe(finding)
              + " has nobody as "
              + finding.data().getOrDefault("role", "?"));
    }
  }
}
