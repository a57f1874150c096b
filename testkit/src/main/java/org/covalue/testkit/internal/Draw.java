package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Small helpers that draw values from QuickTheories' randomness source inside a generator, so that
 * dependent structures (a list whose elements refer to earlier ones) can be written as plain code
 * and still shrink: every choice goes through the source.
 *
 * <p>Choices that add something optional shrink towards leaving it out.
 */
public final class Draw {

  private Draw() {}

  /**
   * Draws an int.
   *
   * @param in the randomness source
   * @param min the smallest value, included
   * @param max the largest value, included
   * @return a value in [min, max], shrinking towards min
   */
  public static int intBetween(RandomnessSource in, int min, int max) {
    if (min == max) {
      return min;
    }
    return Generate.range(min, max, min).generate(in);
  }

  /**
   * Draws a boolean that shrinks towards false.
   *
   * @param in the randomness source
   * @return true or false, about evenly
   */
  public static boolean bool(RandomnessSource in) {
    return intBetween(in, 0, 1) == 1;
  }

  /**
   * Draws a boolean that is true about once in n draws, and shrinks towards false.
   *
   * @param in the randomness source
   * @param n how rare true is; at least 1
   * @return true about once in n draws
   */
  public static boolean oneIn(RandomnessSource in, int n) {
    return intBetween(in, 0, n - 1) == n - 1;
  }

  /**
   * Draws one element of a list.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param options the elements to choose from; not empty
   * @return one of them, shrinking towards the first
   */
  public static <T> T oneOf(RandomnessSource in, List<T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("Cannot draw from an empty list");
    }
    return options.get(intBetween(in, 0, options.size() - 1));
  }

  /**
   * Draws a sub-list: each element is kept or left out, in order.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param from the elements
   * @return the kept elements, in their order; may be empty
   */
  public static <T> List<T> someOf(RandomnessSource in, List<T> from) {
    List<T> kept = new ArrayList<>();
    for (T element : from) {
      if (bool(in)) {
        kept.add(element);
      }
    }
    return kept;
  }

  /**
   * Draws a non-empty sub-list.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param from the elements; not empty
   * @return at least one of the elements, in their order
   */
  public static <T> List<T> atLeastOneOf(RandomnessSource in, List<T> from) {
    List<T> kept = someOf(in, from);
    if (kept.isEmpty()) {
      kept.add(oneOf(in, from));
    }
    return kept;
  }

  /**
   * Draws a permutation of a list (Fisher-Yates, every swap drawn from the source).
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param list the elements
   * @return a new list with the same elements in a drawn order
   */
  public static <T> List<T> shuffle(RandomnessSource in, List<T> list) {
    List<T> shuffled = new ArrayList<>(list);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, intBetween(in, 0, i));
    }
    return shuffled;
  }

  /**
   * Inserts an element at a drawn position of a list, the end included.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param list the list to insert into
   * @param element the element
   * @return the position the element was inserted at
   */
  public static <T> int insert(RandomnessSource in, List<T> list, T element) {
    int at = intBetween(in, 0, list.size());
    list.add(at, element);
    return at;
  }

  /**
   * Copies a drawn element of a non-empty list to a drawn later position, so that the list holds it
   * twice.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param list the list; not empty
   * @return the position of the original and that of the copy
   */
  public static <T> int[] repeatLater(RandomnessSource in, List<T> list) {
    int original = intBetween(in, 0, list.size() - 1);
    int at = intBetween(in, original + 1, list.size());
    list.add(at, list.get(original));
    return new int[] {original, at};
  }

  /**
   * Draws a list of values from a generator.
   *
   * @param <T> the element type
   * @param in the randomness source
   * @param gen the element generator
   * @param min the smallest size
   * @param max the largest size
   * @return a list of min to max values
   */
  public static <T> List<T> listOf(RandomnessSource in, Gen<T> gen, int min, int max) {
    int size = intBetween(in, min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(gen.generate(in));
    }
    return list;
  }
}
