package org.covalue.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.junit.jupiter.api.Test;

class CustomerJourneyStepTest {

  @Test
  void sevenStepsInTheirUsualOrder() {
    assertThat(CustomerJourneyStep.values())
        .containsExactly(
            CustomerJourneyStep.EXPLORE,
            CustomerJourneyStep.ENGAGE,
            CustomerJourneyStep.OFFER,
            CustomerJourneyStep.AGREE,
            CustomerJourneyStep.ONBOARD,
            CustomerJourneyStep.CO_CREATE,
            CustomerJourneyStep.REALIZE);
    assertThat(CustomerJourneyStep.EXPLORE.number()).isEqualTo(1);
    assertThat(CustomerJourneyStep.REALIZE.number()).isEqualTo(7);
    assertThat(CustomerJourneyStep.EXPLORE.chapter()).isEqualTo(3);
    assertThat(CustomerJourneyStep.REALIZE.chapter()).isEqualTo(9);
    assertThat(CustomerJourneyStep.AGREE.isBefore(CustomerJourneyStep.ONBOARD)).isTrue();
    assertThat(CustomerJourneyStep.ONBOARD.isBefore(CustomerJourneyStep.AGREE)).isFalse();
    assertThat(CustomerJourneyStep.ONBOARD.isBefore(CustomerJourneyStep.ONBOARD)).isFalse();
  }

  @Test
  void numbersFollowTheUsualOrder() {
    CustomerJourneyStep[] steps = CustomerJourneyStep.values();
    for (int i = 0; i < steps.length; i++) {
      assertThat(steps[i].number()).as("number of %s", steps[i]).isEqualTo(i + 1);
      assertThat(steps[i].chapter()).as("chapter of %s", steps[i]).isEqualTo(i + 3);
      for (CustomerJourneyStep other : steps) {
        assertThat(steps[i].isBefore(other))
            .as("%s before %s", steps[i], other)
            .isEqualTo(steps[i].compareTo(other) < 0);
      }
    }
  }

  @Test
  void titlesAndHeadlinesOfTable11() {
    assertThat(CustomerJourneyStep.EXPLORE.title()).isEqualTo("Explore");
    assertThat(CustomerJourneyStep.EXPLORE.headline())
        .isEqualTo("Understanding markets and stakeholders");
    assertThat(CustomerJourneyStep.ENGAGE.headline()).isEqualTo("Fostering relationships");
    assertThat(CustomerJourneyStep.OFFER.headline())
        .isEqualTo("Shaping demand and service offerings");
    assertThat(CustomerJourneyStep.AGREE.headline())
        .isEqualTo("Aligning expectations and agreeing services");
    assertThat(CustomerJourneyStep.ONBOARD.headline()).isEqualTo("Onboarding and offboarding");
    assertThat(CustomerJourneyStep.CO_CREATE.title()).isEqualTo("Co-create");
    assertThat(CustomerJourneyStep.CO_CREATE.headline()).isEqualTo("Providing and consuming");
    assertThat(CustomerJourneyStep.REALIZE.headline()).isEqualTo("Realizing value and improving");
  }

  @Test
  void purposesCarryTheMeaningOfEachStep() {
    assertThat(CustomerJourneyStep.EXPLORE.purpose()).contains("market");
    // The journey usually, not always, starts before a relationship exists (Table 1.1).
    assertThat(CustomerJourneyStep.EXPLORE.purpose()).startsWith("Usually before any relationship");
    assertThat(CustomerJourneyStep.ENGAGE.purpose()).contains("relationship");
    assertThat(CustomerJourneyStep.OFFER.purpose()).contains("demand").contains("supply");
    assertThat(CustomerJourneyStep.AGREE.purpose())
        .contains("expectations")
        .contains("scope and quality");
    assertThat(CustomerJourneyStep.ONBOARD.purpose()).contains("joins or separates");
    assertThat(CustomerJourneyStep.CO_CREATE.purpose()).contains("co-creates value");
    assertThat(CustomerJourneyStep.REALIZE.purpose()).contains("tracked").contains("improvement");
  }

  @Test
  void onboardAndRealizeTitlesComeFromATranslationOnly() {
    assertThat(CustomerJourneyStep.ONBOARD.titleConfidence()).isEqualTo(Confidence.SEED);
    assertThat(CustomerJourneyStep.REALIZE.titleConfidence()).isEqualTo(Confidence.SEED);
    assertThat(CustomerJourneyStep.EXPLORE.titleConfidence()).isEqualTo(Confidence.CORROBORATED);
    assertThat(CustomerJourneyStep.AGREE.reference())
        .isEqualTo(ItilReference.section("1.1").table("1.1"));
  }

  @Test
  void onboardCoversBothDirections() {
    assertThat(TransitionDirection.values())
        .containsExactly(TransitionDirection.ONBOARD, TransitionDirection.OFFBOARD);
  }

  @Test
  void channelsAreAnOpenSet() {
    assertThat(Channel.predefined()).contains(Channel.PHONE, Channel.ADVERTISING, Channel.WEB);
    assertThat(Channel.of("PHONE")).isSameAs(Channel.PHONE);
    assertThat(Channel.of("KIOSK").isPredefined()).isFalse();
    assertThat(Channel.ADVERTISING.description().orElseThrow()).contains("one-way");
    assertThat(Channel.of("KIOSK")).isEqualTo(Channel.of("KIOSK")).isNotEqualTo(Channel.PHONE);
  }
}
