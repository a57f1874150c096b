package org.covalue.journey.analysis;

import java.util.List;
import org.covalue.core.Rule;

/**
 * Every {@link Rule} that the analyses of covalue-journey apply, for tools that list, filter or
 * translate findings. The catalogue of all modules' rules, with their sections and descriptions, is
 * {@code docs/rules.md}.
 */
public final class JourneyRules {

  private static final List<Rule> ALL =
      List.of(
          ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
          ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
          ValueStreamAnalysis.SPANS_VALUE_STREAMS,
          ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
          ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
          ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
          ValueStreamAnalysis.NOT_IN_ANY_JOURNEY,
          ValueStreamAnalysis.ONLY_DEPENDED_ON,
          ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN,
          JourneyConformance.MISSING_TOUCHPOINT,
          JourneyConformance.EXTRA_TOUCHPOINT,
          JourneyConformance.REORDERED_TOUCHPOINT,
          JourneyConformance.STEP_MISMATCH,
          JourneyPaths.MID_WAY_ENTRY,
          JourneyPaths.BACK_TOWARDS_START,
          JourneyPaths.BACK_AND_FORTH,
          JourneyPaths.SKIPPED_STEP,
          JourneyStepConditions.INVEST_BEFORE_AGREE,
          JourneyStepConditions.AGREE_WITHOUT_TRANSITION,
          JourneyStepConditions.OFFER_BEFORE_ENGAGE,
          JourneyServiceAnalysis.NO_SERVICE,
          JourneyServiceAnalysis.USE_WITHOUT_AGREEMENT,
          StakeholderMapHistory.NOT_REVISED);

  private JourneyRules() {}

  /**
   * Returns every rule of covalue-journey.
   *
   * @return an unmodifiable list: value streams, conformance, paths, step conditions, services,
   *     stakeholder maps
   */
  public static List<Rule> all() {
    return ALL;
  }
}
