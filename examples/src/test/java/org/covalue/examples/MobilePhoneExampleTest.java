package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobilePhoneExampleTest {

  private final String output = Output.of(MobilePhoneExample::main);

  @Test
  void theSameOutputsServeADifferentOutcomeForEachCustomer() {
    assertThat(output)
        .contains("  outputs of Mobile phone service:\n")
        .contains("    A phone number (intangible)\n")
        .contains("    The Okafor family: Stays close to relatives who live abroad, worth 40 EUR")
        .contains("    Corner flower shop: Takes more orders by phone, worth 2000 EUR to them;");
  }
}
