package org.covalue.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey model that the {@link org.covalue.journey.analysis.JourneyValidator} accepts but that
 * breaks one statement of Figure 1.4 (ITIL 4: Drive Stakeholder Value, §1.2.4) as {@link
 * org.covalue.journey.analysis.ValueStreamRules} checks it, with the findings of that rule the
 * check must report. {@link JourneyModels#ruleBreaches()} produces them.
 *
 * <p>Each expected finding is given by its elements, in the order the rule lists them: the journey
 * and the participant for {@code PARTY_WITHOUT_VALUE_STREAM}; the journey, the element and the
 * activity for {@code HIDDEN_ACTIVITY_IN_JOURNEY}; the journey, the element and the value stream
 * for {@code ACTIVITY_OUTSIDE_LINKED_STREAMS}; the journey and the value stream for {@code
 * STREAM_OF_NON_PARTICIPANT}. Instances are immutable and thread-safe.
 */
public final class ValueStreamRuleBreach {

  private final JourneyModel model;
  private final String rule;
  private final String description;
  private final List<List<String>> expectedFindings;

  private ValueStreamRuleBreach(
      JourneyModel model, String rule, String description, List<List<String>> expectedFindings) {
    this.model = model;
    this.rule = rule;
    this.description = description;
    this.expectedFindings = expectedFindings;
  }

  /**
   * Returns a breach.
   *
   * @param model the model
   * @param rule the id of the rule it breaks, one of {@code ValueStreamRules}' constants
   * @param description what is wrong
   * @param expectedFindings the elements of each finding of the rule the check must report; not
   *     empty
   * @return the breach
   * @throws IllegalArgumentException if no finding is expected
   */
  public static ValueStreamRuleBreach of(
      JourneyModel model, String rule, String description, List<List<String>> expectedFindings) {
    if (expectedFindings.isEmpty()) {
      throw new IllegalArgumentException("A rule breach needs at least one expected finding");
    }
    List<List<String>> copies = new ArrayList<>();
    expectedFindings.forEach(elements -> copies.add(List.copyOf(elements)));
    return new ValueStreamRuleBreach(model, rule, description, List.copyOf(copies));
  }

  /**
   * Returns the model.
   *
   * @return the model, breach included
   */
  public JourneyModel model() {
    return model;
  }

  /**
   * Returns the rule broken.
   *
   * @return one of {@code ValueStreamRules}' rule ids
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns what is wrong with the model.
   *
   * @return a phrase for test reports
   */
  public String description() {
    return description;
  }

  /**
   * Returns the elements of the findings of {@link #rule()} the check must report, one list per
   * finding; the order of the findings does not matter.
   *
   * @return an unmodifiable, non-empty list of unmodifiable lists
   */
  public List<List<String>> expectedFindings() {
    return expectedFindings;
  }

  /** Returns the rule, the description and the expected findings, for test reports. */
  @Override
  public String toString() {
    return "model breaking "
        + rule
        + ", in which "
        + description
        + " (expects findings "
        + expectedFindings
        + "): "
        + model;
  }
}
