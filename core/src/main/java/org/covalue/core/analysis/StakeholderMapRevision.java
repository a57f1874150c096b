package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
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
public abstract class StakeholderMapRevision implements HasFindings {

  /** A stakeholder on the later map only. */
  public static final Rule ENTERED =
      Rule.of(
          "stakeholder-map.entered",
          Severity.INFO,
          ItilReference.section("1.2.1").figure("1.1"),
          "A stakeholder entered the map since the previous revision and needs an engagement");

  /** A stakeholder on the earlier map only. */
  public static final Rule LEFT =
      Rule.of(
          "stakeholder-map.left",
          Severity.INFO,
          ItilReference.section("1.2.1").figure("1.1"),
          "A stakeholder left the map since the previous revision; its engagement can end");

  /**
   * A stakeholder that moved to another quadrant: a warning when the new quadrant calls for more
   * engagement, information otherwise.
   */
  public static final Rule MOVED =
      Rule.of(
          "stakeholder-map.moved",
          Severity.INFO,
          ItilReference.section("1.2.1").figure("1.1"),
          "A stakeholder moved to another quadrant; a move that calls for more engagement is a"
              + " warning");

  StakeholderMapRevision() {}

  /**
   * Compares two revisions of a map with the default classifier.
   *
   * @param before the earlier map
   * @param after the later map
   * @return what changed
   * @throws NullPointerException if an argument is null
   */
  public static StakeholderMapRevision between(StakeholderMap before, StakeholderMap after) {
    return between(before, after, StakeholderClassifier.DEFAULT);
  }

  /**
   * Compares two revisions of a map.
   *
   * @param before the earlier map
   * @param after the later map
   * @param classifier the classifier that places stakeholders on both maps
   * @return what changed
   * @throws NullPointerException if an argument is null
   */
  public static StakeholderMapRevision between(
      StakeholderMap before, StakeholderMap after, StakeholderClassifier classifier) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(classifier, "classifier");
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
        (move.hasChangedQuadrant() ? moves : stayed).add(move);
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
        .findings(findings(entered, left, moves))
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
   * @return the moves (each with {@link StakeholderMove#hasChangedQuadrant()} false), in the later
   *     map's order
   */
  public abstract List<StakeholderMove> stayed();

  /**
   * Tells whether any stakeholder entered, left or changed quadrant.
   *
   * @return true if engagement has to be revisited
   */
  public boolean hasEngagementChanges() {
    return !entered().isEmpty() || !left().isEmpty() || !moves().isEmpty();
  }

  /**
   * Returns the revision as findings: one per entry ({@link #ENTERED}, with the data {@code
   * strategy} and the evidence {@code influence} and {@code interest}), departure ({@link #LEFT},
   * with the data {@code strategy} it had) and change of quadrant ({@link #MOVED}, with the data
   * {@code from}, {@code to} and {@code change}, and the evidence {@code influenceChange} and
   * {@code interestChange}). A move that calls for more engagement is a warning, as the stakeholder
   * needs attention it does not get yet; the others are information.
   *
   * @return an unmodifiable list: entries first, then departures, then moves
   */
  @Override
  public abstract List<Finding> findings();

  private static List<Finding> findings(
      List<StakeholderPlacement> entered,
      List<StakeholderPlacement> left,
      List<StakeholderMove> moves) {
    List<Finding> findings = new ArrayList<>();
    for (StakeholderPlacement placement : entered) {
      String name = placement.stakeholder().name();
      EngagementStrategy strategy = placement.strategy();
      findings.add(
          Finding.builder(ENTERED)
              .message(() -> name + " entered the map: " + strategy.description())
              .addElement(placement.stakeholderId())
              .putData("strategy", strategy)
              .putEvidence("influence", placement.stakeholder().influence().score())
              .putEvidence("interest", placement.stakeholder().interest().score())
              .build());
    }
    for (StakeholderPlacement placement : left) {
      String name = placement.stakeholder().name();
      findings.add(
          Finding.builder(LEFT)
              .message(() -> name + " left the map; its engagement can end")
              .addElement(placement.stakeholderId())
              .putData("strategy", placement.strategy())
              .build());
    }
    for (StakeholderMove move : moves) {
      String explanation = move.explanation();
      findings.add(
          Finding.builder(MOVED)
              .severity(move.change() == EngagementChange.MORE ? Severity.WARNING : Severity.INFO)
              .message(explanation)
              .addElement(move.stakeholderId())
              .putData("from", move.before().strategy())
              .putData("to", move.after().strategy())
              .putData("change", move.change())
              .putEvidence("influenceChange", move.influenceChange())
              .putEvidence("interestChange", move.interestChange())
              .build());
    }
    return Collections.unmodifiableList(findings);
  }

  /** Returns the labels of both maps and the numbers of entries, departures and moves. */
  @Override
  public String toString() {
    return "StakeholderMapRevision{before="
        + before().label().orElse("(unlabelled)")
        + ", after="
        + after().label().orElse("(unlabelled)")
        + ", entered="
        + entered().size()
        + ", left="
        + left().size()
        + ", moves="
        + moves().size()
        + ", stayed="
        + stayed().size()
        + "}";
  }
}
