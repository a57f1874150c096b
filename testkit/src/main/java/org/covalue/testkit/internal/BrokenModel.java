package org.covalue.testkit.internal;

import java.util.List;

/**
 * A core model with one deliberate defect, what the defect is, and the violation paths of which the
 * validator must report at least one.
 *
 * @param parts the model's elements
 * @param description what is wrong, for a failing test's report
 * @param expectedPaths the paths of which at least one violation must name one
 */
public record BrokenModel(ModelParts parts, String description, List<String> expectedPaths) {

  /**
   * Checks and copies the parts.
   *
   * @param parts the model's elements
   * @param description what is wrong
   * @param expectedPaths the expected paths; not empty
   */
  public BrokenModel {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("A broken model needs at least one expected path");
    }
    expectedPaths = List.copyOf(expectedPaths);
  }
}
