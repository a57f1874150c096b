package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.internal.ScoreColumns;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * The placements of every stakeholder of a map, in the map's order, with views by quadrant (ITIL 4:
 * Drive Stakeholder Value, §1.2.1, Figure 1.1). Instances are immutable and thread-safe.
 *
 * <p>A classification keeps one byte per stakeholder, its quadrant; the placement objects are made
 * when {@link #placements()}, {@link #byStrategy()} or {@link #placement(StakeholderId)} first asks
 * for them. Two classifications are equal when they classify equal maps with equal thresholds, and
 * then their placements are equal too.
 */
public final class StakeholderMapClassification {

  private static final EngagementStrategy[] QUADRANTS = {
    EngagementStrategy.of(false, false),
    EngagementStrategy.of(false, true),
    EngagementStrategy.of(true, false),
    EngagementStrategy.of(true, true)
  };

  private final StakeholderMap map;
  private final Score influenceThreshold;
  private final Score interestThreshold;
  private final byte[] quadrants;
  private volatile @Nullable List<StakeholderPlacement> placements;
  private volatile @Nullable Map<EngagementStrategy, List<StakeholderPlacement>> byStrategy;

  private StakeholderMapClassification(
      StakeholderMap map, Score influenceThreshold, Score interestThreshold) {
    this.map = map;
    this.influenceThreshold = influenceThreshold;
    this.interestThreshold = interestThreshold;
    this.quadrants =
        ScoreColumns.ofStakeholderMap(map)
            .quadrants(influenceThreshold.value(), interestThreshold.value());
  }

  static StakeholderMapClassification of(
      StakeholderMap map, Score influenceThreshold, Score interestThreshold) {
    return new StakeholderMapClassification(map, influenceThreshold, interestThreshold);
  }

  /**
   * Returns the map that was classified.
   *
   * @return the map
   */
  public StakeholderMap map() {
    return map;
  }

  /**
   * Returns one placement per stakeholder.
   *
   * @return an unmodifiable list, in the map's order
   */
  public List<StakeholderPlacement> placements() {
    List<StakeholderPlacement> made = placements;
    if (made == null) {
      List<Stakeholder> stakeholders = map.stakeholders();
      List<StakeholderPlacement> list = new ArrayList<>(quadrants.length);
      for (int i = 0; i < quadrants.length; i++) {
        list.add(placementAt(i, stakeholders.get(i)));
      }
      made = Collections.unmodifiableList(list);
      placements = made;
    }
    return made;
  }

  /**
   * Returns the placements grouped by strategy, with every strategy present.
   *
   * @return an unmodifiable map in the order of {@link EngagementStrategy}; a quadrant nobody is in
   *     has an empty list
   */
  public Map<EngagementStrategy, List<StakeholderPlacement>> byStrategy() {
    Map<EngagementStrategy, List<StakeholderPlacement>> made = byStrategy;
    if (made == null) {
      made =
          EnumGroups.group(
              EngagementStrategy.class, placements(), StakeholderPlacement::strategy, p -> p);
      byStrategy = made;
    }
    return made;
  }

  /**
   * Returns the placement of one stakeholder.
   *
   * @param id the stakeholder's id
   * @return its placement, or empty if the map does not hold it
   * @throws NullPointerException if the id is null
   */
  public Optional<StakeholderPlacement> placement(StakeholderId id) {
    Objects.requireNonNull(id, "id");
    return map.stakeholder(id).map(this::placementOf);
  }

  private StakeholderPlacement placementOf(Stakeholder stakeholder) {
    return StakeholderPlacement.of(
        stakeholder,
        EngagementStrategy.of(
            stakeholder.influence().score() >= influenceThreshold.value(),
            stakeholder.interest().score() >= interestThreshold.value()),
        influenceThreshold,
        interestThreshold);
  }

  private StakeholderPlacement placementAt(int row, Stakeholder stakeholder) {
    return StakeholderPlacement.of(
        stakeholder, QUADRANTS[quadrants[row]], influenceThreshold, interestThreshold);
  }

  /**
   * Tells whether another object is a classification of an equal map with equal thresholds.
   *
   * @param other the other object
   * @return true if it is
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof StakeholderMapClassification that
        && influenceThreshold.equals(that.influenceThreshold)
        && interestThreshold.equals(that.interestThreshold)
        && map.equals(that.map);
  }

  @Override
  public int hashCode() {
    return Objects.hash(map, influenceThreshold, interestThreshold);
  }

  /** Returns the map's label and how many stakeholders are in each quadrant. */
  @Override
  public String toString() {
    int[] counts = new int[QUADRANTS.length];
    for (byte quadrant : quadrants) {
      counts[quadrant]++;
    }
    Map<EngagementStrategy, Integer> byStrategy = new EnumMap<>(EngagementStrategy.class);
    for (int q = 0; q < QUADRANTS.length; q++) {
      byStrategy.put(QUADRANTS[q], counts[q]);
    }
    return "StakeholderMapClassification{map="
        + map.label().orElse("(unlabelled)")
        + ", byStrategy="
        + byStrategy
        + "}";
  }
}
