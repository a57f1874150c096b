package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * Classifies stakeholders by salience: a stakeholder has an attribute (power, legitimacy, urgency)
 * when its rating is at or above a threshold, and the attributes it has decide its {@link
 * SalienceClass}. The threshold defaults to {@link #DEFAULT_THRESHOLD}, 1/3, where the medium level
 * begins, so a medium or high rating, as a level or as a score, counts as having the attribute.
 *
 * <p>Salience comes from stakeholder theory, not from ITIL (see {@link SalienceAttributes}); it
 * complements the influence/interest map of ITIL 4: Drive Stakeholder Value, §1.2.1. Like that map,
 * it is total and monotone: raising an attribute never makes a stakeholder less salient.
 * Stakeholders without salience attributes are reported as not assessed. Instances are immutable
 * and thread-safe.
 */
public final class SalienceClassifier {

  /** The default threshold: 1/3, the lower bound of {@link Level#MEDIUM}. */
  public static final Score DEFAULT_THRESHOLD = Score.of(Level.MEDIUM.lowerBound());

  /** The classifier with the threshold at {@link #DEFAULT_THRESHOLD}. */
  public static final SalienceClassifier DEFAULT = new SalienceClassifier(DEFAULT_THRESHOLD);

  private final Score threshold;

  private SalienceClassifier(Score threshold) {
    this.threshold = threshold;
  }

  /**
   * Returns a classifier with the given threshold.
   *
   * @param threshold the lowest rating score at which a stakeholder has an attribute
   * @return the classifier
   * @throws NullPointerException if the threshold is null
   */
  public static SalienceClassifier of(Score threshold) {
    return new SalienceClassifier(Objects.requireNonNull(threshold, "threshold"));
  }

  /**
   * Returns a copy with another threshold.
   *
   * @param threshold the lowest rating score at which a stakeholder has an attribute
   * @return the classifier
   * @throws NullPointerException if the threshold is null
   */
  public SalienceClassifier withThreshold(Score threshold) {
    return of(threshold);
  }

  /**
   * Returns the threshold.
   *
   * @return the lowest rating score at which a stakeholder has an attribute
   */
  public Score threshold() {
    return threshold;
  }

  /**
   * Returns the class of a set of attributes.
   *
   * @param attributes the ratings of power, legitimacy and urgency
   * @return the class
   * @throws NullPointerException if the attributes are null
   */
  public SalienceClass classOf(SalienceAttributes attributes) {
    Objects.requireNonNull(attributes, "attributes");
    return SalienceClass.of(
        has(attributes.power()), has(attributes.legitimacy()), has(attributes.urgency()));
  }

  private boolean has(Rating rating) {
    return rating.score() >= threshold.value();
  }

  /**
   * Classifies one stakeholder.
   *
   * @param stakeholder the stakeholder
   * @return its class, or empty if its salience has not been assessed
   * @throws NullPointerException if the stakeholder is null
   */
  public Optional<SalienceClass> classify(Stakeholder stakeholder) {
    Objects.requireNonNull(stakeholder, "stakeholder");
    return stakeholder.salience().map(this::classOf);
  }

  /**
   * Classifies every stakeholder of a map.
   *
   * @param map the map
   * @return the classes of the assessed stakeholders and the ids of the others
   * @throws NullPointerException if the map is null
   */
  public SalienceClassification classify(StakeholderMap map) {
    Objects.requireNonNull(map, "map");
    List<SalienceClassification.Entry> entries = new ArrayList<>();
    List<StakeholderId> notAssessed = new ArrayList<>();
    for (Stakeholder stakeholder : map.stakeholders()) {
      Optional<SalienceClass> salienceClass = classify(stakeholder);
      if (salienceClass.isPresent()) {
        entries.add(SalienceClassification.Entry.of(stakeholder, salienceClass.get()));
      } else {
        notAssessed.add(stakeholder.id());
      }
    }
    return SalienceClassification.of(threshold, entries, notAssessed);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SalienceClassifier that)) {
      return false;
    }
    return threshold.equals(that.threshold);
  }

  @Override
  public int hashCode() {
    return threshold.hashCode();
  }

  @Override
  public String toString() {
    return "SalienceClassifier{threshold=" + threshold + "}";
  }
}
