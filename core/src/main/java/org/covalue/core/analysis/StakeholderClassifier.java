package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.Violations;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * Places stakeholders on the influence/interest map and gives each the engagement strategy of its
 * quadrant (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1).
 *
 * <p>Each axis is split at a threshold: a rating whose {@linkplain Rating#score() score} is at or
 * above the threshold is in the high half. Both thresholds default to {@link #DEFAULT_THRESHOLD},
 * 1/3, where the medium level begins: every rating from medium up counts as high, whether it is
 * given as {@code Level.MEDIUM} or as a score in the medium band, and only low ratings count as
 * low. covalue chose to count medium as high so that, in doubt, a stakeholder gets more engagement
 * rather than less; pass other thresholds (such as 0.5) to decide otherwise.
 *
 * <p>Classification is total (every stakeholder lands in exactly one quadrant) and monotone
 * (raising influence or interest never moves a stakeholder to a quadrant that calls for less
 * engagement). It takes time linear in the number of stakeholders. Instances are immutable and
 * thread-safe.
 */
public final class StakeholderClassifier {

  /** The default threshold of both axes: 1/3, the lower bound of {@link Level#MEDIUM}. */
  public static final Score DEFAULT_THRESHOLD = Score.of(Level.MEDIUM.lowerBound());

  private static final StakeholderClassifier DEFAULT =
      new StakeholderClassifier(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);

  private final Score influenceThreshold;
  private final Score interestThreshold;

  private StakeholderClassifier(Score influenceThreshold, Score interestThreshold) {
    this.influenceThreshold = influenceThreshold;
    this.interestThreshold = interestThreshold;
  }

  /**
   * Returns the classifier with both thresholds at 1/3, where the medium level begins.
   *
   * @return the default classifier
   */
  public static StakeholderClassifier withDefaultThresholds() {
    return DEFAULT;
  }

  /**
   * Returns a classifier with the given thresholds.
   *
   * @param influenceThreshold the lowest influence score that counts as high
   * @param interestThreshold the lowest interest score that counts as high
   * @return the classifier
   */
  public static StakeholderClassifier withThresholds(
      Score influenceThreshold, Score interestThreshold) {
    return new StakeholderClassifier(
        Violations.requireNonNull(influenceThreshold, "influenceThreshold"),
        Violations.requireNonNull(interestThreshold, "interestThreshold"));
  }

  /**
   * Returns the lowest influence score that counts as high.
   *
   * @return the threshold
   */
  public Score influenceThreshold() {
    return influenceThreshold;
  }

  /**
   * Returns the lowest interest score that counts as high.
   *
   * @return the threshold
   */
  public Score interestThreshold() {
    return interestThreshold;
  }

  /**
   * Returns the strategy for a position on the map.
   *
   * @param influence the influence
   * @param interest the interest
   * @return the strategy of the quadrant the position falls in
   */
  public EngagementStrategy strategyFor(Rating influence, Rating interest) {
    return EngagementStrategy.of(
        influence.score() >= influenceThreshold.value(),
        interest.score() >= interestThreshold.value());
  }

  /**
   * Places one stakeholder.
   *
   * @param stakeholder the stakeholder
   * @return its placement, with the thresholds used
   */
  public StakeholderPlacement classify(Stakeholder stakeholder) {
    return StakeholderPlacement.of(
        stakeholder,
        strategyFor(stakeholder.influence(), stakeholder.interest()),
        influenceThreshold,
        interestThreshold);
  }

  /**
   * Places every stakeholder of a map.
   *
   * @param map the map
   * @return the placements, in the map's order
   */
  public StakeholderMapClassification classify(StakeholderMap map) {
    List<StakeholderPlacement> placements = new ArrayList<>(map.stakeholders().size());
    for (Stakeholder stakeholder : map.stakeholders()) {
      placements.add(classify(stakeholder));
    }
    return StakeholderMapClassification.of(map, placements);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StakeholderClassifier
        && influenceThreshold.equals(((StakeholderClassifier) other).influenceThreshold)
        && interestThreshold.equals(((StakeholderClassifier) other).interestThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(influenceThreshold, interestThreshold);
  }

  @Override
  public String toString() {
    return "StakeholderClassifier{influenceThreshold="
        + influenceThreshold
        + ", interestThreshold="
        + interestThreshold
        + "}";
  }
}
