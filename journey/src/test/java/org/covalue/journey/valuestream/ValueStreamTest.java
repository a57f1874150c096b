package org.covalue.journey.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.junit.jupiter.api.Test;

class ValueStreamTest {

  @Test
  void activitiesAreVisibleToOtherPartiesOrHidden() {
    ValueStreamActivity log = ValueStreamActivity.visible(ValueStreamActivityId.of("log"), "Log");
    ValueStreamActivity investigate =
        ValueStreamActivity.hidden(ValueStreamActivityId.of("rca"), "Investigate");
    assertThat(log.isVisibleToOtherParties()).isTrue();
    assertThat(investigate.isVisibleToOtherParties()).isFalse();
    ValueStream stream =
        ValueStream.builder()
            .id(ValueStreamId.of("restore"))
            .name("Restore service")
            .owner(PartyId.of("desk"))
            .addActivities(log, investigate)
            .build();
    assertThat(stream.activities()).containsExactly(log, investigate);
    assertThat(stream.owner()).isEqualTo(PartyId.of("desk"));
  }

  @Test
  void aValueStreamNeedsDistinctActivities() {
    ValueStreamActivity log = ValueStreamActivity.visible(ValueStreamActivityId.of("log"), "Log");
    assertThatThrownBy(
            () ->
                ValueStream.builder()
                    .id(ValueStreamId.of("v"))
                    .name("V")
                    .owner(PartyId.of("p"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("activities: Value stream v needs at least one activity");
    assertThatThrownBy(
            () ->
                ValueStream.builder()
                    .id(ValueStreamId.of("v"))
                    .name("V")
                    .owner(PartyId.of("p"))
                    .addActivities(log, log)
                    .build())
        .hasMessage(
            "activities[1].id: Value stream activity id log appears twice, first at activities[0]");
    assertThatThrownBy(() -> ValueStreamActivity.hidden(ValueStreamActivityId.of("x"), ""))
        .hasMessage("name: Value stream activity name must not be blank");
  }
}
