package org.covalue.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * The placements of every stakeholder of a map, in the map's order, with views by quadrant (ITIL 4:
 * Drive Stakeholder Value, §1.2.1, Figure 1.1). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMapClassification {

  StakeholderMapClassification() {}

  static StakeholderMapClassification of(
      StakeholderMap map, List<StakeholderPlacement> placements) {
    return ImmutableStakeholderMapClassification.of(map, placements);
  }

  /**
   * Returns the map that was classified.
   *
   * @return the map
   */
  @Value.Parameter
  public abstract StakeholderMap map();

  /**
   * Returns one placement per stakeholder.
   *
   * @return the placements, in the map's order
   */
  @Value.Parameter
  public abstract List<StakeholderPlacement> placements();

  /**
   * Returns the placements grouped by strategy, with every strategy present.
   *
   * @return an unmodifiable map in the order of {@link EngagementStrategy}; a quadrant nobody is in
   *     has an empty list
   */
  @Value.Lazy
  public Map<EngagementStrategy, List<StakeholderPlacement>> byStrategy() {
    return EnumGroups.group(
        EngagementStrategy.class, placements(), StakeholderPlacement::strategy, p -> p);
  }

  /**
   * Returns the placement of one stakeholder.
   *
   * @param id the stakeholder's id
   * @return its placement, or empty if the map does not hold it
   * @throws NullPointerException if the id is null
   */
  public Optional<StakeholderPlacement> placement(StakeholderId id) {
    return Optional.ofNullable(byId().get(Objects.requireNonNull(id, "id")));
  }

  @Value.Lazy
  Map<StakeholderId, StakeholderPlacement> byId() {
    Map<StakeholderId, StakeholderPlacement> index = new HashMap<>();
    for (StakeholderPlacement placement : placements()) {
      index.put(placement.stakeholderId(), placement);
    }
    return index;
  }

  /** Returns the map's label and how many stakeholders are in each quadrant. */
  @Override
  public String toString() {
    Map<EngagementStrategy, Integer> counts = new java.util.EnumMap<>(EngagementStrategy.class);
    byStrategy().forEach((strategy, placements) -> counts.put(strategy, placements.size()));
    return "StakeholderMapClassification{map="
        + map().label().orElse("(unlabelled)")
        + ", byStrategy="
        + counts
        + "}";
  }
}
