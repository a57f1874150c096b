package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.StakeholderMapAtStep;
import org.jspecify.annotations.Nullable;

/**
 * Reviews how a journey keeps its stakeholder map over time (ITIL 4: Drive Stakeholder Value,
 * §1.2.1: stakeholders and their influence and interest change as the journey goes on, so the map
 * is revisited regularly): the revisions between the maps it keeps by step, a finding when the
 * journey reaches a step after more steps without a revision than the review allows, and how far
 * the stakeholders of its latest map are from their cultivation targets.
 *
 * <pre>{@code
 * StakeholderMapHistory history = StakeholderMapReview.DEFAULT.review(journey);
 * StakeholderMapHistory strict =
 *     StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(1).review(journey);
 * history.revisionBetween(CustomerJourneyStep.EXPLORE, CustomerJourneyStep.AGREE);
 * }</pre>
 *
 * <p>Steps are counted in their usual order, as {@link CustomerJourney#stakeholderMapAt} reads the
 * maps: a map kept at a step counts as a revision there, whether or not the journey has a
 * touchpoint at that step, and each step the journey reaches ({@link CustomerJourney#steps()})
 * without a map of its own counts as one step without revision. Instances are immutable and
 * thread-safe.
 */
public final class StakeholderMapReview {

  /** The default number of steps a journey may reach without a revision of its map: two. */
  public static final int DEFAULT_MAX_STEPS_WITHOUT_REVISION = 2;

  /**
   * The review that allows {@link #DEFAULT_MAX_STEPS_WITHOUT_REVISION} steps without revision and
   * places stakeholders with {@link StakeholderClassifier#DEFAULT}.
   */
  public static final StakeholderMapReview DEFAULT =
      new StakeholderMapReview(DEFAULT_MAX_STEPS_WITHOUT_REVISION, StakeholderClassifier.DEFAULT);

  private final int maxStepsWithoutRevision;
  private final StakeholderClassifier classifier;

  private StakeholderMapReview(int maxStepsWithoutRevision, StakeholderClassifier classifier) {
    this.maxStepsWithoutRevision = maxStepsWithoutRevision;
    this.classifier = classifier;
  }

  /**
   * Returns a review with the given settings.
   *
   * @param maxStepsWithoutRevision how many steps a journey may reach without a revision of its map
   *     before a finding; from 1 to 7
   * @param classifier the classifier that places stakeholders on the maps and their targets
   * @return the review
   * @throws IllegalArgumentException if the number of steps is outside 1 to 7
   * @throws NullPointerException if the classifier is null
   */
  public static StakeholderMapReview of(
      int maxStepsWithoutRevision, StakeholderClassifier classifier) {
    Objects.requireNonNull(classifier, "classifier");
    int steps = CustomerJourneyStep.values().length;
    if (maxStepsWithoutRevision < 1 || maxStepsWithoutRevision > steps) {
      throw new IllegalArgumentException(
          "The steps a journey may reach without a revision of its stakeholder map must be 1 to "
              + steps
              + ", but was "
              + maxStepsWithoutRevision);
    }
    return new StakeholderMapReview(maxStepsWithoutRevision, classifier);
  }

  /**
   * Returns a copy that allows another number of steps without revision.
   *
   * @param maxStepsWithoutRevision from 1 to 7
   * @return the review
   * @throws IllegalArgumentException if the number is outside 1 to 7
   */
  public StakeholderMapReview withMaxStepsWithoutRevision(int maxStepsWithoutRevision) {
    return of(maxStepsWithoutRevision, classifier);
  }

  /**
   * Returns a copy with another classifier.
   *
   * @param classifier the classifier
   * @return the review
   * @throws NullPointerException if the classifier is null
   */
  public StakeholderMapReview withClassifier(StakeholderClassifier classifier) {
    return of(maxStepsWithoutRevision, classifier);
  }

  /**
   * Returns how many steps a journey may reach without a revision of its map.
   *
   * @return from 1 to 7
   */
  public int maxStepsWithoutRevision() {
    return maxStepsWithoutRevision;
  }

  /**
   * Returns the classifier that places stakeholders.
   *
   * @return the classifier
   */
  public StakeholderClassifier classifier() {
    return classifier;
  }

  /**
   * Reviews the stakeholder maps of a journey.
   *
   * @param journey the journey
   * @return the revisions between its maps, the steps reached after too long without a revision,
   *     and the cultivation of its latest map
   * @throws NullPointerException if the journey is null
   */
  public StakeholderMapHistory review(CustomerJourney journey) {
    Objects.requireNonNull(journey, "journey");
    List<StakeholderMapAtStep> maps = journey.stakeholderMaps();
    List<StakeholderMapRevision> revisions = new ArrayList<>();
    for (int i = 1; i < maps.size(); i++) {
      revisions.add(
          StakeholderMapRevision.between(maps.get(i - 1).map(), maps.get(i).map(), classifier));
    }
    Map<CustomerJourneyStep, StakeholderMap> byStep = new EnumMap<>(CustomerJourneyStep.class);
    maps.forEach(snapshot -> byStep.put(snapshot.step(), snapshot.map()));
    List<StakeholderMapHistory.Overdue> overdue = new ArrayList<>();
    int since = 0;
    @Nullable CustomerJourneyStep last = null;
    boolean reported = false;
    for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
      if (byStep.containsKey(step)) {
        since = 0;
        last = step;
        reported = false;
      } else if (journey.steps().contains(step)) {
        since++;
        if (since > maxStepsWithoutRevision && !reported) {
          overdue.add(StakeholderMapHistory.Overdue.create(step, Optional.ofNullable(last), since));
          reported = true;
        }
      }
    }
    Optional<StakeholderCultivation> cultivation = Optional.empty();
    CustomerJourneyStep lastStep = CustomerJourneyStep.EXPLORE;
    for (CustomerJourneyStep step : journey.steps()) {
      lastStep = step;
    }
    if (!journey.steps().isEmpty()) {
      cultivation =
          journey.stakeholderMapAt(lastStep).map(map -> StakeholderCultivation.of(map, classifier));
    }
    return StakeholderMapHistory.of(
        journey, classifier, maxStepsWithoutRevision, revisions, overdue, cultivation);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StakeholderMapReview that
        && maxStepsWithoutRevision == that.maxStepsWithoutRevision
        && classifier.equals(that.classifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxStepsWithoutRevision, classifier);
  }

  @Override
  public String toString() {
    return "StakeholderMapReview{maxStepsWithoutRevision="
        + maxStepsWithoutRevision
        + ", classifier="
        + classifier
        + "}";
  }
}
