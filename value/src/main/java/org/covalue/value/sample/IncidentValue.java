package org.covalue.value.sample;

import java.time.Duration;
import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.Perspective;
import org.covalue.value.RequirementId;
import org.covalue.value.RiskId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.ValueDimension;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.outcome.OutputForm;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.Risk;

/**
 * The value side of the incident journey of {@link IncidentResolution}: a warehouse (the consumer)
 * whose handheld scanners an IT service desk (the provider) repairs, in a cooperative relationship.
 * It holds outputs and outcomes for the warehouse manager (the customer), the warehouse user and
 * the desk; their costs and risks; the service's utility and warranty with the requirements held
 * against them; a value co-creation plan; step contributions; a value-driver chain; and, through
 * {@link #evidence()}, a measured band of visibility and the two observed cases of the journey.
 *
 * <p>It is built so that the service is valuable to its customer but not to its user, and so that
 * each of the four causes of value leakage (§1.2.6) shows: the band of visibility is narrower than
 * the relationship calls for and the works council, a stakeholder to manage closely, was never
 * engaged (relationship misalignment); the customer requires a fix within two hours where four are
 * agreed (an unmet requirement); restoring took six hours against the agreed four, one case went
 * back and forth and one stopped before the survey, and self-help was used less than planned
 * (suboptimal provision and consumption); and one planned outcome has no measure while another was
 * measured below plan (lack of value tracking). All of it is covalue's sample data ({@link
 * #CONFIDENCE}), not ITIL content.
 *
 * <p>Every method returns new values.
 */
public final class IncidentValue {

  /** How sure covalue is of this model: a construction for tests and demos. */
  public static final Confidence CONFIDENCE = Confidence.RECONSTRUCTED;

  /** The warehouse company, the consumer. */
  public static final PartyId WAREHOUSE = PartyId.of("warehouse");

  /** The IT service desk, the provider. */
  public static final PartyId DESK = PartyId.of("service-desk");

  /** The warehouse manager, who holds the customer role. */
  public static final StakeholderId CUSTOMER = StakeholderId.of("warehouse-manager");

  /** The warehouse user whose scanner fails, in the user role. */
  public static final StakeholderId USER = StakeholderId.of("warehouse-user");

  /** The service desk as a stakeholder. */
  public static final StakeholderId PROVIDER = StakeholderId.of("desk-manager");

  /** The warehouse's works council: much influence and interest, never engaged. */
  public static final StakeholderId WORKS_COUNCIL = StakeholderId.of("works-council");

  /** The incident resolution service: the journey sample's service, with its agreed scope. */
  public static final ServiceId SERVICE = IncidentResolution.SERVICE;

  /** The service desk offering. */
  public static final ServiceOfferingId OFFERING = ServiceOfferingId.of("desk-offering");

  /** The relationship between the desk and the warehouse. */
  public static final ServiceRelationshipId RELATIONSHIP =
      ServiceRelationshipId.of("desk-for-warehouse");

  /** The incident record, an output. */
  public static final OutputId INCIDENT_RECORD = OutputId.of("incident-record");

  /** A working scanner, an output. */
  public static final OutputId WORKING_SCANNER = OutputId.of("working-scanner");

  /** The customer's outcome: picking goes on through the shift. */
  public static final OutcomeId PICKING_CONTINUES = OutcomeId.of("picking-continues");

  /** The user's outcome: the user can work again. */
  public static final OutcomeId WORK_RESUMES = OutcomeId.of("work-resumes");

  /** The provider's outcome: the fee for the incident. */
  public static final OutcomeId FEE_EARNED = OutcomeId.of("fee-earned");

  /** The customer's requirement of utility: a broken scanner is restored. */
  public static final RequirementId RESTORE_DEVICE = RequirementId.of("restore-device");

  /** The customer's requirement of warranty: a fix within two hours. */
  public static final RequirementId SAME_SHIFT_FIX = RequirementId.of("same-shift-fix");

  /** The value co-creation plan. */
  public static final ValueCoCreationPlanId PLAN = ValueCoCreationPlanId.of("desk-value-plan");

  /** The value-driver chain. */
  public static final ValueDriverChainId CHAIN = ValueDriverChainId.of("reliable-deliveries");

  /** The purpose at the top of the chain. */
  public static final ValueDriverId PURPOSE = ValueDriverId.of("deliver-reliably");

  private static final String EUR = "EUR";

  private IncidentValue() {}

  /**
   * Returns the designed incident journey between the warehouse and the desk.
   *
   * @return {@link IncidentResolution#journey(PartyId, PartyId)} for these parties
   */
  public static CustomerJourney journey() {
    return IncidentResolution.journey(WAREHOUSE, DESK);
  }

  /**
   * Returns the whole value model.
   *
   * @return a model the validator accepts
   */
  public static ValueModel model() {
    return ValueModel.builder()
        .journey(journeyModel())
        .addOutputs(
            output(INCIDENT_RECORD, "Incident record with a reference", OutputForm.INTANGIBLE),
            output(WORKING_SCANNER, "A working scanner", OutputForm.TANGIBLE))
        .addOutcomes(
            outcome(
                PICKING_CONTINUES,
                "Picking goes on through the shift",
                CUSTOMER,
                WORKING_SCANNER,
                "900"),
            outcome(WORK_RESUMES, "The user can work again", USER, WORKING_SCANNER, "30"),
            outcome(FEE_EARNED, "The fee for the incident", PROVIDER, INCIDENT_RECORD, "300"))
        .addCosts(
            Cost.builder()
                .id(CostId.of("incident-fee"))
                .name("Fee per incident")
                .service(SERVICE)
                .bearer(CUSTOMER)
                .side(CostSide.CONSUMPTION)
                .money(Money.of("300", EUR))
                .build(),
            Cost.builder()
                .id(CostId.of("user-time"))
                .name("Time spent on self-help, calls and waiting")
                .service(SERVICE)
                .bearer(USER)
                .side(CostSide.CONSUMPTION)
                .time(Duration.ofHours(2))
                .step(CustomerJourneyStep.CO_CREATE)
                .build(),
            Cost.builder()
                .id(CostId.of("repair"))
                .name("Technician time and a spare scanner")
                .service(SERVICE)
                .bearer(PROVIDER)
                .side(CostSide.PROVISION)
                .time(Duration.ofMinutes(90))
                .addResource(ResourceUse.of("A spare scanner from the pool", Money.of("150", EUR)))
                .build())
        .addRisks(
            Risk.builder()
                .id(RiskId.of("repeat-failure"))
                .name("The scanner fails again during the shift")
                .service(SERVICE)
                .bearer(CUSTOMER)
                .threat(Score.of(0.2))
                .vulnerability(Score.of(0.5))
                .impact(Money.of("900", EUR))
                .addAffect(PICKING_CONTINUES)
                .build())
        .addPerformance(
            ServicePerformance.builder()
                .service(SERVICE)
                .addUtility(
                    UtilityFeature.builder()
                        .description("Restores a broken scanner")
                        .effect(UtilityEffect.REMOVES_CONSTRAINT)
                        .addMeet(RESTORE_DEVICE)
                        .build())
                .addWarranty(
                    WarrantyTarget.of(
                            WarrantyLevel.of(
                                WarrantyAspect.AVAILABILITY,
                                "shift hours covered %",
                                95,
                                MeasureDirection.HIGHER_IS_BETTER))
                        .withMeasured(97))
                .addWarranty(
                    WarrantyTarget.of(
                            WarrantyLevel.of(
                                WarrantyAspect.CONTINUITY,
                                "hours to restore",
                                4,
                                MeasureDirection.LOWER_IS_BETTER))
                        .withMeasured(6))
                .build())
        .addRequirements(
            Requirement.builder()
                .id(RESTORE_DEVICE)
                .name("Broken scanners are restored")
                .stakeholder(CUSTOMER)
                .service(SERVICE)
                .build(),
            Requirement.builder()
                .id(SAME_SHIFT_FIX)
                .name("A scanner is back within two hours")
                .stakeholder(CUSTOMER)
                .service(SERVICE)
                .warranty(
                    WarrantyLevel.of(
                        WarrantyAspect.CONTINUITY,
                        "hours to restore",
                        2,
                        MeasureDirection.LOWER_IS_BETTER))
                .build())
        .putOfferingType(OFFERING, TypeOfService.CONFIGURED)
        .addEngagement(Engagement.of(CUSTOMER, CustomerJourneyStep.AGREE, "Agreed the desk hours"))
        .addContributions(
            contribution(
                "user-co-create",
                CustomerJourneyStep.CO_CREATE,
                Perspective.SERVICE_CONSUMER,
                ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE,
                5,
                3,
                "The user works again, after time spent on self-help and calls"),
            contribution(
                    "user-feedback",
                    CustomerJourneyStep.REALIZE,
                    Perspective.SERVICE_CONSUMER,
                    ValueDimension.OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS,
                    0.5,
                    1,
                    "The survey takes the user's time")
                .withOffsetBy(List.of(ContributionId.of("user-co-create"))),
            contribution(
                "desk-co-create",
                CustomerJourneyStep.CO_CREATE,
                Perspective.SERVICE_PROVIDER,
                ValueDimension.OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS,
                3,
                2,
                "The fee covers the repair"),
            contribution(
                "desk-feedback",
                CustomerJourneyStep.REALIZE,
                Perspective.SERVICE_PROVIDER,
                ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE,
                2,
                0.5,
                "Feedback shows what to improve"))
        .addPlan(
            ValueCoCreationPlan.builder()
                .id(PLAN)
                .name("Service desk value plan")
                .journey(IncidentResolution.JOURNEY)
                .addOutcome(
                    PlannedOutcome.of(
                        WORK_RESUMES,
                        OutcomeMeasure.of(
                                "picking hours lost per incident",
                                1,
                                MeasureDirection.LOWER_IS_BETTER)
                            .withMeasured(1.5)))
                .addOutcome(PlannedOutcome.of(PICKING_CONTINUES))
                .addUse(PlannedUse.of(SERVICE, "self-help searches per month", 200).withActual(120))
                .build())
        .addDriverChain(chain())
        .build();
  }

  /**
   * Returns what other analyses measured: the band of visibility of the relationship, narrow where
   * a cooperative relationship calls for a moderate one, and the deviations of the two observed
   * cases of the journey ({@link IncidentResolution#backAndForthCase()} and {@link
   * IncidentResolution#midWayCase()}), counted from their conformance.
   *
   * @return the evidence
   */
  public static LeakageEvidence evidence() {
    CustomerJourney journey = journey();
    return LeakageEvidence.builder()
        .addBandWidth(MeasuredBandWidth.of(RELATIONSHIP, BandWidth.NARROW, Score.of(0.25)))
        .addJourneyPath(
            JourneyPathFigures.of(
                journey.id(),
                List.of(
                    JourneyConformance.of(journey, IncidentResolution.backAndForthCase()),
                    JourneyConformance.of(journey, IncidentResolution.midWayCase()))))
        .build();
  }

  /**
   * Returns the value-driver chain from the desk's resources up to the warehouse's purpose of
   * delivering reliably.
   *
   * @return the chain, well formed
   */
  public static ValueDriverChain chain() {
    ValueDriverId spares = ValueDriverId.of("spare-scanners");
    ValueDriverId staff = ValueDriverId.of("desk-staff");
    ValueDriverId practice = ValueDriverId.of("incident-management");
    ValueDriverId offering = ValueDriverId.of("desk-offering");
    ValueDriverId diagnosis = ValueDriverId.of("diagnose-together");
    ValueDriverId restoreTime = ValueDriverId.of("restore-time");
    ValueDriverId fixQuality = ValueDriverId.of("fix-quality");
    ValueDriverId pickingRate = ValueDriverId.of("picking-rate");
    ValueDriverId onTime = ValueDriverId.of("orders-on-time");
    return ValueDriverChain.builder()
        .id(CHAIN)
        .name("Why the warehouse relies on the desk")
        .addDrivers(
            measured(
                spares,
                "Spare scanners at hand",
                ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES,
                0.6),
            measured(
                staff, "Desk staff on shift", ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES, 0.8),
            measured(
                practice,
                "Incident management practice",
                ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES,
                0.7),
            ValueDriver.of(
                offering, "Service desk offering", ValueDriverLayer.OFFERINGS_AND_INTERACTIONS),
            ValueDriver.of(
                diagnosis, "Diagnosing together", ValueDriverLayer.OFFERINGS_AND_INTERACTIONS),
            ValueDriver.of(restoreTime, "Time to restore", ValueDriverLayer.SERVICE_PERFORMANCE),
            ValueDriver.of(fixQuality, "Fixes that last", ValueDriverLayer.SERVICE_PERFORMANCE),
            ValueDriver.of(pickingRate, "Picking rate", ValueDriverLayer.CONSUMER_PERFORMANCE),
            ValueDriver.of(onTime, "Orders shipped on time", ValueDriverLayer.CONSUMER_GOALS),
            ValueDriver.of(PURPOSE, "Deliver reliably", ValueDriverLayer.CONSUMER_PURPOSE))
        .addLinks(
            ValueDriverLink.of(spares, offering, 2),
            ValueDriverLink.of(staff, offering, 1),
            ValueDriverLink.of(staff, diagnosis, 1),
            ValueDriverLink.of(practice, diagnosis, 1),
            ValueDriverLink.of(offering, restoreTime, 3),
            ValueDriverLink.of(diagnosis, restoreTime, 1),
            ValueDriverLink.of(diagnosis, fixQuality, 1),
            ValueDriverLink.of(restoreTime, pickingRate, 2),
            ValueDriverLink.of(fixQuality, pickingRate, 1),
            ValueDriverLink.of(pickingRate, onTime),
            ValueDriverLink.of(onTime, PURPOSE))
        .build();
  }

  private static JourneyModel journeyModel() {
    CoreModel core =
        CoreModel.builder()
            .addParty(Party.organization(WAREHOUSE, "Northwind warehouse"))
            .addParty(Party.organization(DESK, "IT service desk"))
            .addStakeholder(
                stakeholder(CUSTOMER, "Warehouse manager", StakeholderKind.SERVICE_CONSUMER)
                    .influence(Level.HIGH)
                    .interest(Level.HIGH)
                    .party(WAREHOUSE)
                    .build())
            .addStakeholder(
                stakeholder(USER, "Warehouse user", StakeholderKind.SERVICE_CONSUMER)
                    .influence(Level.LOW)
                    .interest(Level.HIGH)
                    .build())
            .addStakeholder(
                stakeholder(PROVIDER, "Service desk manager", StakeholderKind.SERVICE_PROVIDER)
                    .influence(Level.HIGH)
                    .interest(Level.HIGH)
                    .party(DESK)
                    .build())
            .addStakeholder(
                stakeholder(WORKS_COUNCIL, "Works council", StakeholderKind.UNION)
                    .influence(Level.HIGH)
                    .interest(Level.HIGH)
                    .build())
            .addService(IncidentResolution.service(WAREHOUSE, DESK))
            .addOffering(
                ServiceOffering.builder()
                    .id(OFFERING)
                    .name("Service desk for warehouse devices")
                    .provider(DESK)
                    .targetConsumerGroup("Warehouses with handheld scanners")
                    .addService(SERVICE)
                    .addServiceAction(
                        ServiceAction.of("Restore a scanner", ServiceActionPerformer.JOINT))
                    .build())
            .addRelationship(
                ServiceRelationship.builder()
                    .id(RELATIONSHIP)
                    .provider(DESK)
                    .consumer(WAREHOUSE)
                    .type(ServiceRelationshipType.COOPERATIVE)
                    .addOffering(OFFERING)
                    .build())
            .build();
    return JourneyModel.builder()
        .core(core)
        .valueStreams(IncidentResolution.valueStreams(WAREHOUSE, DESK))
        .addJourney(journey())
        .addObservedJourneys(IncidentResolution.backAndForthCase(), IncidentResolution.midWayCase())
        .experiences(IncidentResolution.experience())
        .build();
  }

  private static Stakeholder.Builder stakeholder(
      StakeholderId id, String name, StakeholderKind kind) {
    return Stakeholder.builder().id(id).name(name).kind(kind);
  }

  private static Output output(OutputId id, String name, OutputForm form) {
    Output.Builder output = Output.builder().id(id).name(name).service(SERVICE).form(form);
    if (id.equals(INCIDENT_RECORD)) {
      output.activity(ValueStreamActivityId.of("log-incident"));
    } else {
      output.activity(ValueStreamActivityId.of("replace-device"));
    }
    return output.build();
  }

  private static Outcome outcome(
      OutcomeId id, String name, StakeholderId stakeholder, OutputId output, String worth) {
    return Outcome.builder()
        .id(id)
        .name(name)
        .stakeholder(stakeholder)
        .addEnabledBy(output)
        .worth(Money.of(worth, EUR))
        .build();
  }

  private static StepValueContribution contribution(
      String id,
      CustomerJourneyStep step,
      Perspective perspective,
      ValueDimension dimension,
      double added,
      double removed,
      String statement) {
    return StepValueContribution.builder()
        .id(ContributionId.of(id))
        .journey(IncidentResolution.JOURNEY)
        .step(step)
        .perspective(perspective)
        .dimension(dimension)
        .added(added)
        .removed(removed)
        .addStatement(statement)
        .build();
  }

  private static ValueDriver measured(
      ValueDriverId id, String name, ValueDriverLayer layer, double performance) {
    return ValueDriver.builder()
        .id(id)
        .name(name)
        .layer(layer)
        .performance(Score.of(performance))
        .build();
  }
}
