package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChapterChecksExampleTest {

  private final String output = Output.of(ChapterChecksExample::main);

  @Test
  void rolesHeldApartWithoutCoordinationAreReportedWithTheirHolders() {
    assertThat(output)
        .contains(
            "  Consumer roles held by different people, and how they coordinate (§1.2.2): 2"
                + " warnings\n")
        .contains(
            """
                warning consumer-roles.uncoordinated-holders: Contoso Logistics, Dana Reyes, operations
                    director, Omar Haddad, chief financial officer, Warehouse staff
            """);
  }

  @Test
  void runsEveryFurtherCheckOnTheScenario() {
    assertThat(output)
        .contains(
            "  Stakeholders the provider wants to move on the map (§1.2.1): nothing to report")
        .contains("  Relationships against each organization's preferred type (§1.2.3):")
        .contains("  Products built on services nobody provides (§1.2.3, Figure 1.3):")
        .contains("  Journeys and the services they involve, scoped and agreed (§1.2.7):")
        .contains("  The order of the steps: agree before investing, engage before offering");
  }
}
