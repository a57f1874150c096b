package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

  @Test
  void onlyReconstructedContentIsAnInterpretation() {
    for (Confidence confidence : Confidence.values()) {
      assertThat(confidence.isInterpretation()).isEqualTo(confidence == Confidence.RECONSTRUCTED);
      assertThat(confidence.description()).isNotBlank();
    }
    assertThat(Confidence.SEED.description()).contains("translation");
  }
}
