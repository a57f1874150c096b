package org.covalue.journey.log;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.jspecify.annotations.Nullable;

/**
 * The settings of journey analytics over an event log (ITIL 4: Drive Stakeholder Value, §1.2.4 and
 * §1.2.6), and the one verb that applies them: {@link #analyze(JourneyLog)}.
 *
 * <pre>{@code
 * JourneyAnalytics analytics = JourneyAnalyzer.DEFAULT
 *     .withMapping(mapping)
 *     .withFinalActivities(Set.of("Closed"))
 *     .withExpectedStarts(Set.of("Register ticket"))
 *     .analyze(log);
 * }</pre>
 *
 * <p>{@link #DEFAULT} maps no activity to a step ({@link ActivityMapping#NONE}), names no final
 * activity and no expected start, reports the percentiles 0.5, 0.9 and 0.99, and keeps times in a
 * sketch of relative accuracy 0.01. Instances are immutable and thread-safe.
 */
public final class JourneyAnalyzer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default settings; see the class description. */
  public static final JourneyAnalyzer DEFAULT =
      new JourneyAnalyzer(ActivityMapping.NONE, Set.of(), Set.of(), List.of(0.5, 0.9, 0.99), 0.01);

  private final transient ActivityMapping mapping;
  private final transient Set<String> finalActivities;
  private final transient Set<String> expectedStarts;
  private final transient List<Double> percentiles;
  private final transient double relativeAccuracy;

  private JourneyAnalyzer(
      ActivityMapping mapping,
      Set<String> finalActivities,
      Set<String> expectedStarts,
      List<Double> percentiles,
      double relativeAccuracy) {
    this.mapping = mapping;
    this.finalActivities = finalActivities;
    this.expectedStarts = expectedStarts;
    this.percentiles = percentiles;
    this.relativeAccuracy = relativeAccuracy;
  }

  /**
   * Analyzes a log in one pass over its events.
   *
   * @param log the event log
   * @return the analytics; merging the analytics of logs whose cases partition a log's cases gives
   *     the analytics of that log
   * @throws NullPointerException if the log is null
   */
  public JourneyAnalytics analyze(JourneyLog log) {
    Objects.requireNonNull(log, "log");
    return AnalysisPass.run(this, log);
  }

  /**
   * Returns these settings with another mapping of activities to steps and touchpoints.
   *
   * @param mapping the mapping; {@link ActivityMapping#NONE} for no step figures
   * @return the new settings
   * @throws NullPointerException if the mapping is null
   */
  public JourneyAnalyzer withMapping(ActivityMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return new JourneyAnalyzer(
        mapping, finalActivities, expectedStarts, percentiles, relativeAccuracy);
  }

  /**
   * Returns these settings with other final activities: a case that reaches one of them has come to
   * its end; one that reaches none of them, nor Realize, is {@linkplain
   * JourneyAnalytics#abandonment() abandoned}.
   *
   * @param finalActivities the activities, as the log writes them; empty for none
   * @return the new settings
   * @throws NullPointerException if the set is null
   * @throws InvalidModelException if an activity is null or blank
   */
  public JourneyAnalyzer withFinalActivities(Set<String> finalActivities) {
    Objects.requireNonNull(finalActivities, "finalActivities");
    return new JourneyAnalyzer(
        mapping,
        labels(finalActivities, "finalActivities"),
        expectedStarts,
        percentiles,
        relativeAccuracy);
  }

  /**
   * Returns these settings with other expected start activities: a case that starts at another
   * activity {@linkplain JourneyAnalytics#midWayStarts() starts part-way} (§1.2.4).
   *
   * @param expectedStarts the activities, as the log writes them; empty for none
   * @return the new settings
   * @throws NullPointerException if the set is null
   * @throws InvalidModelException if an activity is null or blank
   */
  public JourneyAnalyzer withExpectedStarts(Set<String> expectedStarts) {
    Objects.requireNonNull(expectedStarts, "expectedStarts");
    return new JourneyAnalyzer(
        mapping,
        finalActivities,
        labels(expectedStarts, "expectedStarts"),
        percentiles,
        relativeAccuracy);
  }

  /**
   * Returns these settings with other percentiles to report for each time statistic ({@link
   * DurationStats#percentiles()}); any other percentile can still be asked for.
   *
   * @param percentiles the fractions, each from 0 to 1; duplicates count once
   * @return the new settings
   * @throws NullPointerException if the array is null
   * @throws InvalidModelException if a fraction is not between 0 and 1
   */
  public JourneyAnalyzer withPercentiles(double... percentiles) {
    Objects.requireNonNull(percentiles, "percentiles");
    Violations found = Violations.collect();
    TreeSet<Double> sorted = new TreeSet<>();
    for (int i = 0; i < percentiles.length; i++) {
      double q = percentiles[i];
      found.check(
          q >= 0 && q <= 1,
          "percentiles[" + i + "]",
          "Percentile must be between 0 and 1, but was " + q,
          q);
      sorted.add(q);
    }
    found.throwIfAny();
    return new JourneyAnalyzer(
        mapping,
        finalActivities,
        expectedStarts,
        Collections.unmodifiableList(new ArrayList<>(sorted)),
        relativeAccuracy);
  }

  /**
   * Returns these settings with another relative accuracy for medians and percentiles. A finer
   * accuracy needs more memory: about {@code 1.44 / accuracy} buckets for each tenfold range of
   * times.
   *
   * @param relativeAccuracy the accuracy, such as 0.01 for 1%; more than 0 and less than 1
   * @return the new settings
   * @throws InvalidModelException if the accuracy is out of range
   */
  public JourneyAnalyzer withRelativeAccuracy(double relativeAccuracy) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw InvalidModelException.of(
          "relativeAccuracy",
          "Relative accuracy must be more than 0 and less than 1, but was " + relativeAccuracy,
          relativeAccuracy);
    }
    return new JourneyAnalyzer(
        mapping, finalActivities, expectedStarts, percentiles, relativeAccuracy);
  }

  /**
   * Returns the mapping of activities to steps and touchpoints.
   *
   * @return the mapping
   */
  public ActivityMapping mapping() {
    return mapping;
  }

  /**
   * Returns the final activities.
   *
   * @return the activities, in ascending order; unmodifiable
   */
  public Set<String> finalActivities() {
    return finalActivities;
  }

  /**
   * Returns the expected start activities.
   *
   * @return the activities, in ascending order; unmodifiable
   */
  public Set<String> expectedStarts() {
    return expectedStarts;
  }

  /**
   * Returns the percentiles reported for each time statistic.
   *
   * @return the fractions, ascending; unmodifiable
   */
  public List<Double> percentiles() {
    return percentiles;
  }

  /**
   * Returns the relative accuracy of medians and percentiles.
   *
   * @return the accuracy
   */
  public double relativeAccuracy() {
    return relativeAccuracy;
  }

  /**
   * Tells whether the analytics can tell abandoned cases: there are final activities, or a mapping
   * that can place an activity at Realize.
   *
   * @return true if {@link JourneyAnalytics#abandonment()} is present
   */
  public boolean hasEnd() {
    return !finalActivities.isEmpty() || !mapping.isEmpty();
  }

  private static Set<String> labels(Set<String> labels, String path) {
    Violations found = Violations.collect();
    TreeSet<String> sorted = new TreeSet<>();
    int i = 0;
    for (String label : labels) {
      if (label == null) {
        found.add(path + "[" + i + "]", "Activity in " + path + " must not be null", null);
      } else if (label.isBlank()) {
        found.add(path + "[" + i + "]", "Activity in " + path + " must not be blank", label);
      } else {
        sorted.add(label);
      }
      i++;
    }
    found.throwIfAny();
    return Collections.unmodifiableSet(sorted);
  }

  /**
   * Serializes the settings as plain texts and numbers, checked again when they are read.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    Map<String, String> steps = new LinkedHashMap<>();
    Map<String, String> touchpoints = new LinkedHashMap<>();
    for (String activity : mapping.activities()) {
      steps.put(activity, mapping.step(activity).orElseThrow().name());
      mapping.touchpoint(activity).ifPresent(t -> touchpoints.put(activity, t.value()));
    }
    double[] fractions = new double[percentiles.size()];
    for (int i = 0; i < fractions.length; i++) {
      fractions[i] = percentiles.get(i);
    }
    return new SerializedForm(
        steps,
        touchpoints,
        new ArrayList<>(finalActivities),
        new ArrayList<>(expectedStarts),
        fractions,
        relativeAccuracy);
  }

  /** The serialized form of the settings: texts and numbers only, checked again when read. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a LinkedHashMap of Strings
    private final Map<String, String> steps;

    @SuppressWarnings("serial") // a LinkedHashMap of Strings
    private final Map<String, String> touchpoints;

    @SuppressWarnings("serial") // an ArrayList of Strings
    private final List<String> finalActivities;

    @SuppressWarnings("serial") // an ArrayList of Strings
    private final List<String> expectedStarts;

    private final double[] percentiles;
    private final double relativeAccuracy;

    SerializedForm(
        Map<String, String> steps,
        Map<String, String> touchpoints,
        List<String> finalActivities,
        List<String> expectedStarts,
        double[] percentiles,
        double relativeAccuracy) {
      this.steps = steps;
      this.touchpoints = touchpoints;
      this.finalActivities = finalActivities;
      this.expectedStarts = expectedStarts;
      this.percentiles = percentiles;
      this.relativeAccuracy = relativeAccuracy;
    }

    private Object readResolve() {
      ActivityMapping.Builder mapping = ActivityMapping.builder();
      steps.forEach(
          (activity, step) -> {
            String touchpoint = touchpoints.get(activity);
            if (touchpoint == null) {
              mapping.map(activity, CustomerJourneyStep.valueOf(step));
            } else {
              mapping.map(activity, CustomerJourneyStep.valueOf(step), TouchpointId.of(touchpoint));
            }
          });
      return DEFAULT
          .withMapping(mapping.build())
          .withFinalActivities(new java.util.HashSet<>(finalActivities))
          .withExpectedStarts(new java.util.HashSet<>(expectedStarts))
          .withPercentiles(percentiles)
          .withRelativeAccuracy(relativeAccuracy);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof JourneyAnalyzer that)) {
      return false;
    }
    return mapping.equals(that.mapping)
        && finalActivities.equals(that.finalActivities)
        && expectedStarts.equals(that.expectedStarts)
        && percentiles.equals(that.percentiles)
        && Double.compare(relativeAccuracy, that.relativeAccuracy) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mapping, finalActivities, expectedStarts, percentiles, relativeAccuracy);
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "JourneyAnalyzer{mapping="
        + mapping
        + ", finalActivities="
        + finalActivities
        + ", expectedStarts="
        + expectedStarts
        + ", percentiles="
        + percentiles
        + ", relativeAccuracy="
        + relativeAccuracy
        + "}";
  }
}
