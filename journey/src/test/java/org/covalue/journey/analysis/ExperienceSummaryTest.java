package org.covalue.journey.analysis;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.covalue.core.Score;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

class ExperienceSummaryTest {

  @Test
  void averagesByPerceiverSourceAndStep() {
    ExperienceSummary summary = ExperienceSummary.of(IncidentResolution.experience());
    assertThat(summary.overall().observations()).isEqualTo(4);
    assertThat(summary.overall().functional().orElseThrow().value())
        .isCloseTo((0.3 + 0.8 + 0.6 + 0.7) / 4, within(1e-12));
    assertThat(summary.overall().emotional().orElseThrow().value())
        .isCloseTo((0.2 + 0.7 + 0.4 + 0.8) / 4, within(1e-12));
    assertThat(summary.byPerceiver()).containsOnlyKeys(ExperiencePerceiver.USER);
    assertThat(summary.bySource().keySet())
        .containsExactly(
            ExperienceSource.JOURNEY, ExperienceSource.ENVIRONMENT, ExperienceSource.BRAND);
    assertThat(
            requireNonNull(summary.bySource().get(ExperienceSource.JOURNEY))
                .emotional()
                .orElseThrow()
                .value())
        .isCloseTo(0.45, within(1e-12));
    assertThat(summary.byStep().keySet())
        .containsExactly(CustomerJourneyStep.CO_CREATE, CustomerJourneyStep.REALIZE);
    assertThat(requireNonNull(summary.byStep().get(CustomerJourneyStep.REALIZE)).observations())
        .isEqualTo(1);
  }

  @Test
  void sidesWithoutRatingsHaveNoAverage() {
    ExperienceObservation onlyEmotional =
        ExperienceObservation.builder()
            .perceiver(ExperiencePerceiver.CUSTOMER)
            .source(ExperienceSource.BRAND)
            .emotional(Score.ONE)
            .build();
    ExperienceSummary summary = ExperienceSummary.of(List.of(onlyEmotional, onlyEmotional));
    assertThat(summary.overall().functional()).isEmpty();
    assertThat(summary.overall().emotional()).contains(Score.ONE);
    assertThat(summary.byStep()).isEmpty();
    assertThat(ExperienceSummary.of(List.of()).overall().observations()).isZero();
  }
}
