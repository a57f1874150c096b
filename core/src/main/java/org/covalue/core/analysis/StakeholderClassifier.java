package org.covalue.core.analysis;

import java.util.Objects;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * Places stakeholders on the influence/interest map and gives each the engagement strategy of its
 * quadrant (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1).
 *
 * <pre>{@code
 * StakeholderMapClassification placed = StakeholderClassifier.DEFAULT.classify(map);
 * StakeholderClassifier strict = StakeholderClassifier.DEFAULT.withInfluenceThreshold(Score.of(0.6));
 * }</pre>
 *
 * <p>Each axis is split at a threshold: a rating whose {@linkplain Rating#score() score} is at or
 * above the threshold is in the high half. {@link #DEFAULT} puts both thresholds at {@link
 * #DEFAULT_THRESHOLD}, 1/3, where the medium level begins: every rating from medium up counts as
 * high, whether it is given as {@code Level.MEDIUM} (score 1/2) or as any score of the medium band
 * [1/3, 2/3), and only low ratings count as low. covalue counts medium as high so that, in doubt, a
 * stakeholder gets more engagement rather than less.
 *
 * <p>A threshold inside a level's band splits that level: at 0.5, {@code Level.MEDIUM} (score 0.5)
 * counts as high but {@code Score.of(0.45)}, also a medium rating, counts as low. To count medium
 * as low in both forms, use 2/3 ({@code Score.of(Level.HIGH.lowerBound())}), where the high level
 * begins.
 *
 * <p>Classification is total (every stakeholder lands in exactly one quadrant) and monotone
 * (raising influence or interest never moves a stakeholder to a quadrant that calls for less
 * engagement). It takes time linear in the number of stakeholders. Instances are immutable and
 * thread-safe.
 */
public final class StakeholderClassifier {

  /** The default threshold of both axes: 1/3, the lower bound of {@link Level#MEDIUM}. */
  public static final Score DEFAULT_THRESHOLD = Score.of(Level.MEDIUM.lowerBound());

  /** The classifier with both thresholds at {@link #DEFAULT_THRESHOLD}. */
  public static final StakeholderClassifier DEFAULT =
      new StakeholderClassifier(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);

  private final Score influenceThreshold;
  private final Score interestThreshold;

  private StakeholderClassifier(Score influenceThreshold, Score interestThreshold) {
    this.influenceThreshold = influenceThreshold;
    this.interestThreshold = interestThreshold;
  }

  /**
   * Returns a classifier with the given thresholds.
   *
   * @param influenceThreshold the lowest influence score that counts as high
   * @param interestThreshold the lowest interest score that counts as high
   * @return the classifier
   * @throws NullPointerException if a threshold is null
   */
  public static StakeholderClassifier of(Score influenceThreshold, Score interestThreshold) {
    return new StakeholderClassifier(
        Objects.requireNonNull(influenceThreshold, "influenceThreshold"),
        Objects.requireNonNull(interestThreshold, "interestThreshold"));
  }

  /**
   * Returns a copy with another influence threshold.
   *
   * @param influenceThreshold the lowest influence score that counts as high
   * @return the classifier
   * @throws NullPointerException if the threshold is null
   */
  public StakeholderClassifier withInfluenceThreshold(Score influenceThreshold) {
    return of(influenceThreshold, interestThreshold);
  }

  /**
   * Returns a copy with another interest threshold.
   *
   * @param interestThreshold the lowest interest score that counts as high
   * @return the classifier
   * @throws NullPointerException if the threshold is null
   */
  public StakeholderClassifier withInterestThreshold(Score interestThreshold) {
    return of(influenceThreshold, interestThreshold);
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
   * @throws NullPointerException if an argument is null
   */
  public EngagementStrategy strategyFor(Rating influence, Rating interest) {
    Objects.requireNonNull(influence, "influence");
    Objects.requireNonNull(interest, "interest");
    return EngagementStrategy.of(
        influence.score() >= influenceThreshold.value(),
        interest.score() >= interestThreshold.value());
  }

  /**
   * Places one stakeholder.
   *
   * @param stakeholder the stakeholder
   * @return its placement, with the thresholds used
   * @throws NullPointerException if the stakeholder is null
   */
  public StakeholderPlacement classify(Stakeholder stakeholder) {
    Objects.requireNonNull(stakeholder, "stakeholder");
    return StakeholderPlacement.of(
        stakeholder,
        strategyFor(stakeholder.influence(), stakeholder.interest()),
        influenceThreshold,
        interestThreshold);
  }

  /**
   * Places every stakeholder of a map. The map keeps its stakeholders' scores in columns, so this
   * reads two arrays and keeps one byte per stakeholder; placement objects are made when the result
   * is asked for them.
   *
   * @param map the map
   * @return the placements, in the map's order
   * @throws NullPointerException if the map is null
   */
  public StakeholderMapClassification classify(StakeholderMap map) {
    Objects.requireNonNull(map, "map");
    return StakeholderMapClassification.of(map, influenceThreshold, interestThreshold);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof StakeholderClassifier that)) {
      return false;
    }
    return influenceThreshold.equals(that.influenceThreshold)
        && interestThreshold.equals(that.interestThreshold);
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
