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
  void comparingBitsAgreesWithComparingNumbersAtEveryEdge() {
    double[] values = {
      0.0,
      Double.MIN_VALUE,
      Double.MIN_NORMAL,
      1e-300,
      0.01,
      Math.nextDown(1.0 / 3),
      1.0 / 3,
      Math.nextUp(1.0 / 3),
      0.5,
      Math.nextDown(2.0 / 3),
      2.0 / 3,
      0.99,
      Math.nextDown(1.0),
      1.0
    };
    List<Row> rows = new java.util.ArrayList<>();
    for (double first : values) {
      for (double second : values) {
        rows.add(new Row(first, second));
      }
    }
    ScoreColumns columns = ScoreColumns.of(rows, Row::first, Row::second);
    for (double firstThreshold : values) {
      for (double secondThreshold : values) {
        byte[] quadrants = columns.quadrants(firstThreshold, secondThreshold);
        for (int i = 0; i < rows.size(); i++) {
          Row row = rows.get(i);
          int expected =
              (row.first() >= firstThreshold ? 2 : 0) + (row.second() >= secondThreshold ? 1 : 0);
          assertThat(quadrants[i])
              .as("%s against %s and %s", row, firstThreshold, secondThreshold)
              .isEqualTo((byte) expected);
        }
      }
    }
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
