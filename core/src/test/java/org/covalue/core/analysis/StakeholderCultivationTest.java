package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.stakeholder;

import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;

/**
 * §1.2.1: a provider may try to build a stakeholder's interest or influence; the map says where the
 * plan wants the stakeholder, and the analysis how far it still is.
 */
class StakeholderCultivationTest {

  private static final StakeholderId UNION = StakeholderId.of("union");
  private static final StakeholderId CFO = StakeholderId.of("cfo");

  @Test
  void aUnionToBeKeptInformedIsStillToBeWonOver() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholder(stakeholder("union", Level.LOW, Level.LOW))
            .addStakeholder(stakeholder("cfo", Level.HIGH, Level.HIGH))
            .addTarget(CultivationTarget.of(UNION, Level.LOW, Level.HIGH))
            .addTarget(CultivationTarget.of(CFO, Level.HIGH, Level.HIGH))
            .build();
    StakeholderCultivation cultivation = StakeholderCultivation.of(map);
    assertThat(cultivation.gaps()).hasSize(2);
    assertThat(cultivation.gaps().get(1).isOnTarget()).isTrue();
    assertThat(cultivation.isOnTarget()).isFalse();
    Finding finding = cultivation.findings().get(0);
    assertThat(cultivation.findings()).hasSize(1);
    assertThat(cultivation).hasToString("StakeholderCultivation{targets=2, offTarget=1}");
    assertThat(finding.rule()).isEqualTo(StakeholderCultivation.OFF_TARGET);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements()).containsExactly(UNION);
    assertThat(finding.data())
        .containsExactly(entry("strategy", "monitor"), entry("targetStrategy", "keep-informed"));
    assertThat(finding.evidence()).containsKeys("influenceGap", "interestGap", "distance");
    assertThat(finding.evidence().get("interestGap")).isCloseTo(2.0 / 3, within());
    assertThat(finding.evidence().get("influenceGap")).isEqualTo(0.0);
    assertThat(finding.message())
        .isEqualTo(
            "Stakeholder union is 0.67 from where the plan wants it, in another quadrant; its"
                + " engagement moves from monitor to keep informed");
  }

  @Test
  void aGapWithinTheQuadrantIsInformation() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholder(stakeholder("cfo", Score.of(0.7), Score.of(0.7)))
            .addTarget(CultivationTarget.of(CFO, Score.of(0.9), Score.of(0.8)))
            .build();
    Finding finding = StakeholderCultivation.of(map).findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.evidence().get("distance")).isCloseTo(Math.hypot(0.2, 0.1), within());
  }

  @Test
  void aTargetIsForAStakeholderOnTheMapOnce() {
    assertThatThrownBy(
            () ->
                StakeholderMap.builder()
                    .addStakeholder(stakeholder("cfo", Level.HIGH, Level.HIGH))
                    .addTarget(CultivationTarget.of(CFO, Level.HIGH, Level.HIGH))
                    .addTarget(CultivationTarget.of(CFO, Level.LOW, Level.HIGH))
                    .addTarget(CultivationTarget.of(UNION, Level.LOW, Level.HIGH))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "targets[1].stakeholder: The cultivation target of stakeholder cfo appears twice,"
                + " first at targets[0]")
        .hasMessageContaining(
            "targets[2].stakeholder: A cultivation target is for a stakeholder on the map, but"
                + " union is not on it");
  }

  @Test
  void removingAStakeholderRemovesItsTarget() {
    StakeholderMap map =
        StakeholderMap.builder()
            .addStakeholder(stakeholder("cfo", Level.HIGH, Level.HIGH))
            .addTarget(CultivationTarget.of(CFO, Level.HIGH, Level.HIGH))
            .build();
    assertThat(map.target(CFO)).isPresent();
    assertThat(map.withoutStakeholder(CFO).targets()).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
