package org.covalue.value.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** A value model's size and text count its elements of every kind. */
class ValueModelTest {

  @Test
  void theSizeCountsEveryElementOfEveryKindWithTheJourneyModels() {
    ValueModel model = IncidentValue.model();
    // Beyond the journey model, the sample holds 2 outputs, 3 outcomes, 3 costs, 1 risk,
    // 1 performance, 2 requirements, 1 offering type, 1 engagement, 4 contributions, 1 plan and
    // 1 driver chain: 20 elements.
    assertThat(model.size()).isEqualTo(model.journey().size() + 20);
  }

  @Test
  void theTextCountsTheElementsOfEachKind() {
    String text = IncidentValue.model().toString();
    assertThat(text).startsWith("ValueModel{journey=").contains(", outputs=2, outcomes=3, costs=3");
  }
}
