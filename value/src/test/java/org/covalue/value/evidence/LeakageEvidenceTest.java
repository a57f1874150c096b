package org.covalue.value.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.relationship.BandWidth;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** Leakage evidence holds one measurement per relationship and one set of figures per journey. */
class LeakageEvidenceTest {

  @Test
  void aRelationshipMeasuredTwiceIsRefused() {
    LeakageEvidence evidence = IncidentValue.evidence();
    assertThatThrownBy(
            () ->
                LeakageEvidence.builder()
                    .from(evidence)
                    .addBandWidth(
                        MeasuredBandWidth.of(IncidentValue.RELATIONSHIP, BandWidth.WIDE, Score.ONE))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("bandWidths[1].relationship");
  }

  @Test
  void theTextCountsTheMeasurements() {
    assertThat(IncidentValue.evidence().toString())
        .isEqualTo("LeakageEvidence{bandWidths=1, journeyPaths=1}");
    assertThat(LeakageEvidence.empty().toString())
        .isEqualTo("LeakageEvidence{bandWidths=0, journeyPaths=0}");
  }
}
