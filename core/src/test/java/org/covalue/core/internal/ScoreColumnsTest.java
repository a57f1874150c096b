package org.covalue.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.Level;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;

/** The two score columns and the stakeholder map's one connection to them. */
class ScoreColumnsTest {

  private record Row(double first, double second) {}

  @Test
  void quadrantsCountTheFirstScoreTwiceAndTheSecondOnceAtOrAboveTheirThresholds() {
    ScoreColumns columns =
        ScoreColumns.of(
            List.of(
                new Row(0.0, 0.0),
                new Row(0.0, 0.5),
                new Row(0.5, 0.0),
                new Row(0.5, 0.5),
                new Row(0.4999, 0.7),
                new Row(1.0, 0.6999)),
            Row::first,
            Row::second);
    assertThat(columns.size()).isEqualTo(6);
    assertThat(columns.quadrants(0.5, 0.7)).containsExactly(0, 0, 2, 2, 1, 2);
    assertThat(columns.quadrants(0.5, 0.5)).containsExactly(0, 1, 2, 3, 1, 3);
    assertThat(columns.quadrants(0.0, 0.0)).containsExactly(3, 3, 3, 3, 3, 3);
    assertThat(ScoreColumns.of(List.<Row>of(), Row::first, Row::second).quadrants(0, 0)).isEmpty();
  }

  @Test
  void theStakeholderMapConnectsItsColumnsOnceAndNothingElseCan() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholders(
                Stakeholder.builder()
                    .id(StakeholderId.of("a"))
                    .name("A")
                    .kind(StakeholderKind.OTHER)
                    .influence(Level.HIGH)
                    .interest(Level.LOW)
                    .build())
            .build();
    assertThat(ScoreColumns.ofStakeholderMap(map).quadrants(0.5, 0.5)).containsExactly(2);
    assertThatThrownBy(
            () -> ScoreColumns.connectStakeholderMap(m -> ScoreColumns.ofStakeholderMap(m)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The stakeholder map's columns are connected already");
    assertThat(ScoreColumns.ofStakeholderMap(map).size()).isEqualTo(1);
  }
}
