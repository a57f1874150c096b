package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.immutables.value.Value;

/**
 * What a consumer really did, compared with the designed journey: planned against actual (ITIL 4:
 * Drive Stakeholder Value, §1.2.4: journeys rarely follow a predefined path, go from touchpoint to
 * touchpoint and back, and may start part-way).
 *
 * <pre>{@code
 * JourneyConformance conformance = JourneyConformance.of(designed, observed);
 * conformance.isConforming();   // true if the consumer followed the design exactly
 * conformance.missing();        // designed touchpoints never reached
 * }</pre>
 *
 * <p>It reports the designed touchpoints never reached ({@link #missing()}), the touchpoints
 * reached that the design lacks ({@link #extra()}), the designed touchpoints reached out of the
 * designed order ({@link #reordered()}: those outside a longest run of first visits that keeps the
 * designed order), events at another step than their designed touchpoint's ({@link
 * #stepMismatches()}), and the shape of the path ({@link #paths()}: moves back, a start part-way,
 * skipped steps). A journey that follows the design exactly, even repeating a touchpoint several
 * times in a row, {@linkplain #isConforming() conforms}.
 *
 * <p>The analysis takes time O(n log n) in the number of events and touchpoints, and depends only
 * on the order of events and on which touchpoints are equal, so renaming ids does not change it.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyConformance implements HasFindings {

  private static final ItilReference SECTION = ItilReference.section("1.2.4");

  /** A designed touchpoint the consumer never reached. */
  public static final Rule MISSING_TOUCHPOINT =
      Rule.of(
          "journey-conformance.missing-touchpoint",
          Severity.WARNING,
          SECTION,
          "An observed journey never reaches a designed touchpoint");

  /** A touchpoint the consumer reached that the design lacks. */
  public static final Rule EXTRA_TOUCHPOINT =
      Rule.of(
          "journey-conformance.extra-touchpoint",
          Severity.INFO,
          SECTION,
          "An observed journey reaches a touchpoint that the design lacks");

  /** A designed touchpoint first reached out of the designed order. */
  public static final Rule REORDERED_TOUCHPOINT =
      Rule.of(
          "journey-conformance.reordered-touchpoint",
          Severity.INFO,
          SECTION,
          "An observed journey first reaches a designed touchpoint out of the designed order");

  /** An event at a designed touchpoint, but at another step than the design puts it. */
  public static final Rule STEP_MISMATCH =
      Rule.of(
          "journey-conformance.step-mismatch",
          Severity.INFO,
          SECTION,
          "An observed event is at a designed touchpoint but at another step than the design puts"
              + " it");

  JourneyConformance() {}

  /**
   * Compares an observed journey with the designed one.
   *
   * @param designed the designed journey
   * @param observed what the consumer did
   * @return the deviations and a finding for each
   * @throws NullPointerException if an argument is null
   */
  public static JourneyConformance of(CustomerJourney designed, ObservedJourney observed) {
    JourneyPaths paths = JourneyPaths.of(designed, observed);
    List<JourneyEvent> events = observed.events();
    List<Touchpoint> touchpoints = designed.touchpoints();
    // Each event's touchpoint is looked up once; designed touchpoints are then numbered by their
    // position (ids are unique in a journey), and only touchpoints outside the design need a map.
    int[] firstAt = new int[touchpoints.size()];
    Arrays.fill(firstAt, -1);
    Map<TouchpointId, Integer> extraFirstAt = new HashMap<>();
    List<TouchpointId> extra = new ArrayList<>();
    List<Integer> firstVisitPositions = new ArrayList<>();
    List<TouchpointId> firstVisits = new ArrayList<>();
    List<Integer> stepMismatches = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      JourneyEvent event = events.get(i);
      TouchpointId touchpoint = event.touchpoint();
      OptionalInt found = designed.positionOf(touchpoint);
      if (found.isEmpty()) {
        if (extraFirstAt.putIfAbsent(touchpoint, i) == null) {
          extra.add(touchpoint);
        }
        continue;
      }
      int position = found.getAsInt();
      if (touchpoints.get(position).step() != event.step()) {
        stepMismatches.add(i);
      }
      if (firstAt[position] < 0) {
        firstAt[position] = i;
        firstVisitPositions.add(position);
        firstVisits.add(touchpoint);
      }
    }
    List<TouchpointId> missing = new ArrayList<>();
    for (int position = 0; position < touchpoints.size(); position++) {
      if (firstAt[position] < 0) {
        missing.add(touchpoints.get(position).id());
      }
    }
    boolean[] inOrder = longestIncreasingRun(firstVisitPositions);
    List<TouchpointId> reordered = new ArrayList<>();
    for (int i = 0; i < firstVisits.size(); i++) {
      if (!inOrder[i]) {
        reordered.add(firstVisits.get(i));
      }
    }
    ToIntFunction<TouchpointId> firstReached =
        id -> {
          OptionalInt position = designed.positionOf(id);
          return position.isPresent()
              ? firstAt[position.getAsInt()]
              : Objects.requireNonNull(extraFirstAt.get(id));
        };
    List<Finding> findings =
        findings(
            designed, observed, paths, firstReached, missing, extra, reordered, stepMismatches);
    return ImmutableJourneyConformance.builder()
        .designed(designed)
        .observed(observed)
        .missing(missing)
        .extra(extra)
        .reordered(reordered)
        .stepMismatches(stepMismatches)
        .paths(paths)
        .findings(findings)
        .build();
  }

  private static List<Finding> findings(
      CustomerJourney designed,
      ObservedJourney observed,
      JourneyPaths paths,
      ToIntFunction<TouchpointId> firstReached,
      List<TouchpointId> missing,
      List<TouchpointId> extra,
      List<TouchpointId> reordered,
      List<Integer> stepMismatches) {
    CaseId caseId = observed.caseId();
    Set<TouchpointId> passedBy =
        new HashSet<>(paths.midWayEntry().map(MidWayEntry::passedBy).orElse(List.of()));
    Set<TouchpointId> caughtUp = new HashSet<>();
    paths
        .backTowardsStart()
        .ifPresent(
            back -> {
              caughtUp.add(back.entry().touchpoint());
              caughtUp.addAll(back.touchpoints());
            });
    List<Finding> findings = new ArrayList<>();
    findings.addAll(paths.findings(JourneyPaths.MID_WAY_ENTRY));
    findings.addAll(paths.findings(JourneyPaths.BACK_TOWARDS_START));
    for (TouchpointId id : missing) {
      if (!passedBy.contains(id)) {
        findings.add(missingFinding(caseId, id, stepOf(designed, id)));
      }
    }
    for (TouchpointId id : extra) {
      findings.add(extraFinding(caseId, id, firstReached.applyAsInt(id)));
    }
    for (TouchpointId id : reordered) {
      if (!caughtUp.contains(id)) {
        findings.add(reorderedFinding(caseId, id, firstReached.applyAsInt(id)));
      }
    }
    for (int index : stepMismatches) {
      JourneyEvent event = observed.events().get(index);
      findings.add(
          stepMismatchFinding(
              caseId,
              event.touchpoint(),
              event.step(),
              stepOf(designed, event.touchpoint()),
              index));
    }
    findings.addAll(paths.findings(JourneyPaths.BACK_AND_FORTH));
    findings.addAll(paths.findings(JourneyPaths.SKIPPED_STEP));
    return findings;
  }

  private static CustomerJourneyStep stepOf(CustomerJourney designed, TouchpointId id) {
    return designed.touchpoint(id).map(Touchpoint::step).orElseThrow();
  }

  private static Finding missingFinding(CaseId caseId, TouchpointId id, CustomerJourneyStep step) {
    return Finding.builder(MISSING_TOUCHPOINT)
        .message(() -> "Case " + caseId + " never reached designed touchpoint " + id)
        .addElement(caseId)
        .addElement(id)
        .putData("step", step)
        .build();
  }

  private static Finding extraFinding(CaseId caseId, TouchpointId id, int firstIndex) {
    return Finding.builder(EXTRA_TOUCHPOINT)
        .message(() -> "Case " + caseId + " reached touchpoint " + id + ", which the design lacks")
        .addElement(caseId)
        .addElement(id)
        .putEvidence("eventIndex", firstIndex)
        .build();
  }

  private static Finding reorderedFinding(CaseId caseId, TouchpointId id, int firstIndex) {
    return Finding.builder(REORDERED_TOUCHPOINT)
        .message(() -> "Case " + caseId + " reached " + id + " out of the designed order")
        .addElement(caseId)
        .addElement(id)
        .putEvidence("eventIndex", firstIndex)
        .build();
  }

  private static Finding stepMismatchFinding(
      CaseId caseId,
      TouchpointId id,
      CustomerJourneyStep observedStep,
      CustomerJourneyStep designedStep,
      int index) {
    return Finding.builder(STEP_MISMATCH)
        .message(
            () ->
                "Case "
                    + caseId
                    + " reached "
                    + id
                    + " at step "
                    + JourneyPaths.label(observedStep)
                    + ", but the design puts it at "
                    + JourneyPaths.label(designedStep))
        .addElement(caseId)
        .addElement(id)
        .putData("step", observedStep)
        .putData("designedStep", designedStep)
        .putEvidence("eventIndex", index)
        .build();
  }

  /**
   * Marks the elements of one longest strictly increasing subsequence: of all the longest ones, the
   * one that takes the earliest elements, so that when two touchpoints were reached in swapped
   * order the one reached later is the one out of order. O(n log n).
   */
  private static boolean[] longestIncreasingRun(List<Integer> values) {
    int n = values.size();
    // startLength[i]: the length of the longest increasing run that starts at i, found by a
    // patience pass from the right over the negated values.
    int[] startLength = new int[n];
    int[] tails = new int[n];
    int length = 0;
    for (int i = n - 1; i >= 0; i--) {
      int value = -values.get(i);
      int low = 0;
      int high = length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (tails[middle] < value) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      tails[low] = value;
      if (low == length) {
        length++;
      }
      startLength[i] = low + 1;
    }
    boolean[] inRun = new boolean[n];
    int remaining = length;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < n && remaining > 0; i++) {
      if (values.get(i) > last && startLength[i] == remaining) {
        inRun[i] = true;
        last = values.get(i);
        remaining--;
      }
    }
    return inRun;
  }

  /**
   * Returns the designed journey.
   *
   * @return the design compared with
   */
  public abstract CustomerJourney designed();

  /**
   * Returns the observed journey.
   *
   * @return what the consumer did
   */
  public abstract ObservedJourney observed();

  /**
   * Returns the designed touchpoints never reached.
   *
   * @return their ids, in the designed order
   */
  public abstract List<TouchpointId> missing();

  /**
   * Returns the touchpoints reached that the design lacks.
   *
   * @return their ids, in the order first reached
   */
  public abstract List<TouchpointId> extra();

  /**
   * Returns the designed touchpoints first reached out of the designed order.
   *
   * @return their ids, in the order first reached
   */
  public abstract List<TouchpointId> reordered();

  /**
   * Returns the events at a designed touchpoint but at another step than the design puts it.
   *
   * @return their indices in the observed events, in order
   */
  public abstract List<Integer> stepMismatches();

  /**
   * Returns the shape of the path: moves back, a start part-way, skipped steps.
   *
   * @return the path analysis of the same design and observation
   */
  public abstract JourneyPaths paths();

  /**
   * Returns a finding per deviation: the mid-way entry and the move back towards the start, missing
   * ({@link #MISSING_TOUCHPOINT}, with the data {@code step}), extra and reordered ({@link
   * #EXTRA_TOUCHPOINT}, {@link #REORDERED_TOUCHPOINT}, with the evidence {@code eventIndex} of the
   * first visit) touchpoints, step mismatches ({@link #STEP_MISMATCH}, with the data {@code step}
   * and {@code designedStep} and the evidence {@code eventIndex}), moves back and skipped steps, in
   * that order; see {@link JourneyPaths#findings()} for the path's. Every finding names the case
   * first. The designed touchpoints a mid-way entry passed by are in {@link #missing()} but have no
   * finding of their own: the mid-way entry's finding stands for them. Likewise, when the journey
   * moves back towards the designed start after a mid-way entry ({@link
   * JourneyPaths#backTowardsStart()}), the entry touchpoint and the touchpoints gone back to may be
   * in {@link #reordered()} but have no finding of their own: the journey is not out of order, it
   * caught up with what it passed by, and the finding of {@link JourneyPaths#BACK_TOWARDS_START}
   * says so.
   *
   * @return the findings
   */
  @Override
  public abstract List<Finding> findings();

  /**
   * Tells whether the consumer followed the designed path exactly: every designed touchpoint, in
   * order, nothing else, never going back.
   *
   * @return true if there is no deviation of any kind
   */
  public boolean isConforming() {
    return findings().isEmpty();
  }

  /** Returns the case, the number of events and the number of each kind of deviation. */
  @Override
  public String toString() {
    return "JourneyConformance{journey="
        + designed().id()
        + ", caseId="
        + observed().caseId()
        + ", events="
        + observed().events().size()
        + ", missing="
        + missing().size()
        + ", extra="
        + extra().size()
        + ", reordered="
        + reordered().size()
        + ", stepMismatches="
        + stepMismatches().size()
        + ", paths="
        + paths()
        + "}";
  }
}
