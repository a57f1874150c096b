package org.covalue.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of an analysis that reports {@link Finding}s. Every such result in every covalue
 * module implements it, so that a tool can treat all analyses alike: list the findings, pick those
 * of one {@link Rule}, or ask whether any is an error.
 */
public interface HasFindings {

  /**
   * Returns every finding of the analysis.
   *
   * @return an unmodifiable list, in the order the analysis documents
   */
  List<Finding> findings();

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule
   * @return an unmodifiable list, in the order of {@link #findings()}
   * @throws NullPointerException if the rule is null
   */
  default List<Finding> findings(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    List<Finding> selected = new ArrayList<>();
    for (Finding finding : findings()) {
      if (finding.rule().equals(rule)) {
        selected.add(finding);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Tells whether any finding is an {@linkplain Severity#ERROR error}.
   *
   * @return true if at least one finding has the severity {@link Severity#ERROR}
   */
  default boolean hasErrors() {
    for (Finding finding : findings()) {
      if (finding.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
