package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferingExampleTest {

  private final String output = Output.of(OfferingExample::main);

  @Test
  void showsGoodsAccessAndActionsWithWhatEachMeansForOwnership() {
    assertThat(output)
        .contains(
            """
              goods: Replacement handheld scanner (from product Managed scanner kit); ownership passes to the
                  consumer
            """)
        .contains("  access to resources: Self-service portal; ownership stays with the provider\n")
        .contains(
            "  service action: Reset a password, performed jointly, by the provider's resources"
                + " and the user\n")
        .doesNotContain("JOINT", "PROVIDER_RESOURCE", "ACCESS_TO_RESOURCES");
  }

  @Test
  void showsTheProductsAndResourcesBehindTheServices() {
    assertThat(output)
        .contains("  service Device replacement is based on Managed scanner kit, Service desk\n")
        .contains(
            "  product Service desk: Service desk agents, Knowledge base; uses Service"
                + " management platform\n")
        .contains("  resource Hosted servers belongs to Cloudline Hosting\n")
        .contains("The core model (44 elements) checked as a whole: valid, no violation\n");
  }

  @Test
  void showsTheExceptionAUserGetsForAnOfferingWithoutParts() {
    assertThat(output)
        .contains(
            """
              org.covalue.core.InvalidModelException: services: Service offering warehouse-service-desk must
                  describe at least one service
            An offering still being designed may have no part yet""")
        .doesNotContain("(it was built: a bug)");
  }
}
