package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.covalue.core.analysis.Fixtures.stakeholder;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.ItilReference;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;

class StakeholderMapRevisionTest {

  private final StakeholderMap explore =
      StakeholderMap.builder()
          .label("explore")
          .addStakeholders(
              stakeholder("union", Level.LOW, Level.HIGH),
              stakeholder("cfo", Level.HIGH, Level.HIGH),
              stakeholder("press", Level.LOW, Level.LOW),
              stakeholder("vendor", Level.HIGH, Level.LOW))
          .build();

  private final StakeholderMap agree =
      StakeholderMap.builder()
          .label("agree")
          .addStakeholders(
              stakeholder("union", Level.HIGH, Level.HIGH),
              stakeholder("cfo", Level.HIGH, Score.of(0.6)),
              stakeholder("vendor", Level.LOW, Level.HIGH),
              stakeholder("regulator", Level.HIGH, Level.LOW))
          .build();

  @Test
  void findsEntriesDeparturesMovesAndStays() {
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, agree);
    assertThat(revision.before()).isEqualTo(explore);
    assertThat(revision.after()).isEqualTo(agree);
    assertThat(revision.entered())
        .extracting(p -> p.stakeholderId().value())
        .containsExactly("regulator");
    assertThat(revision.entered().get(0).strategy()).isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(revision.left()).extracting(p -> p.stakeholderId().value()).containsExactly("press");
    assertThat(revision.moves())
        .extracting(m -> m.stakeholderId().value())
        .containsExactly("union", "vendor");
    assertThat(revision.stayed()).extracting(m -> m.stakeholderId().value()).containsExactly("cfo");
    assertThat(revision.hasEngagementChanges()).isTrue();
  }

  @Test
  void movesSayHowEngagementChanges() {
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, agree);
    StakeholderMove union = revision.moves().get(0);
    assertThat(union.before().strategy()).isEqualTo(EngagementStrategy.KEEP_INFORMED);
    assertThat(union.after().strategy()).isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    assertThat(union.change()).isEqualTo(EngagementChange.MORE);
    assertThat(union.influenceChange()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(union.interestChange()).isZero();
    assertThat(union.explanation())
        .isEqualTo(
            "Stakeholder union: keep informed to manage closely (influence +0.67, interest +0.00): step up engagement");
    StakeholderMove vendor = revision.moves().get(1);
    assertThat(vendor.change()).isEqualTo(EngagementChange.SHIFT);
    StakeholderMove cfo = revision.stayed().get(0);
    assertThat(cfo.hasChangedQuadrant()).isFalse();
    assertThat(cfo.change()).isEqualTo(EngagementChange.NONE);
    assertThat(cfo.interestChange()).isCloseTo(0.6 - 5.0 / 6, within(1e-9));
  }

  @Test
  void aMapComparedWithItselfChangesNothing() {
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, explore);
    assertThat(revision.entered()).isEmpty();
    assertThat(revision.left()).isEmpty();
    assertThat(revision.moves()).isEmpty();
    assertThat(revision.stayed()).hasSize(4);
    assertThat(revision.hasEngagementChanges()).isFalse();
    assertThat(revision.findings()).isEmpty();
  }

  @Test
  void theClassifierDecidesWhatCountsAsAMove() {
    StakeholderClassifier lenient = StakeholderClassifier.of(Score.ZERO, Score.ZERO);
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, agree, lenient);
    assertThat(revision.moves()).isEmpty();
    assertThat(revision.stayed()).hasSize(3);
  }

  @Test
  void findingsCiteTheMapAndCarryTheNumbers() {
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, agree);
    assertThat(revision.findings())
        .extracting(f -> f.rule().id())
        .containsExactly(
            "stakeholder-map.entered",
            "stakeholder-map.left",
            "stakeholder-map.moved",
            "stakeholder-map.moved");
    assertThat(revision.findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.INFO, Severity.WARNING, Severity.INFO);
    assertThat(revision.findings().get(0).rule()).isEqualTo(StakeholderMapRevision.ENTERED);
    Finding moved = revision.findings().get(2);
    assertThat(moved.elements()).containsExactly(StakeholderId.of("union"));
    assertThat(moved.evidence()).containsKeys("influenceChange", "interestChange");
    assertThat(moved.data())
        .containsExactly(
            entry("from", "keep-informed"), entry("to", "manage-closely"), entry("change", "more"));
    assertThat(revision.findings().get(0).data())
        .containsExactly(entry("strategy", "keep-satisfied"));
    assertThat(revision.findings().get(1).data()).containsKey("strategy");
    assertThat(revision.findings(StakeholderMapRevision.MOVED)).hasSize(2);
    assertThat(moved.reference()).isEqualTo(ItilReference.section("1.2.1").figure("1.1"));
    assertThat(revision.findings().get(0).message())
        .startsWith("Stakeholder regulator entered the map: Keep satisfied");
    assertThat(revision.findings().get(1).message())
        .isEqualTo("Stakeholder press left the map; its engagement can end");
    assertThat(revision.findings().get(0).evidence())
        .containsEntry("influence", Level.HIGH.score());
    assertThat(revision.entered().get(0).stakeholderId()).isEqualTo(StakeholderId.of("regulator"));
  }

  @Test
  void resultsOfLargeMapsPrintBriefly() {
    List<Stakeholder> many = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add(Fixtures.stakeholder("s" + i, Level.LOW, i % 2 == 0 ? Level.LOW : Level.HIGH));
    }
    StakeholderMap big = StakeholderMap.builder().label("big").stakeholders(many).build();
    StakeholderMap moved =
        big.withStakeholder(Fixtures.stakeholder("s0", Level.HIGH, Level.HIGH)).withLabel("later");
    StakeholderMapRevision revision = StakeholderMapRevision.between(big, moved);
    assertThat(revision)
        .hasToString(
            "StakeholderMapRevision{before=big, after=later, entered=0, left=0, moves=1,"
                + " stayed=99999}");
    assertThat(StakeholderClassifier.DEFAULT.classify(big))
        .hasToString(
            "StakeholderMapClassification{map=big, byStrategy={MANAGE_CLOSELY=0,"
                + " KEEP_SATISFIED=0, KEEP_INFORMED=50000, MONITOR=50000}}");
  }
}
