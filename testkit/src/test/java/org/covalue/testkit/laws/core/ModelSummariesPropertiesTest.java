package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Score;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.model.CoreModel;
import org.covalue.testkit.CoreModels;
import org.junit.jupiter.api.Test;

/**
 * A core model counts its elements of every kind and prints those counts, never the elements; the
 * classifiers are values of their thresholds.
 */
class ModelSummariesPropertiesTest {

  @Test
  void aModelsSizeIsTheSumOfItsKindsAndItsTextCountsThem() {
    qt().withExamples(100)
        .forAll(CoreModels.models())
        .checkAssert(
            model -> {
              int[] counts = {
                model.parties().size(),
                model.stakeholders().size(),
                model.roleAssignments().size(),
                model.coordinations().size(),
                model.relationships().size(),
                model.resources().size(),
                model.products().size(),
                model.services().size(),
                model.offerings().size()
              };
              int sum = 0;
              for (int count : counts) {
                sum += count;
              }
              assertThat(model.size()).isEqualTo(sum);
              assertThat(model.toString())
                  .startsWith("CoreModel{parties=" + counts[0] + ", stakeholders=" + counts[1])
                  .contains("offerings=" + counts[8])
                  .hasSizeLessThan(300);
            });
    assertThat(CoreModel.empty().size()).isZero();
  }

  @Test
  void classifiersAreValuesOfTheirThresholds() {
    StakeholderClassifier stricter = StakeholderClassifier.of(Score.of(0.8), Score.of(0.8));
    assertThat(
            StakeholderClassifier.of(
                StakeholderClassifier.DEFAULT_THRESHOLD, StakeholderClassifier.DEFAULT_THRESHOLD))
        .isEqualTo(StakeholderClassifier.DEFAULT)
        .hasSameHashCodeAs(StakeholderClassifier.DEFAULT);
    assertThat(stricter).isNotEqualTo(StakeholderClassifier.DEFAULT).isNotEqualTo("default");
    assertThat(stricter.hashCode()).isNotEqualTo(StakeholderClassifier.DEFAULT.hashCode());
    SalienceClassifier salient = SalienceClassifier.of(Score.of(0.8));
    assertThat(SalienceClassifier.of(SalienceClassifier.DEFAULT_THRESHOLD))
        .isEqualTo(SalienceClassifier.DEFAULT)
        .hasSameHashCodeAs(SalienceClassifier.DEFAULT);
    assertThat(salient).isNotEqualTo(SalienceClassifier.DEFAULT).isNotEqualTo("default");
    assertThat(salient.hashCode()).isNotEqualTo(SalienceClassifier.DEFAULT.hashCode());
  }
}
