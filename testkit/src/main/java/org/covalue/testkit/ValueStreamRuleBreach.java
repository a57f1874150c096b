package org.covalue.testkit;

import java.util.List;
import org.covalue.core.Rule;
import org.covalue.core.TypedId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.internal.ValueStreamBreach;

/**
 * A journey model that the {@link org.covalue.journey.analysis.JourneyValidator} accepts but that
 * breaks one statement of Figure 1.4 (ITIL 4: Drive Stakeholder Value, §1.2.4) as {@link
 * org.covalue.journey.analysis.ValueStreamAnalysis} reads it, with the findings of that rule the
 * analysis must report. {@link JourneyModels#ruleBreaches()} produces them.
 *
 * <p>Each expected finding is given by its elements, in the order the rule lists them: the journey
 * and the participant for {@code PARTY_WITHOUT_VALUE_STREAM}; the journey, the touchpoint or
 * interaction and the activity for {@code HIDDEN_ACTIVITY_IN_JOURNEY}; the journey, the element and
 * the value stream for {@code ACTIVITY_OUTSIDE_LINKED_STREAMS}; the journey, the value stream and
 * its owner for {@code STREAM_OF_NON_PARTICIPANT}. Instances are immutable and thread-safe.
 */
public final class ValueStreamRuleBreach {

  private final ValueStreamBreach.Breach breach;

  ValueStreamRuleBreach(ValueStreamBreach.Breach breach) {
    this.breach = breach;
  }

  /**
   * Returns the model.
   *
   * @return the model, breach included
   */
  public JourneyModel model() {
    return breach.model();
  }

  /**
   * Returns the rule broken.
   *
   * @return one of {@code ValueStreamAnalysis}' rules
   */
  public Rule rule() {
    return breach.rule();
  }

  /**
   * Returns what is wrong with the model.
   *
   * @return a phrase for test reports
   */
  public String description() {
    return breach.description();
  }

  /**
   * Returns the elements of the findings of {@link #rule()} the analysis must report, one list per
   * finding; the order of the findings does not matter.
   *
   * @return an unmodifiable, non-empty list of unmodifiable lists
   */
  public List<List<TypedId<?>>> expectedFindings() {
    return breach.expectedFindings();
  }

  /** Returns the rule, the description and the expected findings, for test reports. */
  @Override
  public String toString() {
    return "model breaking "
        + rule()
        + ", in which "
        + description()
        + " (expects findings "
        + expectedFindings()
        + "): "
        + model();
  }
}
