package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationshipNetworkExampleTest {

  private final String output = Output.of(RelationshipNetworkExample::main);

  @Test
  void listsTheRelationshipsWithTheirTypes() {
    assertThat(output)
        .startsWith("4 relationships among 5 organizations, each of a type of Table 1.2:\n")
        .contains(
            """
              Contoso Logistics serves Fabrikam Retail: partnership (innovation and growth; expected band of
                  visibility wide)
            """)
        .contains("  by type: 2 basic, 1 cooperative, 1 partnership\n")
        .doesNotContain("PARTNERSHIP", "WIDE");
  }

  @Test
  void explainsWhyTheProviderIsAlsoAConsumer() {
    assertThat(output)
        .contains("and links relationships into a chain (a dual\nrole):\n")
        .contains(
            "  Northwind IT Services provides to Contoso Logistics and consumes from Cloudline"
                + " Hosting, Telco One\n")
        .contains(
            """
              So Northwind IT Services, the provider of the service desk, appears as a consumer too: it consumes
                  the hosting and the network it runs the desk on.
            """)
        .contains(
            """
            Findings: 2 info
              info relationship-network.dual-role: Northwind IT Services
              info relationship-network.dual-role: Contoso Logistics
            """);
  }

  @Test
  void followsTheSupplyChainToTheUltimateProviders() {
    assertThat(output)
        .contains(
            "Supply chain of Fabrikam Retail, up to its ultimate providers (Cloudline Hosting,"
                + " Telco One):\n")
        .contains(
            "  3 away: Fabrikam Retail <- Contoso Logistics <- Northwind IT Services <- Telco"
                + " One\n")
        .contains("Cycles of relationships: none\n");
  }
}
