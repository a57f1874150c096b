package org.covalue.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;

class StakeholderMapAtStepTest {

  @Test
  void placesAMapAtAStepOfTheJourney() {
    StakeholderMap map = StakeholderMap.builder().label("after agreement").build();
    StakeholderMapAtStep atAgree = StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, map);
    assertThat(atAgree.step()).isEqualTo(CustomerJourneyStep.AGREE);
    assertThat(atAgree.map()).isEqualTo(map);
    assertThat(atAgree)
        .isEqualTo(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, map))
        .isNotEqualTo(StakeholderMapAtStep.of(CustomerJourneyStep.ONBOARD, map));
  }
}
