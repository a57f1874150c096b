package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StakeholderMapExampleTest {

  private final String output = Output.of(StakeholderMapExample::main);

  @Test
  void placesEachStakeholderInAQuadrantAsItWasRated() {
    assertThat(output)
        .contains("from\n0.33 on, where medium begins, a rating counts as high.\n")
        .contains(
            """
              manage closely (high influence, high interest):
                - Operations director: influence high, interest high
                - Chief financial officer: influence high, interest medium
              keep satisfied (high influence, low interest):
            """)
        .contains("    - Service desk agents: influence 0.30 (low), interest 0.70 (high)\n")
        .contains(
            """
              monitor (low influence, low interest):
                - Cloudline Hosting: influence 0.25 (low), interest 0.30 (low)
            """);
  }

  @Test
  void namesTheSalienceClassesAndWhoWasNotAssessed() {
    assertThat(output)
        .contains("  definitive: Operations director\n")
        .contains("  dependent: Warehouse staff, Warehouse workers' union\n")
        .contains("  not assessed: Service desk agents, Cloudline Hosting\n");
  }

  @Test
  void revisionAgreesWithItsFindings() {
    assertThat(output)
        .contains("The map revised at 'onboard' (2 warnings, 2 info):\n")
        .contains("  entered: Fabrikam store manager, to keep informed\n")
        .contains("  left:    Rival IT provider; its engagement can end\n")
        .contains(
            "  moved:   Warehouse workers' union, from keep informed to manage closely: step up"
                + " engagement\n")
        .contains("  stayed in their quadrant: 6 stakeholders\n");
  }

  @Test
  void speaksInWordsNotInIdsOrConstants() {
    assertThat(output).doesNotContain("MANAGE_CLOSELY", "desk-agents", "cloudline,", "[");
  }
}
