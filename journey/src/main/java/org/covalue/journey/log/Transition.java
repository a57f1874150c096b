package org.covalue.journey.log;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A directly-follows relation of observed journeys: how often one activity (or journey step) came
 * right after another in the same case, and the times between them (ITIL 4: Drive Stakeholder
 * Value, §1.2.4: journeys move from touchpoint to touchpoint, and back).
 *
 * <p>The count and the time statistics are those of {@link #durations()}; see {@link DurationStats}
 * for which figures are exact. Instances are immutable and thread-safe.
 *
 * @param <T> what follows what: an activity label ({@link String}) or a {@link
 *     org.covalue.journey.CustomerJourneyStep}
 */
public final class Transition<T extends Comparable<? super T>> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What came first. */
  @SuppressWarnings("serial") // a String or an enum constant
  private final T from;

  /** What came next. */
  @SuppressWarnings("serial") // a String or an enum constant
  private final T to;

  /** The times between the two. */
  private final DurationStats durations;

  Transition(T from, T to, DurationStats durations) {
    this.from = from;
    this.to = to;
    this.durations = durations;
  }

  /**
   * Returns what came first.
   *
   * @return the activity or step left
   */
  public T from() {
    return from;
  }

  /**
   * Returns what came right after.
   *
   * @return the activity or step reached
   */
  public T to() {
    return to;
  }

  /**
   * Returns how often the move was made, over all cases.
   *
   * @return at least 1; exact
   */
  public long count() {
    return durations.count();
  }

  /**
   * Returns the times between the two events of the move.
   *
   * @return the statistics, in milliseconds
   */
  public DurationStats durations() {
    return durations;
  }

  Transition<T> plus(Transition<T> other) {
    return new Transition<>(from, to, durations.plus(other.durations));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Transition<?> that
        && from.equals(that.from)
        && to.equals(that.to)
        && durations.equals(that.durations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, durations);
  }

  /** Returns the move, its count and its times. */
  @Override
  public String toString() {
    return from + " -> " + to + ": " + durations;
  }
}
