package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueExampleTest {

  private final String output = Output.of(ValueExample::main);

  @Test
  void theServiceIsValuableToItsCustomerButNotToItsUser() {
    assertThat(output)
        .contains(
            "  Warehouse manager     outcomes 900, costs 300, risks 90: balance 510 EUR, valuable\n")
        .contains(
            "  Warehouse user        outcomes 30, costs 50, risks 0: balance -20 EUR, not valuable\n")
        .contains(
            "  Works council         outcomes 0, costs 0, risks 0: balance 0, not valuable\n");
  }

  @Test
  void explainsThePurposeByItsLargestContributions() {
    assertThat(output)
        .contains("performs at 0.71; most of it comes from:\n")
        .contains("  Desk staff on shift: performance 0.80 x share 0.417 = 0.333\n");
  }

  @Test
  void findsLeakageForEachOfTheFourCauses() {
    assertThat(output)
        .contains("Value leakage (§1.2.6), by cause: 9 warnings\n")
        .contains("  relationship misalignment:\n")
        .contains("  missed opportunity or unmet requirements:\n")
        .contains("  suboptimal provision or consumption:\n")
        .contains("  lack of value tracking and realization:\n")
        .contains(
            "    warning value-leakage.band-width-mismatch: the relationship of Northwind warehouse"
                + " with IT")
        .contains("    warning value-leakage.back-and-forth: Resolving an incident\n");
  }
}
