package org.covalue.value.plan;

import java.util.Optional;
import org.covalue.core.InvalidModelException;
import org.covalue.value.OutcomeId;
import org.immutables.value.Value;

/**
 * An outcome a value co-creation plan commits to, with the measure by which it will be tracked
 * (ITIL 4: Drive Stakeholder Value, §1.2.6). An outcome planned without a measure cannot be
 * tracked, a cause of value leakage.
 *
 * <pre>{@code
 * PlannedOutcome fewerLostHours = PlannedOutcome.of(OutcomeId.of("work-resumes"),
 *     OutcomeMeasure.of("picking hours lost per month", 10, MeasureDirection.LOWER_IS_BETTER));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedOutcome {

  PlannedOutcome() {}

  /**
   * Returns an outcome planned without a measure.
   *
   * @param outcome the outcome
   * @return the planned outcome
   * @throws org.covalue.core.InvalidModelException if the outcome is null
   */
  public static PlannedOutcome of(OutcomeId outcome) {
    return ImmutablePlannedOutcome.of(outcome, Optional.empty());
  }

  /**
   * Returns an outcome planned with its measure.
   *
   * @param outcome the outcome
   * @param measure how it is measured
   * @return the planned outcome
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static PlannedOutcome of(OutcomeId outcome, OutcomeMeasure measure) {
    if (measure == null) {
      throw InvalidModelException.of("measure", "Planned outcome measure must not be null", null);
    }
    return ImmutablePlannedOutcome.of(outcome, Optional.of(measure));
  }

  /**
   * Returns the outcome planned.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract OutcomeId outcome();

  /**
   * Returns how the outcome is measured.
   *
   * @return the measure, or empty when the plan gives none
   */
  @Value.Parameter
  public abstract Optional<OutcomeMeasure> measure();

  /**
   * Returns a copy with another measure.
   *
   * @param measure the new value
   * @return the copy
   */
  public abstract PlannedOutcome withMeasure(OutcomeMeasure measure);
}
