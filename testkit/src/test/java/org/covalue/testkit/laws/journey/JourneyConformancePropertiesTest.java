package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.core.Rule;
import org.covalue.core.TypedId;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyReturn;
import org.covalue.journey.analysis.MidWayEntry;
import org.covalue.journey.analysis.ReturnTowardsStart;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.testkit.JourneyDeviation;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.ObservedCase;
import org.covalue.testkit.ObservedJourneys;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.internal.Texts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of conformance checking (§1.2.4: journeys rarely follow the designed path, go back and
 * forth, and may start part-way), stated over cases drawn from designs with known deviations and
 * checked against naive reference computations: first visits by a linear scan, the longest run of
 * first visits in designed order by O(n²) dynamic programming, moves back by rescanning the events
 * before each one.
 */
class JourneyConformancePropertiesTest {

  private static final int EXAMPLES = 500;

  /**
   * Designed journeys, including designs with interactions at steps no touchpoint has: skipped
   * steps count only the steps of touchpoints, so every design can be followed exactly.
   */
  private static Gen<CustomerJourney> designs() {
    return Journeys.journeys();
  }

  private static boolean isNonLinear(CustomerJourney journey) {
    List<Touchpoint> touchpoints = journey.touchpoints();
    for (int i = 1; i < touchpoints.size(); i++) {
      if (touchpoints.get(i).step().isBefore(touchpoints.get(i - 1).step())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Designs whose touchpoints go back to an earlier step at least once: a drawn design with
   * touchpoints at two or more steps, reversed if it keeps the usual order.
   */
  private static Gen<CustomerJourney> nonLinearDesigns() {
    return in -> {
      CustomerJourney design = designs().generate(in);
      while (design.touchpoints().stream().map(Touchpoint::step).distinct().count() < 2) {
        design = designs().generate(in);
      }
      if (isNonLinear(design)) {
        return design;
      }
      List<Touchpoint> reversed = new ArrayList<>(design.touchpoints());
      Collections.reverse(reversed);
      return design.withTouchpoints(reversed);
    };
  }

  private static Gen<ObservedCase> cases(Set<JourneyDeviation> deviations) {
    return designs().flatMap(design -> ObservedJourneys.cases(design, deviations));
  }

  private static Gen<ObservedCase> anyCases() {
    return designs().flatMap(ObservedJourneys::cases);
  }

  /**
   * A design and an observed journey over some of its touchpoints and others, at any steps, in any
   * order.
   */
  private record Pairing(CustomerJourney designed, ObservedJourney observed) {}

  private static Gen<Pairing> scrambled() {
    return in -> {
      CustomerJourney designed = Journeys.journeys().generate(in);
      List<Touchpoint> pool = new ArrayList<>(designed.touchpoints());
      List<TouchpointId> ids = new ArrayList<>();
      pool.forEach(touchpoint -> ids.add(touchpoint.id()));
      ids.add(TouchpointId.of("elsewhere-1"));
      ids.add(TouchpointId.of("elsewhere-2"));
      int count = Draw.intBetween(in, 1, 12);
      List<JourneyEvent> events = new ArrayList<>();
      Instant at = Instant.parse("2026-03-01T08:00:00Z");
      for (int i = 0; i < count; i++) {
        int k = Draw.intBetween(in, 0, ids.size() - 1);
        CustomerJourneyStep step =
            k < pool.size() && !Draw.oneIn(in, 4)
                ? pool.get(k).step()
                : Journeys.steps().generate(in);
        events.add(JourneyEvent.of(ids.get(k), step, at));
        at = at.plusSeconds(Draw.intBetween(in, 0, 600));
      }
      return new Pairing(designed, ObservedJourney.of(CaseId.of("scrambled"), events));
    };
  }

  private static Gen<Pairing> anyPairings() {
    return anyCases().map(c -> new Pairing(c.designed(), c.observed())).mix(scrambled(), 40);
  }

  // ---- naive reference computations ----

  private static List<TouchpointId> firstVisits(ObservedJourney observed) {
    Set<TouchpointId> seen = new LinkedHashSet<>();
    observed.events().forEach(event -> seen.add(event.touchpoint()));
    return new ArrayList<>(seen);
  }

  private static Map<TouchpointId, Integer> positions(CustomerJourney designed) {
    Map<TouchpointId, Integer> positions = new HashMap<>();
    for (int i = 0; i < designed.touchpoints().size(); i++) {
      positions.put(designed.touchpoints().get(i).id(), i);
    }
    return positions;
  }

  private static List<TouchpointId> designedFirstVisits(
      ObservedJourney observed, CustomerJourney designed) {
    Map<TouchpointId, Integer> positions = positions(designed);
    List<TouchpointId> designedOnes = new ArrayList<>();
    for (TouchpointId id : firstVisits(observed)) {
      if (positions.containsKey(id)) {
        designedOnes.add(id);
      }
    }
    return designedOnes;
  }

  private static List<Integer> positionsOf(List<TouchpointId> ids, CustomerJourney designed) {
    Map<TouchpointId, Integer> positions = positions(designed);
    List<Integer> values = new ArrayList<>();
    ids.forEach(id -> values.add(positions.get(id)));
    return values;
  }

  private static boolean increasing(List<Integer> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i) <= values.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** For each index, the length of the longest strictly increasing run starting there; O(n²). */
  private static int[] runLengths(List<Integer> values) {
    int n = values.size();
    int[] length = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      length[i] = 1;
      for (int j = i + 1; j < n; j++) {
        if (values.get(j) > values.get(i)) {
          length[i] = Math.max(length[i], length[j] + 1);
        }
      }
    }
    return length;
  }

  private static int longestRun(List<Integer> values) {
    int longest = 0;
    for (int length : runLengths(values)) {
      longest = Math.max(longest, length);
    }
    return longest;
  }

  /**
   * The indices of the longest increasing run that takes the earliest indices (lexicographically
   * least).
   */
  private static List<Integer> earliestLongestRun(List<Integer> values) {
    int[] length = runLengths(values);
    int remaining = longestRun(values);
    List<Integer> chosen = new ArrayList<>();
    int last = Integer.MIN_VALUE;
    for (int i = 0; i < values.size() && remaining > 0; i++) {
      if (values.get(i) > last && length[i] == remaining) {
        chosen.add(i);
        last = values.get(i);
        remaining--;
      }
    }
    return chosen;
  }

  /** A move back as kind, event index and earlier index. */
  private record Move(JourneyReturn.Kind kind, int eventIndex, int earlierIndex) {
    static Move of(JourneyReturn back) {
      return new Move(back.kind(), back.eventIndex(), back.earlierIndex().orElse(-1));
    }
  }

  /** The moves back as the Javadoc of backAndForth describes them, by rescanning earlier events. */
  private static List<Move> naiveBackAndForth(ObservedJourney observed) {
    List<JourneyEvent> events = observed.events();
    List<Move> moves = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      JourneyEvent event = events.get(i);
      JourneyEvent previous = events.get(i - 1);
      if (event.step().isBefore(previous.step())) {
        int earlier = -1;
        for (int j = i - 1; j >= 0; j--) {
          if (events.get(j).step() == event.step()) {
            earlier = j;
            break;
          }
        }
        moves.add(new Move(JourneyReturn.Kind.EARLIER_STEP, i, earlier));
      }
      if (!previous.touchpoint().equals(event.touchpoint())) {
        for (int j = i - 1; j >= 0; j--) {
          if (events.get(j).touchpoint().equals(event.touchpoint())) {
            moves.add(new Move(JourneyReturn.Kind.EARLIER_TOUCHPOINT, i, j));
            break;
          }
        }
      }
    }
    return moves;
  }

  /** The moves back less a step back that goes to the next designed touchpoint. */
  private static List<Move> naiveReturns(ObservedJourney observed, CustomerJourney designed) {
    Map<TouchpointId, Integer> positions = positions(designed);
    List<Move> returns = new ArrayList<>();
    for (Move move : naiveBackAndForth(observed)) {
      if (move.kind() == JourneyReturn.Kind.EARLIER_STEP) {
        Integer from = positions.get(observed.events().get(move.eventIndex() - 1).touchpoint());
        Integer to = positions.get(observed.events().get(move.eventIndex()).touchpoint());
        if (from != null && to != null && to == from + 1) {
          continue;
        }
      }
      returns.add(move);
    }
    return returns;
  }

  private static Set<CustomerJourneyStep> naiveSkipped(
      ObservedJourney observed, CustomerJourney designed) {
    Set<CustomerJourneyStep> seen = EnumSet.noneOf(CustomerJourneyStep.class);
    observed.events().forEach(event -> seen.add(event.step()));
    CustomerJourneyStep first = Collections.min(seen);
    CustomerJourneyStep last = Collections.max(seen);
    Set<CustomerJourneyStep> designedSteps = EnumSet.noneOf(CustomerJourneyStep.class);
    designed.touchpoints().forEach(touchpoint -> designedSteps.add(touchpoint.step()));
    Set<CustomerJourneyStep> skipped = EnumSet.noneOf(CustomerJourneyStep.class);
    for (CustomerJourneyStep step : designedSteps) {
      if (step.compareTo(first) > 0 && step.compareTo(last) < 0 && !seen.contains(step)) {
        skipped.add(step);
      }
    }
    return skipped;
  }

  private static List<Move> moves(List<JourneyReturn> returns) {
    List<Move> moves = new ArrayList<>();
    returns.forEach(back -> moves.add(Move.of(back)));
    return moves;
  }

  private static void assertConformsExactly(JourneyConformance conformance) {
    assertThat(conformance.missing()).isEmpty();
    assertThat(conformance.extra()).isEmpty();
    assertThat(conformance.reordered()).isEmpty();
    assertThat(conformance.paths().returns()).isEmpty();
    assertThat(conformance.paths().midWayEntry()).isEmpty();
    assertThat(conformance.paths().skippedSteps()).isEmpty();
    assertThat(conformance.findings()).isEmpty();
    assertThat(conformance.isConforming()).isTrue();
  }

  // ---- laws ----

  @Test
  void aDesignFollowedExactlyEvenWithRepeatsConforms() {
    qt().withExamples(EXAMPLES)
        .forAll(
            cases(EnumSet.noneOf(JourneyDeviation.class))
                .mix(cases(EnumSet.of(JourneyDeviation.REPEATS)), 50))
        .checkAssert(
            c -> {
              JourneyConformance conformance = JourneyConformance.of(c.designed(), c.observed());
              assertThat(conformance.observed()).isEqualTo(c.observed());
              assertThat(conformance.designed()).isEqualTo(c.designed());
              assertConformsExactly(conformance);
            });
  }

  @Test
  void aNonLinearDesignFollowedExactlyConformsToo() {
    qt().withExamples(300)
        .forAll(
            nonLinearDesigns()
                .flatMap(
                    design -> ObservedJourneys.cases(design, EnumSet.of(JourneyDeviation.REPEATS))))
        .checkAssert(
            c -> {
              assertThat(isNonLinear(c.designed())).isTrue();
              assertConformsExactly(JourneyConformance.of(c.designed(), c.observed()));
            });
  }

  @Test
  void everyInsertedLoopIsAnEarlierTouchpointReturnAtItsEventIndex() {
    qt().withExamples(EXAMPLES)
        .forAll(anyCases().mix(cases(EnumSet.of(JourneyDeviation.LOOPS)), 40))
        .checkAssert(
            c -> {
              List<JourneyEvent> events = c.observed().events();
              JourneyConformance conformance = JourneyConformance.of(c.designed(), c.observed());
              for (List<JourneyReturn> returns :
                  List.of(conformance.paths().returns(), JourneyPaths.movesBack(c.observed()))) {
                List<Integer> found = new ArrayList<>();
                for (JourneyReturn back : returns) {
                  assertThat(back.to()).isEqualTo(events.get(back.eventIndex()));
                  assertThat(back.from()).isEqualTo(events.get(back.eventIndex() - 1));
                  back.earlierIndex()
                      .ifPresent(
                          earlier ->
                              assertThat(earlier).isLessThan(back.eventIndex()).isNotNegative());
                  if (back.kind() == JourneyReturn.Kind.EARLIER_TOUCHPOINT) {
                    found.add(back.eventIndex());
                    int latest = -1;
                    for (int j = 0; j < back.eventIndex(); j++) {
                      if (events.get(j).touchpoint().equals(back.to().touchpoint())) {
                        latest = j;
                      }
                    }
                    assertThat(back.earlierIndex()).hasValue(latest);
                  }
                }
                assertThat(found).as("%s", c).isEqualTo(c.returnIndices());
              }
              if (c.deviations().contains(JourneyDeviation.LOOPS)) {
                assertThat(c.returnIndices()).isNotEmpty();
                assertThat(conformance.isConforming()).isFalse();
              }
            });
  }

  @Test
  void aMidWayEntryIsReportedExactlyWhenTheFirstTouchpointIsNotTheDesignedFirst() {
    qt().withExamples(EXAMPLES)
        .forAll(anyCases().mix(cases(EnumSet.of(JourneyDeviation.MID_WAY_ENTRY)), 40))
        .checkAssert(
            c -> {
              List<Touchpoint> design = c.designed().touchpoints();
              JourneyEvent first = c.observed().events().get(0);
              Optional<MidWayEntry> entry =
                  JourneyConformance.of(c.designed(), c.observed()).paths().midWayEntry();
              assertThat(entry)
                  .isEqualTo(JourneyPaths.of(c.designed(), c.observed()).midWayEntry());
              assertThat(entry.isPresent())
                  .isEqualTo(!first.touchpoint().equals(design.get(0).id()));
              assertThat(entry.isPresent()).isEqualTo(c.entryPosition() > 0);
              if (entry.isPresent()) {
                assertThat(entry.get().entry()).isEqualTo(first);
                assertThat(entry.get().designedStart()).isEqualTo(design.get(0).id());
                assertThat(entry.get().entryPosition()).hasValue(c.entryPosition());
                List<TouchpointId> passedBy = new ArrayList<>();
                design
                    .subList(0, c.entryPosition())
                    .forEach(touchpoint -> passedBy.add(touchpoint.id()));
                assertThat(entry.get().passedBy()).isEqualTo(passedBy);
              }
            });
  }

  @Test
  void anUndesignedFirstTouchpointIsAMidWayEntryExactlyWhenItsStepComesAfterTheDesignedStart() {
    Gen<Pairing> entered =
        in -> {
          ObservedCase c = anyCases().generate(in);
          JourneyEvent first = c.observed().events().get(0);
          List<JourneyEvent> events = new ArrayList<>();
          events.add(
              JourneyEvent.of(
                  TouchpointId.of("walk-in"), Journeys.steps().generate(in), first.at()));
          events.addAll(c.observed().events());
          return new Pairing(c.designed(), ObservedJourney.of(c.observed().caseId(), events));
        };
    qt().withExamples(EXAMPLES)
        .forAll(entered)
        .checkAssert(
            p -> {
              JourneyEvent first = p.observed().events().get(0);
              Optional<MidWayEntry> entry =
                  JourneyPaths.of(p.designed(), p.observed()).midWayEntry();
              assertThat(entry.isPresent())
                  .isEqualTo(p.designed().startStep().isBefore(first.step()));
              entry.ifPresent(
                  e -> {
                    assertThat(e.entryPosition()).isEmpty();
                    assertThat(e.passedBy()).isEmpty();
                    assertThat(e.entry()).isEqualTo(first);
                  });
            });
  }

  @Test
  void missingAreTheDesignedTouchpointsNeverReachedAndExtraTheReachedOnesNotDesigned() {
    qt().withExamples(EXAMPLES)
        .forAll(anyCases())
        .checkAssert(
            c -> {
              JourneyConformance conformance = JourneyConformance.of(c.designed(), c.observed());
              assertThat(conformance.missing()).isEqualTo(c.leftOut());
              assertThat(new ArrayList<>(conformance.extra())).isEqualTo(c.extras());
            });
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              JourneyConformance conformance = JourneyConformance.of(p.designed(), p.observed());
              Set<TouchpointId> reached = new HashSet<>(firstVisits(p.observed()));
              Map<TouchpointId, Integer> positions = positions(p.designed());
              List<TouchpointId> missing = new ArrayList<>();
              p.designed()
                  .touchpoints()
                  .forEach(
                      t -> {
                        if (!reached.contains(t.id())) {
                          missing.add(t.id());
                        }
                      });
              List<TouchpointId> extra = new ArrayList<>();
              firstVisits(p.observed())
                  .forEach(
                      id -> {
                        if (!positions.containsKey(id)) {
                          extra.add(id);
                        }
                      });
              assertThat(conformance.missing()).isEqualTo(missing);
              assertThat(new ArrayList<>(conformance.extra())).isEqualTo(extra);
              List<Integer> mismatches = new ArrayList<>();
              List<JourneyEvent> events = p.observed().events();
              for (int i = 0; i < events.size(); i++) {
                Integer position = positions.get(events.get(i).touchpoint());
                if (position != null
                    && p.designed().touchpoints().get(position).step() != events.get(i).step()) {
                  mismatches.add(i);
                }
              }
              assertThat(conformance.stepMismatches()).isEqualTo(mismatches);
            });
  }

  @Test
  void aMidWayEntryIsAFirstEventAfterTheDesignedStartInStepOrInTheDesign() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              JourneyEvent first = p.observed().events().get(0);
              Touchpoint start = p.designed().touchpoints().get(0);
              Integer position = positions(p.designed()).get(first.touchpoint());
              boolean expected =
                  start.step().isBefore(first.step()) || (position != null && position > 0);
              Optional<MidWayEntry> entry =
                  JourneyPaths.of(p.designed(), p.observed()).midWayEntry();
              assertThat(entry.isPresent()).as("%s", p).isEqualTo(expected);
              entry.ifPresent(
                  e -> {
                    assertThat(e.designedStart()).isEqualTo(start.id());
                    assertThat(e.designedStartStep()).isEqualTo(start.step());
                    assertThat(e.entryPosition().isPresent()).isEqualTo(position != null);
                    List<TouchpointId> passedBy = new ArrayList<>();
                    for (int i = 0; position != null && i < position; i++) {
                      passedBy.add(p.designed().touchpoints().get(i).id());
                    }
                    assertThat(e.passedBy()).isEqualTo(passedBy);
                  });
            });
  }

  @Test
  void reorderedIsEmptyExactlyWhenFirstVisitsKeepTheDesignedOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              List<Integer> order =
                  positionsOf(designedFirstVisits(p.observed(), p.designed()), p.designed());
              assertThat(JourneyConformance.of(p.designed(), p.observed()).reordered().isEmpty())
                  .isEqualTo(increasing(order));
            });
  }

  @Test
  void reorderedIsMinimalAndKeepsTheEarliestVisits() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              List<TouchpointId> visits = designedFirstVisits(p.observed(), p.designed());
              List<TouchpointId> reordered =
                  JourneyConformance.of(p.designed(), p.observed()).reordered();
              assertThat(visits).containsAll(reordered);
              List<TouchpointId> kept = new ArrayList<>();
              List<TouchpointId> left = new ArrayList<>();
              for (TouchpointId id : visits) {
                (reordered.contains(id) ? left : kept).add(id);
              }
              assertThat(left).as("reordered, in first-visit order").isEqualTo(reordered);
              List<Integer> order = positionsOf(visits, p.designed());
              List<Integer> keptOrder = positionsOf(kept, p.designed());
              assertThat(increasing(keptOrder)).as("the rest keeps the designed order").isTrue();
              assertThat(kept.size())
                  .as("no longer run keeps the designed order")
                  .isEqualTo(longestRun(order));
              List<TouchpointId> earliest = new ArrayList<>();
              earliestLongestRun(order).forEach(i -> earliest.add(visits.get(i)));
              assertThat(kept)
                  .as("of the longest runs, the one with the earliest visits")
                  .isEqualTo(earliest);
            });
  }

  @Test
  void aSwapReportsTheTouchpointReachedLater() {
    Gen<ObservedCase> swapped =
        in -> {
          CustomerJourney design = designs().generate(in);
          Set<JourneyDeviation> deviations = EnumSet.of(JourneyDeviation.SWAPS);
          for (JourneyDeviation other :
              List.of(
                  JourneyDeviation.REPEATS,
                  JourneyDeviation.LOOPS,
                  JourneyDeviation.SKIPS,
                  JourneyDeviation.EXTRA_TOUCHPOINTS)) {
            if (Draw.bool(in)) {
              deviations.add(other);
            }
          }
          return ObservedJourneys.cases(design, deviations).generate(in);
        };
    qt().withExamples(EXAMPLES)
        .forAll(swapped)
        .checkAssert(
            c -> {
              List<TouchpointId> reordered =
                  JourneyConformance.of(c.designed(), c.observed()).reordered();
              assertThat(reordered).as("%s", c).isEqualTo(c.swappedLater());
              assertThat(reordered.isEmpty())
                  .isEqualTo(!c.deviations().contains(JourneyDeviation.SWAPS));
            });
  }

  @Test
  void aMoveBackTowardsTheStartIsAMidWayEntryFollowedByADesignedTouchpointItPassedBy() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              List<JourneyEvent> events = p.observed().events();
              List<TouchpointId> designed = new ArrayList<>();
              p.designed().touchpoints().forEach(t -> designed.add(t.id()));
              int entry = designed.indexOf(events.get(0).touchpoint());
              List<TouchpointId> reachedBack = new ArrayList<>();
              int firstIndex = -1;
              for (int i = 1; i < events.size(); i++) {
                TouchpointId id = events.get(i).touchpoint();
                int position = designed.indexOf(id);
                if (entry > 0 && position >= 0 && position < entry && !reachedBack.contains(id)) {
                  reachedBack.add(id);
                  firstIndex = firstIndex < 0 ? i : firstIndex;
                }
              }
              Optional<ReturnTowardsStart> back =
                  JourneyPaths.of(p.designed(), p.observed()).backTowardsStart();
              assertThat(back.isPresent()).as("%s", p).isEqualTo(!reachedBack.isEmpty());
              if (back.isPresent()) {
                assertThat(back.get().touchpoints()).isEqualTo(reachedBack);
                assertThat(back.get().eventIndex()).isEqualTo(firstIndex);
                assertThat(back.get().entryPosition()).isEqualTo(entry);
                int earliest = entry;
                for (TouchpointId id : reachedBack) {
                  earliest = Math.min(earliest, designed.indexOf(id));
                }
                assertThat(back.get().earliestPosition()).isEqualTo(earliest);
              }
            });
  }

  @Test
  void aCaseThatStartsAtTheDesignedStartNeverMovesBackTowardsIt() {
    Gen<Pairing> fromTheStart =
        in -> {
          CustomerJourney design = designs().generate(in);
          List<Touchpoint> path = new ArrayList<>();
          path.add(design.touchpoints().get(0));
          path.addAll(Draw.shuffle(in, Draw.someOf(in, design.touchpoints())));
          List<JourneyEvent> events = new ArrayList<>();
          Instant at = Instant.parse("2026-01-01T00:00:00Z");
          for (Touchpoint touchpoint : path) {
            events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
            at = at.plusSeconds(60);
          }
          return new Pairing(design, ObservedJourney.of(CaseId.of("c"), events));
        };
    qt().withExamples(EXAMPLES)
        .forAll(fromTheStart)
        .checkAssert(
            p -> {
              JourneyConformance conformance = JourneyConformance.of(p.designed(), p.observed());
              assertThat(conformance.paths().backTowardsStart()).isEmpty();
              assertThat(conformance.findings(JourneyPaths.BACK_TOWARDS_START)).isEmpty();
            });
  }

  @Test
  void returnsAreTheMovesBackTheDesignDoesNotMake() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              assertThat(moves(JourneyPaths.movesBack(p.observed())))
                  .isEqualTo(naiveBackAndForth(p.observed()));
              assertThat(moves(JourneyConformance.of(p.designed(), p.observed()).paths().returns()))
                  .isEqualTo(naiveReturns(p.observed(), p.designed()));
            });
  }

  @Test
  void skippedStepsAreTheDesignedStepsPassedOverBetweenTheFirstAndLastObserved() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              Set<CustomerJourneyStep> skipped =
                  JourneyPaths.of(p.designed(), p.observed()).skippedSteps();
              assertThat(skipped).isEqualTo(naiveSkipped(p.observed(), p.designed()));
              assertThat(p.designed().steps()).containsAll(skipped);
              assertThat(JourneyConformance.of(p.designed(), p.observed()).paths().skippedSteps())
                  .isEqualTo(skipped);
            });
  }

  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static CustomerJourneyStep designedStep(CustomerJourney designed, TouchpointId id) {
    return designed.touchpoint(id).orElseThrow().step();
  }

  /** A finding as rule, elements, data and evidence: all but its message. */
  private static List<Object> key(Finding finding) {
    return List.of(finding.rule(), finding.elements(), finding.data(), finding.evidence());
  }

  private static List<Object> key(
      Rule rule,
      List<TypedId<?>> elements,
      Map<String, String> data,
      Map<String, Double> evidence) {
    return List.of(rule, elements, data, evidence);
  }

  /** The findings the Javadoc of JourneyConformance and JourneyPaths describes, in their order. */
  private static List<List<Object>> documentedFindings(
      CustomerJourney designed, ObservedJourney observed, JourneyConformance conformance) {
    CaseId caseId = observed.caseId();
    List<JourneyEvent> events = observed.events();
    List<List<Object>> expected = new ArrayList<>();
    JourneyPaths paths = conformance.paths();
    paths
        .midWayEntry()
        .ifPresent(
            entry -> {
              Map<String, Double> evidence = new LinkedHashMap<>();
              evidence.put("passedBy", (double) entry.passedBy().size());
              entry
                  .entryPosition()
                  .ifPresent(position -> evidence.put("entryPosition", (double) position));
              expected.add(
                  key(
                      JourneyPaths.MID_WAY_ENTRY,
                      List.of(caseId, entry.entry().touchpoint()),
                      Map.of(
                          "step",
                          code(entry.entry().step()),
                          "designedStart",
                          designed.touchpoints().get(0).id().value(),
                          "designedStartStep",
                          code(designed.touchpoints().get(0).step())),
                      evidence));
            });
    Set<TouchpointId> caughtUp = new HashSet<>();
    paths
        .backTowardsStart()
        .ifPresent(
            back -> {
              caughtUp.add(back.entry().touchpoint());
              caughtUp.addAll(back.touchpoints());
              List<TypedId<?>> elements = new ArrayList<>();
              elements.add(caseId);
              elements.add(back.entry().touchpoint());
              elements.addAll(back.touchpoints());
              Map<String, Double> evidence = new LinkedHashMap<>();
              evidence.put("eventIndex", (double) back.eventIndex());
              evidence.put("touchpoints", (double) back.touchpoints().size());
              evidence.put("entryPosition", (double) back.entryPosition());
              evidence.put("earliestPosition", (double) back.earliestPosition());
              expected.add(
                  key(
                      JourneyPaths.BACK_TOWARDS_START,
                      elements,
                      Map.of(
                          "step",
                          code(back.entry().step()),
                          "towardsStep",
                          code(designed.touchpoints().get(back.earliestPosition()).step())),
                      evidence));
            });
    List<TouchpointId> passedBy = paths.midWayEntry().map(MidWayEntry::passedBy).orElse(List.of());
    for (TouchpointId id : conformance.missing()) {
      if (!passedBy.contains(id)) {
        expected.add(
            key(
                JourneyConformance.MISSING_TOUCHPOINT,
                List.of(caseId, id),
                Map.of("step", code(designedStep(designed, id))),
                Map.of()));
      }
    }
    List<TouchpointId> visits = firstVisits(observed);
    Map<TouchpointId, Double> firstIndex = new HashMap<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      firstIndex.put(events.get(i).touchpoint(), (double) i);
    }
    for (TouchpointId id : conformance.extra()) {
      expected.add(
          key(
              JourneyConformance.EXTRA_TOUCHPOINT,
              List.of(caseId, id),
              Map.of(),
              Map.of("eventIndex", firstIndex.getOrDefault(id, -1.0))));
    }
    for (TouchpointId id : conformance.reordered()) {
      if (caughtUp.contains(id)) {
        continue;
      }
      expected.add(
          key(
              JourneyConformance.REORDERED_TOUCHPOINT,
              List.of(caseId, id),
              Map.of(),
              Map.of("eventIndex", firstIndex.getOrDefault(id, -1.0))));
    }
    for (int index : conformance.stepMismatches()) {
      JourneyEvent event = events.get(index);
      expected.add(
          key(
              JourneyConformance.STEP_MISMATCH,
              List.of(caseId, event.touchpoint()),
              Map.of(
                  "step",
                  code(event.step()),
                  "designedStep",
                  code(designedStep(designed, event.touchpoint()))),
              Map.of("eventIndex", (double) index)));
    }
    for (JourneyReturn back : paths.returns()) {
      Map<String, Double> evidence = new LinkedHashMap<>();
      evidence.put("eventIndex", (double) back.eventIndex());
      back.earlierIndex().ifPresent(earlier -> evidence.put("earlierIndex", (double) earlier));
      expected.add(
          key(
              JourneyPaths.BACK_AND_FORTH,
              List.of(caseId, back.to().touchpoint()),
              Map.of("kind", code(back.kind()), "step", code(back.to().step())),
              evidence));
    }
    for (CustomerJourneyStep step : paths.skippedSteps()) {
      expected.add(
          key(JourneyPaths.SKIPPED_STEP, List.of(caseId), Map.of("step", code(step)), Map.of()));
    }
    assertThat(visits).containsAll(conformance.reordered());
    return expected;
  }

  @Test
  void eachDeviationHasOneFindingInTheDocumentedOrderAndConformingMeansNone() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              JourneyConformance conformance = JourneyConformance.of(p.designed(), p.observed());
              List<List<Object>> found = new ArrayList<>();
              conformance.findings().forEach(finding -> found.add(key(finding)));
              assertThat(found)
                  .isEqualTo(documentedFindings(p.designed(), p.observed(), conformance));
              assertThat(conformance.isConforming()).isEqualTo(found.isEmpty());
              for (Finding finding : conformance.findings()) {
                assertThat(finding.reference().section()).isEqualTo("1.2.4");
              }
            });
  }

  @Test
  void conformanceHoldsThePathsOfTheSameJourneysAndTheirFindings() {
    qt().withExamples(EXAMPLES)
        .forAll(anyPairings())
        .checkAssert(
            p -> {
              JourneyConformance conformance = JourneyConformance.of(p.designed(), p.observed());
              JourneyPaths paths = JourneyPaths.of(p.designed(), p.observed());
              assertThat(conformance.paths()).isEqualTo(paths);
              assertThat(conformance.designed()).isEqualTo(p.designed());
              assertThat(conformance.observed()).isEqualTo(p.observed());
              for (Rule rule :
                  List.of(
                      JourneyPaths.MID_WAY_ENTRY,
                      JourneyPaths.BACK_AND_FORTH,
                      JourneyPaths.SKIPPED_STEP)) {
                assertThat(conformance.findings(rule)).isEqualTo(paths.findings(rule));
              }
              assertThat(conformance.findings()).containsAll(paths.findings());
              assertThat(paths.hasDeviations()).isEqualTo(!paths.findings().isEmpty());
              if (paths.hasDeviations()) {
                assertThat(conformance.isConforming()).isFalse();
              }
            });
  }

  /** A case and a renaming of every touchpoint id it names, to fresh distinct ids. */
  private record Renamed(ObservedCase original, Map<TouchpointId, TouchpointId> renaming) {}

  private static Gen<Renamed> renamedCases() {
    return in -> {
      ObservedCase c = anyCases().generate(in);
      Set<TouchpointId> ids = new LinkedHashSet<>();
      c.designed().touchpoints().forEach(touchpoint -> ids.add(touchpoint.id()));
      c.observed().events().forEach(event -> ids.add(event.touchpoint()));
      List<String> fresh = Draw.shuffle(in, Texts.uniqueIdTexts(in, ids.size()));
      Map<TouchpointId, TouchpointId> renaming = new HashMap<>();
      int i = 0;
      for (TouchpointId id : ids) {
        renaming.put(id, TouchpointId.of("r" + fresh.get(i++)));
      }
      return new Renamed(c, renaming);
    };
  }

  private static CustomerJourney rename(
      CustomerJourney journey, Function<TouchpointId, TouchpointId> renaming) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    journey
        .touchpoints()
        .forEach(touchpoint -> touchpoints.add(touchpoint.withId(renaming.apply(touchpoint.id()))));
    List<ServiceInteraction> interactions = new ArrayList<>();
    for (ServiceInteraction interaction : journey.interactions()) {
      interactions.add(
          ServiceInteraction.builder()
              .from(interaction)
              .touchpoint(interaction.touchpoint().map(renaming))
              .build());
    }
    return CustomerJourney.builder()
        .from(journey)
        .touchpoints(touchpoints)
        .interactions(interactions)
        .build();
  }

  private static ObservedJourney rename(
      ObservedJourney observed, Function<TouchpointId, TouchpointId> renaming) {
    List<JourneyEvent> events = new ArrayList<>();
    observed
        .events()
        .forEach(
            event ->
                events.add(
                    JourneyEvent.of(renaming.apply(event.touchpoint()), event.step(), event.at())));
    return ObservedJourney.of(observed.caseId(), events);
  }

  private static <T> List<T> mapAll(Collection<TouchpointId> ids, Function<TouchpointId, T> map) {
    List<T> mapped = new ArrayList<>();
    ids.forEach(id -> mapped.add(map.apply(id)));
    return mapped;
  }

  @Test
  void resultsDoNotDependOnTheTouchpointIds() {
    qt().withExamples(EXAMPLES)
        .forAll(renamedCases())
        .checkAssert(
            r -> {
              Function<TouchpointId, TouchpointId> renaming = id -> r.renaming().get(id);
              ObservedCase c = r.original();
              JourneyConformance before = JourneyConformance.of(c.designed(), c.observed());
              JourneyConformance after =
                  JourneyConformance.of(
                      rename(c.designed(), renaming), rename(c.observed(), renaming));
              assertThat(after.missing()).isEqualTo(mapAll(before.missing(), renaming));
              assertThat(new ArrayList<>(after.extra()))
                  .isEqualTo(mapAll(before.extra(), renaming));
              assertThat(after.reordered()).isEqualTo(mapAll(before.reordered(), renaming));
              assertThat(moves(after.paths().returns())).isEqualTo(moves(before.paths().returns()));
              assertThat(after.paths().skippedSteps()).isEqualTo(before.paths().skippedSteps());
              assertThat(after.paths().midWayEntry().isPresent())
                  .isEqualTo(before.paths().midWayEntry().isPresent());
              before
                  .paths()
                  .midWayEntry()
                  .ifPresent(
                      entry -> {
                        MidWayEntry renamed = after.paths().midWayEntry().orElseThrow();
                        assertThat(renamed.entryPosition()).isEqualTo(entry.entryPosition());
                        assertThat(renamed.passedBy())
                            .isEqualTo(mapAll(entry.passedBy(), renaming));
                        assertThat(renamed.designedStart())
                            .isEqualTo(renaming.apply(entry.designedStart()));
                      });
              List<List<Object>> keysBefore = new ArrayList<>();
              for (Finding finding : before.findings()) {
                List<TypedId<?>> elements = new ArrayList<>();
                for (TypedId<?> element : finding.elements()) {
                  elements.add(
                      element instanceof TouchpointId touchpoint
                          ? renaming.apply(touchpoint)
                          : element);
                }
                keysBefore.add(List.of(finding.rule(), elements, finding.evidence()));
              }
              List<List<Object>> keysAfter = new ArrayList<>();
              after
                  .findings()
                  .forEach(f -> keysAfter.add(List.of(f.rule(), f.elements(), f.evidence())));
              assertThat(keysAfter).isEqualTo(keysBefore);
            });
  }
}
