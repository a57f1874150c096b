package org.covalue.testkit;

import java.util.EnumSet;
import java.util.Set;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.testkit.internal.CaseDraft;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.internal.ObservedGens;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of observed journeys: what consumers really did, as timed sequences of touchpoints
 * (ITIL 4: Drive Stakeholder Value, §1.2.4), on their own or drawn from a designed journey with
 * chosen {@linkplain JourneyDeviation deviations}.
 *
 * <p>Events always keep time order; consecutive events sometimes share a time. A case drawn from a
 * design reaches each designed touchpoint at its designed step, and records in an {@link
 * ObservedCase} what was done, so that properties can state what conformance checking must find:
 *
 * <pre>{@code
 * qt().forAll(ObservedJourneys.cases(EnumSet.of(JourneyDeviation.LOOPS)))
 *     .checkAssert(c -> assertThat(JourneyPaths.of(c.designed(), c.observed()).returns())
 *         .extracting(JourneyReturn::eventIndex)
 *         .containsAll(c.returnIndices()));
 * }</pre>
 */
public final class ObservedJourneys {

  private ObservedJourneys() {}

  /**
   * Returns events with any touchpoint id, step and time.
   *
   * @return the generator
   */
  public static Gen<JourneyEvent> events() {
    return ObservedGens.events();
  }

  /**
   * Returns observed journeys on their own: one to ten events over a pool of up to five
   * touchpoints, each usually reached at the same step, in any order, revisits included.
   *
   * @return the generator
   */
  public static Gen<ObservedJourney> observedJourneys() {
    return ObservedGens.observedJourneys();
  }

  /**
   * Returns observed journeys drawn from a design with a drawn mix of deviations, each deviation
   * about half the time.
   *
   * @param designed the designed journey
   * @return the generator
   */
  public static Gen<ObservedJourney> observedJourneys(CustomerJourney designed) {
    return cases(designed).map(ObservedCase::observed);
  }

  /**
   * Returns observed journeys drawn from a design with exactly the given deviations, each applied
   * at least once where the design allows it; with none, the journey follows the design exactly.
   *
   * @param designed the designed journey
   * @param deviations the deviations to apply
   * @return the generator
   */
  public static Gen<ObservedJourney> observedJourneys(
      CustomerJourney designed, Set<JourneyDeviation> deviations) {
    return cases(designed, deviations).map(ObservedCase::observed);
  }

  /**
   * Returns cases drawn from a design with a drawn mix of deviations.
   *
   * @param designed the designed journey
   * @return the generator
   */
  public static Gen<ObservedCase> cases(CustomerJourney designed) {
    return in -> {
      Set<JourneyDeviation> wanted = EnumSet.noneOf(JourneyDeviation.class);
      for (JourneyDeviation deviation : JourneyDeviation.values()) {
        if (Draw.bool(in)) {
          wanted.add(deviation);
        }
      }
      return draw(in, designed, wanted);
    };
  }

  /**
   * Returns cases drawn from a design with exactly the given deviations, each applied at least once
   * where the design allows it (see {@link JourneyDeviation}); {@link ObservedCase#deviations()}
   * tells which were.
   *
   * @param designed the designed journey
   * @param deviations the deviations to apply
   * @return the generator
   */
  public static Gen<ObservedCase> cases(
      CustomerJourney designed, Set<JourneyDeviation> deviations) {
    Set<JourneyDeviation> wanted = EnumSet.noneOf(JourneyDeviation.class);
    wanted.addAll(deviations);
    return in -> draw(in, designed, wanted);
  }

  /**
   * Returns cases of designs from {@link Journeys#journeys()}, with a drawn mix of deviations.
   *
   * @return the generator
   */
  public static Gen<ObservedCase> cases() {
    return Journeys.journeys().flatMap(ObservedJourneys::cases);
  }

  /**
   * Returns cases of designs from {@link Journeys#journeys()}, with exactly the given deviations
   * where each design allows them.
   *
   * @param deviations the deviations to apply
   * @return the generator
   */
  public static Gen<ObservedCase> cases(Set<JourneyDeviation> deviations) {
    Set<JourneyDeviation> chosen = EnumSet.noneOf(JourneyDeviation.class);
    chosen.addAll(deviations);
    return Journeys.journeys().flatMap(designed -> cases(designed, chosen));
  }

  /**
   * Returns attempts to make events with the touchpoint, the step or the time missing. Each is
   * expected to fail with a violation at that part's name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidEvents() {
    return ObservedGens.invalidEvents().map(InvalidInput::from);
  }

  /**
   * Returns attempts to make observed journeys from invalid input: a null case id ({@code caseId}),
   * no events ({@code events}), or an event earlier than the one before it ({@code events[i].at}).
   * Invalid case ids are among {@link Ids#invalidIds()}.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidObservedJourneys() {
    return ObservedGens.invalidObservedJourneys().map(InvalidInput::from);
  }

  private static ObservedCase draw(
      RandomnessSource in, CustomerJourney designed, Set<JourneyDeviation> wanted) {
    CaseDraft draft = CaseDraft.of(designed);
    Set<JourneyDeviation> applied = EnumSet.noneOf(JourneyDeviation.class);
    for (JourneyDeviation deviation : JourneyDeviation.values()) {
      if (wanted.contains(deviation) && deviation.applyTo(draft, in)) {
        applied.add(deviation);
      }
    }
    return new ObservedCase(designed, applied, draft.finish(in));
  }
}
