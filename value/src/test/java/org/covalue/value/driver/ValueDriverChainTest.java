package org.covalue.value.driver;

import static org.assertj.core.api.Assertions.assertThat;

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
}
