package org.covalue.journey.log;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The observed journeys that never got to the end (ITIL 4: Drive Stakeholder Value, §1.2.6: value
 * is realized and tracked in the Realize step): cases that never reach one of the analyzer's final
 * activities nor an activity mapped to {@link org.covalue.journey.CustomerJourneyStep#REALIZE}, and
 * where they stopped. All figures are exact counts. Instances are immutable and thread-safe.
 */
public final class Abandonment implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The number of cases it counts. */
  private final long cases;

  /** The last activity of the abandoned cases, with their number. */
  @SuppressWarnings("serial") // an unmodifiable LinkedHashMap of Strings and Longs, serializable
  private final Map<String, Long> lastActivities;

  Abandonment(long cases, Map<String, Long> lastActivities) {
    this.cases = cases;
    this.lastActivities = lastActivities;
  }

  /**
   * Returns how many cases never reached a final activity nor Realize.
   *
   * @return the number of abandoned cases
   */
  public long cases() {
    return cases;
  }

  /**
   * Returns the last activity of the abandoned cases: where they stopped.
   *
   * @return the number of abandoned cases by last activity, most first, ties by activity;
   *     unmodifiable
   */
  public Map<String, Long> lastActivities() {
    return lastActivities;
  }

  Abandonment plus(Abandonment other) {
    return new Abandonment(cases + other.cases, Tallies.plus(lastActivities, other.lastActivities));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Abandonment that
        && cases == that.cases
        && lastActivities.equals(that.lastActivities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cases, lastActivities);
  }

  /** Returns the number of abandoned cases and where they stopped. */
  @Override
  public String toString() {
    return cases + " cases abandoned, last at " + lastActivities;
  }
}
