package org.covalue.journey.log;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.covalue.journey.CustomerJourneyStep;
import org.jspecify.annotations.Nullable;

/**
 * What an event log tells about real customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4:
 * journeys rarely follow the designed path, go back and forth and may start part-way; §1.2.6: value
 * is tracked against what really happens): the directly-follows relations between activities and
 * between journey steps with the times between them, the path variants, the start and end
 * activities, the back-and-forth loops, the dwell time per step, the cases that never reach
 * Realize, and the cases that never reach the end.
 *
 * <pre>{@code
 * JourneyAnalytics analytics = JourneyAnalytics.of(log);
 * analytics.variants().get(0).path();      // the most frequent path
 * analytics.loops().returns();             // how often cases went back
 * }</pre>
 *
 * <p><b>Mergeable.</b> For logs whose cases partition the cases of a whole log (each case wholly in
 * one part), {@code analyze(part1).merge(analyze(part2))} equals {@code analyze(whole)}, in any
 * grouping and order. Every count, total, minimum, maximum and mean is exact, before and after
 * merging; medians and percentiles come from a sketch whose buckets merge exactly, so they are the
 * same for the merged and the whole result, and within the {@linkplain
 * JourneyAnalyzer#relativeAccuracy() relative accuracy} of the true value (see {@link
 * DurationStats}). This is what lets a distributed engine run the analysis on parts of a log and
 * combine the results.
 *
 * <p>Every list and map is in a fixed order that does not depend on the order of the log's cases.
 * Instances are immutable, thread-safe and serializable.
 */
public final class JourneyAnalytics implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The settings the analytics were made with. */
  private final JourneyAnalyzer analyzer;

  /** The number of cases it counts. */
  private final long cases;

  /** The number of events. */
  private final long events;

  /** The events of each activity. */
  @SuppressWarnings("serial") // unmodifiable maps and lists of serializable values
  private final Map<String, Long> activityEvents;

  /** The path variants. */
  @SuppressWarnings("serial")
  private final List<Variant> variants;

  /** The directly-follows relation between activities. */
  @SuppressWarnings("serial")
  private final List<Transition<String>> directlyFollows;

  /** The directly-follows relation between steps. */
  @SuppressWarnings("serial")
  private final List<Transition<CustomerJourneyStep>> stepDirectlyFollows;

  /** The first activities of the cases. */
  @SuppressWarnings("serial")
  private final Map<String, Long> startActivities;

  /** The last activities of the cases. */
  @SuppressWarnings("serial")
  private final Map<String, Long> endActivities;

  /** The returns to earlier activities. */
  private final Loops<String> loops;

  /** The returns to earlier steps. */
  private final Loops<CustomerJourneyStep> stepLoops;

  /** The dwell times per step. */
  @SuppressWarnings("serial")
  private final Map<CustomerJourneyStep, DurationStats> dwellTimes;

  /** The events the mapping does not place. */
  private final long unmappedEvents;

  /** The cases that never reach Realize, or {@link #NOT_COUNTED} without a mapping. */
  private final long casesWithoutRealize;

  /** The abandoned cases, when the analyzer names an end. */
  private final @Nullable Abandonment abandonment;

  /**
   * Stands for the count of cases without Realize when there is none: the analyzer has no mapping.
   */
  static final long NOT_COUNTED = -1;

  JourneyAnalytics(
      JourneyAnalyzer analyzer,
      long cases,
      long events,
      Map<String, Long> activityEvents,
      List<Variant> variants,
      List<Transition<String>> directlyFollows,
      List<Transition<CustomerJourneyStep>> stepDirectlyFollows,
      Map<String, Long> startActivities,
      Map<String, Long> endActivities,
      Loops<String> loops,
      Loops<CustomerJourneyStep> stepLoops,
      Map<CustomerJourneyStep, DurationStats> dwellTimes,
      long unmappedEvents,
      long casesWithoutRealize,
      @Nullable Abandonment abandonment) {
    this.analyzer = analyzer;
    this.cases = cases;
    this.events = events;
    this.activityEvents = activityEvents;
    this.variants = variants;
    this.directlyFollows = directlyFollows;
    this.stepDirectlyFollows = stepDirectlyFollows;
    this.startActivities = startActivities;
    this.endActivities = endActivities;
    this.loops = loops;
    this.stepLoops = stepLoops;
    this.dwellTimes = dwellTimes;
    this.unmappedEvents = unmappedEvents;
    this.casesWithoutRealize = casesWithoutRealize;
    this.abandonment = abandonment;
  }

  /**
   * Analyzes a log with the {@linkplain JourneyAnalyzer#DEFAULT default settings}: activities only,
   * no steps, no final activities.
   *
   * @param log the event log
   * @return the analytics
   * @throws NullPointerException if the log is null
   */
  public static JourneyAnalytics of(JourneyLog log) {
    return JourneyAnalyzer.DEFAULT.analyze(log);
  }

  /**
   * Returns the analytics of the union of the logs whose analytics are given: the same as {@link
   * #merge(JourneyAnalytics)} applied from left to right.
   *
   * @param parts the analytics of logs with disjoint cases, all made with equal settings; at least
   *     one
   * @return the merged analytics
   * @throws NullPointerException if the iterable or an element is null
   * @throws IllegalArgumentException if there is no element, or the settings differ
   */
  public static JourneyAnalytics mergeAll(Iterable<JourneyAnalytics> parts) {
    Objects.requireNonNull(parts, "parts");
    Iterator<JourneyAnalytics> iterator = parts.iterator();
    if (!iterator.hasNext()) {
      throw new IllegalArgumentException("Merging needs at least one analytics result");
    }
    JourneyAnalytics merged = Objects.requireNonNull(iterator.next(), "parts element");
    while (iterator.hasNext()) {
      merged = merged.merge(Objects.requireNonNull(iterator.next(), "parts element"));
    }
    return merged;
  }

  /**
   * Returns the analytics of this log and another together, as if the two logs were one. The two
   * logs must have no case in common; a case split between them would count as two cases.
   *
   * @param other the analytics of another part of the log, made with equal settings
   * @return the merged analytics; merging is associative and commutative
   * @throws NullPointerException if other is null
   * @throws IllegalArgumentException if the settings of the two differ
   */
  public JourneyAnalytics merge(JourneyAnalytics other) {
    Objects.requireNonNull(other, "other");
    if (!analyzer.equals(other.analyzer)) {
      throw new IllegalArgumentException(
          "Only analytics made with equal settings merge, but "
              + analyzer
              + " differs from "
              + other.analyzer);
    }
    Map<CustomerJourneyStep, DurationStats> dwell = new EnumMap<>(CustomerJourneyStep.class);
    dwell.putAll(dwellTimes);
    other.dwellTimes.forEach((step, stats) -> dwell.merge(step, stats, DurationStats::plus));
    Abandonment mine = abandonment;
    Abandonment theirs = other.abandonment;
    return new JourneyAnalytics(
        analyzer,
        cases + other.cases,
        events + other.events,
        Tallies.plus(activityEvents, other.activityEvents),
        Tallies.plus(
            variants,
            other.variants,
            Variant::path,
            (a, b) -> new Variant(a.path(), a.cases() + b.cases()),
            Tallies.VARIANT_ORDER),
        mergeTransitions(directlyFollows, other.directlyFollows),
        mergeTransitions(stepDirectlyFollows, other.stepDirectlyFollows),
        Tallies.plus(startActivities, other.startActivities),
        Tallies.plus(endActivities, other.endActivities),
        loops.plus(other.loops),
        stepLoops.plus(other.stepLoops),
        java.util.Collections.unmodifiableMap(dwell),
        unmappedEvents + other.unmappedEvents,
        casesWithoutRealize == NOT_COUNTED
            ? NOT_COUNTED
            : casesWithoutRealize + other.casesWithoutRealize,
        mine == null || theirs == null ? null : mine.plus(theirs));
  }

  private static <T extends Comparable<? super T>> List<Transition<T>> mergeTransitions(
      List<Transition<T>> a, List<Transition<T>> b) {
    return Tallies.plus(
        a, b, t -> List.of(t.from(), t.to()), Transition::plus, Tallies.transitionOrder());
  }

  /**
   * Returns the settings the analytics were made with.
   *
   * @return the analyzer
   */
  public JourneyAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * Returns how many cases the log holds.
   *
   * @return the number of cases; exact
   */
  public long cases() {
    return cases;
  }

  /**
   * Returns how many events the log holds.
   *
   * @return the number of events; exact
   */
  public long events() {
    return events;
  }

  /**
   * Returns each activity of the log, as the log writes it, with its number of events.
   *
   * @return the counts, most first, ties by activity; unmodifiable
   */
  public Map<String, Long> activities() {
    return activityEvents;
  }

  /**
   * Returns the path variants: each distinct sequence of activities, with how many cases followed
   * it. Their cases add up to {@link #cases()}.
   *
   * @return the variants, most frequent first, ties by path; unmodifiable
   */
  public List<Variant> variants() {
    return variants;
  }

  /**
   * Returns the directly-follows relation between activities: for each pair of activities that came
   * one right after the other in a case, how often, and the times between them. Their counts add up
   * to {@code events() - cases()}.
   *
   * @return the transitions, most frequent first, ties by from and to; unmodifiable
   */
  public List<Transition<String>> directlyFollows() {
    return directlyFollows;
  }

  /**
   * Returns the directly-follows relation between journey steps, through the analyzer's mapping:
   * for each event of a mapped activity after an earlier mapped event in the same case, the two
   * steps and the time between the events. Events of unmapped activities are passed over.
   *
   * @return the transitions, most frequent first, ties by from and to; empty without a mapping;
   *     unmodifiable
   */
  public List<Transition<CustomerJourneyStep>> stepDirectlyFollows() {
    return stepDirectlyFollows;
  }

  /**
   * Returns the first activities of the cases.
   *
   * @return the number of cases by first activity, most first, ties by activity; unmodifiable
   */
  public Map<String, Long> startActivities() {
    return startActivities;
  }

  /**
   * Returns the last activities of the cases.
   *
   * @return the number of cases by last activity, most first, ties by activity; unmodifiable
   */
  public Map<String, Long> endActivities() {
    return endActivities;
  }

  /**
   * Returns the cases that start part-way (§1.2.4): at an activity that is not among the analyzer's
   * {@linkplain JourneyAnalyzer#expectedStarts() expected starts}.
   *
   * @return the number of such cases by first activity, most first; empty when the analyzer expects
   *     no start activity
   */
  public Optional<Map<String, Long>> midWayStarts() {
    if (analyzer.expectedStarts().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> midWay = new HashMap<>();
    startActivities.forEach(
        (activity, count) -> {
          if (!analyzer.expectedStarts().contains(activity)) {
            midWay.put(activity, count);
          }
        });
    return Optional.of(Tallies.byCount(midWay));
  }

  /**
   * Returns the back-and-forth loops between activities: returns to an activity reached earlier in
   * the same case.
   *
   * @return the loops
   */
  public Loops<String> loops() {
    return loops;
  }

  /**
   * Returns the back-and-forth loops between journey steps, through the analyzer's mapping: moves
   * to a step that comes before the step of the mapped event just before.
   *
   * @return the loops; with no case and no return without a mapping
   */
  public Loops<CustomerJourneyStep> stepLoops() {
    return stepLoops;
  }

  /**
   * Returns the dwell time per journey step, through the analyzer's mapping: for each stay at a
   * step (a run of mapped events at the same step), the time from its first event to the first
   * event at another step. The last stay of each case has no known end and is not counted.
   *
   * @return the statistics by step, in step order, for the steps with a stay that ended; empty
   *     without a mapping; unmodifiable
   */
  public Map<CustomerJourneyStep, DurationStats> dwellTimes() {
    return dwellTimes;
  }

  /**
   * Returns how many events have an activity that the analyzer's mapping does not place: these are
   * left out of the step figures.
   *
   * @return the number of events; all events without a mapping
   */
  public long unmappedEvents() {
    return unmappedEvents;
  }

  /**
   * Returns how many cases never reach Realize (ITIL 4: Drive Stakeholder Value, §1.2.6: value is
   * realized, and tracked against what was planned, in the Realize step): cases none of whose
   * events has an activity the analyzer's mapping places at {@link CustomerJourneyStep#REALIZE}.
   * Unlike {@linkplain #abandonment() abandonment}, a case that reaches a final activity still
   * counts here when it never passes Realize: the journey ended without its value being realized or
   * tracked. With a mapping that places no activity at Realize, every case counts. The count is
   * exact.
   *
   * @return the number of cases, or empty without a mapping (the steps of the events are then not
   *     known)
   */
  public OptionalLong casesWithoutRealize() {
    return casesWithoutRealize == NOT_COUNTED
        ? OptionalLong.empty()
        : OptionalLong.of(casesWithoutRealize);
  }

  /**
   * Returns the cases that never reach one of the analyzer's final activities nor Realize.
   *
   * @return the abandonment, or empty when the analyzer {@linkplain JourneyAnalyzer#hasEnd() names
   *     no end}
   */
  public Optional<Abandonment> abandonment() {
    return Optional.ofNullable(abandonment);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof JourneyAnalytics that)) {
      return false;
    }
    return analyzer.equals(that.analyzer)
        && cases == that.cases
        && events == that.events
        && activityEvents.equals(that.activityEvents)
        && variants.equals(that.variants)
        && directlyFollows.equals(that.directlyFollows)
        && stepDirectlyFollows.equals(that.stepDirectlyFollows)
        && startActivities.equals(that.startActivities)
        && endActivities.equals(that.endActivities)
        && loops.equals(that.loops)
        && stepLoops.equals(that.stepLoops)
        && dwellTimes.equals(that.dwellTimes)
        && unmappedEvents == that.unmappedEvents
        // casesWithoutRealize follows from the variants and the analyzer's mapping
        && Objects.equals(abandonment, that.abandonment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cases, events, activityEvents, variants, directlyFollows, loops);
  }

  /** Returns the main figures. */
  @Override
  public String toString() {
    return "JourneyAnalytics["
        + cases
        + " cases, "
        + events
        + " events, "
        + activityEvents.size()
        + " activities, "
        + variants.size()
        + " variants, "
        + directlyFollows.size()
        + " directly-follows pairs, "
        + loops
        + "]";
  }
}
