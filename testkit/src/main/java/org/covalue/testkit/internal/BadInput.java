package org.covalue.testkit.internal;

import java.util.List;
import java.util.function.Supplier;

/**
 * An attempt to build a value from invalid input, with what it is and the violation paths covalue
 * is expected to report; the public {@code InvalidInput} wraps it.
 *
 * @param description what is wrong with the input, for a failing test's report
 * @param expectedPaths the paths of which at least one violation must name one
 * @param attempt builds the value; expected to throw
 */
public record BadInput(String description, List<String> expectedPaths, Supplier<?> attempt) {

  /**
   * Checks and copies the parts.
   *
   * @param description what is wrong with the input
   * @param expectedPaths the paths of which at least one violation must name one; not empty
   * @param attempt builds the value
   */
  public BadInput {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid input needs at least one expected path");
    }
    expectedPaths = List.copyOf(expectedPaths);
  }

  /**
   * Returns an invalid input with one expected path.
   *
   * @param description what is wrong with the input
   * @param expectedPath the path a violation must name
   * @param attempt builds the value
   * @return the invalid input
   */
  public static BadInput of(String description, String expectedPath, Supplier<?> attempt) {
    return new BadInput(description, List.of(expectedPath), attempt);
  }
}
