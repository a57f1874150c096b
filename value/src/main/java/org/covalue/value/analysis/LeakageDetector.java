package org.covalue.value.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.OutcomeId;
import org.covalue.value.RequirementId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.internal.Format;
import org.covalue.value.model.ValueModel;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.jspecify.annotations.Nullable;

/**
 * Finds value leakage: where the full potential value of meeting a need is not realized (ITIL 4:
 * Drive Stakeholder Value, §1.2.6), for each of the four causes the chapter names, from explicit
 * inputs: the {@link ValueModel} and the {@link LeakageEvidence} other analyses measured.
 *
 * <pre>{@code
 * ValueLeakageReport report = LeakageDetector.DEFAULT.detect(model, evidence);
 * LeakageDetector tolerant = LeakageDetector.DEFAULT.withJourneyDeviationThreshold(0.1);
 * }</pre>
 *
 * <p>What each cause is found from, and the rule of its findings:
 *
 * <ul>
 *   <li><b>Relationship misalignment</b> ({@link ValueLeakageCause#RELATIONSHIP_MISALIGNMENT}): a
 *       relationship whose type is further than the {@linkplain #closenessTolerance() closeness
 *       tolerance} from the type its offering's {@linkplain TypeOfService type of service} calls
 *       for ({@link #TYPE_OF_SERVICE_MISMATCH}); a relationship whose band of visibility, as
 *       measured, is further than the tolerance from the width its type calls for ({@link
 *       #BAND_WIDTH_MISMATCH}; a band narrower than needed is a warning, a wider one information);
 *       a stakeholder in the manage-closely quadrant of the {@linkplain #classifier() classifier}
 *       engaged fewer than {@linkplain #minimumEngagements() the minimum} times ({@link
 *       #UNENGAGED_STAKEHOLDER}), counting its recorded {@linkplain Engagement engagements} and the
 *       touchpoints and interactions of journeys its party takes part in.
 *   <li><b>Missed opportunities and unmet requirements</b> ({@link
 *       ValueLeakageCause#MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS}): a requirement the utility or
 *       the agreed warranty targets of its service do not meet ({@link #UNMET_REQUIREMENT}).
 *   <li><b>Suboptimal provision or consumption</b> ({@link
 *       ValueLeakageCause#SUBOPTIMAL_PROVISION_OR_CONSUMPTION}): warranty measured short of its
 *       agreed level by more than the {@linkplain #warrantyTolerance() warranty tolerance} ({@link
 *       #WARRANTY_BELOW_TARGET}); observed cases of a journey that went back and forth, were
 *       abandoned before the designed end, or passed over designed steps, in a share of cases above
 *       the {@linkplain #journeyDeviationThreshold() deviation threshold} ({@link #BACK_AND_FORTH},
 *       {@link #ABANDONED_JOURNEY}, {@link #SKIPPED_STEPS}); a service used less than planned by
 *       more than the {@linkplain #useTolerance() use tolerance} ({@link #USE_BELOW_PLAN}).
 *   <li><b>Lack of value tracking and realization</b> ({@link
 *       ValueLeakageCause#LACK_OF_VALUE_TRACKING_AND_REALIZATION}): a value co-creation plan with
 *       an outcome that has no measure ({@link #UNMEASURED_OUTCOME}), a plan whose journey has no
 *       realize step ({@link #NO_REALIZE_STEP}), observed cases of a journey that never reached the
 *       realize step in a share above the deviation threshold ({@link #UNREALIZED_JOURNEY}), or an
 *       outcome measured short of its plan by more than the {@linkplain #outcomeTolerance() outcome
 *       tolerance} ({@link #OUTCOME_BELOW_PLAN}).
 * </ul>
 *
 * <p>Every finding names its cause (the data {@code cause}, such as {@code
 * relationship-misalignment}), its section through its rule, the elements concerned as typed ids,
 * the numbers behind it as evidence, and the threshold it was held against (the evidence {@code
 * threshold}). The causes are an open set: {@link #withCheck(LeakageCheck)} adds checks of an
 * application's own causes.
 *
 * <p>Defaults, each a parameter: {@link StakeholderClassifier#DEFAULT}, a closeness tolerance of 0
 * (any difference of type or width is misalignment), one engagement at least, and tolerances and a
 * deviation threshold of 0 (any shortfall or deviating case is leakage); raise them to tolerate
 * noise in measured data. Shortfalls are relative to the target ({@link
 * MeasureDirection#shortfall(double, double)}): 0.05 is five per cent short. A shortfall too large
 * for a number (a measured value and a target at the ends of the range, or a tiny target) is still
 * a finding, without the evidence {@code shortfall}, since evidence is finite.
 *
 * <p>References the model does not hold (a plan's unknown journey, a requirement's unknown service)
 * are the {@link ValueValidator}'s to report; the detector passes over them. Detection takes time
 * linear in the size of the model and the evidence, and does not depend on the order of their
 * lists. Instances are immutable and thread-safe.
 */
public final class LeakageDetector {

  private static final ItilReference SECTION = ItilReference.section("1.2.6");

  /** A relationship whose type differs from the one its offering's type of service calls for. */
  public static final Rule TYPE_OF_SERVICE_MISMATCH =
      Rule.of(
          "value-leakage.type-of-service-mismatch",
          Severity.WARNING,
          SECTION,
          "A relationship's type differs from the type its offering's type of service calls for"
              + " (Table 1.2): the relationship is not aligned");

  /** A relationship whose measured band of visibility is narrower or wider than its type needs. */
  public static final Rule BAND_WIDTH_MISMATCH =
      Rule.of(
          "value-leakage.band-width-mismatch",
          Severity.WARNING,
          SECTION,
          "A relationship's measured band of visibility is narrower or wider than its type calls"
              + " for (§1.2.5): the relationship is not aligned");

  /** A stakeholder to manage closely who was not engaged. */
  public static final Rule UNENGAGED_STAKEHOLDER =
      Rule.of(
          "value-leakage.unengaged-stakeholder",
          Severity.WARNING,
          SECTION,
          "A stakeholder in the manage-closely quadrant of the stakeholder map was engaged fewer"
              + " times than the minimum");

  /** A requirement the service's utility or warranty does not meet. */
  public static final Rule UNMET_REQUIREMENT =
      Rule.of(
          "value-leakage.unmet-requirement",
          Severity.WARNING,
          SECTION,
          "A consumer requirement is not met by the utility or the agreed warranty of its"
              + " service");

  /** Warranty measured short of its agreed level. */
  public static final Rule WARRANTY_BELOW_TARGET =
      Rule.of(
          "value-leakage.warranty-below-target",
          Severity.WARNING,
          SECTION,
          "A service's warranty was measured short of its agreed level by more than the"
              + " tolerance");

  /** Observed cases of a journey that went back and forth. */
  public static final Rule BACK_AND_FORTH =
      Rule.of(
          "value-leakage.back-and-forth",
          Severity.WARNING,
          SECTION,
          "More than the threshold share of a journey's observed cases went back and forth");

  /** Observed cases of a journey abandoned before the designed end. */
  public static final Rule ABANDONED_JOURNEY =
      Rule.of(
          "value-leakage.abandoned-journey",
          Severity.WARNING,
          SECTION,
          "More than the threshold share of a journey's observed cases stopped before its designed"
              + " end");

  /** Observed cases of a journey that passed over designed steps. */
  public static final Rule SKIPPED_STEPS =
      Rule.of(
          "value-leakage.skipped-steps",
          Severity.WARNING,
          SECTION,
          "More than the threshold share of a journey's observed cases passed over designed"
              + " steps");

  /** A service used less than planned. */
  public static final Rule USE_BELOW_PLAN =
      Rule.of(
          "value-leakage.use-below-plan",
          Severity.WARNING,
          SECTION,
          "A service was used less than the value co-creation plan planned, by more than the"
              + " tolerance");

  /** A planned outcome without a measure. */
  public static final Rule UNMEASURED_OUTCOME =
      Rule.of(
          "value-leakage.unmeasured-outcome",
          Severity.WARNING,
          SECTION,
          "A value co-creation plan has an outcome without a measure, so its value cannot be"
              + " tracked");

  /** A plan whose journey has no realize step. */
  public static final Rule NO_REALIZE_STEP =
      Rule.of(
          "value-leakage.no-realize-step",
          Severity.WARNING,
          SECTION,
          "The journey of a value co-creation plan has no touchpoint or interaction at the realize"
              + " step, where value is realized against the plan");

  /** Observed cases of a journey that never reached the realize step. */
  public static final Rule UNREALIZED_JOURNEY =
      Rule.of(
          "value-leakage.unrealized-journey",
          Severity.WARNING,
          SECTION,
          "More than the threshold share of a journey's observed cases never reached the realize"
              + " step, so their value was neither realized nor tracked");

  /** A planned outcome measured short of its target. */
  public static final Rule OUTCOME_BELOW_PLAN =
      Rule.of(
          "value-leakage.outcome-below-plan",
          Severity.WARNING,
          SECTION,
          "A planned outcome was measured short of its target by more than the tolerance");

  /** The detector with every parameter at its documented default and no added check. */
  public static final LeakageDetector DEFAULT =
      new LeakageDetector(StakeholderClassifier.DEFAULT, 0, 1, 0, 0, 0, 0, List.of());

  private static final ValueLeakageCause MISALIGNMENT = ValueLeakageCause.RELATIONSHIP_MISALIGNMENT;
  private static final ValueLeakageCause UNMET =
      ValueLeakageCause.MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS;
  private static final ValueLeakageCause SUBOPTIMAL =
      ValueLeakageCause.SUBOPTIMAL_PROVISION_OR_CONSUMPTION;
  private static final ValueLeakageCause UNTRACKED =
      ValueLeakageCause.LACK_OF_VALUE_TRACKING_AND_REALIZATION;

  private final StakeholderClassifier classifier;
  private final int closenessTolerance;
  private final int minimumEngagements;
  private final double warrantyTolerance;
  private final double journeyDeviationThreshold;
  private final double useTolerance;
  private final double outcomeTolerance;
  private final List<LeakageCheck> checks;

  private LeakageDetector(
      StakeholderClassifier classifier,
      int closenessTolerance,
      int minimumEngagements,
      double warrantyTolerance,
      double journeyDeviationThreshold,
      double useTolerance,
      double outcomeTolerance,
      List<LeakageCheck> checks) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.closenessTolerance = atLeast(closenessTolerance, 0, "closenessTolerance");
    this.minimumEngagements = atLeast(minimumEngagements, 1, "minimumEngagements");
    this.warrantyTolerance = tolerance(warrantyTolerance, "warrantyTolerance");
    this.journeyDeviationThreshold = share(journeyDeviationThreshold, "journeyDeviationThreshold");
    this.useTolerance = tolerance(useTolerance, "useTolerance");
    this.outcomeTolerance = tolerance(outcomeTolerance, "outcomeTolerance");
    this.checks = List.copyOf(checks);
  }

  private static int atLeast(int value, int minimum, String name) {
    if (value < minimum) {
      throw InvalidModelException.of(
          name,
          "LeakageDetector " + name + " must be at least " + minimum + ", but was " + value,
          value);
    }
    return value;
  }

  private static double tolerance(double value, String name) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw InvalidModelException.of(
          name,
          "LeakageDetector " + name + " must be a finite number of at least 0, but was " + value,
          value);
    }
    return value + 0.0;
  }

  private static double share(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw InvalidModelException.of(
          name, "LeakageDetector " + name + " must be between 0 and 1, but was " + value, value);
    }
    return value + 0.0;
  }

  /**
   * Returns a detector with explicit settings and no added check.
   *
   * @param classifier places stakeholders on the map, to find those to manage closely
   * @param closenessTolerance how many steps of closeness (basic, cooperative, partnership; narrow,
   *     moderate, wide) a relationship may differ from what it calls for; at least 0
   * @param minimumEngagements the fewest engagements a manage-closely stakeholder needs; at least 1
   * @param warrantyTolerance the relative shortfall of measured warranty tolerated; at least 0
   * @param journeyDeviationThreshold the share of deviating cases tolerated; in [0, 1]
   * @param useTolerance the relative shortfall of use tolerated; at least 0
   * @param outcomeTolerance the relative shortfall of a measured outcome tolerated; at least 0
   * @return the detector
   * @throws NullPointerException if the classifier is null
   * @throws InvalidModelException if a number is out of its range
   */
  public static LeakageDetector of(
      StakeholderClassifier classifier,
      int closenessTolerance,
      int minimumEngagements,
      double warrantyTolerance,
      double journeyDeviationThreshold,
      double useTolerance,
      double outcomeTolerance) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        List.of());
  }

  /**
   * Returns a copy with another classifier.
   *
   * @param classifier places stakeholders on the map
   * @return the detector
   * @throws NullPointerException if the classifier is null
   */
  public LeakageDetector withClassifier(StakeholderClassifier classifier) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another closeness tolerance.
   *
   * @param closenessTolerance steps of closeness tolerated; at least 0
   * @return the detector
   * @throws InvalidModelException if the tolerance is negative
   */
  public LeakageDetector withClosenessTolerance(int closenessTolerance) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another minimum of engagements.
   *
   * @param minimumEngagements the fewest engagements needed; at least 1
   * @return the detector
   * @throws InvalidModelException if the minimum is below 1
   */
  public LeakageDetector withMinimumEngagements(int minimumEngagements) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another warranty tolerance.
   *
   * @param warrantyTolerance the relative shortfall tolerated; at least 0
   * @return the detector
   * @throws InvalidModelException if the tolerance is negative or not finite
   */
  public LeakageDetector withWarrantyTolerance(double warrantyTolerance) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another journey deviation threshold.
   *
   * @param journeyDeviationThreshold the share of deviating cases tolerated; in [0, 1]
   * @return the detector
   * @throws InvalidModelException if the share is out of [0, 1]
   */
  public LeakageDetector withJourneyDeviationThreshold(double journeyDeviationThreshold) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another use tolerance.
   *
   * @param useTolerance the relative shortfall tolerated; at least 0
   * @return the detector
   * @throws InvalidModelException if the tolerance is negative or not finite
   */
  public LeakageDetector withUseTolerance(double useTolerance) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy with another outcome tolerance.
   *
   * @param outcomeTolerance the relative shortfall tolerated; at least 0
   * @return the detector
   * @throws InvalidModelException if the tolerance is negative or not finite
   */
  public LeakageDetector withOutcomeTolerance(double outcomeTolerance) {
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  /**
   * Returns a copy that also runs an application's check, after covalue's and after the checks
   * added before it.
   *
   * @param check the check
   * @return the detector
   * @throws NullPointerException if the check is null
   */
  public LeakageDetector withCheck(LeakageCheck check) {
    Objects.requireNonNull(check, "check");
    List<LeakageCheck> more = new ArrayList<>(checks);
    more.add(check);
    return new LeakageDetector(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        more);
  }

  /**
   * Returns the classifier that finds the stakeholders to manage closely.
   *
   * @return the classifier; {@link StakeholderClassifier#DEFAULT} by default
   */
  public StakeholderClassifier classifier() {
    return classifier;
  }

  /**
   * Returns how many steps of closeness a relationship may differ from what it calls for.
   *
   * @return at least 0; 0 by default
   */
  public int closenessTolerance() {
    return closenessTolerance;
  }

  /**
   * Returns the fewest engagements a manage-closely stakeholder needs.
   *
   * @return at least 1; 1 by default
   */
  public int minimumEngagements() {
    return minimumEngagements;
  }

  /**
   * Returns the relative shortfall of measured warranty tolerated.
   *
   * @return at least 0; 0 by default
   */
  public double warrantyTolerance() {
    return warrantyTolerance;
  }

  /**
   * Returns the share of deviating cases of a journey tolerated.
   *
   * @return in [0, 1]; 0 by default
   */
  public double journeyDeviationThreshold() {
    return journeyDeviationThreshold;
  }

  /**
   * Returns the relative shortfall of use tolerated.
   *
   * @return at least 0; 0 by default
   */
  public double useTolerance() {
    return useTolerance;
  }

  /**
   * Returns the relative shortfall of a measured outcome tolerated.
   *
   * @return at least 0; 0 by default
   */
  public double outcomeTolerance() {
    return outcomeTolerance;
  }

  /**
   * Returns the checks added to covalue's.
   *
   * @return an unmodifiable list, in the order added; empty by default
   */
  public List<LeakageCheck> checks() {
    return checks;
  }

  /**
   * Finds leakage in a model without further evidence: no band widths, no observed journeys.
   *
   * @param model the value model
   * @return the report
   * @throws NullPointerException if the model is null
   */
  public ValueLeakageReport detect(ValueModel model) {
    return detect(model, LeakageEvidence.empty());
  }

  /**
   * Finds leakage in a model, with the evidence other analyses measured. The findings come by cause
   * in the chapter's order, and within a cause by rule in the order of the class description; each
   * rule's findings follow the order of the model's lists (relationships and their offerings,
   * stakeholders, requirements, performances and their warranty, plans and their uses and outcomes)
   * or of the evidence's (band widths, journey figures); the findings of added checks follow, check
   * by check.
   *
   * @param model the value model
   * @param evidence what other analyses measured
   * @return the report
   * @throws NullPointerException if an argument is null, or an added check returns null
   * @throws InvalidModelException if the evidence names a relationship or a journey the model does
   *     not hold
   */
  public ValueLeakageReport detect(ValueModel model, LeakageEvidence evidence) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(evidence, "evidence");
    Map<ServiceRelationshipId, ServiceRelationship> relationships = new HashMap<>();
    model.core().relationships().forEach(r -> relationships.putIfAbsent(r.id(), r));
    Map<JourneyId, CustomerJourney> journeys = new HashMap<>();
    model.journey().journeys().forEach(j -> journeys.putIfAbsent(j.id(), j));
    checkEvidence(evidence, relationships, journeys);

    List<Finding> findings = new ArrayList<>();
    List<ValueLeakageCause> causes = new ArrayList<>();
    Collector out =
        (cause, finding) -> {
          findings.add(finding);
          causes.add(cause);
        };
    typeOfService(model, out);
    bandWidths(evidence, relationships, out);
    engagement(model, out);
    requirements(model, out);
    warranty(model, out);
    journeyPaths(evidence, out);
    uses(model, out);
    tracking(model, journeys, out);
    for (LeakageCheck check : checks) {
      List<Finding> found =
          Objects.requireNonNull(check.check(model, evidence), "findings of an added check");
      for (Finding finding : found) {
        out.add(check.cause(), Objects.requireNonNull(finding, "finding of an added check"));
      }
    }
    return ValueLeakageReport.of(this, findings, causes);
  }

  /** Receives the findings in order, each with its cause. */
  private interface Collector {
    void add(ValueLeakageCause cause, Finding finding);
  }

  private static void checkEvidence(
      LeakageEvidence evidence,
      Map<ServiceRelationshipId, ServiceRelationship> relationships,
      Map<JourneyId, CustomerJourney> journeys) {
    Violations found = Violations.collect();
    List<MeasuredBandWidth> bands = evidence.bandWidths();
    for (int i = 0; i < bands.size(); i++) {
      found.checkKnown(
          relationships.keySet(),
          bands.get(i).relationship(),
          "bandWidths[" + i + "].relationship",
          "service relationship");
    }
    List<JourneyPathFigures> paths = evidence.journeyPaths();
    for (int i = 0; i < paths.size(); i++) {
      found.checkKnown(
          journeys.keySet(), paths.get(i).journey(), "journeyPaths[" + i + "].journey", "journey");
    }
    found.throwIfAny();
  }

  private static Finding.Builder finding(
      Rule rule, ValueLeakageCause cause, Supplier<String> message) {
    return Finding.builder(rule).message(message).putData("cause", code(cause));
  }

  private static String code(ValueLeakageCause cause) {
    return cause.code().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The closeness of a relationship type on covalue's scale: basic 1, cooperative 2, partnership 3.
   */
  private static int closeness(ServiceRelationshipType type) {
    return switch (type) {
      case BASIC -> 1;
      case COOPERATIVE -> 2;
      case PARTNERSHIP -> 3;
    };
  }

  /** The closeness a band width shows on the same scale: narrow 1, moderate 2, wide 3. */
  private static int closeness(BandWidth width) {
    return switch (width) {
      case NARROW -> 1;
      case MODERATE -> 2;
      case WIDE -> 3;
    };
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // Relationship misalignment.

  private void typeOfService(ValueModel model, Collector out) {
    Map<ServiceOfferingId, TypeOfService> types = model.offeringTypes();
    for (ServiceRelationship relationship : model.core().relationships()) {
      for (ServiceOfferingId offering : relationship.offerings()) {
        TypeOfService type = types.get(offering);
        if (type == null) {
          continue;
        }
        ServiceRelationshipType actual = relationship.type();
        ServiceRelationshipType expected = type.relationshipType();
        int difference = closeness(actual) - closeness(expected);
        if (Math.abs(difference) > closenessTolerance) {
          ServiceRelationshipId id = relationship.id();
          int tolerance = closenessTolerance;
          out.add(
              MISALIGNMENT,
              finding(
                      TYPE_OF_SERVICE_MISMATCH,
                      MISALIGNMENT,
                      () ->
                          "Relationship "
                              + id
                              + " is "
                              + label(actual)
                              + ", but offering "
                              + offering
                              + " provides a "
                              + label(type)
                              + " service, which calls for a "
                              + label(expected)
                              + " relationship ("
                              + Math.abs(difference)
                              + " step"
                              + (Math.abs(difference) == 1 ? "" : "s")
                              + " of closeness apart; tolerance "
                              + tolerance
                              + ")")
                  .addElement(id)
                  .addElement(offering)
                  .putData("relationshipType", actual)
                  .putData("typeOfService", type)
                  .putData("expectedType", expected)
                  .putEvidence("closenessDifference", difference)
                  .putEvidence("threshold", tolerance)
                  .build());
        }
      }
    }
  }

  private void bandWidths(
      LeakageEvidence evidence,
      Map<ServiceRelationshipId, ServiceRelationship> relationships,
      Collector out) {
    for (MeasuredBandWidth band : evidence.bandWidths()) {
      ServiceRelationship relationship =
          Objects.requireNonNull(relationships.get(band.relationship()));
      BandWidth measured = band.width();
      BandWidth expected = relationship.type().expectedBandOfVisibility();
      int difference = closeness(measured) - closeness(expected);
      if (Math.abs(difference) <= closenessTolerance) {
        continue;
      }
      ServiceRelationshipId id = relationship.id();
      ServiceRelationshipType type = relationship.type();
      boolean narrower = difference < 0;
      double share = band.share().value();
      int tolerance = closenessTolerance;
      out.add(
          MISALIGNMENT,
          finding(
                  BAND_WIDTH_MISMATCH,
                  MISALIGNMENT,
                  () ->
                      "The band of visibility of "
                          + label(type)
                          + " relationship "
                          + id
                          + " was measured "
                          + label(measured)
                          + " ("
                          + Format.percent(share)
                          + " of its elements seen by both parties), "
                          + (narrower ? "narrower" : "wider")
                          + " than the "
                          + label(expected)
                          + " band such a relationship calls for (tolerance "
                          + tolerance
                          + ")")
              .severity(narrower ? Severity.WARNING : Severity.INFO)
              .addElement(id)
              .putData("measuredWidth", measured)
              .putData("expectedWidth", expected)
              .putData("relationshipType", type)
              .putData("direction", narrower ? "narrower" : "wider")
              .putEvidence("measuredShare", share)
              .putEvidence("widthDifference", difference)
              .putEvidence("threshold", tolerance)
              .build());
    }
  }

  private void engagement(ValueModel model, Collector out) {
    Map<StakeholderId, Integer> recorded = new HashMap<>();
    for (Engagement engagement : model.engagements()) {
      recorded.merge(engagement.stakeholder(), 1, Integer::sum);
    }
    Map<PartyId, Integer> encounters = new HashMap<>();
    for (CustomerJourney journey : model.journey().journeys()) {
      countEncounters(journey.touchpoints(), encounters);
      countEncounters(journey.interactions(), encounters);
    }
    for (Stakeholder stakeholder : model.core().stakeholders()) {
      if (classifier.strategyFor(stakeholder.influence(), stakeholder.interest())
          != EngagementStrategy.MANAGE_CLOSELY) {
        continue;
      }
      int records = recorded.getOrDefault(stakeholder.id(), 0);
      int meetings = stakeholder.party().map(p -> encounters.getOrDefault(p, 0)).orElse(0);
      int engagements = records + meetings;
      if (engagements >= minimumEngagements) {
        continue;
      }
      StakeholderId id = stakeholder.id();
      int minimum = minimumEngagements;
      out.add(
          MISALIGNMENT,
          finding(
                  UNENGAGED_STAKEHOLDER,
                  MISALIGNMENT,
                  () ->
                      "Stakeholder "
                          + id
                          + " is to be managed closely, but was engaged "
                          + engagements
                          + " time"
                          + (engagements == 1 ? "" : "s")
                          + " ("
                          + records
                          + " recorded, "
                          + meetings
                          + " in journeys), fewer than the minimum of "
                          + minimum)
              .addElement(id)
              .putData("strategy", EngagementStrategy.MANAGE_CLOSELY)
              .putEvidence("engagements", engagements)
              .putEvidence("recordedEngagements", records)
              .putEvidence("journeyEncounters", meetings)
              .putEvidence("influence", stakeholder.influence().score())
              .putEvidence("interest", stakeholder.interest().score())
              .putEvidence("threshold", minimum)
              .build());
    }
  }

  private static void countEncounters(
      List<? extends JourneyElement> elements, Map<PartyId, Integer> encounters) {
    for (JourneyElement element : elements) {
      for (PartyId party : element.parties()) {
        encounters.merge(party, 1, Integer::sum);
      }
    }
  }

  // Missed opportunities and unmet requirements.

  private void requirements(ValueModel model, Collector out) {
    Map<ServiceId, ServicePerformance> performances = performances(model);
    for (Requirement requirement : model.requirements()) {
      ServicePerformance performance = performances.get(requirement.service());
      if (performance != null && requirement.isMetBy(performance)) {
        continue;
      }
      out.add(UNMET, unmet(requirement, performance));
    }
  }

  private static Map<ServiceId, ServicePerformance> performances(ValueModel model) {
    Map<ServiceId, ServicePerformance> performances = new HashMap<>();
    model.performances().forEach(p -> performances.putIfAbsent(p.service(), p));
    return performances;
  }

  private static Finding unmet(Requirement requirement, @Nullable ServicePerformance performance) {
    RequirementId id = requirement.id();
    StakeholderId stakeholder = requirement.stakeholder();
    ServiceId service = requirement.service();
    Finding.Builder finding;
    if (requirement.isUtility()) {
      int features = performance == null ? 0 : performance.utility().size();
      finding =
          finding(
                  UNMET_REQUIREMENT,
                  UNMET,
                  () ->
                      "Requirement "
                          + id
                          + " of stakeholder "
                          + stakeholder
                          + " is not met: none of the "
                          + features
                          + " utility feature"
                          + (features == 1 ? "" : "s")
                          + " of service "
                          + service
                          + " meets it")
              .putData("kind", "utility")
              .putEvidence("utilityFeatures", features)
              .putEvidence("meetingFeatures", 0)
              .putEvidence("threshold", 1);
    } else {
      WarrantyLevel required = requirement.warranty().orElseThrow();
      OptionalDouble best = OptionalDouble.empty();
      if (performance != null) {
        for (WarrantyTarget target : performance.warranty()) {
          WarrantyLevel agreed = target.agreed();
          if (agreed.isComparableTo(required)
              && (best.isEmpty()
                  || agreed.direction().isAtLeastAsGoodAs(agreed.value(), best.getAsDouble()))) {
            best = OptionalDouble.of(agreed.value());
          }
        }
      }
      OptionalDouble bestAgreed = best;
      finding =
          finding(
                  UNMET_REQUIREMENT,
                  UNMET,
                  () ->
                      "Requirement "
                          + id
                          + " of stakeholder "
                          + stakeholder
                          + " asks "
                          + required
                          + " of service "
                          + service
                          + ", but "
                          + (bestAgreed.isPresent()
                              ? "the best level agreed is "
                                  + Format.number(bestAgreed.getAsDouble())
                              : "no level of that measure is agreed"))
              .putData("kind", "warranty")
              .putData("aspect", required.aspect().code().toLowerCase(Locale.ROOT))
              .putData("measure", required.measure())
              .putData("direction", required.direction())
              .putEvidence("required", required.value())
              .putEvidence("threshold", required.value());
      if (bestAgreed.isPresent()) {
        finding.putEvidence("bestAgreed", bestAgreed.getAsDouble());
      }
    }
    return finding.addElement(id).addElement(stakeholder).addElement(service).build();
  }

  // Suboptimal provision or consumption.

  private void warranty(ValueModel model, Collector out) {
    for (ServicePerformance performance : model.performances()) {
      for (WarrantyTarget target : performance.warranty()) {
        OptionalDouble measured = target.measured();
        if (measured.isEmpty()) {
          continue;
        }
        WarrantyLevel agreed = target.agreed();
        double value = measured.getAsDouble();
        double shortfall = agreed.direction().shortfall(value, agreed.value());
        if (shortfall <= warrantyTolerance) {
          continue;
        }
        ServiceId service = performance.service();
        double tolerance = warrantyTolerance;
        String[] shown = Format.pair(value, agreed.value());
        out.add(
            SUBOPTIMAL,
            withShortfall(
                    finding(
                            WARRANTY_BELOW_TARGET,
                            SUBOPTIMAL,
                            () ->
                                "Service "
                                    + service
                                    + " measured "
                                    + shown[0]
                                    + " of "
                                    + Violations.shorten(agreed.measure())
                                    + " against an agreed "
                                    + shown[1]
                                    + ": "
                                    + shortfallText(shortfall)
                                    + " short, more than the tolerance of "
                                    + Format.percent(tolerance))
                        .addElement(service)
                        .putData("aspect", agreed.aspect().code().toLowerCase(Locale.ROOT))
                        .putData("measure", agreed.measure())
                        .putData("direction", agreed.direction())
                        .putEvidence("measured", value)
                        .putEvidence("target", agreed.value()),
                    shortfall,
                    tolerance)
                .build());
      }
    }
  }

  private void journeyPaths(LeakageEvidence evidence, Collector out) {
    for (JourneyPathFigures figures : evidence.journeyPaths()) {
      deviation(
          figures,
          figures.backAndForthCases(),
          BACK_AND_FORTH,
          SUBOPTIMAL,
          "went back and forth",
          out);
      deviation(
          figures,
          figures.abandonedCases(),
          ABANDONED_JOURNEY,
          SUBOPTIMAL,
          "stopped before the designed end",
          out);
      deviation(
          figures,
          figures.skippedStepCases(),
          SKIPPED_STEPS,
          SUBOPTIMAL,
          "passed over designed steps",
          out);
      deviation(
          figures,
          figures.unrealizedCases(),
          UNREALIZED_JOURNEY,
          UNTRACKED,
          "never reached the realize step",
          out);
    }
  }

  private void deviation(
      JourneyPathFigures figures,
      OptionalLong count,
      Rule rule,
      ValueLeakageCause cause,
      String what,
      Collector out) {
    if (count.isEmpty()) {
      return;
    }
    long deviating = count.getAsLong();
    long cases = figures.cases();
    double share = (double) deviating / cases;
    if (share <= journeyDeviationThreshold) {
      return;
    }
    JourneyId journey = figures.journey();
    double threshold = journeyDeviationThreshold;
    out.add(
        cause,
        finding(
                rule,
                cause,
                () ->
                    deviating
                        + " of "
                        + cases
                        + " observed case"
                        + (cases == 1 ? "" : "s")
                        + " of journey "
                        + journey
                        + " "
                        + what
                        + " ("
                        + Format.percent(share)
                        + ", above the threshold of "
                        + Format.percent(threshold)
                        + ")")
            .addElement(journey)
            .putEvidence("cases", (double) cases)
            .putEvidence("deviatingCases", (double) deviating)
            .putEvidence("share", share)
            .putEvidence("threshold", threshold)
            .build());
  }

  private void uses(ValueModel model, Collector out) {
    for (ValueCoCreationPlan plan : model.plans()) {
      for (PlannedUse use : plan.uses()) {
        OptionalDouble actual = use.actual();
        if (actual.isEmpty()) {
          continue;
        }
        double value = actual.getAsDouble();
        double shortfall = MeasureDirection.HIGHER_IS_BETTER.shortfall(value, use.planned());
        if (shortfall <= useTolerance) {
          continue;
        }
        ValueCoCreationPlanId id = plan.id();
        ServiceId service = use.service();
        double tolerance = useTolerance;
        String[] shown = Format.pair(value, use.planned());
        out.add(
            SUBOPTIMAL,
            withShortfall(
                    finding(
                            USE_BELOW_PLAN,
                            SUBOPTIMAL,
                            () ->
                                "Service "
                                    + service
                                    + " was used "
                                    + shown[0]
                                    + " ("
                                    + Violations.shorten(use.measure())
                                    + ") where plan "
                                    + id
                                    + " planned "
                                    + shown[1]
                                    + ": "
                                    + shortfallText(shortfall)
                                    + " short, more than the tolerance of "
                                    + Format.percent(tolerance))
                        .addElement(id)
                        .addElement(service)
                        .putData("measure", use.measure())
                        .putEvidence("planned", use.planned())
                        .putEvidence("actual", value),
                    shortfall,
                    tolerance)
                .build());
      }
    }
  }

  // Lack of value tracking and realization.

  private void tracking(ValueModel model, Map<JourneyId, CustomerJourney> journeys, Collector out) {
    for (ValueCoCreationPlan plan : model.plans()) {
      ValueCoCreationPlanId id = plan.id();
      int planned = plan.outcomes().size();
      for (PlannedOutcome outcome : plan.outcomes()) {
        if (outcome.measure().isEmpty()) {
          OutcomeId outcomeId = outcome.outcome();
          out.add(
              UNTRACKED,
              finding(
                      UNMEASURED_OUTCOME,
                      UNTRACKED,
                      () ->
                          "Plan "
                              + id
                              + " commits to outcome "
                              + outcomeId
                              + " without a measure, so its value cannot be tracked")
                  .addElement(id)
                  .addElement(outcomeId)
                  .putEvidence("plannedOutcomes", planned)
                  .putEvidence("measures", 0)
                  .putEvidence("threshold", 1)
                  .build());
        }
      }
      CustomerJourney journey = journeys.get(plan.journey());
      if (journey != null && !journey.steps().contains(CustomerJourneyStep.REALIZE)) {
        JourneyId journeyId = journey.id();
        out.add(
            UNTRACKED,
            finding(
                    NO_REALIZE_STEP,
                    UNTRACKED,
                    () ->
                        "Plan "
                            + id
                            + " is tracked along journey "
                            + journeyId
                            + ", which has no touchpoint or interaction at the realize step, where"
                            + " value is realized against the plan")
                .addElement(id)
                .addElement(journeyId)
                .putData("step", CustomerJourneyStep.REALIZE)
                .putEvidence("realizeElements", 0)
                .putEvidence("threshold", 1)
                .build());
      }
      for (PlannedOutcome outcome : plan.outcomes()) {
        Optional<OutcomeMeasure> measure = outcome.measure();
        if (measure.isEmpty() || measure.get().measured().isEmpty()) {
          continue;
        }
        OutcomeMeasure m = measure.get();
        double value = m.measured().getAsDouble();
        double shortfall = m.direction().shortfall(value, m.target());
        if (shortfall <= outcomeTolerance) {
          continue;
        }
        OutcomeId outcomeId = outcome.outcome();
        double tolerance = outcomeTolerance;
        String[] shown = Format.pair(value, m.target());
        out.add(
            UNTRACKED,
            withShortfall(
                    finding(
                            OUTCOME_BELOW_PLAN,
                            UNTRACKED,
                            () ->
                                "Outcome "
                                    + outcomeId
                                    + " of plan "
                                    + id
                                    + " measured "
                                    + shown[0]
                                    + " of "
                                    + Violations.shorten(m.measure())
                                    + " against a planned "
                                    + shown[1]
                                    + ": "
                                    + shortfallText(shortfall)
                                    + " short, more than the tolerance of "
                                    + Format.percent(tolerance))
                        .addElement(id)
                        .addElement(outcomeId)
                        .putData("measure", m.measure())
                        .putData("direction", m.direction())
                        .putEvidence("measured", value)
                        .putEvidence("target", m.target()),
                    shortfall,
                    tolerance)
                .build());
      }
    }
  }

  /**
   * Adds the shortfall and the tolerance to a finding's evidence. A shortfall too large for a
   * number (a measured value and a target at the ends of the range, or a tiny target) is left out
   * of the evidence, which takes finite numbers only, and the message says so.
   */
  private static Finding.Builder withShortfall(
      Finding.Builder finding, double shortfall, double tolerance) {
    if (Double.isFinite(shortfall)) {
      finding.putEvidence("shortfall", shortfall);
    }
    return finding.putEvidence("threshold", tolerance);
  }

  private static String shortfallText(double shortfall) {
    return Double.isFinite(shortfall) ? Format.percent(shortfall) : "more than any number";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LeakageDetector that
        && classifier.equals(that.classifier)
        && closenessTolerance == that.closenessTolerance
        && minimumEngagements == that.minimumEngagements
        && Double.compare(warrantyTolerance, that.warrantyTolerance) == 0
        && Double.compare(journeyDeviationThreshold, that.journeyDeviationThreshold) == 0
        && Double.compare(useTolerance, that.useTolerance) == 0
        && Double.compare(outcomeTolerance, that.outcomeTolerance) == 0
        && checks.equals(that.checks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        classifier,
        closenessTolerance,
        minimumEngagements,
        warrantyTolerance,
        journeyDeviationThreshold,
        useTolerance,
        outcomeTolerance,
        checks);
  }

  @Override
  public String toString() {
    return "LeakageDetector{classifier="
        + classifier
        + ", closenessTolerance="
        + closenessTolerance
        + ", minimumEngagements="
        + minimumEngagements
        + ", warrantyTolerance="
        + warrantyTolerance
        + ", journeyDeviationThreshold="
        + journeyDeviationThreshold
        + ", useTolerance="
        + useTolerance
        + ", outcomeTolerance="
        + outcomeTolerance
        + ", checks="
        + checks.size()
        + "}";
  }
}
