package org.covalue.value.analysis;

import java.util.List;
import org.covalue.core.Rule;

/**
 * Every {@link Rule} that the analyses of covalue-value apply, for tools that list, filter or
 * translate findings. The catalogue of all modules' rules, with their sections and descriptions, is
 * {@code docs/rules.md}.
 */
public final class ValueRules {

  private static final List<Rule> ALL =
      List.of(
          ServiceValueAssessment.NOT_VALUABLE,
          ServiceValueAssessment.NO_OUTCOME,
          ServiceValueAssessment.UNWEIGHED_COST,
          StepValueAnalysis.REMOVES_MORE_THAN_ADDS,
          StepValueAnalysis.OFFSET_ELSEWHERE,
          StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION,
          StepValueAnalysis.SERVICE_WITHOUT_INTERACTION,
          LeakageDetector.TYPE_OF_SERVICE_MISMATCH,
          LeakageDetector.BAND_WIDTH_MISMATCH,
          LeakageDetector.UNENGAGED_STAKEHOLDER,
          LeakageDetector.UNMET_REQUIREMENT,
          LeakageDetector.WARRANTY_BELOW_TARGET,
          LeakageDetector.BACK_AND_FORTH,
          LeakageDetector.ABANDONED_JOURNEY,
          LeakageDetector.SKIPPED_STEPS,
          LeakageDetector.USE_BELOW_PLAN,
          LeakageDetector.UNMEASURED_OUTCOME,
          LeakageDetector.NO_REALIZE_STEP,
          LeakageDetector.UNREALIZED_JOURNEY,
          LeakageDetector.OUTCOME_BELOW_PLAN,
          ValueDriverAnalysis.UNDRIVEN,
          ValueDriverAnalysis.DRIVES_NOTHING,
          ValueDriverAnalysis.SKIPPED_LAYER,
          ValueDriverAnalysis.BACKWARD_LINK,
          ValueDriverAnalysis.UNMEASURED);

  private ValueRules() {}

  /**
   * Returns every rule of covalue-value.
   *
   * @return an unmodifiable list: service value (§1.2.6), step value (§1.2.6), value leakage
   *     (§1.2.6) and value-driver chains (§1.2.7)
   */
  public static List<Rule> all() {
    return ALL;
  }
}
