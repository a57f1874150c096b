package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.immutables.value.Value;

/**
 * The conditions that the purposes of the journey steps set on their order (ITIL 4: Drive
 * Stakeholder Value, §1.1, Table 1.1), checked softly on designed journeys (in the order of their
 * touchpoints) and on observed journeys (in the order of their events). Journeys are not linear and
 * may start part-way, so each condition only compares steps that the journey reaches:
 *
 * <ul>
 *   <li>{@link #INVEST_BEFORE_AGREE}: expectations are aligned and services agreed before the
 *       parties invest, so no onboard or co-create touchpoint comes before the journey's first
 *       agree touchpoint.
 *   <li>{@link #AGREE_WITHOUT_TRANSITION}: whether or not the parties agree, a transition (onboard
 *       or offboard) follows the outcome of agree, so an onboard touchpoint comes after the first
 *       agree touchpoint.
 *   <li>{@link #OFFER_BEFORE_ENGAGE}: products and services can only be shaped once needs are
 *       understood, so no offer touchpoint comes before the journey's first engage touchpoint.
 * </ul>
 *
 * <p>A journey that never reaches the agree step (such as one that starts at co-create under an
 * agreement made before it) breaks neither of the first two conditions; whether its services were
 * agreed elsewhere is {@link JourneyServiceAnalysis}'s question. Each broken condition is one
 * finding per journey or case, naming the first element that breaks it.
 *
 * <pre>{@code
 * JourneyStepConditions.of(model).findings();   // designed journeys first, then observed ones
 * }</pre>
 *
 * <p>The analysis takes time linear in the number of touchpoints and events, and depends only on
 * their steps and order. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyStepConditions implements HasFindings {

  private static final ItilReference TABLE_1_1 = ItilReference.section("1.1").table("1.1");

  private static final Set<CustomerJourneyStep> INVESTING =
      EnumSet.of(CustomerJourneyStep.ONBOARD, CustomerJourneyStep.CO_CREATE);

  /** An onboard or co-create touchpoint before the first agree touchpoint. */
  public static final Rule INVEST_BEFORE_AGREE =
      Rule.of(
          "journey-steps.invest-before-agree",
          Severity.WARNING,
          TABLE_1_1,
          "A journey reaches an onboard or co-create touchpoint before its first agree touchpoint,"
              + " where expectations are agreed before the parties invest");

  /** A first agree touchpoint that no onboard touchpoint follows. */
  public static final Rule AGREE_WITHOUT_TRANSITION =
      Rule.of(
          "journey-steps.agree-without-transition",
          Severity.WARNING,
          TABLE_1_1,
          "A journey reaches the agree step and no onboard touchpoint follows, where a transition"
              + " follows the outcome of agree");

  /** An offer touchpoint before the first engage touchpoint. */
  public static final Rule OFFER_BEFORE_ENGAGE =
      Rule.of(
          "journey-steps.offer-before-engage",
          Severity.WARNING,
          TABLE_1_1,
          "A journey reaches an offer touchpoint before its first engage touchpoint, where"
              + " offerings are shaped once needs are understood");

  JourneyStepConditions() {}

  /**
   * Checks the designed path of a journey: the order of its touchpoints.
   *
   * @param designed the designed journey
   * @return the broken conditions
   * @throws NullPointerException if the journey is null
   */
  public static JourneyStepConditions of(CustomerJourney designed) {
    Objects.requireNonNull(designed, "designed");
    List<Finding> findings = new ArrayList<>();
    check(findings, designed.id(), stepsOf(designed), touchpointsOf(designed), "touchpoint");
    return ImmutableJourneyStepConditions.builder().findings(findings).build();
  }

  /**
   * Checks the path a consumer took: the order of its events.
   *
   * @param observed the observed journey
   * @return the broken conditions
   * @throws NullPointerException if the journey is null
   */
  public static JourneyStepConditions of(ObservedJourney observed) {
    Objects.requireNonNull(observed, "observed");
    List<Finding> findings = new ArrayList<>();
    List<CustomerJourneyStep> steps = new ArrayList<>(observed.events().size());
    List<TouchpointId> touchpoints = new ArrayList<>(observed.events().size());
    for (JourneyEvent event : observed.events()) {
      steps.add(event.step());
      touchpoints.add(event.touchpoint());
    }
    check(findings, observed.caseId(), steps, touchpoints, "event");
    return ImmutableJourneyStepConditions.builder().findings(findings).build();
  }

  /**
   * Checks every designed and every observed journey of a model.
   *
   * @param model the model
   * @return the broken conditions: the designed journeys' in the model's order, then the observed
   *     journeys'
   * @throws NullPointerException if the model is null
   */
  public static JourneyStepConditions of(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    List<Finding> findings = new ArrayList<>();
    for (CustomerJourney journey : model.journeys()) {
      findings.addAll(of(journey).findings());
    }
    for (ObservedJourney observed : model.observedJourneys()) {
      findings.addAll(of(observed).findings());
    }
    return ImmutableJourneyStepConditions.builder().findings(findings).build();
  }

  private static List<CustomerJourneyStep> stepsOf(CustomerJourney journey) {
    List<CustomerJourneyStep> steps = new ArrayList<>(journey.touchpoints().size());
    journey.touchpoints().forEach(touchpoint -> steps.add(touchpoint.step()));
    return steps;
  }

  private static List<TouchpointId> touchpointsOf(CustomerJourney journey) {
    List<TouchpointId> ids = new ArrayList<>(journey.touchpoints().size());
    for (Touchpoint touchpoint : journey.touchpoints()) {
      ids.add(touchpoint.id());
    }
    return ids;
  }

  private static void check(
      List<Finding> findings,
      TypedId<?> subject,
      List<CustomerJourneyStep> steps,
      List<TouchpointId> touchpoints,
      String unit) {
    int firstAgree = steps.indexOf(CustomerJourneyStep.AGREE);
    int firstEngage = steps.indexOf(CustomerJourneyStep.ENGAGE);
    if (firstAgree >= 0) {
      before(
          findings,
          INVEST_BEFORE_AGREE,
          subject,
          steps,
          touchpoints,
          INVESTING,
          firstAgree,
          "agreeIndex",
          unit);
      boolean transition = false;
      for (int i = firstAgree + 1; i < steps.size() && !transition; i++) {
        transition = steps.get(i) == CustomerJourneyStep.ONBOARD;
      }
      if (!transition) {
        TouchpointId agree = touchpoints.get(firstAgree);
        findings.add(
            Finding.builder(AGREE_WITHOUT_TRANSITION)
                .message(
                    () ->
                        subjectOf(subject)
                            + " reaches the agree step at "
                            + agree
                            + ", but no onboard touchpoint follows: whether or not the parties"
                            + " agree, a transition joins or separates their resources")
                .addElement(subject)
                .addElement(agree)
                .putEvidence("agreeIndex", firstAgree)
                .build());
      }
    }
    if (firstEngage >= 0) {
      before(
          findings,
          OFFER_BEFORE_ENGAGE,
          subject,
          steps,
          touchpoints,
          EnumSet.of(CustomerJourneyStep.OFFER),
          firstEngage,
          "engageIndex",
          unit);
    }
  }

  private static String subjectOf(TypedId<?> subject) {
    String text = subject.describe();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** One finding if some step of the set comes before the limit; it names the first such. */
  private static void before(
      List<Finding> findings,
      Rule rule,
      TypedId<?> subject,
      List<CustomerJourneyStep> steps,
      List<TouchpointId> touchpoints,
      Set<CustomerJourneyStep> early,
      int limit,
      String limitName,
      String unit) {
    int first = -1;
    int count = 0;
    for (int i = 0; i < limit; i++) {
      if (early.contains(steps.get(i))) {
        count++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (first < 0) {
      return;
    }
    TouchpointId offending = touchpoints.get(first);
    TouchpointId reference = touchpoints.get(limit);
    CustomerJourneyStep step = steps.get(first);
    CustomerJourneyStep later = steps.get(limit);
    int total = count;
    findings.add(
        Finding.builder(rule)
            .message(
                () ->
                    subjectOf(subject)
                        + " reaches "
                        + offending
                        + " at step "
                        + JourneyPaths.label(step)
                        + " before its first "
                        + JourneyPaths.label(later)
                        + " touchpoint "
                        + reference
                        + (total == 1 ? "" : " (" + total + " " + unit + "s in all)"))
            .addElement(subject)
            .addElement(offending)
            .addElement(reference)
            .putData("step", step)
            .putEvidence("index", first)
            .putEvidence(limitName, limit)
            .putEvidence("count", total)
            .build());
  }

  /**
   * Returns the broken conditions, one finding per condition and journey or case, each naming the
   * journey (designed) or the case (observed) first. {@link #INVEST_BEFORE_AGREE} and {@link
   * #OFFER_BEFORE_ENGAGE} then name the first touchpoint that comes too early and the first agree
   * or engage touchpoint, with the data {@code step} (the early touchpoint's) and the evidence
   * {@code index} (its position among the touchpoints or events), {@code agreeIndex} or {@code
   * engageIndex}, and {@code count} (how many come too early); {@link #AGREE_WITHOUT_TRANSITION}
   * names the first agree touchpoint, with the evidence {@code agreeIndex}.
   *
   * @return the findings, for each journey or case in the order of the rules above
   */
  @Override
  public abstract List<Finding> findings();

  /** Returns the number of findings. */
  @Override
  public String toString() {
    return "JourneyStepConditions{findings=" + findings().size() + "}";
  }
}
