package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.covalue.core.ItilReference;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * What changed between two revisions of a stakeholder map: who entered, who left, who moved to
 * another quadrant and how their engagement has to change, and who stayed (ITIL 4: Drive
 * Stakeholder Value, §1.2.1: the map is revisited as the journey goes on).
 *
 * <p>Stakeholders are matched by id. The comparison takes time linear in the size of the maps.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMapRevision {

  /** The rule id of a stakeholder that entered the map. */
  public static final String ENTERED = "stakeholder-map.entered";

  /** The rule id of a stakeholder that left the map. */
  public static final String LEFT = "stakeholder-map.left";

  /** The rule id of a stakeholder that moved to another quadrant. */
  public static final String MOVED = "stakeholder-map.moved";

  private static final ItilReference REFERENCE = ItilReference.section("1.2.1").figure("1.1");

  StakeholderMapRevision() {}

  /**
   * Compares two revisions of a map with the default classifier.
   *
   * @param before the earlier map
   * @param after the later map
   * @return what changed
   */
  public static StakeholderMapRevision between(StakeholderMap before, StakeholderMap after) {
    return between(before, after, StakeholderClassifier.withDefaultThresholds());
  }

  /**
   * Compares two revisions of a map.
   *
   * @param before the earlier map
   * @param after the later map
   * @param classifier the classifier that places stakeholders on both maps
   * @return what changed
   */
  public static StakeholderMapRevision between(
      StakeholderMap before, StakeholderMap after, StakeholderClassifier classifier) {
    StakeholderMapClassification earlier = classifier.classify(before);
    StakeholderMapClassification later = classifier.classify(after);
    List<StakeholderPlacement> entered = new ArrayList<>();
    List<StakeholderMove> moves = new ArrayList<>();
    List<StakeholderMove> stayed = new ArrayList<>();
    for (StakeholderPlacement now : later.placements()) {
      Optional<StakeholderPlacement> then = earlier.placement(now.stakeholderId());
      if (then.isEmpty()) {
        entered.add(now);
      } else {
        StakeholderMove move = StakeholderMove.of(then.get(), now);
        (move.changedQuadrant() ? moves : stayed).add(move);
      }
    }
    List<StakeholderPlacement> left = new ArrayList<>();
    for (StakeholderPlacement then : earlier.placements()) {
      if (later.placement(then.stakeholderId()).isEmpty()) {
        left.add(then);
      }
    }
    return ImmutableStakeholderMapRevision.builder()
        .before(before)
        .after(after)
        .entered(entered)
        .left(left)
        .moves(moves)
        .stayed(stayed)
        .build();
  }

  /**
   * Returns the earlier map.
   *
   * @return the map compared from
   */
  public abstract StakeholderMap before();

  /**
   * Returns the later map.
   *
   * @return the map compared to
   */
  public abstract StakeholderMap after();

  /**
   * Returns the stakeholders on the later map only.
   *
   * @return their placements on the later map, in its order
   */
  public abstract List<StakeholderPlacement> entered();

  /**
   * Returns the stakeholders on the earlier map only.
   *
   * @return their placements on the earlier map, in its order
   */
  public abstract List<StakeholderPlacement> left();

  /**
   * Returns the stakeholders that changed quadrant.
   *
   * @return the moves, in the later map's order
   */
  public abstract List<StakeholderMove> moves();

  /**
   * Returns the stakeholders on both maps that kept their quadrant, whether or not their ratings
   * changed within it.
   *
   * @return the moves (each with {@link StakeholderMove#changedQuadrant()} false), in the later
   *     map's order
   */
  public abstract List<StakeholderMove> stayed();

  /**
   * Tells whether any stakeholder entered, left or changed quadrant.
   *
   * @return true if engagement has to be revisited
   */
  public boolean changesEngagement() {
    return !entered().isEmpty() || !left().isEmpty() || !moves().isEmpty();
  }

  /**
   * Returns the revision as findings: one per entry ({@value #ENTERED}), departure ({@value #LEFT})
   * and change of quadrant ({@value #MOVED}). A move that calls for more engagement is a warning,
   * as the stakeholder needs attention it does not get yet; the others are information.
   *
   * @return an unmodifiable list: entries first, then departures, then moves
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (StakeholderPlacement placement : entered()) {
      findings.add(
          Finding.builder()
              .rule(ENTERED)
              .severity(Severity.INFO)
              .message(
                  placement.stakeholder().name()
                      + " entered the map: "
                      + placement.strategy().description())
              .addElement(placement.stakeholderId().value())
              .putEvidence("influence", placement.stakeholder().influence().score())
              .putEvidence("interest", placement.stakeholder().interest().score())
              .reference(REFERENCE)
              .build());
    }
    for (StakeholderPlacement placement : left()) {
      findings.add(
          Finding.builder()
              .rule(LEFT)
              .severity(Severity.INFO)
              .message(placement.stakeholder().name() + " left the map; its engagement can end")
              .addElement(placement.stakeholderId().value())
              .reference(REFERENCE)
              .build());
    }
    for (StakeholderMove move : moves()) {
      findings.add(
          Finding.builder()
              .rule(MOVED)
              .severity(move.change() == EngagementChange.MORE ? Severity.WARNING : Severity.INFO)
              .message(move.explanation())
              .addElement(move.stakeholderId().value())
              .putEvidence("influenceChange", move.influenceChange())
              .putEvidence("interestChange", move.interestChange())
              .reference(REFERENCE)
              .build());
    }
    return Collections.unmodifiableList(findings);
  }
}
