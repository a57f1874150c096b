package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.covalue.core.analysis.DualRole;
import org.covalue.core.analysis.Finding;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.SupplyChain;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;

/**
 * Service relationships and their networks (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3,
 * Table 1.2): analyses the chain from the hosting and network providers through Northwind and
 * Contoso to Fabrikam.
 */
public final class RelationshipNetworkExample {

  private RelationshipNetworkExample() {}

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
    RelationshipNetwork network = ServiceDeskScenario.network();
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.analyze(network);
    out.println(
        "Relationship network ("
            + network.relationships().size()
            + " relationships, "
            + network.parties().size()
            + " organizations):");
    for (ServiceRelationship relationship : network.relationships()) {
      out.println(
          "  "
              + relationship.provider()
              + " -> "
              + relationship.consumer()
              + "  ["
              + relationship.type()
              + ": "
              + relationship.type().focus()
              + "; band of visibility "
              + relationship.type().expectedBandOfVisibility()
              + "]");
    }
    out.print("  per type:");
    for (Map.Entry<ServiceRelationshipType, Integer> count : analysis.countByType().entrySet()) {
      out.print(" " + count.getKey() + "=" + count.getValue());
    }
    out.println();
    for (DualRole dualRole : analysis.dualRoles()) {
      out.println("  both provider and consumer: " + dualRole.party());
    }
    SupplyChain fabrikam =
        RelationshipNetworkAnalysis.supplyChain(network, ServiceDeskScenario.FABRIKAM);
    out.println(
        "  supply chain of "
            + fabrikam.consumer()
            + ", ultimate providers "
            + fabrikam.ultimateProviders()
            + ":");
    for (SupplyChain.Link link : fabrikam.upstream()) {
      List<ServiceRelationship> chain = fabrikam.chainTo(link.provider());
      StringBuilder path = new StringBuilder(fabrikam.consumer().value());
      for (ServiceRelationship step : chain) {
        path.append(" <- ").append(step.provider());
      }
      out.println("    distance " + link.distance() + ": " + path);
    }
    out.println("  cycles: " + analysis.cycles().size());
    for (Finding finding : analysis.findings()) {
      out.println("  " + finding);
    }
  }
}
