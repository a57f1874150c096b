package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey model the journey validator accepts but that breaks one statement of Figure 1.4 as the
 * value-stream rules check it, with the findings that rule must report.
 *
 * @param parts the model's elements
 * @param rule the id of the rule broken, one of the value-stream rules' constants
 * @param description what is wrong, for a failing test's report
 * @param expectedFindings the elements of each finding of the rule the model must yield
 */
public record RuleBreachParts(
    JourneyModelParts parts, String rule, String description, List<List<String>> expectedFindings) {

  /**
   * Checks and copies the parts.
   *
   * @param parts the model's elements
   * @param rule the rule broken
   * @param description what is wrong
   * @param expectedFindings the expected findings' elements; not empty
   */
  public RuleBreachParts {
    if (expectedFindings.isEmpty()) {
      throw new IllegalArgumentException("A rule breach needs at least one expected finding");
    }
    List<List<String>> copies = new ArrayList<>();
    expectedFindings.forEach(elements -> copies.add(List.copyOf(elements)));
    expectedFindings = List.copyOf(copies);
  }
}
