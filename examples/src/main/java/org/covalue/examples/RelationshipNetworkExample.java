package org.covalue.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.analysis.DualRole;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.SupplyChain;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;

/**
 * Service relationships and their networks (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3,
 * Table 1.2): the chain from the hosting and network providers through Northwind and Contoso to
 * Fabrikam, in which the service desk's provider is itself a consumer.
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
    CoreModel model = ServiceDeskScenario.coreModel();
    Names names = Names.of(model);
    RelationshipNetwork network = model.network();
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(network);
    Text.println(
        out,
        Text.count(network.relationships().size(), "relationship", "relationships")
            + " among "
            + Text.count(network.parties().size(), "organization", "organizations")
            + ", each of a type of Table 1.2:");
    for (ServiceRelationship relationship : network.relationships()) {
      ServiceRelationshipType type = relationship.type();
      Text.println(
          out,
          "  "
              + names.of(relationship.provider())
              + " serves "
              + names.of(relationship.consumer())
              + ": "
              + Text.label(type)
              + " ("
              + type.focus().toLowerCase(Locale.ROOT)
              + "; expected band of visibility "
              + Text.label(type.expectedBandOfVisibility())
              + ")");
    }
    List<String> perType = new ArrayList<>();
    for (Map.Entry<ServiceRelationshipType, Integer> count : analysis.countByType().entrySet()) {
      perType.add(count.getValue() + " " + Text.label(count.getKey()));
    }
    Text.println(out, "  by type: " + String.join(", ", perType));

    Text.println(
        out,
        "Provider and consumer are roles in a relationship, not kinds of organization, so one"
            + " organization can hold both: it consumes services to provide its own, and links"
            + " relationships into a chain (a dual role):");
    for (DualRole dualRole : analysis.dualRoles()) {
      Text.println(
          out,
          "  "
              + names.of(dualRole.party())
              + " provides to "
              + Text.list(consumersOf(network, dualRole.party()), names::of)
              + " and consumes from "
              + Text.list(providersOf(network, dualRole.party()), names::of));
    }
    Text.println(
        out,
        "  So "
            + names.of(ServiceDeskScenario.NORTHWIND)
            + ", the provider of the service desk, appears as a consumer too: it consumes the"
            + " hosting and the network it runs the desk on.");

    SupplyChain chain = SupplyChain.of(network, ServiceDeskScenario.FABRIKAM);
    Text.println(
        out,
        "Supply chain of "
            + names.of(chain.consumer())
            + ", up to its ultimate providers ("
            + Text.list(chain.ultimateProviders(), names::of)
            + "):");
    for (SupplyChain.Link link : chain.upstream()) {
      List<String> path = new ArrayList<>();
      path.add(names.of(chain.consumer()));
      for (ServiceRelationship step : chain.chainTo(link.provider())) {
        path.add(names.of(step.provider()));
      }
      Text.println(out, "  " + link.distance() + " away: " + String.join(" <- ", path));
    }
    Text.println(
        out,
        "Cycles of relationships: "
            + (analysis.cycles().isEmpty() ? "none" : analysis.cycles().size()));
    Text.println(out, "Findings: " + Text.tally(analysis.findings()));
    for (Finding finding : analysis.findings()) {
      Text.println(out, "  " + names.describe(finding));
    }
  }

  private static List<PartyId> consumersOf(RelationshipNetwork network, PartyId party) {
    List<PartyId> consumers = new ArrayList<>();
    for (ServiceRelationship relationship : network.asProvider(party)) {
      consumers.add(relationship.consumer());
    }
    return consumers;
  }

  private static List<PartyId> providersOf(RelationshipNetwork network, PartyId party) {
    List<PartyId> providers = new ArrayList<>();
    for (ServiceRelationship relationship : network.asConsumer(party)) {
      providers.add(relationship.provider());
    }
    return providers;
  }
}
