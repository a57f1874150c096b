package org.covalue.value.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** The texts of a value-driver chain and its links. */
class ValueDriverChainTest {

  @Test
  void aLinkReadsFromDriverToDrivenWithItsWeight() {
    ValueDriverLink link =
        ValueDriverLink.of(
            ValueDriverId.of("spare-scanners"), ValueDriverId.of("desk-offering"), 2);
    assertThat(link.toString()).isEqualTo("spare-scanners -> desk-offering (2.0)");
  }

  @Test
  void aChainsTextCountsItsDriversAndLinks() {
    ValueDriverChain chain = IncidentValue.chain();
    assertThat(chain.toString())
        .startsWith("ValueDriverChain{id=" + chain.id())
        .contains("drivers=10")
        .contains("links=11");
  }

  @Test
  void onlyALinkBetweenTheSameTwoDriversInTheSameDirectionIsATwin() {
    // Many alike ids (d1-k to d2-k), one link back the other way (not a twin), one real twin.
    ValueDriverChain.Builder chain =
        ValueDriverChain.builder()
            .id(ValueDriverChainId.of("alike"))
            .name("Alike")
            .addDriver(
                ValueDriver.of(
                    ValueDriverId.of("purpose"), "P", ValueDriverLayer.CONSUMER_PURPOSE));
    for (int k = 0; k < 2000; k++) {
      ValueDriverId low = ValueDriverId.of("d1-" + k);
      ValueDriverId high = ValueDriverId.of("d2-" + k);
      chain.addDriver(
          ValueDriver.of(low, "Low " + k, ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES));
      chain.addDriver(ValueDriver.of(high, "High " + k, ValueDriverLayer.SERVICE_PERFORMANCE));
      chain.addLink(ValueDriverLink.of(low, high));
    }
    chain.addLink(ValueDriverLink.of(ValueDriverId.of("d2-7"), ValueDriverId.of("d1-7")));
    assertThat(chain.build().links()).hasSize(2001);
    chain.addLink(ValueDriverLink.of(ValueDriverId.of("d1-1999"), ValueDriverId.of("d2-1999"), 3));
    assertThatThrownBy(chain::build)
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            thrown ->
                assertThat(((InvalidModelException) thrown).violations())
                    .extracting(Violation::path)
                    .containsExactly("links[2001]"));
  }
}
