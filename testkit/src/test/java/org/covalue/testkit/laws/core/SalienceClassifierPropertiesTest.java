package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.SalienceClassification;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.Ratings;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of salience classification: total and monotone. */
class SalienceClassifierPropertiesTest {

  private static Rating higher(Rating a, Rating b) {
    return Rating.BY_SCORE.compare(a, b) >= 0 ? a : b;
  }

  @Test
  void everySetOfAttributesGetsTheClassOfTheAttributesAtOrAboveTheThreshold() {
    qt().forAll(Stakeholders.salienceAttributes(), Stakeholders.salienceClassifiers())
        .checkAssert(
            (attributes, classifier) -> {
              SalienceClass c = classifier.classOf(attributes);
              double threshold = classifier.threshold().value();
              assertThat(c.hasPower()).isEqualTo(attributes.power().score() >= threshold);
              assertThat(c.hasLegitimacy()).isEqualTo(attributes.legitimacy().score() >= threshold);
              assertThat(c.hasUrgency()).isEqualTo(attributes.urgency().score() >= threshold);
            });
  }

  @Test
  void byDefaultAnAttributeCountsFromTheMediumLevelUpInBothForms() {
    qt().forAll(Stakeholders.salienceAttributes())
        .checkAssert(
            attributes -> {
              SalienceClass c = SalienceClassifier.DEFAULT.classOf(attributes);
              assertThat(c.hasPower()).isEqualTo(attributes.power().level() != Level.LOW);
              assertThat(c.hasLegitimacy()).isEqualTo(attributes.legitimacy().level() != Level.LOW);
              assertThat(c.hasUrgency()).isEqualTo(attributes.urgency().level() != Level.LOW);
            });
  }

  @Test
  void raisingAnAttributeNeverMakesAStakeholderLessSalient() {
    qt().forAll(
            Stakeholders.salienceAttributes(),
            Stakeholders.salienceAttributes(),
            Stakeholders.salienceClassifiers())
        .checkAssert(
            (attributes, other, classifier) -> {
              SalienceAttributes raised =
                  SalienceAttributes.of(
                      higher(attributes.power(), other.power()),
                      higher(attributes.legitimacy(), other.legitimacy()),
                      higher(attributes.urgency(), other.urgency()));
              assertThat(
                      classifier
                          .classOf(raised)
                          .isAtLeastAsSalientAs(classifier.classOf(attributes)))
                  .isTrue();
              SalienceAttributes powerOnly =
                  SalienceAttributes.of(
                      higher(attributes.power(), other.power()),
                      attributes.legitimacy(),
                      attributes.urgency());
              assertThat(
                      classifier
                          .classOf(powerOnly)
                          .isAtLeastAsSalientAs(classifier.classOf(attributes)))
                  .isTrue();
            });
  }

  @Test
  void onlyAssessedStakeholdersAreClassified() {
    qt().forAll(Stakeholders.stakeholders(), Stakeholders.salienceClassifiers())
        .checkAssert(
            (stakeholder, classifier) ->
                assertThat(classifier.classify(stakeholder))
                    .isEqualTo(stakeholder.salience().map(classifier::classOf)));
  }

  @Test
  void aMapSplitsIntoAssessedAndNotAssessedStakeholdersInItsOrder() {
    qt().forAll(Stakeholders.maps(), Stakeholders.salienceClassifiers())
        .checkAssert(
            (map, classifier) -> {
              SalienceClassification classification = classifier.classify(map);
              List<StakeholderId> assessed = new ArrayList<>();
              List<StakeholderId> notAssessed = new ArrayList<>();
              for (Stakeholder stakeholder : map.stakeholders()) {
                (stakeholder.salience().isPresent() ? assessed : notAssessed).add(stakeholder.id());
              }
              List<StakeholderId> classified = new ArrayList<>();
              for (SalienceClassification.Entry entry : classification.entries()) {
                classified.add(entry.stakeholder().id());
                assertThat(entry.salienceClass())
                    .isSameAs(classifier.classOf(entry.stakeholder().salience().orElseThrow()));
                assertThat(classification.byClass().get(entry.salienceClass()))
                    .contains(entry.stakeholder());
              }
              assertThat(classified).isEqualTo(assessed);
              assertThat(classification.notAssessed()).isEqualTo(notAssessed);
              assertThat(classification.threshold()).isEqualTo(classifier.threshold());
              assertThat(classification.byClass()).containsOnlyKeys(SalienceClass.values());
              assertThat(classification.byClass().values().stream().mapToInt(List::size).sum())
                  .isEqualTo(assessed.size());
            });
  }

  @Test
  void theCopyWithAnotherThresholdIsTheClassifierOfThatThreshold() {
    qt().forAll(Stakeholders.salienceClassifiers(), Ratings.scores())
        .checkAssert(
            (classifier, threshold) -> {
              assertThat(classifier.withThreshold(threshold))
                  .isEqualTo(SalienceClassifier.of(threshold))
                  .hasSameHashCodeAs(SalienceClassifier.of(threshold));
              assertThat(classifier.withThreshold(threshold).threshold()).isEqualTo(threshold);
              assertThat(SalienceClassifier.DEFAULT.threshold())
                  .isEqualTo(Score.of(Level.MEDIUM.lowerBound()));
            });
  }
}
