package org.covalue.journey.log;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The back-and-forth loops of observed journeys (ITIL 4: Drive Stakeholder Value, §1.2.4): returns
 * to an activity (or a journey step) reached earlier in the same case, per case and overall. A
 * return to an activity is an event whose activity the case had already reached, and that differs
 * from the activity just before (repeating an activity in a row is no return). A return to a step
 * is an event whose step comes before the step of the event just before, as in the comparison of an
 * observed journey with its design.
 *
 * <p>All figures are exact counts. Instances are immutable and thread-safe.
 *
 * @param <T> an activity label ({@link String}) or a {@link
 *     org.covalue.journey.CustomerJourneyStep}
 */
public final class Loops<T extends Comparable<? super T>> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The number of cases it counts. */
  private final long cases;

  /** The number of returns. */
  private final long returns;

  /** The number of cases by their number of returns. */
  @SuppressWarnings("serial") // an unmodifiable TreeMap of Integers and Longs, serializable
  private final SortedMap<Integer, Long> returnsPerCase;

  /** The moves back. */
  @SuppressWarnings("serial") // an unmodifiable list of moves, serializable
  private final List<Move<T>> moves;

  Loops(long cases, long returns, SortedMap<Integer, Long> returnsPerCase, List<Move<T>> moves) {
    this.cases = cases;
    this.returns = returns;
    this.returnsPerCase = returnsPerCase;
    this.moves = moves;
  }

  /**
   * Returns how many cases went back at least once.
   *
   * @return the number of cases with a return
   */
  public long cases() {
    return cases;
  }

  /**
   * Returns how many returns there were, over all cases.
   *
   * @return the number of returns
   */
  public long returns() {
    return returns;
  }

  /**
   * Returns how many cases went back how many times.
   *
   * @return the number of cases by their number of returns, from 1 up, ascending; unmodifiable
   */
  public SortedMap<Integer, Long> returnsPerCase() {
    return returnsPerCase;
  }

  /**
   * Returns each move back and how often it was made.
   *
   * @return the moves, most frequent first, ties by from and then to; unmodifiable
   */
  public List<Move<T>> moves() {
    return moves;
  }

  /**
   * Returns how often the cases went back to each activity or step.
   *
   * @return the number of returns by what was gone back to, most first, ties by key; unmodifiable
   */
  public Map<T, Long> returnsTo() {
    Map<T, Long> counts = new HashMap<>();
    for (Move<T> move : moves) {
      counts.merge(move.to(), move.count(), Long::sum);
    }
    return Tallies.byCount(counts);
  }

  Loops<T> plus(Loops<T> other) {
    return new Loops<>(
        cases + other.cases,
        returns + other.returns,
        Tallies.plusSorted(returnsPerCase, other.returnsPerCase),
        Tallies.plus(
            moves,
            other.moves,
            move -> List.of(move.from(), move.to()),
            (a, b) -> new Move<>(a.from(), a.to(), a.count() + b.count()),
            Tallies.moveOrder()));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Loops<?> that)) {
      return false;
    }
    return cases == that.cases
        && returns == that.returns
        && returnsPerCase.equals(that.returnsPerCase)
        && moves.equals(that.moves);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cases, returns, returnsPerCase, moves);
  }

  /** Returns the number of cases with returns and of returns. */
  @Override
  public String toString() {
    return cases + " cases went back, " + returns + " returns";
  }
}
