package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Confidence;
import org.covalue.journey.Channel;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.testkit.Experiences;
import org.junit.jupiter.api.Test;

/** Laws of the open vocabulary of experience sources, and of the two perceivers (Figure 1.5). */
class ExperienceSourcePropertiesTest {

  @Test
  void sourcesRoundTripThroughTheirCode() {
    qt().forAll(Experiences.sources())
        .checkAssert(
            source -> {
              ExperienceSource again = ExperienceSource.of(source.code());
              assertThat(again).isEqualTo(source).hasSameHashCodeAs(source);
              assertThat(again.isPredefined()).isEqualTo(source.isPredefined());
              assertThat(source.code()).matches("[A-Z][A-Z0-9_]{0,63}");
              assertThat(ExperienceSource.predefined().contains(source))
                  .isEqualTo(source.isPredefined());
              assertThat(source.description().isPresent()).isEqualTo(source.isPredefined());
              if (source.isPredefined()) {
                assertThat(ExperienceSource.of(source.code())).isSameAs(source);
              }
            });
    assertThat(ExperienceSource.predefined())
        .containsExactly(
            ExperienceSource.JOURNEY, ExperienceSource.ENVIRONMENT, ExperienceSource.BRAND);
    assertThat(ExperienceSource.confidence()).isEqualTo(Confidence.RECONSTRUCTED);
  }

  @Test
  void sourcesAreEqualExactlyWhenTheirCodesAreAndNeverEqualAChannel() {
    qt().forAll(Experiences.sources(), Experiences.sources())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
              assertThat(a.equals(Channel.of(a.code()))).isFalse();
            });
  }

  @Test
  void customersPerceiveCustomerExperienceAndUsersUserExperience() {
    qt().forAll(Experiences.perceivers())
        .checkAssert(
            perceiver -> {
              assertThat(perceiver.role().name()).isEqualTo(perceiver.name());
              assertThat(perceiver.acronym())
                  .isEqualTo(perceiver == ExperiencePerceiver.CUSTOMER ? "CX" : "UX");
            });
  }
}
