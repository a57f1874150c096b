package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.analysis.StakeholderMove;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Laws of comparing two revisions of a stakeholder map (§1.2.1: the map is revisited). */
class StakeholderMapRevisionPropertiesTest {

  /** A map and a later revision of it, or two unrelated maps now and then. */
  private static Gen<Pair<StakeholderMap, StakeholderMap>> mapPairs() {
    Gen<Pair<StakeholderMap, StakeholderMap>> revised =
        Stakeholders.maps()
            .flatMap(map -> Stakeholders.revisionsOf(map).map(later -> Pair.of(map, later)));
    Gen<Pair<StakeholderMap, StakeholderMap>> unrelated =
        Stakeholders.maps().zip(Stakeholders.maps(), Pair::of);
    return revised.mix(unrelated, 20);
  }

  private static List<StakeholderId> ids(List<StakeholderPlacement> placements) {
    List<StakeholderId> ids = new ArrayList<>();
    placements.forEach(p -> ids.add(p.stakeholderId()));
    return ids;
  }

  private static List<StakeholderId> moveIds(List<StakeholderMove> moves) {
    List<StakeholderId> ids = new ArrayList<>();
    moves.forEach(m -> ids.add(m.stakeholderId()));
    return ids;
  }

  private static EngagementChange reverse(EngagementChange change) {
    switch (change) {
      case MORE -> {
        return EngagementChange.LESS;
      }
      case LESS -> {
        return EngagementChange.MORE;
      }
      default -> {
        return change;
      }
    }
  }

  @Test
  void comparingAMapWithItselfFindsNoChange() {
    qt().forAll(Stakeholders.maps(), Stakeholders.classifiers())
        .checkAssert(
            (map, classifier) -> {
              StakeholderMapRevision revision =
                  StakeholderMapRevision.between(map, map, classifier);
              assertThat(revision.entered()).isEmpty();
              assertThat(revision.left()).isEmpty();
              assertThat(revision.moves()).isEmpty();
              assertThat(moveIds(revision.stayed()))
                  .isEqualTo(ids(classifier.classify(map).placements()));
              assertThat(revision.hasEngagementChanges()).isFalse();
              assertThat(revision.findings()).isEmpty();
            });
  }

  @Test
  void enteredLeftMovedAndStayedPartitionTheStakeholdersOfBothMaps() {
    qt().forAll(mapPairs(), Stakeholders.classifiers())
        .checkAssert(
            (pair, classifier) -> {
              StakeholderMap before = pair._1;
              StakeholderMap after = pair._2;
              StakeholderMapRevision revision =
                  StakeholderMapRevision.between(before, after, classifier);
              Set<StakeholderId> beforeIds = new HashSet<>();
              before.stakeholders().forEach(s -> beforeIds.add(s.id()));
              Set<StakeholderId> afterIds = new HashSet<>();
              after.stakeholders().forEach(s -> afterIds.add(s.id()));

              List<StakeholderId> all = new ArrayList<>();
              all.addAll(ids(revision.entered()));
              all.addAll(ids(revision.left()));
              all.addAll(moveIds(revision.moves()));
              all.addAll(moveIds(revision.stayed()));
              Set<StakeholderId> union = new HashSet<>(beforeIds);
              union.addAll(afterIds);
              assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(union);

              for (StakeholderId id : ids(revision.entered())) {
                assertThat(afterIds).contains(id);
                assertThat(beforeIds).doesNotContain(id);
              }
              for (StakeholderId id : ids(revision.left())) {
                assertThat(beforeIds).contains(id);
                assertThat(afterIds).doesNotContain(id);
              }
              for (StakeholderMove move : revision.moves()) {
                assertThat(move.hasChangedQuadrant()).isTrue();
                assertThat(move.change()).isNotEqualTo(EngagementChange.NONE);
                assertThat(move.change())
                    .isEqualTo(move.before().strategy().changeTo(move.after().strategy()));
                assertThat(move.before())
                    .isEqualTo(
                        classifier.classify(
                            before.stakeholder(move.stakeholderId()).orElseThrow()));
                assertThat(move.after())
                    .isEqualTo(
                        classifier.classify(after.stakeholder(move.stakeholderId()).orElseThrow()));
              }
              for (StakeholderMove move : revision.stayed()) {
                assertThat(move.hasChangedQuadrant()).isFalse();
                assertThat(move.change()).isEqualTo(EngagementChange.NONE);
              }
              assertThat(revision.hasEngagementChanges())
                  .isEqualTo(
                      !revision.entered().isEmpty()
                          || !revision.left().isEmpty()
                          || !revision.moves().isEmpty());
              assertThat(keys(revision.findings())).isEqualTo(expectedFindings(revision));
            });
  }

  private static List<List<Object>> keys(List<Finding> findings) {
    List<List<Object>> keys = new ArrayList<>();
    for (Finding finding : findings) {
      keys.add(List.of(finding.rule(), finding.severity(), finding.elements(), finding.data()));
    }
    return keys;
  }

  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The findings the revision's Javadoc describes, as rule, severity, element and data: entries,
   * then departures, then moves, a move that calls for more engagement being a warning.
   */
  private static List<List<Object>> expectedFindings(StakeholderMapRevision revision) {
    List<List<Object>> expected = new ArrayList<>();
    for (StakeholderPlacement placement : revision.entered()) {
      expected.add(
          List.of(
              StakeholderMapRevision.ENTERED,
              Severity.INFO,
              List.of(placement.stakeholderId()),
              Map.of("strategy", code(placement.strategy()))));
    }
    for (StakeholderPlacement placement : revision.left()) {
      expected.add(
          List.of(
              StakeholderMapRevision.LEFT,
              Severity.INFO,
              List.of(placement.stakeholderId()),
              Map.of("strategy", code(placement.strategy()))));
    }
    for (StakeholderMove move : revision.moves()) {
      expected.add(
          List.of(
              StakeholderMapRevision.MOVED,
              move.change() == EngagementChange.MORE ? Severity.WARNING : Severity.INFO,
              List.of(move.stakeholderId()),
              Map.of(
                  "from",
                  code(move.before().strategy()),
                  "to",
                  code(move.after().strategy()),
                  "change",
                  code(move.change()))));
    }
    return expected;
  }

  @Test
  void whoEntersOneWayLeavesTheOtherWay() {
    qt().forAll(mapPairs(), Stakeholders.classifiers())
        .checkAssert(
            (pair, classifier) -> {
              StakeholderMapRevision forward =
                  StakeholderMapRevision.between(pair._1, pair._2, classifier);
              StakeholderMapRevision backward =
                  StakeholderMapRevision.between(pair._2, pair._1, classifier);
              assertThat(forward.entered()).isEqualTo(backward.left());
              assertThat(forward.left()).isEqualTo(backward.entered());
            });
  }

  @Test
  void movesBackwardReverseTheMovesForward() {
    qt().forAll(mapPairs(), Stakeholders.classifiers())
        .checkAssert(
            (pair, classifier) -> {
              StakeholderMapRevision forward =
                  StakeholderMapRevision.between(pair._1, pair._2, classifier);
              StakeholderMapRevision backward =
                  StakeholderMapRevision.between(pair._2, pair._1, classifier);
              Map<StakeholderId, StakeholderMove> back = new HashMap<>();
              backward.moves().forEach(m -> back.put(m.stakeholderId(), m));
              assertThat(back.keySet())
                  .containsExactlyInAnyOrderElementsOf(moveIds(forward.moves()));
              for (StakeholderMove move : forward.moves()) {
                StakeholderMove reversed =
                    java.util.Objects.requireNonNull(back.get(move.stakeholderId()));
                assertThat(reversed.before()).isEqualTo(move.after());
                assertThat(reversed.after()).isEqualTo(move.before());
                assertThat(reversed.change()).isEqualTo(reverse(move.change()));
                assertThat(reversed.influenceChange() == -move.influenceChange()).isTrue();
                assertThat(reversed.interestChange() == -move.interestChange()).isTrue();
              }
              assertThat(moveIds(backward.stayed()))
                  .containsExactlyInAnyOrderElementsOf(moveIds(forward.stayed()));
            });
  }

  @Test
  void theDefaultComparisonUsesTheDefaultClassifier() {
    qt().forAll(mapPairs())
        .checkAssert(
            pair ->
                assertThat(StakeholderMapRevision.between(pair._1, pair._2))
                    .isEqualTo(
                        StakeholderMapRevision.between(
                            pair._1, pair._2, StakeholderClassifier.DEFAULT)));
  }
}
