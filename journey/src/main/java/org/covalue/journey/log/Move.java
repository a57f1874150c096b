package org.covalue.journey.log;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A move back in observed journeys and how often it was made: from one activity (or step) to
 * another that the case had already reached earlier (ITIL 4: Drive Stakeholder Value, §1.2.4:
 * journeys go from one touchpoint to another and back again). Instances are immutable and
 * thread-safe.
 *
 * @param <T> an activity label ({@link String}) or a {@link
 *     org.covalue.journey.CustomerJourneyStep}
 */
public final class Move<T extends Comparable<? super T>> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What came first. */
  @SuppressWarnings("serial") // a String or an enum constant
  private final T from;

  /** What came next. */
  @SuppressWarnings("serial") // a String or an enum constant
  private final T to;

  /** How many there were. */
  private final long count;

  Move(T from, T to, long count) {
    this.from = from;
    this.to = to;
    this.count = count;
  }

  /**
   * Returns where the case was just before going back.
   *
   * @return the activity or step left
   */
  public T from() {
    return from;
  }

  /**
   * Returns what the case went back to.
   *
   * @return an activity or step the case had reached before
   */
  public T to() {
    return to;
  }

  /**
   * Returns how often the move back was made, over all cases.
   *
   * @return at least 1; exact
   */
  public long count() {
    return count;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Move<?> that
        && from.equals(that.from)
        && to.equals(that.to)
        && count == that.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, count);
  }

  /** Returns the move and its count. */
  @Override
  public String toString() {
    return from + " -> back to " + to + ": " + count;
  }
}
