package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.covalue.core.PartyId;
import org.covalue.core.analysis.ConsumerRoleCheck;
import org.covalue.core.analysis.ConsumerRoleCoverage;
import org.covalue.core.analysis.Finding;
import org.covalue.core.party.ConsumerRole;

/**
 * Service consumer roles (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2): checks that every
 * consumer organization of the demo network has a customer, a user and a sponsor.
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
    ConsumerRoleCheck check =
        ConsumerRoleCheck.check(
            ServiceDeskScenario.roleAssignments(), ServiceDeskScenario.network());
    out.println("Consumer roles (customer, user, sponsor) per consumer organization:");
    for (ConsumerRoleCoverage coverage : check.coverage()) {
      out.println(
          "  " + coverage.organization() + (coverage.isComplete() ? ": complete" : ": incomplete"));
      for (Map.Entry<ConsumerRole, List<PartyId>> role : coverage.holders().entrySet()) {
        out.println(
            "    " + role.getKey() + ": " + (role.getValue().isEmpty() ? "-" : role.getValue()));
      }
    }
    for (Finding finding : check.findings()) {
      out.println("  " + finding);
    }
  }
}
