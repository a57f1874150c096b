package org.covalue.value.evidence;

import java.util.Collection;
import java.util.OptionalLong;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.log.Abandonment;
import org.covalue.journey.log.JourneyAnalytics;
import org.immutables.value.Value;

/**
 * How many observed cases of a designed journey deviated from it, by kind of deviation (ITIL 4:
 * Drive Stakeholder Value, §1.2.4 and §1.2.6): cases that went back and forth, cases abandoned
 * before the designed end, cases that passed over designed steps, and cases that never reached the
 * realize step. Provision or consumption that makes consumers loop, give up or skip steps lets
 * value leak; a journey that ends without passing Realize leaves its value neither realized nor
 * tracked.
 *
 * <p>Each count is optional, because not every source counts every kind: {@link #of(JourneyId,
 * Collection)} counts all four from journey conformance results; {@link #of(JourneyId,
 * JourneyAnalytics)} counts loops, abandonment when the analyzer names an end, and the cases
 * without Realize when it maps activities to steps, from the analytics of a real event log, which
 * knows no designed steps. A count that is absent is not evidence of anything.
 *
 * <pre>{@code
 * JourneyPathFigures figures = JourneyPathFigures.of(journey.id(), List.of(
 *     JourneyConformance.of(journey, IncidentResolution.backAndForthCase()),
 *     JourneyConformance.of(journey, IncidentResolution.midWayCase())));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyPathFigures {

  JourneyPathFigures() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts the deviations of observed cases of one designed journey, from their conformance: a case
   * goes back and forth when {@link JourneyPaths#returns()} is not empty; it is abandoned when it
   * never reaches the designed journey's last touchpoint; it skips steps when {@link
   * JourneyPaths#skippedSteps()} is not empty; it never reaches Realize when none of its observed
   * events is at {@link CustomerJourneyStep#REALIZE}.
   *
   * @param journey the designed journey
   * @param conformances the conformance of each observed case with that journey; at least one
   * @return the figures, with every count present
   * @throws InvalidModelException if an argument or an element is null, no result is given, or a
   *     result compares with another journey
   */
  public static JourneyPathFigures of(
      JourneyId journey, Collection<JourneyConformance> conformances) {
    Violations.requireNonNull(journey, "journey");
    long cases = 0;
    long backAndForth = 0;
    long abandoned = 0;
    long skipped = 0;
    long unrealized = 0;
    int i = 0;
    for (JourneyConformance conformance : Violations.copyOfNonNull(conformances, "conformances")) {
      CustomerJourney designed = conformance.designed();
      if (!designed.id().equals(journey)) {
        throw InvalidModelException.of(
            "conformances[" + i + "]",
            "Conformance of case "
                + conformance.observed().caseId()
                + " compares with journey "
                + designed.id()
                + ", not with "
                + journey,
            designed.id());
      }
      cases++;
      JourneyPaths paths = conformance.paths();
      if (!paths.returns().isEmpty()) {
        backAndForth++;
      }
      if (conformance
          .missing()
          .contains(designed.touchpoints().get(designed.touchpoints().size() - 1).id())) {
        abandoned++;
      }
      if (!paths.skippedSteps().isEmpty()) {
        skipped++;
      }
      if (conformance.observed().events().stream()
          .noneMatch(event -> event.step() == CustomerJourneyStep.REALIZE)) {
        unrealized++;
      }
      i++;
    }
    return builder()
        .journey(journey)
        .cases(cases)
        .backAndForthCases(backAndForth)
        .abandonedCases(abandoned)
        .skippedStepCases(skipped)
        .unrealizedCases(unrealized)
        .build();
  }

  /**
   * Counts the deviations of the cases of an event log that record one designed journey, from the
   * log's {@linkplain JourneyAnalytics analytics} (§1.2.4): a case goes back and forth when it
   * returns to an activity it reached before ({@link JourneyAnalytics#loops()}); it is abandoned
   * when it never reaches one of the analyzer's final activities nor Realize ({@link
   * JourneyAnalytics#abandonment()}); it never reaches Realize when no activity of it is mapped to
   * that step ({@link JourneyAnalytics#casesWithoutRealize()}). The log knows no designed steps, so
   * the skipped-step count is left absent, as is the abandonment count when the analyzer names no
   * end and the count of cases without Realize when it has no mapping.
   *
   * <pre>{@code
   * JourneyAnalytics analytics = analyzer.analyze(log);
   * JourneyPathFigures figures = JourneyPathFigures.of(journey.id(), analytics);
   * }</pre>
   *
   * @param journey the designed journey the log's cases follow
   * @param analytics the analytics of the log; at least one case
   * @return the figures
   * @throws InvalidModelException if an argument is null or the log has no case
   */
  public static JourneyPathFigures of(JourneyId journey, JourneyAnalytics analytics) {
    Violations.requireNonNull(journey, "journey");
    Violations.requireNonNull(analytics, "analytics");
    Builder figures =
        builder()
            .journey(journey)
            .cases(analytics.cases())
            .backAndForthCases(analytics.loops().cases());
    analytics.abandonment().map(Abandonment::cases).ifPresent(figures::abandonedCases);
    analytics.casesWithoutRealize().ifPresent(figures::unrealizedCases);
    return figures.build();
  }

  /**
   * Returns the designed journey the cases follow.
   *
   * @return its id
   */
  public abstract JourneyId journey();

  /**
   * Returns how many cases were observed.
   *
   * @return at least 1
   */
  public abstract long cases();

  /**
   * Returns how many cases went back to an earlier step or touchpoint.
   *
   * @return at most {@link #cases()}, or empty when not counted
   */
  public abstract OptionalLong backAndForthCases();

  /**
   * Returns how many cases stopped before the designed end of the journey.
   *
   * @return at most {@link #cases()}, or empty when not counted
   */
  public abstract OptionalLong abandonedCases();

  /**
   * Returns how many cases passed over a designed step.
   *
   * @return at most {@link #cases()}, or empty when not counted
   */
  public abstract OptionalLong skippedStepCases();

  /**
   * Returns how many cases never reached the realize step, where value is realized and tracked
   * against the plan (§1.2.6).
   *
   * @return at most {@link #cases()}, or empty when not counted
   */
  public abstract OptionalLong unrealizedCases();

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.check(
        cases() >= 1,
        "cases",
        "Journey path figures need at least one case, but counted " + cases(),
        cases());
    checkCount(found, "backAndForthCases", backAndForthCases());
    checkCount(found, "abandonedCases", abandonedCases());
    checkCount(found, "skippedStepCases", skippedStepCases());
    checkCount(found, "unrealizedCases", unrealizedCases());
    found.throwIfAny();
  }

  private void checkCount(Violations found, String name, OptionalLong count) {
    if (count.isPresent()) {
      long value = count.getAsLong();
      found.check(
          value >= 0 && value <= cases(),
          name,
          "Journey path figures "
              + name
              + " must be between 0 and the "
              + cases()
              + " cases, but was "
              + value,
          value);
    }
  }

  /**
   * Builds {@link JourneyPathFigures}; the journey and the number of cases are required.
   *
   * <p>Set each attribute with the method of its name; a count not known may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableJourneyPathFigures.Builder {
    Builder() {}
  }
}
