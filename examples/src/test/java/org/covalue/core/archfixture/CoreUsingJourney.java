package org.covalue.core.archfixture;

import org.covalue.journey.CustomerJourneyStep;

/** Breaks the module table: a core class that uses the journey module, which sits above core. */
public final class CoreUsingJourney {
  private CoreUsingJourney() {}

  public static CustomerJourneyStep firstStep() {
    return CustomerJourneyStep.EXPLORE;
  }
}
