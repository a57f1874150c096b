package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.core.analysis.Fixtures.stakeholder;

import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;

class SalienceClassifierTest {

  private final SalienceClassifier classifier = SalienceClassifier.DEFAULT;

  @Test
  void attributesAtOrAboveTheThresholdCount() {
    assertThat(classifier.classOf(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.HIGH)))
        .isEqualTo(SalienceClass.DEFINITIVE);
    assertThat(classifier.classOf(SalienceAttributes.of(Level.MEDIUM, Level.LOW, Level.LOW)))
        .isEqualTo(SalienceClass.DORMANT);
    assertThat(
            classifier.classOf(SalienceAttributes.of(Level.LOW, Score.of(1.0 / 3), Score.of(0.33))))
        .isEqualTo(SalienceClass.DISCRETIONARY);
    assertThat(classifier.classOf(SalienceAttributes.of(Level.LOW, Level.LOW, Level.LOW)))
        .isEqualTo(SalienceClass.NON_STAKEHOLDER);
    assertThat(classifier.threshold()).isEqualTo(Score.of(1.0 / 3));
  }

  @Test
  void thresholdIsAParameter() {
    SalienceClassifier strict = SalienceClassifier.of(Score.of(0.9));
    assertThat(strict.classOf(SalienceAttributes.of(Level.HIGH, Score.ONE, Level.HIGH)))
        .isEqualTo(SalienceClass.DISCRETIONARY);
    assertThat(strict).isEqualTo(SalienceClassifier.of(Score.of(0.9)));
    assertThat(strict).isNotEqualTo(classifier);
    assertThat(strict.hashCode()).isEqualTo(SalienceClassifier.of(Score.of(0.9)).hashCode());
    assertThat(strict).hasToString("SalienceClassifier{threshold=0.9}");
  }

  @Test
  void stakeholdersWithoutAttributesAreNotAssessed() {
    Stakeholder plain = stakeholder("plain", Level.LOW, Level.LOW);
    Stakeholder regulator =
        stakeholder("regulator", Level.HIGH, Level.LOW)
            .withSalience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW));
    assertThat(classifier.classify(plain)).isEmpty();
    assertThat(classifier.classify(regulator)).contains(SalienceClass.DOMINANT);

    SalienceClassification classification =
        classifier.classify(StakeholderMap.builder().addStakeholders(plain, regulator).build());
    assertThat(classification.notAssessed()).containsExactly(StakeholderId.of("plain"));
    assertThat(classification.entries()).hasSize(1);
    assertThat(classification.entries().get(0).salienceClass()).isEqualTo(SalienceClass.DOMINANT);
    assertThat(classification.byClass().get(SalienceClass.DOMINANT)).containsExactly(regulator);
    assertThat(classification.byClass()).containsOnlyKeys(SalienceClass.values());
    assertThat(classification.byClass().get(SalienceClass.DEFINITIVE)).isEmpty();
    assertThat(classification.toString())
        .startsWith("SalienceClassification{threshold=")
        .contains("DOMINANT=1", "DEFINITIVE=0")
        .endsWith(", notAssessed=1}");
    assertThatThrownBy(
            () ->
                java.util.Objects.requireNonNull(
                        classification.byClass().get(SalienceClass.DOMINANT))
                    .clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                java.util.Objects.requireNonNull(
                        classification.byClass().get(SalienceClass.DEFINITIVE))
                    .add(plain))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> classification.byClass().remove(SalienceClass.DOMINANT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(classification.threshold()).isEqualTo(Score.of(1.0 / 3));
  }
}
