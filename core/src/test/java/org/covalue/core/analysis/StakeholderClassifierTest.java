package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.core.analysis.Fixtures.stakeholder;

import java.util.List;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StakeholderClassifierTest {

  private final StakeholderClassifier classifier = StakeholderClassifier.withDefaultThresholds();

  @ParameterizedTest
  @CsvSource({
    "HIGH, HIGH, MANAGE_CLOSELY",
    "HIGH, LOW, KEEP_SATISFIED",
    "LOW, HIGH, KEEP_INFORMED",
    "LOW, LOW, MONITOR",
    "MEDIUM, MEDIUM, MANAGE_CLOSELY",
    "MEDIUM, LOW, KEEP_SATISFIED"
  })
  void ordinalLevelsFallInTheQuadrantsOfFigure11(Level influence, Level interest, EngagementStrategy expected) {
    assertThat(classifier.strategyFor(influence, interest)).isEqualTo(expected);
  }

  @Test
  void theDefaultThresholdIsTheMiddleAndCountsAsHigh() {
    assertThat(classifier.influenceThreshold()).isEqualTo(Score.of(0.5));
    assertThat(classifier.interestThreshold()).isEqualTo(Score.of(0.5));
    assertThat(classifier.strategyFor(Score.of(0.5), Score.of(0.49999)))
        .isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(classifier.strategyFor(Score.of(0.49999), Score.of(0.5)))
        .isEqualTo(EngagementStrategy.KEEP_INFORMED);
  }

  @Test
  void thresholdsAreParameters() {
    StakeholderClassifier strict = StakeholderClassifier.withThresholds(Score.of(0.9), Score.of(0.2));
    assertThat(strict.strategyFor(Level.HIGH, Level.LOW)).isEqualTo(EngagementStrategy.MONITOR);
    assertThat(strict.strategyFor(Level.HIGH, Level.MEDIUM)).isEqualTo(EngagementStrategy.KEEP_INFORMED);
    assertThat(strict.strategyFor(Score.ONE, Score.of(0.2))).isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    assertThat(strict).isEqualTo(StakeholderClassifier.withThresholds(Score.of(0.9), Score.of(0.2)));
    assertThat(strict).isNotEqualTo(classifier);
    assertThat(strict.hashCode())
        .isEqualTo(StakeholderClassifier.withThresholds(Score.of(0.9), Score.of(0.2)).hashCode());
    assertThat(strict).hasToString("StakeholderClassifier{influenceThreshold=0.9, interestThreshold=0.2}");
  }

  @Test
  void placementExplainsItselfWithItsNumbers() {
    StakeholderPlacement placement = classifier.classify(stakeholder("cfo", Level.HIGH, Score.of(0.17)));
    assertThat(placement.strategy()).isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(placement.stakeholderId()).isEqualTo(StakeholderId.of("cfo"));
    assertThat(placement.influenceThreshold()).isEqualTo(Score.of(0.5));
    assertThat(placement.explanation())
        .isEqualTo(
            "Stakeholder cfo: influence 0.83 at or above 0.50, interest 0.17 below 0.50: keep satisfied");
  }

  @Test
  void mapClassificationKeepsOrderAndGroupsByQuadrant() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholders(
                stakeholder("a", Level.LOW, Level.LOW),
                stakeholder("b", Level.HIGH, Level.HIGH),
                stakeholder("c", Level.LOW, Level.HIGH),
                stakeholder("d", Level.HIGH, Level.HIGH))
            .build();
    StakeholderMapClassification classification = classifier.classify(map);
    assertThat(classification.map()).isEqualTo(map);
    assertThat(classification.placements())
        .extracting(p -> p.stakeholderId().value())
        .containsExactly("a", "b", "c", "d");
    assertThat(classification.byStrategy().keySet()).containsExactly(EngagementStrategy.values());
    assertThat(classification.byStrategy().get(EngagementStrategy.MANAGE_CLOSELY))
        .extracting(p -> p.stakeholderId().value())
        .containsExactly("b", "d");
    assertThat(classification.byStrategy().get(EngagementStrategy.KEEP_SATISFIED)).isEmpty();
    assertThat(classification.placement(StakeholderId.of("c")).map(StakeholderPlacement::strategy))
        .contains(EngagementStrategy.KEEP_INFORMED);
    assertThat(classification.placement(StakeholderId.of("zz"))).isEmpty();
    assertThat(StakeholderClassifier.withDefaultThresholds().classify(StakeholderMap.builder().build()).placements())
        .isEqualTo(List.of());
  }
}
