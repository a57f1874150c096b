package org.covalue.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Two scores in [0, 1] of every element of a list, kept as two columns in the list's order. The
 * stakeholder map keeps its stakeholders' influence and interest scores this way as it is built, so
 * that classifying a map of a million stakeholders reads 16 MB in order instead of two rating
 * objects behind every stakeholder object. Instances are immutable and thread-safe.
 *
 * <p>Each score is kept as its IEEE 754 bits ({@link Double#doubleToRawLongBits(double)}): for
 * numbers that are not negative (scores never are; {@code Score} turns -0.0 into 0) the bits, read
 * as a {@code long}, order as the numbers do, so {@code x < t} is the sign of {@code bits(x) -
 * bits(t)}. Comparing without a branch keeps a classification as fast on ratings in random order as
 * on sorted ones, where a branch per comparison would be mispredicted half the time.
 *
 * <p>The map lives in another package than the classifier, and the columns are not part of the API;
 * the map hands them over through {@link #ofStakeholderMap(Object)}, which its class initializer
 * connects once (the way the JDK shares internals between its packages).
 */
public final class ScoreColumns {

  private static volatile @Nullable Function<Object, ScoreColumns> stakeholderMapColumns;

  private final long[] first;
  private final long[] second;

  private ScoreColumns(long[] first, long[] second) {
    this.first = first;
    this.second = second;
  }

  /**
   * Reads two scores of every element.
   *
   * @param elements the elements
   * @param first gives an element's first score, a number in [0, 1] other than -0.0
   * @param second gives an element's second score, a number in [0, 1] other than -0.0
   * @param <T> the type of the elements
   * @return the columns, one row per element in the list's order
   */
  public static <T> ScoreColumns of(
      List<T> elements, ToDoubleFunction<? super T> first, ToDoubleFunction<? super T> second) {
    int n = elements.size();
    long[] firsts = new long[n];
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      T element = elements.get(i);
      firsts[i] = Double.doubleToRawLongBits(first.applyAsDouble(element));
      seconds[i] = Double.doubleToRawLongBits(second.applyAsDouble(element));
    }
    return new ScoreColumns(firsts, seconds);
  }

  /**
   * Connects the stakeholder map's columns; called once, by the map's class initializer.
   *
   * @param columns gives a map's columns
   * @throws IllegalStateException if they are connected already
   */
  public static synchronized void connectStakeholderMap(Function<Object, ScoreColumns> columns) {
    if (stakeholderMapColumns != null) {
      throw new IllegalStateException("The stakeholder map's columns are connected already");
    }
    stakeholderMapColumns = Objects.requireNonNull(columns, "columns");
  }

  /**
   * Returns the columns a stakeholder map keeps: influence first, interest second.
   *
   * @param map a {@code StakeholderMap}; its class is initialized, since an instance exists
   * @return its columns
   */
  public static ScoreColumns ofStakeholderMap(Object map) {
    Function<Object, ScoreColumns> columns = stakeholderMapColumns;
    if (columns == null) {
      throw new IllegalStateException("The stakeholder map's columns are not connected");
    }
    return columns.apply(map);
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of elements read
   */
  public int size() {
    return first.length;
  }

  /**
   * Returns the quadrant of every row: 2 if its first score is at or above the first threshold,
   * plus 1 if its second score is at or above the second threshold.
   *
   * @param firstThreshold the lowest first score that counts as high, in [0, 1] other than -0.0
   * @param secondThreshold the lowest second score that counts as high, in [0, 1] other than -0.0
   * @return one quadrant from 0 to 3 per row, in row order
   */
  public byte[] quadrants(double firstThreshold, double secondThreshold) {
    long first = Double.doubleToRawLongBits(firstThreshold);
    long second = Double.doubleToRawLongBits(secondThreshold);
    long[] firsts = this.first;
    long[] seconds = this.second;
    int n = firsts.length;
    byte[] quadrants = new byte[n];
    for (int i = 0; i < n; i++) {
      // (x - t) >>> 63 is 1 when x < t: the row is low on that axis.
      long lowFirst = (firsts[i] - first) >>> 63;
      long lowSecond = (seconds[i] - second) >>> 63;
      quadrants[i] = (byte) (3 - (int) (lowFirst + lowFirst + lowSecond));
    }
    return quadrants;
  }
}
