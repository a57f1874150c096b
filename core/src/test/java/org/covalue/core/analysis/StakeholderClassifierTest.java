package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.core.analysis.Fixtures.stakeholder;

import com.google.common.testing.EqualsTester;
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

  private final StakeholderClassifier classifier = StakeholderClassifier.DEFAULT;

  @ParameterizedTest
  @CsvSource({
    "HIGH, HIGH, MANAGE_CLOSELY",
    "HIGH, LOW, KEEP_SATISFIED",
    "LOW, HIGH, KEEP_INFORMED",
    "LOW, LOW, MONITOR",
    "MEDIUM, MEDIUM, MANAGE_CLOSELY",
    "MEDIUM, LOW, KEEP_SATISFIED"
  })
  void ordinalLevelsFallInTheQuadrantsOfFigure11(
      Level influence, Level interest, EngagementStrategy expected) {
    assertThat(classifier.strategyFor(influence, interest)).isEqualTo(expected);
  }

  @Test
  void theDefaultThresholdIsWhereTheMediumLevelBeginsInBothForms() {
    assertThat(classifier.influenceThreshold()).isEqualTo(Score.of(1.0 / 3));
    assertThat(classifier.interestThreshold()).isEqualTo(Score.of(1.0 / 3));
    assertThat(classifier.strategyFor(Score.of(1.0 / 3), Score.of(0.3333)))
        .isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(classifier.strategyFor(Score.of(0.3333), Score.of(1.0 / 3)))
        .isEqualTo(EngagementStrategy.KEEP_INFORMED);
    for (double medium : new double[] {1.0 / 3, 0.45, 0.5, 0.6666}) {
      assertThat(Score.of(medium).level()).isEqualTo(Level.MEDIUM);
      assertThat(classifier.strategyFor(Score.of(medium), Score.of(medium)))
          .isEqualTo(classifier.strategyFor(Level.MEDIUM, Level.MEDIUM))
          .isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    }
  }

  @Test
  void thresholdsAreParameters() {
    StakeholderClassifier strict = StakeholderClassifier.of(Score.of(0.9), Score.of(0.2));
    assertThat(strict.strategyFor(Level.HIGH, Level.LOW)).isEqualTo(EngagementStrategy.MONITOR);
    assertThat(strict.strategyFor(Level.HIGH, Level.MEDIUM))
        .isEqualTo(EngagementStrategy.KEEP_INFORMED);
    assertThat(strict.strategyFor(Score.ONE, Score.of(0.2)))
        .isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    assertThat(strict).isEqualTo(StakeholderClassifier.of(Score.of(0.9), Score.of(0.2)));
    assertThat(strict).isNotEqualTo(classifier);
    assertThat(strict.hashCode())
        .isEqualTo(StakeholderClassifier.of(Score.of(0.9), Score.of(0.2)).hashCode());
    assertThat(strict)
        .hasToString("StakeholderClassifier{influenceThreshold=0.9, interestThreshold=0.2}");
  }

  @Test
  void copiesChangeOneThresholdEach() {
    StakeholderClassifier copy =
        StakeholderClassifier.DEFAULT
            .withInfluenceThreshold(Score.of(0.9))
            .withInterestThreshold(Score.of(0.2));
    assertThat(copy).isEqualTo(StakeholderClassifier.of(Score.of(0.9), Score.of(0.2)));
    assertThat(
            StakeholderClassifier.DEFAULT.withInfluenceThreshold(Score.of(0.9)).interestThreshold())
        .isEqualTo(StakeholderClassifier.DEFAULT_THRESHOLD);
    assertThat(
            StakeholderClassifier.DEFAULT.withInterestThreshold(Score.of(0.2)).influenceThreshold())
        .isEqualTo(StakeholderClassifier.DEFAULT_THRESHOLD);
  }

  @Test
  void aThresholdInsideALevelsBandSplitsThatLevel() {
    StakeholderClassifier half = StakeholderClassifier.of(Score.of(0.5), Score.of(0.5));
    assertThat(half.strategyFor(Level.MEDIUM, Level.MEDIUM))
        .isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    assertThat(half.strategyFor(Score.of(0.45), Score.of(0.45)))
        .isEqualTo(EngagementStrategy.MONITOR);
    StakeholderClassifier highOnly =
        StakeholderClassifier.of(
            Score.of(Level.HIGH.lowerBound()), Score.of(Level.HIGH.lowerBound()));
    assertThat(highOnly.strategyFor(Level.MEDIUM, Level.MEDIUM))
        .isEqualTo(EngagementStrategy.MONITOR);
    assertThat(highOnly.strategyFor(Score.of(0.6), Score.of(0.45)))
        .isEqualTo(EngagementStrategy.MONITOR);
  }

  @Test
  void explanationsNeverRoundARatingOntoItsThreshold() {
    StakeholderPlacement close =
        classifier.classify(stakeholder("x", Score.of(0.333), Score.of(1.0 / 3)));
    assertThat(close.explanation())
        .isEqualTo(
            "Stakeholder x: influence 0.3330 below 0.3333, interest 0.33 at or above 0.33:"
                + " keep informed");
    StakeholderPlacement hair =
        classifier.classify(stakeholder("y", Score.of(0.3333333), Score.of(0.34)));
    assertThat(hair.explanation())
        .startsWith(
            "Stakeholder y: influence 0.333333 below 0.333333, interest 0.34 at or above 0.33");
  }

  @Test
  void placementExplainsItselfWithItsNumbers() {
    StakeholderPlacement placement =
        classifier.classify(stakeholder("cfo", Level.HIGH, Score.of(0.17)));
    assertThat(placement.strategy()).isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(placement.stakeholderId()).isEqualTo(StakeholderId.of("cfo"));
    assertThat(placement.influenceThreshold()).isEqualTo(Score.of(1.0 / 3));
    assertThat(placement.explanation())
        .isEqualTo(
            "Stakeholder cfo: influence 0.83 at or above 0.33, interest 0.17 below 0.33: keep satisfied");
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
    assertThatThrownBy(
            () ->
                java.util.Objects.requireNonNull(
                        classification.byStrategy().get(EngagementStrategy.MANAGE_CLOSELY))
                    .clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                java.util.Objects.requireNonNull(
                        classification.byStrategy().get(EngagementStrategy.KEEP_SATISFIED))
                    .add(classification.placements().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> classification.byStrategy().remove(EngagementStrategy.MONITOR))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(classification.placement(StakeholderId.of("c")).map(StakeholderPlacement::strategy))
        .contains(EngagementStrategy.KEEP_INFORMED);
    assertThat(classification.placement(StakeholderId.of("zz"))).isEmpty();
    assertThat(
            StakeholderClassifier.DEFAULT.classify(StakeholderMap.builder().build()).placements())
        .isEqualTo(List.of());
  }

  @Test
  void aClassificationIsEqualToAnotherOfAnEqualMapWithEqualThresholds() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholders(
                stakeholder("a", Score.of(0.4), Level.LOW), stakeholder("b", Level.HIGH, Level.LOW))
            .build();
    StakeholderMap equal = StakeholderMap.builder().from(map).build();
    StakeholderMapClassification classification = classifier.classify(map);
    new EqualsTester()
        .addEqualityGroup(classification, classifier.classify(equal), classifier.classify(map))
        .addEqualityGroup(classifier.withInfluenceThreshold(Score.of(0.5)).classify(map))
        .addEqualityGroup(classifier.withInterestThreshold(Score.of(0.05)).classify(map))
        .addEqualityGroup(classifier.classify(map.withLabel("other")))
        .addEqualityGroup(map)
        .testEquals();
    assertThat(classification.hashCode())
        .isNotEqualTo(classifier.withInfluenceThreshold(Score.of(0.5)).classify(map).hashCode())
        .isNotEqualTo(classifier.classify(map.withLabel("other")).hashCode());
    assertThat(classification.placements())
        .isNotEqualTo(classifier.withInfluenceThreshold(Score.of(0.5)).classify(map).placements());
    assertThat(classification.placements()).isSameAs(classification.placements());
    assertThat(classification.byStrategy()).isSameAs(classification.byStrategy());
    assertThatThrownBy(() -> classification.placements().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(classification.placement(StakeholderId.of("a")))
        .contains(classification.placements().get(0));
    assertThat(classification.placement(StakeholderId.of("b")))
        .contains(classification.placements().get(1));
    assertThat(
            classifier
                .withInfluenceThreshold(Score.of(0.5))
                .classify(map)
                .placement(StakeholderId.of("a"))
                .map(StakeholderPlacement::strategy))
        .contains(EngagementStrategy.MONITOR);
  }

  @Test
  void everyCopyOfAMapIsClassifiedWithItsOwnRatings() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholders(
                stakeholder("a", Level.LOW, Level.LOW), stakeholder("b", Level.HIGH, Level.LOW))
            .build();
    assertThat(strategies(map))
        .containsExactly(EngagementStrategy.MONITOR, EngagementStrategy.KEEP_SATISFIED);
    StakeholderMap raised = map.withStakeholder(stakeholder("a", Level.LOW, Level.HIGH));
    assertThat(strategies(raised))
        .containsExactly(EngagementStrategy.KEEP_INFORMED, EngagementStrategy.KEEP_SATISFIED);
    StakeholderMap added = raised.withStakeholder(stakeholder("c", Level.HIGH, Level.HIGH));
    assertThat(strategies(added))
        .containsExactly(
            EngagementStrategy.KEEP_INFORMED,
            EngagementStrategy.KEEP_SATISFIED,
            EngagementStrategy.MANAGE_CLOSELY);
    assertThat(strategies(added.withoutStakeholder(StakeholderId.of("a"))))
        .containsExactly(EngagementStrategy.KEEP_SATISFIED, EngagementStrategy.MANAGE_CLOSELY);
    assertThat(
            strategies(
                StakeholderMap.builder()
                    .from(added)
                    .stakeholders(List.of(stakeholder("b", Level.LOW, Level.HIGH)))
                    .build()))
        .containsExactly(EngagementStrategy.KEEP_INFORMED);
    assertThat(classifier.classify(added).toString())
        .isEqualTo(
            "StakeholderMapClassification{map=(unlabelled), byStrategy={MANAGE_CLOSELY=1,"
                + " KEEP_SATISFIED=1, KEEP_INFORMED=1, MONITOR=0}}");
  }

  private List<EngagementStrategy> strategies(StakeholderMap map) {
    return classifier.classify(map).placements().stream()
        .map(StakeholderPlacement::strategy)
        .toList();
  }
}
