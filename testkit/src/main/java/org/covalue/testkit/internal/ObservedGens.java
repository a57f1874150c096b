package org.covalue.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of observed journeys: events, journeys over a small pool of touchpoints, and cases
 * drawn from a designed journey with chosen deviations; valid and invalid.
 */
public final class ObservedGens {

  /** The earliest instant drawn, in seconds after the epoch (September 2020). */
  private static final long EARLIEST = 1_600_000_000L;

  /** The most seconds between two consecutive events. */
  private static final int MAX_GAP = 86_400;

  private static final List<String> EVENT_PARTS = List.of("touchpoint", "step", "at");

  private ObservedGens() {}

  /** One visit of a touchpoint at a step, before it is given a time. */
  private record Visit(TouchpointId touchpoint, CustomerJourneyStep step) {}

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
      List<TouchpointId> pool = JourneyGens.ids(in, TouchpointId::of, poolSize);
      List<CustomerJourneyStep> usual = new ArrayList<>();
      for (int i = 0; i < poolSize; i++) {
        usual.add(JourneyGens.steps().generate(in));
      }
      int count = Draw.intBetween(in, 1, 10);
      List<Visit> visits = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int k = Draw.intBetween(in, 0, poolSize - 1);
        CustomerJourneyStep step =
            Draw.oneIn(in, 4) ? JourneyGens.steps().generate(in) : usual.get(k);
        visits.add(new Visit(pool.get(k), step));
      }
      return ObservedJourney.of(Texts.names().generate(in), timed(in, visits));
    };
  }

  private static List<JourneyEvent> timed(RandomnessSource in, List<Visit> visits) {
    List<JourneyEvent> events = new ArrayList<>(visits.size());
    Instant at = instants().generate(in);
    for (Visit visit : visits) {
      events.add(JourneyEvent.of(visit.touchpoint(), visit.step(), at));
      at = at.plusSeconds(Draw.oneIn(in, 4) ? 0 : Draw.intBetween(in, 1, MAX_GAP));
    }
    return events;
  }

  /**
   * Returns observed cases of a designed journey that apply exactly the given deviations, each at
   * least once where the design allows it (see {@link #observe}).
   *
   * @param designed the designed journey
   * @param deviations the deviations to apply
   * @return the generator
   */
  public static Gen<ObservedCaseParts> cases(CustomerJourney designed, Set<Deviation> deviations) {
    Set<Deviation> wanted = EnumSet.noneOf(Deviation.class);
    wanted.addAll(deviations);
    return in -> observe(in, designed, wanted);
  }

  /**
   * Returns observed cases of a designed journey with a drawn mix of deviations.
   *
   * @param designed the designed journey
   * @return the generator
   */
  public static Gen<ObservedCaseParts> cases(CustomerJourney designed) {
    return in -> {
      Set<Deviation> wanted = EnumSet.noneOf(Deviation.class);
      for (Deviation deviation : Deviation.values()) {
        if (Draw.bool(in)) {
          wanted.add(deviation);
        }
      }
      return observe(in, designed, wanted);
    };
  }

  /**
   * Draws an observed case of a designed journey. The path starts as the designed touchpoints in
   * order; then, for each wanted deviation the design allows: a mid-way entry (two or more
   * touchpoints) starts at a later touchpoint and reaches some of those passed by at the end; skips
   * (two or more on the path) leave out at least one touchpoint after the first; swaps (three or
   * more on the path) exchange disjoint pairs of neighbours after the first; extra touchpoints (one
   * to three, with new ids) are inserted anywhere but first; repeats reach some touchpoints again
   * right away; loops go back, after some touchpoint other than the first, to an earlier one, and
   * sometimes forth again. Events get times that never go back.
   */
  static ObservedCaseParts observe(
      RandomnessSource in, CustomerJourney designed, Set<Deviation> wanted) {
    List<Touchpoint> design = designed.touchpoints();
    int n = design.size();
    Set<Deviation> applied = EnumSet.noneOf(Deviation.class);
    List<Touchpoint> path = new ArrayList<>(design);
    int entry = 0;
    if (wanted.contains(Deviation.MID_WAY_ENTRY) && n >= 2) {
      entry = Draw.intBetween(in, 1, n - 1);
      path = new ArrayList<>(design.subList(entry, n));
      List<Touchpoint> later = Draw.someOf(in, design.subList(0, entry));
      path.addAll(Draw.bool(in) ? later : Draw.shuffle(in, later));
      applied.add(Deviation.MID_WAY_ENTRY);
    }
    if (wanted.contains(Deviation.SKIPS) && path.size() >= 2) {
      List<Touchpoint> kept = Draw.someOf(in, path.subList(1, path.size()));
      if (kept.size() == path.size() - 1) {
        kept.remove(Draw.intBetween(in, 0, kept.size() - 1));
      }
      kept.add(0, path.get(0));
      path = kept;
      applied.add(Deviation.SKIPS);
    }
    List<TouchpointId> swappedLater = new ArrayList<>();
    if (wanted.contains(Deviation.SWAPS) && path.size() >= 3) {
      List<Integer> starts = new ArrayList<>();
      int k = 1;
      while (k + 1 < path.size()) {
        if (Draw.bool(in)) {
          starts.add(k);
          k += 2;
        } else {
          k++;
        }
      }
      if (starts.isEmpty()) {
        starts.add(Draw.intBetween(in, 1, path.size() - 2));
      }
      for (int start : starts) {
        Touchpoint first = path.get(start);
        path.set(start, path.get(start + 1));
        path.set(start + 1, first);
        swappedLater.add(first.id());
      }
      applied.add(Deviation.SWAPS);
    }

    Set<TouchpointId> onPath = new HashSet<>();
    List<Visit> base = new ArrayList<>();
    for (Touchpoint touchpoint : path) {
      onPath.add(touchpoint.id());
      base.add(new Visit(touchpoint.id(), touchpoint.step()));
    }
    List<TouchpointId> leftOut = new ArrayList<>();
    for (Touchpoint touchpoint : design) {
      if (!onPath.contains(touchpoint.id())) {
        leftOut.add(touchpoint.id());
      }
    }
    Set<TouchpointId> extraIds = new HashSet<>();
    if (wanted.contains(Deviation.EXTRA_TOUCHPOINTS)) {
      Set<String> taken = new HashSet<>();
      design.forEach(touchpoint -> taken.add(touchpoint.id().value()));
      int count = Draw.intBetween(in, 1, 3);
      for (int i = 0; i < count; i++) {
        String text = Texts.freshIdText(in, taken);
        taken.add(text);
        TouchpointId extra = TouchpointId.of(text);
        extraIds.add(extra);
        base.add(
            Draw.intBetween(in, 1, base.size()),
            new Visit(extra, JourneyGens.steps().generate(in)));
      }
      applied.add(Deviation.EXTRA_TOUCHPOINTS);
    }
    List<TouchpointId> extras = new ArrayList<>();
    for (Visit visit : base) {
      if (extraIds.contains(visit.touchpoint())) {
        extras.add(visit.touchpoint());
      }
    }

    Set<Integer> repeatAfter = new HashSet<>();
    if (wanted.contains(Deviation.REPEATS)) {
      for (int b = 0; b < base.size(); b++) {
        if (Draw.oneIn(in, 3)) {
          repeatAfter.add(b);
        }
      }
      if (repeatAfter.isEmpty()) {
        repeatAfter.add(Draw.intBetween(in, 0, base.size() - 1));
      }
      applied.add(Deviation.REPEATS);
    }
    Set<Integer> loopAfter = new HashSet<>();
    if (wanted.contains(Deviation.LOOPS) && base.size() >= 2) {
      for (int b = 1; b < base.size(); b++) {
        if (Draw.oneIn(in, 3)) {
          loopAfter.add(b);
        }
      }
      if (loopAfter.isEmpty()) {
        loopAfter.add(Draw.intBetween(in, 1, base.size() - 1));
      }
      applied.add(Deviation.LOOPS);
    }
    List<Visit> visits = new ArrayList<>();
    List<Integer> returnIndices = new ArrayList<>();
    for (int b = 0; b < base.size(); b++) {
      Visit visit = base.get(b);
      visits.add(visit);
      if (repeatAfter.contains(b)) {
        int copies = Draw.intBetween(in, 1, 2);
        for (int c = 0; c < copies; c++) {
          visits.add(visit);
        }
      }
      if (loopAfter.contains(b)) {
        Map<TouchpointId, Visit> earlier = new LinkedHashMap<>();
        for (Visit before : visits) {
          if (!before.touchpoint().equals(visit.touchpoint())) {
            earlier.putIfAbsent(before.touchpoint(), before);
          }
        }
        returnIndices.add(visits.size());
        visits.add(Draw.oneOf(in, new ArrayList<>(earlier.values())));
        if (Draw.bool(in)) {
          returnIndices.add(visits.size());
          visits.add(visit);
        }
      }
    }
    ObservedJourney observed = ObservedJourney.of(Texts.names().generate(in), timed(in, visits));
    return new ObservedCaseParts(
        designed, observed, applied, entry, leftOut, extras, swappedLater, returnIndices);
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
          () -> Nulls.eventMissing(which, valid.touchpoint(), valid.step(), valid.at()));
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
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "observed journey with the blank case id " + Texts.quote(blank),
              "caseId",
              () -> ObservedJourney.of(blank, valid.events()));
        }
        case 1 -> {
          return BadInput.of(
              "observed journey " + valid.caseId() + " without events",
              "events",
              () -> ObservedJourney.of(valid.caseId(), List.of()));
        }
        case 2 -> {
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
                  + valid.caseId()
                  + " whose events["
                  + i
                  + "] comes before events["
                  + (i - 1)
                  + "]",
              "events[" + i + "].at",
              () -> ObservedJourney.of(valid.caseId(), events));
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
