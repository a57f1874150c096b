package org.covalue.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of observed journeys: events and journeys over a small pool of touchpoints, valid and
 * invalid. Cases drawn from a designed journey are made with a {@link CaseDraft}.
 */
public final class ObservedGens {

  /** The earliest instant drawn, in seconds after the epoch (September 2020). */
  private static final long EARLIEST = 1_600_000_000L;

  /** The most seconds between two consecutive events. */
  private static final int MAX_GAP = 86_400;

  private static final List<String> EVENT_PARTS = List.of("touchpoint", "step", "at");

  private ObservedGens() {}

  /**
   * Returns instants over about six years from September 2020, to the second.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return in -> Instant.ofEpochSecond(EARLIEST + Draw.intBetween(in, 0, 200_000_000));
  }

  /**
   * Returns events with any touchpoint id, step and instant.
   *
   * @return the generator
   */
  public static Gen<JourneyEvent> events() {
    return in ->
        JourneyEvent.of(
            TouchpointId.of(Texts.idTexts().generate(in)),
            JourneyGens.steps().generate(in),
            instants().generate(in));
  }

  /**
   * Returns observed journeys of one to ten events over a pool of up to five touchpoints, each
   * usually reached at one step, with times that never go back and sometimes repeat.
   *
   * @return the generator
   */
  public static Gen<ObservedJourney> observedJourneys() {
    return in -> {
      int poolSize = Draw.intBetween(in, 1, 5);
      List<TouchpointId> pool = IdGens.distinct(in, TouchpointId::of, poolSize);
      List<CustomerJourneyStep> usual = new ArrayList<>();
      for (int i = 0; i < poolSize; i++) {
        usual.add(JourneyGens.steps().generate(in));
      }
      int count = Draw.intBetween(in, 1, 10);
      List<CaseDraft.Visit> visits = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int k = Draw.intBetween(in, 0, poolSize - 1);
        CustomerJourneyStep step =
            Draw.oneIn(in, 4) ? JourneyGens.steps().generate(in) : usual.get(k);
        visits.add(new CaseDraft.Visit(pool.get(k), step));
      }
      return ObservedJourney.of(CaseId.of(Texts.idTexts().generate(in)), timed(in, visits));
    };
  }

  /** Gives visits times that never go back and sometimes repeat. */
  static List<JourneyEvent> timed(RandomnessSource in, List<CaseDraft.Visit> visits) {
    List<JourneyEvent> events = new ArrayList<>(visits.size());
    Instant at = instants().generate(in);
    for (CaseDraft.Visit visit : visits) {
      events.add(JourneyEvent.of(visit.touchpoint(), visit.step(), at));
      at = at.plusSeconds(Draw.oneIn(in, 4) ? 0 : Draw.intBetween(in, 1, MAX_GAP));
    }
    return events;
  }

  /**
   * Returns attempts to make events with a part missing.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidEvents() {
    return in -> {
      JourneyEvent valid = events().generate(in);
      int which = Draw.intBetween(in, 0, 2);
      String part = EVENT_PARTS.get(which);
      return BadInput.of(
          "journey event without its " + part,
          part,
          () ->
              Nulls.withNull(
                  which, valid.touchpoint(), valid.step(), valid.at(), JourneyEvent::of));
    };
  }

  /**
   * Returns attempts to make observed journeys from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidObservedJourneys() {
    return in -> {
      ObservedJourney valid = observedJourneys().generate(in);
      CaseId caseId = valid.caseId();
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return BadInput.of(
              "observed journey " + caseId + " without events",
              "events",
              () -> ObservedJourney.of(caseId, List.of()));
        }
        case 1 -> {
          List<JourneyEvent> events = new ArrayList<>(valid.events());
          if (events.size() == 1) {
            events.add(events.get(0));
          }
          int i = Draw.intBetween(in, 1, events.size() - 1);
          JourneyEvent late = events.get(i);
          Instant before = events.get(i - 1).at().minusSeconds(Draw.intBetween(in, 1, MAX_GAP));
          events.set(i, JourneyEvent.of(late.touchpoint(), late.step(), before));
          return BadInput.of(
              "observed journey "
                  + caseId
                  + " whose events["
                  + i
                  + "] comes before events["
                  + (i - 1)
                  + "]",
              "events[" + i + "].at",
              () -> ObservedJourney.of(caseId, events));
        }
        default -> {
          return BadInput.of(
              "observed journey with a null case id",
              "caseId",
              () -> Nulls.observedWithNullCaseId(valid.events()));
        }
      }
    };
  }
}
