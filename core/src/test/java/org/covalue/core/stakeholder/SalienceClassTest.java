package org.covalue.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalienceClassTest {

  @ParameterizedTest
  @CsvSource({
    "false, false, false, NON_STAKEHOLDER, 0",
    "true, false, false, DORMANT, 1",
    "false, true, false, DISCRETIONARY, 1",
    "false, false, true, DEMANDING, 1",
    "true, true, false, DOMINANT, 2",
    "true, false, true, DANGEROUS, 2",
    "false, true, true, DEPENDENT, 2",
    "true, true, true, DEFINITIVE, 3"
  })
  void theEightClassesOfTheSalienceModel(
      boolean power, boolean legitimacy, boolean urgency, SalienceClass expected, int count) {
    SalienceClass salienceClass = SalienceClass.of(power, legitimacy, urgency);
    assertThat(salienceClass).isEqualTo(expected);
    assertThat(salienceClass.hasPower()).isEqualTo(power);
    assertThat(salienceClass.hasLegitimacy()).isEqualTo(legitimacy);
    assertThat(salienceClass.hasUrgency()).isEqualTo(urgency);
    assertThat(salienceClass.attributeCount()).isEqualTo(count);
  }

  @Test
  void descriptionsNameTheGroup() {
    assertThat(SalienceClass.DORMANT.description()).startsWith("latent");
    assertThat(SalienceClass.DEPENDENT.description()).startsWith("expectant");
    assertThat(SalienceClass.DEFINITIVE.description()).startsWith("definitive");
    assertThat(SalienceClass.NON_STAKEHOLDER.description()).startsWith("not a stakeholder");
  }

  @Test
  void salienceComparesByAttributes() {
    assertThat(SalienceClass.DEFINITIVE.isAtLeastAsSalientAs(SalienceClass.DOMINANT)).isTrue();
    assertThat(SalienceClass.DOMINANT.isAtLeastAsSalientAs(SalienceClass.DORMANT)).isTrue();
    assertThat(SalienceClass.DORMANT.isAtLeastAsSalientAs(SalienceClass.DEMANDING)).isFalse();
    assertThat(SalienceClass.DOMINANT.isAtLeastAsSalientAs(SalienceClass.DEPENDENT)).isFalse();
    assertThat(SalienceClass.NON_STAKEHOLDER.isAtLeastAsSalientAs(SalienceClass.NON_STAKEHOLDER))
        .isTrue();
  }
}
