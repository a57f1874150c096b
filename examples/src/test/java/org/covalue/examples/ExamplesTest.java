package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example and checks what it prints. */
class ExamplesTest {

  static String capture(Consumer<String[]> main) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void stakeholderMapExamplePrintsQuadrantsSalienceAndRevision() {
    String output = capture(StakeholderMapExample::main);
    assertThat(output)
        .contains("Stakeholder map at 'explore' (influence x interest; high from 0.33 and 0.33):")
        .contains(
            "  manage closely:\n"
                + "    - Operations director: influence 0.83 at or above 0.33, interest 0.83 at or above 0.33: manage closely\n"
                + "    - Chief financial officer:")
        .contains("  keep satisfied:\n    - Northwind shareholders:")
        .contains(
            "    - Service desk agents: influence 0.30 below 0.33, interest 0.70 at or above 0.33: keep informed")
        .contains("  monitor:\n    - Cloudline Hosting:")
        .contains("  definitive: Operations director\n")
        .contains("  dependent: Warehouse staff, Warehouse workers' union\n")
        .contains("  not assessed: [desk-agents, cloudline]")
        .contains("  entered: Fabrikam store manager:")
        .contains("  left:    Rival IT provider")
        .contains(
            "  moved:   Warehouse workers' union: keep informed to manage closely (influence +0.67, interest +0.00): step up engagement")
        .contains(
            "  moved:   Cloudline Hosting: monitor to keep satisfied (influence +0.35, interest +0.00): step up engagement")
        .contains("  stayed in their quadrant: 6");
  }

  @Test
  void consumerRolesExampleShowsCoverageAndGaps() {
    String output = capture(ConsumerRolesExample::main);
    assertThat(output)
        .contains(
            "  contoso: complete\n    CUSTOMER: [dana]\n    USER: [warehouse, dana]\n    SPONSOR: [omar]")
        .contains("  fabrikam: incomplete\n    CUSTOMER: [lee]\n    USER: -\n    SPONSOR: -")
        .contains(
            "WARNING consumer-roles.role-not-covered: Nobody holds the sponsor role for consumer organization fabrikam");
  }

  @Test
  void relationshipNetworkExampleShowsTheChainToTheUltimateProviders() {
    String output = capture(RelationshipNetworkExample::main);
    assertThat(output)
        .contains("Relationship network (4 relationships, 5 organizations):")
        .contains(
            "  contoso -> fabrikam  [PARTNERSHIP: Innovation and growth; band of visibility WIDE]")
        .contains("  per type: BASIC=2 COOPERATIVE=1 PARTNERSHIP=1")
        .contains("  both provider and consumer: northwind\n  both provider and consumer: contoso")
        .contains("  supply chain of fabrikam, ultimate providers [cloudline, telco-one]:")
        .contains("    distance 3: fabrikam <- contoso <- northwind <- telco-one")
        .contains("  cycles: 0");
  }

  @Test
  void offeringExampleShowsOwnershipAndAValidModel() {
    String output = capture(OfferingExample::main);
    assertThat(output)
        .contains("  GOODS: Replacement handheld scanner (ownership passes to the consumer)")
        .contains("  ACCESS_TO_RESOURCES: Self-service portal (ownership stays with the provider)")
        .contains("  SERVICE_ACTION: Reset a password (performed by JOINT)")
        .contains("Core model validation: valid, no violation");
  }

  @Test
  void journeyExampleShowsStepsRulesAndConformance() {
    String output = capture(JourneyExample::main);
    assertThat(output)
        .contains(
            "Journey 'Resolving an incident' of contoso with [northwind], seen by the user (Table 1.3, reconstructed):")
        .contains(
            "  6. Co-create: Providing and consuming\n     touchpoint  Notices the problem [PRODUCT]  (behind the provider's line of visibility)")
        .contains("     interaction Gets a working scanner back: The user can work again")
        .contains("  7. Realize: Realizing value and improving")
        .contains("  validation: 0 violations")
        .contains("Value-stream rules (Figure 1.4): satisfied")
        .contains(
            "Observed case INC-1001 (11 events): deviates, missing [], reordered [progress-updates], returns 2")
        .contains(
            "  INFO journey-path.back-and-forth: Case INC-1001 goes back to touchpoint diagnosis after fix-received at event 6")
        .contains(
            "Observed case INC-1002 (4 events): deviates, missing [notice-problem, self-help, contact-desk, incident-registered, feedback]")
        .contains(
            "  WARNING journey-conformance.missing-touchpoint: Case INC-1002 never reached designed touchpoint feedback")
        .doesNotContain("never reached designed touchpoint notice-problem")
        .contains(
            "  INFO journey-path.mid-way-entry: Case INC-1002 starts part-way, at diagnosis (co-create), not at notice-problem")
        .contains("User experience (UX), 4 observations: functional 0.60, emotional 0.52");
  }
}
