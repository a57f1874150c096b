package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.Ratings;
import org.covalue.testkit.Stakeholders;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;

/** Laws of the influence/interest classification (§1.2.1, Figure 1.1): total and monotone. */
class StakeholderClassifierPropertiesTest {

  private static Rating higher(Rating a, Rating b) {
    return Rating.BY_SCORE.compare(a, b) >= 0 ? a : b;
  }

  @Test
  void everyStakeholderGetsTheStrategyOfTheQuadrantItsScoresFallIn() {
    qt().forAll(Stakeholders.stakeholders(), Stakeholders.classifiers())
        .checkAssert(
            (stakeholder, classifier) -> {
              StakeholderPlacement placement = classifier.classify(stakeholder);
              EngagementStrategy strategy = placement.strategy();
              assertThat(strategy.highInfluence())
                  .isEqualTo(
                      stakeholder.influence().score() >= classifier.influenceThreshold().value());
              assertThat(strategy.highInterest())
                  .isEqualTo(
                      stakeholder.interest().score() >= classifier.interestThreshold().value());
              assertThat(strategy)
                  .isSameAs(
                      classifier.strategyFor(stakeholder.influence(), stakeholder.interest()));
              assertThat(placement.stakeholder()).isEqualTo(stakeholder);
              assertThat(placement.influenceThreshold()).isEqualTo(classifier.influenceThreshold());
              assertThat(placement.interestThreshold()).isEqualTo(classifier.interestThreshold());
              assertThat(placement.explanation()).startsWith(stakeholder.name() + ":");
            });
  }

  @Test
  void aRatingExactlyAtTheThresholdCountsAsHigh() {
    qt().forAll(Ratings.scores(), Ratings.scores())
        .checkAssert(
            (influence, interest) -> {
              StakeholderClassifier classifier = StakeholderClassifier.of(influence, interest);
              assertThat(classifier.strategyFor(influence, interest))
                  .isSameAs(EngagementStrategy.MANAGE_CLOSELY);
            });
  }

  @Test
  void byDefaultEveryRatingFromMediumUpCountsAsHighInBothForms() {
    qt().forAll(Ratings.ratings(), Ratings.ratings())
        .checkAssert(
            (influence, interest) -> {
              StakeholderClassifier classifier = StakeholderClassifier.DEFAULT;
              assertThat(classifier)
                  .isEqualTo(StakeholderClassifier.of(Score.of(1.0 / 3), Score.of(1.0 / 3)));
              EngagementStrategy strategy = classifier.strategyFor(influence, interest);
              assertThat(strategy.highInfluence()).isEqualTo(influence.level() != Level.LOW);
              assertThat(strategy.highInterest()).isEqualTo(interest.level() != Level.LOW);
            });
  }

  @Test
  void raisingInfluenceOrInterestNeverCallsForLessEngagement() {
    qt().forAll(
            Stakeholders.stakeholders(),
            Ratings.ratings(),
            Ratings.ratings(),
            Stakeholders.classifiers())
        .checkAssert(
            (stakeholder, influence, interest, classifier) -> {
              Stakeholder raised =
                  stakeholder
                      .withInfluence(higher(stakeholder.influence(), influence))
                      .withInterest(higher(stakeholder.interest(), interest));
              EngagementStrategy before = classifier.classify(stakeholder).strategy();
              EngagementStrategy after = classifier.classify(raised).strategy();
              assertThat(after.highInfluence() || !before.highInfluence()).isTrue();
              assertThat(after.highInterest() || !before.highInterest()).isTrue();
              assertThat(before.changeTo(after)).isIn(EngagementChange.NONE, EngagementChange.MORE);
            });
  }

  @Test
  void raisingAThresholdNeverCallsForMoreEngagement() {
    qt().forAll(
            Stakeholders.stakeholders(),
            Stakeholders.classifiers(),
            Ratings.scores(),
            Ratings.scores())
        .checkAssert(
            (stakeholder, classifier, influence, interest) -> {
              Score higherInfluence =
                  influence.isAtLeast(classifier.influenceThreshold())
                      ? influence
                      : classifier.influenceThreshold();
              Score higherInterest =
                  interest.isAtLeast(classifier.interestThreshold())
                      ? interest
                      : classifier.interestThreshold();
              EngagementStrategy before = classifier.classify(stakeholder).strategy();
              EngagementStrategy after =
                  StakeholderClassifier.of(higherInfluence, higherInterest)
                      .classify(stakeholder)
                      .strategy();
              assertThat(before.changeTo(after)).isIn(EngagementChange.NONE, EngagementChange.LESS);
            });
  }

  @Test
  void aMapIsClassifiedStakeholderByStakeholderInItsOrder() {
    qt().forAll(Stakeholders.maps(), Stakeholders.classifiers())
        .checkAssert(
            (map, classifier) -> {
              StakeholderMapClassification classification = classifier.classify(map);
              assertThat(classification.map()).isEqualTo(map);
              List<StakeholderPlacement> expected = new ArrayList<>();
              map.stakeholders().forEach(s -> expected.add(classifier.classify(s)));
              assertThat(classification.placements()).isEqualTo(expected);
              for (StakeholderPlacement placement : expected) {
                assertThat(classification.placement(placement.stakeholderId())).contains(placement);
              }
              Map<EngagementStrategy, List<StakeholderPlacement>> byStrategy =
                  classification.byStrategy();
              assertThat(byStrategy).containsOnlyKeys(EngagementStrategy.values());
              int total = 0;
              for (Map.Entry<EngagementStrategy, List<StakeholderPlacement>> group :
                  byStrategy.entrySet()) {
                total += group.getValue().size();
                assertThat(group.getValue())
                    .allSatisfy(p -> assertThat(p.strategy()).isSameAs(group.getKey()));
              }
              assertThat(total).isEqualTo(map.stakeholders().size());
            });
  }

  @Test
  void reorderingAMapDoesNotChangeItsPlacements() {
    qt().forAll(
            Laws.withPermutation(Stakeholders.maps(), StakeholderMap::stakeholders),
            Stakeholders.classifiers())
        .checkAssert(
            (mapAndOrder, classifier) -> {
              StakeholderMap map = mapAndOrder._1;
              StakeholderMap reordered = map.withStakeholders(mapAndOrder._2);
              assertThat(Laws.multiset(classifier.classify(reordered).placements()))
                  .isEqualTo(Laws.multiset(classifier.classify(map).placements()));
            });
  }

  @Test
  void eachCopyReplacesOneThresholdAndKeepsTheOther() {
    qt().forAll(Stakeholders.classifiers(), Ratings.scores(), Stakeholders.stakeholders())
        .checkAssert(
            (classifier, threshold, stakeholder) -> {
              StakeholderClassifier influence = classifier.withInfluenceThreshold(threshold);
              assertThat(influence)
                  .isEqualTo(StakeholderClassifier.of(threshold, classifier.interestThreshold()))
                  .hasSameHashCodeAs(
                      StakeholderClassifier.of(threshold, classifier.interestThreshold()));
              assertThat(influence.classify(stakeholder).strategy().highInterest())
                  .isEqualTo(classifier.classify(stakeholder).strategy().highInterest());
              StakeholderClassifier interest = classifier.withInterestThreshold(threshold);
              assertThat(interest)
                  .isEqualTo(StakeholderClassifier.of(classifier.influenceThreshold(), threshold));
              assertThat(interest.classify(stakeholder).strategy().highInfluence())
                  .isEqualTo(classifier.classify(stakeholder).strategy().highInfluence());
            });
  }
}
