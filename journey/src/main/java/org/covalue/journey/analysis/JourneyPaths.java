package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
 * The shape of the path a consumer really took, against the designed journey (ITIL 4: Drive
 * Stakeholder Value, §1.2.4: journeys rarely follow a predefined path; consumers move from
 * touchpoint to touchpoint and back, and may start part-way): the moves back that the design does
 * not make ({@link #returns()}), a start part-way along the path ({@link #midWayEntry()}), a move
 * back towards the designed start after such an entry ({@link #backTowardsStart()}) and the
 * designed steps passed over ({@link #skippedSteps()}).
 *
 * <pre>{@code
 * JourneyPaths paths = JourneyPaths.of(designed, observed);
 * paths.returns();       // each move back, with the event it happens at
 * paths.midWayEntry();   // where the consumer came in, if not at the start
 * }</pre>
 *
 * <p>{@link JourneyConformance} includes these results and findings. The analysis takes time linear
 * in the number of events and touchpoints, and depends only on the order of events and on which
 * touchpoints are equal, so renaming ids does not change it. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class JourneyPaths implements HasFindings {

  private static final ItilReference SECTION = ItilReference.section("1.2.4");

  /** A move back to an earlier step or touchpoint that the design does not make. */
  public static final Rule BACK_AND_FORTH =
      Rule.of(
          "journey-path.back-and-forth",
          Severity.INFO,
          SECTION,
          "An observed journey goes back to an earlier step or touchpoint where the design goes on");

  /** A start part-way along the designed path. */
  public static final Rule MID_WAY_ENTRY =
      Rule.of(
          "journey-path.mid-way-entry",
          Severity.INFO,
          SECTION,
          "An observed journey starts part-way along the designed path");

  /** A start part-way along the designed path, then moves back towards the designed start. */
  public static final Rule BACK_TOWARDS_START =
      Rule.of(
          "journey-path.back-towards-start",
          Severity.INFO,
          SECTION,
          "An observed journey starts part-way along the designed path and then moves back towards"
              + " the designed start");

  /** A designed step passed over. */
  public static final Rule SKIPPED_STEP =
      Rule.of(
          "journey-path.skipped-step",
          Severity.WARNING,
          SECTION,
          "An observed journey passes over a designed step between the first and the last step it"
              + " reaches");

  JourneyPaths() {}

  /**
   * Reads the path of an observed journey against the designed one.
   *
   * @param designed the designed journey
   * @param observed what the consumer did
   * @return the moves back, the mid-way entry and the skipped steps, with a finding for each
   * @throws NullPointerException if an argument is null
   */
  public static JourneyPaths of(CustomerJourney designed, ObservedJourney observed) {
    Objects.requireNonNull(designed, "designed");
    Objects.requireNonNull(observed, "observed");
    List<JourneyReturn> returns = new ArrayList<>();
    for (JourneyReturn back : movesBack(observed)) {
      if (!isDesignedMove(back, designed)) {
        returns.add(back);
      }
    }
    Optional<MidWayEntry> midWay = midWayEntryOf(observed, designed);
    Optional<ReturnTowardsStart> towardsStart = backTowardsStartOf(observed, designed, midWay);
    Set<CustomerJourneyStep> skipped = skippedStepsOf(observed, designed);
    CaseId caseId = observed.caseId();
    List<Finding> findings = new ArrayList<>();
    midWay.ifPresent(entry -> findings.add(midWayFinding(caseId, entry)));
    towardsStart.ifPresent(back -> findings.add(towardsStartFinding(caseId, designed, back)));
    for (JourneyReturn back : returns) {
      findings.add(backFinding(caseId, back));
    }
    for (CustomerJourneyStep step : skipped) {
      findings.add(skippedFinding(caseId, step));
    }
    return ImmutableJourneyPaths.builder()
        .returns(returns)
        .midWayEntry(midWay)
        .backTowardsStart(towardsStart)
        .skippedSteps(skipped)
        .findings(findings)
        .build();
  }

  /**
   * Finds every move back in an observed journey, whatever the design: an event at a step earlier
   * than the previous event's step, and an event at a touchpoint visited before when the previous
   * event was at another touchpoint. One event may be both; each is reported.
   *
   * @param observed what the consumer did
   * @return the moves back, by event, steps before touchpoints
   * @throws NullPointerException if the journey is null
   */
  public static List<JourneyReturn> movesBack(ObservedJourney observed) {
    List<JourneyEvent> events = Objects.requireNonNull(observed, "observed").events();
    List<JourneyReturn> returns = new ArrayList<>();
    Map<TouchpointId, Integer> lastVisit = new HashMap<>();
    Map<CustomerJourneyStep, Integer> lastAtStep = new EnumMap<>(CustomerJourneyStep.class);
    for (int i = 0; i < events.size(); i++) {
      JourneyEvent event = events.get(i);
      // One look-up per event: put returns the visit it replaces.
      Integer earlier = lastVisit.put(event.touchpoint(), i);
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
      lastAtStep.put(event.step(), i);
    }
    return Collections.unmodifiableList(returns);
  }

  /**
   * A start part-way along the designed path: the first event is at a step after the designed start
   * step, or at a designed touchpoint after the designed first one.
   */
  private static Optional<MidWayEntry> midWayEntryOf(
      ObservedJourney observed, CustomerJourney designed) {
    JourneyEvent entry = observed.events().get(0);
    Touchpoint start = designed.touchpoints().get(0);
    OptionalInt position = designed.positionOf(entry.touchpoint());
    boolean laterStep = start.step().isBefore(entry.step());
    if (position.isPresent()) {
      if (position.getAsInt() == 0 && !laterStep) {
        return Optional.empty();
      }
      List<TouchpointId> passedBy = new ArrayList<>();
      for (int i = 0; i < position.getAsInt(); i++) {
        passedBy.add(designed.touchpoints().get(i).id());
      }
      return Optional.of(MidWayEntry.of(entry, start.id(), start.step(), position, passedBy));
    }
    if (laterStep) {
      return Optional.of(
          MidWayEntry.of(entry, start.id(), start.step(), OptionalInt.empty(), List.of()));
    }
    return Optional.empty();
  }

  /**
   * After a mid-way entry at a designed touchpoint, the designed touchpoints before the entry that
   * the consumer reaches later, in the order first reached.
   */
  private static Optional<ReturnTowardsStart> backTowardsStartOf(
      ObservedJourney observed, CustomerJourney designed, Optional<MidWayEntry> midWay) {
    if (midWay.isEmpty()
        || midWay.get().passedBy().isEmpty()
        || midWay.get().entryPosition().isEmpty()) {
      return Optional.empty();
    }
    Set<TouchpointId> passedBy = new HashSet<>(midWay.get().passedBy());
    Set<TouchpointId> reached = new LinkedHashSet<>();
    List<JourneyEvent> events = observed.events();
    int first = -1;
    int earliest = midWay.get().entryPosition().getAsInt();
    for (int i = 1; i < events.size(); i++) {
      TouchpointId touchpoint = events.get(i).touchpoint();
      if (passedBy.contains(touchpoint) && reached.add(touchpoint)) {
        if (first < 0) {
          first = i;
        }
        earliest = Math.min(earliest, designed.positionOf(touchpoint).orElse(earliest));
      }
    }
    if (reached.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ReturnTowardsStart.of(
            events.get(0),
            midWay.get().entryPosition().getAsInt(),
            first,
            List.copyOf(reached),
            earliest));
  }

  /**
   * The steps of the designed touchpoints that lie strictly between the first and the last step
   * observed, in the usual order, but were never observed. Steps that only interactions of the
   * design have do not count, since events record touchpoints.
   */
  private static Set<CustomerJourneyStep> skippedStepsOf(
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
    OptionalInt from = designed.positionOf(back.from().touchpoint());
    OptionalInt to = designed.positionOf(back.to().touchpoint());
    return from.isPresent() && to.isPresent() && to.getAsInt() == from.getAsInt() + 1;
  }

  static String label(CustomerJourneyStep step) {
    return step.title().toLowerCase(Locale.ROOT);
  }

  private static Finding midWayFinding(CaseId caseId, MidWayEntry entry) {
    TouchpointId at = entry.entry().touchpoint();
    CustomerJourneyStep step = entry.entry().step();
    TouchpointId start = entry.designedStart();
    CustomerJourneyStep startStep = entry.designedStartStep();
    Finding.Builder finding =
        Finding.builder(MID_WAY_ENTRY)
            .message(
                () ->
                    "Case "
                        + caseId
                        + " starts part-way, at touchpoint "
                        + at
                        + " at step "
                        + label(step)
                        + ", where the design starts at touchpoint "
                        + start
                        + " at step "
                        + label(startStep))
            .addElement(caseId)
            .addElement(at)
            .putData("step", step)
            .putData("designedStart", start.value())
            .putData("designedStartStep", startStep)
            .putEvidence("passedBy", entry.passedBy().size());
    entry.entryPosition().ifPresent(position -> finding.putEvidence("entryPosition", position));
    return finding.build();
  }

  private static Finding towardsStartFinding(
      CaseId caseId, CustomerJourney designed, ReturnTowardsStart back) {
    TouchpointId entry = back.entry().touchpoint();
    CustomerJourneyStep step = back.entry().step();
    CustomerJourneyStep towards = designed.touchpoints().get(back.earliestPosition()).step();
    int count = back.touchpoints().size();
    int eventIndex = back.eventIndex();
    return Finding.builder(BACK_TOWARDS_START)
        .message(
            () ->
                "Case "
                    + caseId
                    + " starts part-way, at touchpoint "
                    + entry
                    + ", and then moves back towards the designed start: from event "
                    + eventIndex
                    + " it reaches "
                    + count
                    + (count == 1 ? " designed touchpoint" : " designed touchpoints")
                    + " it passed by, back to step "
                    + label(towards))
        .addElement(caseId)
        .addElement(entry)
        .addAllElements(back.touchpoints())
        .putData("step", step)
        .putData("towardsStep", towards)
        .putEvidence("eventIndex", eventIndex)
        .putEvidence("touchpoints", count)
        .putEvidence("entryPosition", back.entryPosition())
        .putEvidence("earliestPosition", back.earliestPosition())
        .build();
  }

  private static Finding backFinding(CaseId caseId, JourneyReturn back) {
    boolean toStep = back.kind() == JourneyReturn.Kind.EARLIER_STEP;
    CustomerJourneyStep fromStep = back.from().step();
    CustomerJourneyStep toStepValue = back.to().step();
    TouchpointId fromTouchpoint = back.from().touchpoint();
    TouchpointId toTouchpoint = back.to().touchpoint();
    int eventIndex = back.eventIndex();
    Finding.Builder finding =
        Finding.builder(BACK_AND_FORTH)
            .message(
                () ->
                    "Case "
                        + caseId
                        + " goes back to "
                        + (toStep
                            ? "step " + label(toStepValue) + " after " + label(fromStep)
                            : "touchpoint " + toTouchpoint + " after " + fromTouchpoint)
                        + " at event "
                        + eventIndex)
            .addElement(caseId)
            .addElement(toTouchpoint)
            .putData("kind", back.kind())
            .putData("step", toStepValue)
            .putEvidence("eventIndex", eventIndex);
    back.earlierIndex().ifPresent(earlier -> finding.putEvidence("earlierIndex", earlier));
    return finding.build();
  }

  private static Finding skippedFinding(CaseId caseId, CustomerJourneyStep step) {
    return Finding.builder(SKIPPED_STEP)
        .message(() -> "Case " + caseId + " passes over designed step " + label(step))
        .addElement(caseId)
        .putData("step", step)
        .build();
  }

  /**
   * Returns the moves back the design does not make: those of {@link #movesBack(ObservedJourney)},
   * less a move to an earlier step that goes to the next designed touchpoint, since a design may
   * itself go back a step.
   *
   * @return the returns, by event
   */
  public abstract List<JourneyReturn> returns();

  /**
   * Returns the start part-way along the path, if any: the first event is at a step after the
   * designed start step, or at a designed touchpoint after the designed first one.
   *
   * @return the entry, or empty if the journey starts at the designed first touchpoint, or at an
   *     undesigned touchpoint at or before the designed start step
   */
  public abstract Optional<MidWayEntry> midWayEntry();

  /**
   * Returns the moves back towards the designed start after a mid-way entry, if any: the designed
   * touchpoints before the entry touchpoint that the consumer reached after entering (§1.2.4: a
   * journey may start part-way along the expected path and then move back towards its start).
   *
   * @return the return towards the start, or empty if the journey did not enter part-way at a
   *     designed touchpoint, or never reached a designed touchpoint it passed by
   */
  public abstract Optional<ReturnTowardsStart> backTowardsStart();

  /**
   * Returns the designed steps passed over: steps of the designed touchpoints that lie between the
   * first and the last step observed, in the usual order, but were never observed. Steps that only
   * interactions of the design have do not count, since events record touchpoints.
   *
   * @return the steps, in their usual order
   */
  public abstract Set<CustomerJourneyStep> skippedSteps();

  /**
   * Returns a finding per deviation: the mid-way entry ({@link #MID_WAY_ENTRY}, with the data
   * {@code step}, {@code designedStart} and {@code designedStartStep} and the evidence {@code
   * passedBy} and, for a designed touchpoint, {@code entryPosition}), the move back towards the
   * start ({@link #BACK_TOWARDS_START}, naming the entry touchpoint and then the touchpoints gone
   * back to, with the data {@code step}, the entry's, and {@code towardsStep}, the step of the
   * earliest touchpoint gone back to, and the evidence {@code eventIndex}, {@code touchpoints},
   * {@code entryPosition} and {@code earliestPosition}), each move back ({@link #BACK_AND_FORTH},
   * with the data {@code kind} and {@code step} and the evidence {@code eventIndex} and, where
   * there is one, {@code earlierIndex}) and each skipped step ({@link #SKIPPED_STEP}, with the data
   * {@code step}), in that order. Every finding names the case first.
   *
   * @return the findings
   */
  @Override
  public abstract List<Finding> findings();

  /**
   * Tells whether the path has any of the deviations this analysis looks for.
   *
   * @return true if there is a finding
   */
  public boolean hasDeviations() {
    return !findings().isEmpty();
  }

  /** Returns the number of moves back, whether the journey started part-way, and skipped steps. */
  @Override
  public String toString() {
    return "JourneyPaths{returns="
        + returns().size()
        + ", midWayEntry="
        + midWayEntry().isPresent()
        + ", backTowardsStart="
        + backTowardsStart().isPresent()
        + ", skippedSteps="
        + skippedSteps()
        + "}";
  }
}
