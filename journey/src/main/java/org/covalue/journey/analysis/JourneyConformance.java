package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.covalue.core.ItilReference;
import org.covalue.core.Violations;
import org.covalue.core.analysis.Finding;
import org.covalue.core.analysis.Severity;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.immutables.value.Value;

/**
 * Compares what a consumer really did with the designed journey, planned against actual (ITIL 4:
 * Drive Stakeholder Value, §1.2.4: journeys rarely follow a predefined path, go from touchpoint to
 * touchpoint and back, and may start part-way).
 *
 * <p>It reports the designed touchpoints never reached ({@link #missing()}), the touchpoints
 * reached that the design lacks ({@link #extra()}), the designed touchpoints reached out of the
 * designed order ({@link #reordered()}: those outside a longest run of first visits that keeps the
 * designed order), moves back that the design does not make ({@link #returns()}), a start part-way
 * along the path ({@link #midWayEntry()}), events at another step than their designed touchpoint's
 * ({@link #stepMismatches()}) and designed steps passed over ({@link #skippedSteps()}: designed
 * steps between the first and the last observed step that were never observed). A journey that
 * follows the design exactly, even repeating a touchpoint several times in a row, {@linkplain
 * #conforms() conforms}.
 *
 * <p>All analyses take time O(n log n) in the number of events and touchpoints, and depend only on
 * the order of events and on which touchpoints are equal, so renaming ids does not change them.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyConformance {

  /** A designed touchpoint the consumer never reached. */
  public static final String MISSING_TOUCHPOINT = "journey-conformance.missing-touchpoint";

  /** A touchpoint the consumer reached that the design lacks. */
  public static final String EXTRA_TOUCHPOINT = "journey-conformance.extra-touchpoint";

  /** A designed touchpoint first reached out of the designed order. */
  public static final String REORDERED_TOUCHPOINT = "journey-conformance.reordered-touchpoint";

  /** An event at a designed touchpoint, but at another step than the design puts it. */
  public static final String STEP_MISMATCH = "journey-conformance.step-mismatch";

  /** A move back to an earlier step or touchpoint. */
  public static final String BACK_AND_FORTH = "journey-path.back-and-forth";

  /** A start part-way along the designed path. */
  public static final String MID_WAY_ENTRY = "journey-path.mid-way-entry";

  /** A designed step passed over. */
  public static final String SKIPPED_STEP = "journey-path.skipped-step";

  private static final ItilReference REFERENCE = ItilReference.section("1.2.4");

  JourneyConformance() {}

  /**
   * Compares an observed journey with the designed one.
   *
   * @param observed what the consumer did
   * @param designed the designed journey
   * @return the deviations and a finding for each
   */
  public static JourneyConformance check(ObservedJourney observed, CustomerJourney designed) {
    Violations.requireNonNull(observed, "observed");
    Violations.requireNonNull(designed, "designed");
    List<JourneyEvent> events = observed.events();
    Set<TouchpointId> reached = new HashSet<>();
    Set<TouchpointId> extra = new LinkedHashSet<>();
    List<Integer> firstVisitPositions = new ArrayList<>();
    List<TouchpointId> firstVisits = new ArrayList<>();
    for (JourneyEvent event : events) {
      if (!reached.add(event.touchpoint())) {
        continue;
      }
      Optional<Integer> position = designed.positionOf(event.touchpoint());
      if (position.isPresent()) {
        firstVisitPositions.add(position.get());
        firstVisits.add(event.touchpoint());
      } else {
        extra.add(event.touchpoint());
      }
    }
    List<TouchpointId> missing = new ArrayList<>();
    designed
        .touchpoints()
        .forEach(
            touchpoint -> {
              if (!reached.contains(touchpoint.id())) {
                missing.add(touchpoint.id());
              }
            });
    boolean[] inOrder = longestIncreasingRun(firstVisitPositions);
    List<TouchpointId> reordered = new ArrayList<>();
    for (int i = 0; i < firstVisits.size(); i++) {
      if (!inOrder[i]) {
        reordered.add(firstVisits.get(i));
      }
    }
    List<JourneyReturn> returns = new ArrayList<>();
    for (JourneyReturn back : backAndForth(observed)) {
      if (!isDesignedMove(back, designed)) {
        returns.add(back);
      }
    }
    Optional<MidWayEntry> midWay = midWayEntry(observed, designed);
    Set<CustomerJourneyStep> skipped = skippedSteps(observed, designed);
    List<Integer> stepMismatches = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      JourneyEvent event = events.get(i);
      Optional<Touchpoint> touchpoint = designed.touchpoint(event.touchpoint());
      if (touchpoint.isPresent() && touchpoint.get().step() != event.step()) {
        stepMismatches.add(i);
      }
    }
    Set<TouchpointId> passedBy = new HashSet<>(midWay.map(MidWayEntry::passedBy).orElse(List.of()));

    List<Finding> findings = new ArrayList<>();
    String caseId = observed.caseId();
    midWay.ifPresent(
        entry ->
            findings.add(
                finding(
                        MID_WAY_ENTRY,
                        Severity.INFO,
                        "Case "
                            + caseId
                            + " starts part-way, at "
                            + entry.entry().touchpoint()
                            + " ("
                            + label(entry.entry().step())
                            + "), not at "
                            + entry.designedStart())
                    .addElement(caseId)
                    .addElement(entry.entry().touchpoint().value())
                    .putEvidence("passedBy", (double) entry.passedBy().size())
                    .build()));
    for (TouchpointId id : missing) {
      if (passedBy.contains(id)) {
        continue;
      }
      findings.add(
          finding(
                  MISSING_TOUCHPOINT,
                  Severity.WARNING,
                  "Case " + caseId + " never reached designed touchpoint " + id)
              .addElement(caseId)
              .addElement(id.value())
              .build());
    }
    for (TouchpointId id : extra) {
      findings.add(
          finding(
                  EXTRA_TOUCHPOINT,
                  Severity.INFO,
                  "Case " + caseId + " reached touchpoint " + id + ", which the design lacks")
              .addElement(caseId)
              .addElement(id.value())
              .build());
    }
    for (TouchpointId id : reordered) {
      findings.add(
          finding(
                  REORDERED_TOUCHPOINT,
                  Severity.INFO,
                  "Case " + caseId + " reached " + id + " out of the designed order")
              .addElement(caseId)
              .addElement(id.value())
              .build());
    }
    for (int index : stepMismatches) {
      JourneyEvent event = events.get(index);
      CustomerJourneyStep designedStep =
          designed.touchpoint(event.touchpoint()).map(Touchpoint::step).orElse(event.step());
      findings.add(
          finding(
                  STEP_MISMATCH,
                  Severity.INFO,
                  "Case "
                      + caseId
                      + " reached "
                      + event.touchpoint()
                      + " at step "
                      + label(event.step())
                      + ", but the design puts it at "
                      + label(designedStep))
              .addElement(caseId)
              .addElement(event.touchpoint().value())
              .putEvidence("eventIndex", (double) index)
              .build());
    }
    for (JourneyReturn back : returns) {
      String target =
          back.kind() == JourneyReturn.Kind.EARLIER_STEP
              ? "step " + label(back.to().step()) + " after " + label(back.from().step())
              : "touchpoint " + back.to().touchpoint() + " after " + back.from().touchpoint();
      Finding.Builder backFinding =
          finding(
                  BACK_AND_FORTH,
                  Severity.INFO,
                  "Case " + caseId + " goes back to " + target + " at event " + back.eventIndex())
              .addElement(caseId)
              .addElement(back.to().touchpoint().value())
              .putEvidence("eventIndex", (double) back.eventIndex());
      back.earlierIndex()
          .ifPresent(earlier -> backFinding.putEvidence("earlierIndex", (double) earlier));
      findings.add(backFinding.build());
    }
    for (CustomerJourneyStep step : skipped) {
      findings.add(
          finding(
                  SKIPPED_STEP,
                  Severity.WARNING,
                  "Case " + caseId + " passes over designed step " + label(step))
              .addElement(caseId)
              .build());
    }
    return ImmutableJourneyConformance.builder()
        .observed(observed)
        .designed(designed)
        .missing(missing)
        .extra(extra)
        .reordered(reordered)
        .returns(returns)
        .midWayEntry(midWay)
        .skippedSteps(skipped)
        .stepMismatches(stepMismatches)
        .findings(findings)
        .build();
  }

  /**
   * Finds the moves back in an observed journey: an event at a step earlier than the previous
   * event's step, and an event at a touchpoint visited before when the previous event was at
   * another touchpoint. One event may be both; each is reported.
   *
   * @param observed what the consumer did
   * @return the returns, by event, steps before touchpoints
   */
  public static List<JourneyReturn> backAndForth(ObservedJourney observed) {
    List<JourneyEvent> events = observed.events();
    List<JourneyReturn> returns = new ArrayList<>();
    Map<TouchpointId, Integer> lastVisit = new HashMap<>();
    Map<CustomerJourneyStep, Integer> lastAtStep = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      JourneyEvent event = events.get(i);
      if (i > 0) {
        JourneyEvent previous = events.get(i - 1);
        if (event.step().isBefore(previous.step())) {
          Integer atStep = lastAtStep.get(event.step());
          returns.add(
              JourneyReturn.of(
                  JourneyReturn.Kind.EARLIER_STEP,
                  i,
                  atStep == null ? OptionalInt.empty() : OptionalInt.of(atStep),
                  previous,
                  event));
        }
        Integer earlier = lastVisit.get(event.touchpoint());
        if (earlier != null && !previous.touchpoint().equals(event.touchpoint())) {
          returns.add(
              JourneyReturn.of(
                  JourneyReturn.Kind.EARLIER_TOUCHPOINT,
                  i,
                  OptionalInt.of(earlier),
                  previous,
                  event));
        }
      }
      lastVisit.put(event.touchpoint(), i);
      lastAtStep.put(event.step(), i);
    }
    return Collections.unmodifiableList(returns);
  }

  /**
   * Tells whether an observed journey starts part-way along the designed path: its first event is
   * at a step after the designed start step, or at a designed touchpoint after the designed first
   * one. The first reading is the step-based one; the second refines it within a step.
   *
   * @param observed what the consumer did
   * @param designed the designed journey
   * @return the entry, or empty if the journey starts at the designed first touchpoint, or at an
   *     undesigned touchpoint at or before the designed start step
   */
  public static Optional<MidWayEntry> midWayEntry(
      ObservedJourney observed, CustomerJourney designed) {
    JourneyEvent entry = observed.events().get(0);
    TouchpointId start = designed.touchpoints().get(0).id();
    Optional<Integer> position = designed.positionOf(entry.touchpoint());
    boolean laterStep = designed.startStep().isBefore(entry.step());
    if (position.isPresent()) {
      if (position.get() == 0 && !laterStep) {
        return Optional.empty();
      }
      List<TouchpointId> passedBy = new ArrayList<>();
      for (int i = 0; i < position.get(); i++) {
        passedBy.add(designed.touchpoints().get(i).id());
      }
      return Optional.of(MidWayEntry.of(entry, start, position, passedBy));
    }
    if (laterStep) {
      return Optional.of(MidWayEntry.of(entry, start, Optional.empty(), List.of()));
    }
    return Optional.empty();
  }

  /**
   * Finds the designed steps an observed journey passes over: steps of the designed touchpoints
   * that lie between the first and the last step observed, in the usual order, but were never
   * observed. Steps that only interactions of the design have do not count, since events record
   * touchpoints.
   *
   * @param observed what the consumer did
   * @param designed the designed journey
   * @return the skipped steps, in their usual order
   */
  public static Set<CustomerJourneyStep> skippedSteps(
      ObservedJourney observed, CustomerJourney designed) {
    Set<CustomerJourneyStep> seen = EnumSet.noneOf(CustomerJourneyStep.class);
    observed.events().forEach(event -> seen.add(event.step()));
    CustomerJourneyStep first = Collections.min(seen);
    CustomerJourneyStep last = Collections.max(seen);
    Set<CustomerJourneyStep> skipped = EnumSet.noneOf(CustomerJourneyStep.class);
    for (Touchpoint touchpoint : designed.touchpoints()) {
      CustomerJourneyStep step = touchpoint.step();
      if (first.isBefore(step) && step.isBefore(last) && !seen.contains(step)) {
        skipped.add(step);
      }
    }
    return Collections.unmodifiableSet(skipped);
  }

  /** A move to an earlier step that the design itself makes: to the next designed touchpoint. */
  private static boolean isDesignedMove(JourneyReturn back, CustomerJourney designed) {
    if (back.kind() != JourneyReturn.Kind.EARLIER_STEP) {
      return false;
    }
    Optional<Integer> from = designed.positionOf(back.from().touchpoint());
    Optional<Integer> to = designed.positionOf(back.to().touchpoint());
    return from.isPresent() && to.isPresent() && to.get() == from.get() + 1;
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

  private static String label(CustomerJourneyStep step) {
    return step.title().toLowerCase(Locale.ROOT);
  }

  private static Finding.Builder finding(String rule, Severity severity, String message) {
    return Finding.builder().rule(rule).severity(severity).message(message).reference(REFERENCE);
  }

  /**
   * Returns the observed journey.
   *
   * @return what the consumer did
   */
  public abstract ObservedJourney observed();

  /**
   * Returns the designed journey.
   *
   * @return the design compared with
   */
  public abstract CustomerJourney designed();

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
  public abstract Set<TouchpointId> extra();

  /**
   * Returns the designed touchpoints first reached out of the designed order.
   *
   * @return their ids, in the order first reached
   */
  public abstract List<TouchpointId> reordered();

  /**
   * Returns the moves back the design does not make: those of {@link
   * #backAndForth(ObservedJourney)}, less a move to an earlier step that goes to the next designed
   * touchpoint, since a design may itself go back a step.
   *
   * @return the returns, by event
   */
  public abstract List<JourneyReturn> returns();

  /**
   * Returns the start part-way along the path, if any; see {@link #midWayEntry(ObservedJourney,
   * CustomerJourney)}.
   *
   * @return the entry, or empty
   */
  public abstract Optional<MidWayEntry> midWayEntry();

  /**
   * Returns the designed steps passed over; see {@link #skippedSteps(ObservedJourney,
   * CustomerJourney)}.
   *
   * @return the steps, in their usual order
   */
  public abstract Set<CustomerJourneyStep> skippedSteps();

  /**
   * Returns the events at a designed touchpoint but at another step than the design puts it.
   *
   * @return their indices, in order
   */
  public abstract List<Integer> stepMismatches();

  /**
   * Returns a finding per deviation: mid-way entry, missing, extra and reordered touchpoints, step
   * mismatches, moves back, skipped steps, in that order. The designed touchpoints a mid-way entry
   * passed by are in {@link #missing()} but have no finding of their own: the mid-way entry's
   * finding stands for them.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Tells whether the consumer followed the designed path exactly: every designed touchpoint, in
   * order, nothing else, never going back.
   *
   * @return true if there is no deviation of any kind
   */
  public boolean conforms() {
    return findings().isEmpty();
  }
}
