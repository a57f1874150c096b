package org.covalue.journey.log;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A path variant of observed journeys: one sequence of activities, from a case's first event to its
 * last, and how many cases followed exactly that sequence (ITIL 4: Drive Stakeholder Value, §1.2.4:
 * journeys rarely follow a predefined path). Instances are immutable and thread-safe.
 */
public final class Variant implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The activities in order. */
  @SuppressWarnings("serial") // an unmodifiable copy of a list of Strings, serializable
  private final List<String> path;

  /** The number of cases it counts. */
  private final long cases;

  Variant(List<String> path, long cases) {
    this.path = path;
    this.cases = cases;
  }

  /**
   * Returns the sequence of activities, as the log writes them.
   *
   * @return at least one activity, in time order; unmodifiable
   */
  public List<String> path() {
    return path;
  }

  /**
   * Returns how many cases followed the path.
   *
   * @return at least 1; exact
   */
  public long cases() {
    return cases;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Variant that && path.equals(that.path) && cases == that.cases;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, cases);
  }

  /** Returns the path and its number of cases. */
  @Override
  public String toString() {
    return String.join(" > ", path) + ": " + cases + (cases == 1 ? " case" : " cases");
  }
}
