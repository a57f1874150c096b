package org.covalue.testkit;

import java.util.function.BiPredicate;
import org.covalue.testkit.internal.CaseDraft;
import org.quicktheories.core.RandomnessSource;

/**
 * The ways {@link ObservedJourneys} makes an observed journey depart from its design (ITIL 4: Drive
 * Stakeholder Value, §1.2.4: journeys rarely follow a predefined path, go from touchpoint to
 * touchpoint and back, and may start part-way). Each is applied only where the design allows it, in
 * the order of the constants, and none changes which touchpoint comes first unless {@link
 * #MID_WAY_ENTRY} is asked for.
 */
public enum JourneyDeviation {
  /**
   * The journey starts at a later designed touchpoint, and reaches some of those it passed by at
   * the end, in the designed or a drawn order. Needs two designed touchpoints.
   */
  MID_WAY_ENTRY(CaseDraft::enterMidWay),
  /**
   * At least one touchpoint after the first one on the path is never reached. Needs two touchpoints
   * on the path.
   */
  SKIPS(CaseDraft::skip),
  /**
   * One or more disjoint pairs of neighbours on the path, never including the first touchpoint, are
   * reached in swapped order. Needs three touchpoints on the path.
   */
  SWAPS(CaseDraft::swap),
  /**
   * One to three touchpoints the design lacks, with new ids, are each reached once, never first.
   */
  EXTRA_TOUCHPOINTS(CaseDraft::addExtras),
  /**
   * Some touchpoints are reached once or twice more, right after the first time: no deviation for
   * covalue.
   */
  REPEATS(CaseDraft::repeat),
  /**
   * After some touchpoint other than the first, the consumer goes back to a different touchpoint
   * reached earlier, and sometimes forth again to the one it left; each such event is recorded in
   * {@link ObservedCase#returnIndices()}. Needs two touchpoints on the path.
   */
  LOOPS(CaseDraft::loop);

  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  private final BiPredicate<CaseDraft, RandomnessSource> apply;

  JourneyDeviation(BiPredicate<CaseDraft, RandomnessSource> apply) {
    this.apply = apply;
  }

  /** Applies the deviation to a case being drawn; tells whether the design allowed it. */
  boolean applyTo(CaseDraft draft, RandomnessSource in) {
    return apply.test(draft, in);
  }
}
