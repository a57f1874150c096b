package org.covalue.journey.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.Confidence;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.party.ConsumerRole;
import org.junit.jupiter.api.Test;

class ExperienceTest {

  @Test
  void customersPerceiveCxUsersPerceiveUx() {
    assertThat(ExperiencePerceiver.CUSTOMER.acronym()).isEqualTo("CX");
    assertThat(ExperiencePerceiver.USER.acronym()).isEqualTo("UX");
    assertThat(ExperiencePerceiver.CUSTOMER.role()).isEqualTo(ConsumerRole.CUSTOMER);
    assertThat(ExperiencePerceiver.USER.role()).isEqualTo(ConsumerRole.USER);
  }

  @Test
  void sourcesAreAReconstructionKeptOpen() {
    assertThat(ExperienceSource.predefined())
        .containsExactly(
            ExperienceSource.JOURNEY, ExperienceSource.ENVIRONMENT, ExperienceSource.BRAND);
    assertThat(ExperienceSource.confidence()).isEqualTo(Confidence.RECONSTRUCTED);
    assertThat(ExperienceSource.of("WORD_OF_MOUTH").isPredefined()).isFalse();
    assertThat(ExperienceSource.BRAND.description().orElseThrow()).contains("brand");
    assertThat(ExperienceSource.ENVIRONMENT.description().orElseThrow()).contains("digital");
  }

  @Test
  void anObservationRatesAtLeastOneSide() {
    ExperienceObservation emotional =
        ExperienceObservation.builder()
            .perceiver(ExperiencePerceiver.USER)
            .source(ExperienceSource.JOURNEY)
            .emotional(Score.of(0.2))
            .build();
    assertThat(emotional.functional()).isEmpty();
    assertThat(emotional.emotional()).contains(Score.of(0.2));
    assertThatThrownBy(
            () ->
                ExperienceObservation.builder()
                    .perceiver(ExperiencePerceiver.CUSTOMER)
                    .source(ExperienceSource.BRAND)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "functional: An experience observation rates the functional or the emotional side, or both");
  }
}
