package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibilityExampleTest {

  private final String output = Output.of(VisibilityExample::main);

  @Test
  void aCommodityHasANarrowBandAndAPartnershipAWideOne() {
    assertThat(output)
        .contains("  Corner Webshop with Nimbus Cloud (basic): both see 7 of 23 activities,")
        .contains("(30%), a narrow band, as the relationship, the service and the journey")
        .contains("  Harbour Bank with Nimbus Cloud (partnership): both see 17 of 21 activities,")
        .contains("(81%), a wide band, as the relationship, the service and the journey");
  }

  @Test
  void namesWhatLiesBehindTheLinesAndWhatTheBandReliesOn() {
    assertThat(output)
        .contains(
            """
                behind the lines: Hypervisor cluster, Network fabric, Release banking applications, Replace
                    hardware
            """)
        .contains(
            """
                what the band relies on out of sight: 1 path, for example Virtual server relies on Hosting
                    platform
            """)
        .contains("    managed: nobody answers for Bill the usage\n");
  }
}
