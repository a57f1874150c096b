package org.covalue.testkit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
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
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriverChain;
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
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.value.risk.RiskSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of value models (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7) built on
 * consistent journey models: every element refers to what the model holds, each stakeholder's
 * amounts share one currency, and nothing leaks under the default leakage detector with the
 * evidence of {@link LeakageGens#cleanEvidence}: offerings are typed as their relationships call
 * for, every stakeholder is engaged, every requirement is met, warranty and use and outcomes meet
 * their targets, and plans follow journeys with a realize step.
 */
public final class ValueGens {

  /** The currencies a stakeholder's amounts are drawn in. */
  static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");

  private ValueGens() {}

  /**
   * Returns consistent value models on journey models of a given scale.
   *
   * @param scale the scale of the journey model; at least 2
   * @return the generator
   */
  public static Gen<ValueModel> models(int scale) {
    if (scale < 2) {
      throw new IllegalArgumentException(
          "A value model's scale must be at least 2, but was " + scale);
    }
    Gen<JourneyModel> journeys = JourneyModelGens.models(scale);
    return in -> model(in, journeys.generate(in));
  }

  /**
   * Returns consistent value models with one defect each that the value validator must report.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   */
  public static Gen<Broken<ValueModel>> brokenModels(int scale) {
    Gen<ValueModel> models = models(scale);
    return in -> {
      ValueModel model = models.generate(in);
      return Draw.oneOf(in, List.of(ValueModelDefect.values())).plant(in, model);
    };
  }

  private static ValueModel model(RandomnessSource in, JourneyModel journeyModel) {
    JourneyModel journeys = withRealizeStep(in, journeyModel);
    CoreModel core = journeys.core();
    List<StakeholderId> stakeholders = new ArrayList<>();
    List<String> currencies = new ArrayList<>();
    for (Stakeholder stakeholder : core.stakeholders()) {
      stakeholders.add(stakeholder.id());
      currencies.add(Draw.oneOf(in, CURRENCIES));
    }
    List<ServiceId> services = new ArrayList<>();
    core.services().forEach(service -> services.add(service.id()));
    List<ValueStreamActivityId> activities = new ArrayList<>();
    for (ValueStream stream : journeys.valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        activities.add(activity.id());
      }
    }

    List<Output> outputs = new ArrayList<>();
    List<String> outputTexts = Texts.uniqueIdTexts(in, 2 * services.size());
    for (int s = 0; s < services.size(); s++) {
      int count = Draw.intBetween(in, 1, 2);
      for (int k = 0; k < count; k++) {
        Output.Builder output =
            Output.builder()
                .id(OutputId.of(outputTexts.get(2 * s + k)))
                .name(Texts.names().generate(in))
                .service(services.get(s))
                .form(Draw.bool(in) ? OutputForm.TANGIBLE : OutputForm.INTANGIBLE);
        if (!activities.isEmpty() && Draw.bool(in)) {
          output.activity(Draw.oneOf(in, activities));
        }
        outputs.add(output.build());
      }
    }

    List<Outcome> outcomes = new ArrayList<>();
    List<String> outcomeTexts = Texts.uniqueIdTexts(in, 2 * stakeholders.size());
    for (int i = 0; i < stakeholders.size(); i++) {
      StakeholderId stakeholder = stakeholders.get(i);
      int count = Draw.intBetween(in, 0, 2);
      for (int k = 0; k < count; k++) {
        outcomes.add(
            Outcome.builder()
                .id(OutcomeId.of(outcomeTexts.get(2 * i + k)))
                .name(Texts.names().generate(in))
                .stakeholder(stakeholder)
                .enabledBy(ids(Draw.atLeastOneOf(in, outputs)))
                .worth(money(in, currencies.get(i)))
                .build());
      }
    }

    List<Cost> costs = new ArrayList<>();
    List<String> costTexts = Texts.uniqueIdTexts(in, 2 * stakeholders.size());
    for (int i = 0; i < stakeholders.size(); i++) {
      StakeholderId stakeholder = stakeholders.get(i);
      int count = Draw.intBetween(in, 0, 2);
      for (int k = 0; k < count; k++) {
        costs.add(
            cost(
                in,
                CostId.of(costTexts.get(2 * i + k)),
                Draw.oneOf(in, services),
                stakeholder,
                currencies.get(i)));
      }
    }

    List<Risk> risks = new ArrayList<>();
    List<String> riskTexts = Texts.uniqueIdTexts(in, stakeholders.size());
    for (int i = 0; i < stakeholders.size(); i++) {
      StakeholderId stakeholder = stakeholders.get(i);
      if (!Draw.bool(in)) {
        continue;
      }
      Risk.Builder risk =
          Risk.builder()
              .id(RiskId.of(riskTexts.get(i)))
              .name(Texts.names().generate(in))
              .service(Draw.oneOf(in, services))
              .bearer(stakeholder)
              .threat(score(in))
              .vulnerability(score(in))
              .impact(money(in, currencies.get(i)))
              .source(Draw.bool(in) ? RiskSource.UNEXPECTED_EVENT : RiskSource.CHANGED_NEEDS);
      for (Outcome outcome : outcomes) {
        if (outcome.stakeholder().equals(stakeholder) && Draw.bool(in)) {
          risk.addAffect(outcome.id());
        }
      }
      if (Draw.oneIn(in, 3)) {
        risk.compliance(
            ComplianceGap.of(Draw.oneOf(in, stakeholders), Texts.names().generate(in), score(in)));
      }
      risks.add(risk.build());
    }

    List<ServicePerformance> performances = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    List<String> requirementTexts = Texts.uniqueIdTexts(in, 2 * services.size());
    for (int s = 0; s < services.size(); s++) {
      performance(in, services.get(s), stakeholders, requirementTexts.subList(2 * s, 2 * s + 2))
          .addTo(performances, requirements);
    }

    Map<ServiceOfferingId, TypeOfService> types = offeringTypes(in, core);

    List<Engagement> engagements = new ArrayList<>();
    for (StakeholderId stakeholder : stakeholders) {
      engagements.add(
          Engagement.of(stakeholder, JourneyGens.steps().generate(in), Texts.names().generate(in)));
    }

    List<StepValueContribution> contributions = contributions(in, journeys.journeys());
    List<ValueCoCreationPlan> plans = plans(in, journeys.journeys(), outcomes, services);

    return ValueModel.builder()
        .journey(journeys)
        .outputs(outputs)
        .outcomes(outcomes)
        .costs(costs)
        .risks(risks)
        .performances(performances)
        .requirements(requirements)
        .offeringTypes(types)
        .engagements(engagements)
        .contributions(contributions)
        .plans(plans)
        .driverChains(chains(in))
        .build();
  }

  private static List<ValueDriverChain> chains(RandomnessSource in) {
    List<ValueDriverChain> chains = Draw.listOf(in, DriverChainGens.chains(true), 0, 2);
    List<String> texts = Texts.uniqueIdTexts(in, chains.size());
    for (int i = 0; i < chains.size(); i++) {
      chains.set(i, chains.get(i).withId(ValueDriverChainId.of(texts.get(i))));
    }
    return chains;
  }

  /**
   * Gives the first journey a touchpoint at the realize step, when it has none, so plans can be.
   */
  static JourneyModel withRealizeStep(RandomnessSource in, JourneyModel model) {
    CustomerJourney first = model.journeys().get(0);
    if (first.steps().contains(CustomerJourneyStep.REALIZE)) {
      return model;
    }
    List<Touchpoint> touchpoints = new ArrayList<>(first.touchpoints());
    Set<String> taken = new HashSet<>();
    touchpoints.forEach(touchpoint -> taken.add(touchpoint.id().value()));
    Touchpoint last = touchpoints.get(touchpoints.size() - 1);
    touchpoints.add(
        Touchpoint.builder()
            .from(last)
            .id(TouchpointId.of(Texts.freshIdText(in, taken)))
            .step(CustomerJourneyStep.REALIZE)
            .transition(Optional.empty())
            .build());
    List<CustomerJourney> journeys = new ArrayList<>(model.journeys());
    journeys.set(0, first.withTouchpoints(touchpoints));
    return model.withJourneys(journeys);
  }

  /** Types the offerings whose relationships all have one type, as that type calls for. */
  private static Map<ServiceOfferingId, TypeOfService> offeringTypes(
      RandomnessSource in, CoreModel core) {
    Map<ServiceOfferingId, Set<ServiceRelationshipType>> used = new LinkedHashMap<>();
    core.offerings().forEach(offering -> used.put(offering.id(), new HashSet<>()));
    for (ServiceRelationship relationship : core.relationships()) {
      for (ServiceOfferingId offering : relationship.offerings()) {
        used.computeIfAbsent(offering, o -> new HashSet<>()).add(relationship.type());
      }
    }
    Map<ServiceOfferingId, TypeOfService> types = new LinkedHashMap<>();
    used.forEach(
        (offering, relationshipTypes) -> {
          if (relationshipTypes.size() <= 1 && Draw.bool(in)) {
            types.put(
                offering,
                relationshipTypes.isEmpty()
                    ? Draw.oneOf(in, List.of(TypeOfService.values()))
                    : typeFor(relationshipTypes.iterator().next()));
          }
        });
    return types;
  }

  /**
   * Returns the type of service that calls for a relationship type.
   *
   * @param type the relationship type
   * @return the type of service whose relationship type it is
   */
  public static TypeOfService typeFor(ServiceRelationshipType type) {
    for (TypeOfService service : TypeOfService.values()) {
      if (service.relationshipType() == type) {
        return service;
      }
    }
    throw new IllegalArgumentException("No type of service calls for " + type);
  }

  /** A service's performance and the requirements it meets. */
  private record Performance(ServicePerformance performance, List<Requirement> requirements) {
    void addTo(List<ServicePerformance> performances, List<Requirement> all) {
      performances.add(performance);
      all.addAll(requirements);
    }
  }

  private static Performance performance(
      RandomnessSource in,
      ServiceId service,
      List<StakeholderId> stakeholders,
      List<String> requirementTexts) {
    List<WarrantyTarget> warranty = new ArrayList<>();
    int targets = Draw.intBetween(in, 0, 2);
    for (int t = 0; t < targets; t++) {
      MeasureDirection direction =
          Draw.bool(in) ? MeasureDirection.HIGHER_IS_BETTER : MeasureDirection.LOWER_IS_BETTER;
      WarrantyLevel agreed =
          WarrantyLevel.of(
              Draw.oneOf(in, WarrantyAspect.predefined()),
              "measure " + t,
              Draw.intBetween(in, 1, 100),
              direction);
      WarrantyTarget target = WarrantyTarget.of(agreed);
      if (Draw.bool(in)) {
        // A measurement that meets the agreed level.
        double margin = Draw.intBetween(in, 0, 10);
        target =
            target.withMeasured(
                direction == MeasureDirection.HIGHER_IS_BETTER
                    ? agreed.value() + margin
                    : agreed.value() - margin);
      }
      warranty.add(target);
    }
    List<Requirement> requirements = new ArrayList<>();
    Set<RequirementId> utilityMet = new HashSet<>();
    int count = Draw.intBetween(in, 0, 2);
    for (int r = 0; r < count; r++) {
      Requirement.Builder requirement =
          Requirement.builder()
              .id(RequirementId.of(requirementTexts.get(r)))
              .name(Texts.names().generate(in))
              .stakeholder(Draw.oneOf(in, stakeholders))
              .service(service);
      if (!warranty.isEmpty() && Draw.bool(in)) {
        WarrantyLevel agreed = Draw.oneOf(in, warranty).agreed();
        double looser = Draw.intBetween(in, 0, 5);
        requirement.warranty(
            agreed.withValue(
                agreed.direction() == MeasureDirection.HIGHER_IS_BETTER
                    ? agreed.value() - looser
                    : agreed.value() + looser));
      } else {
        utilityMet.add(RequirementId.of(requirementTexts.get(r)));
      }
      requirements.add(requirement.build());
    }
    List<UtilityFeature> utility = new ArrayList<>();
    int features = Draw.intBetween(in, 1, 2);
    for (int f = 0; f < features; f++) {
      UtilityFeature.Builder feature =
          UtilityFeature.builder()
              .description(Texts.names().generate(in))
              .effect(
                  Draw.bool(in)
                      ? UtilityEffect.SUPPORTS_PERFORMANCE
                      : UtilityEffect.REMOVES_CONSTRAINT);
      if (f == 0) {
        feature.meets(utilityMet);
      }
      utility.add(feature.build());
    }
    return new Performance(
        ServicePerformance.builder().service(service).utility(utility).warranty(warranty).build(),
        requirements);
  }

  private static List<StepValueContribution> contributions(
      RandomnessSource in, List<CustomerJourney> journeys) {
    List<StepValueContribution> contributions = new ArrayList<>();
    List<String> texts = Texts.uniqueIdTexts(in, 3 * journeys.size());
    for (int j = 0; j < journeys.size(); j++) {
      CustomerJourney journey = journeys.get(j);
      List<CustomerJourneyStep> steps = new ArrayList<>(journey.steps());
      int count = Draw.intBetween(in, 0, 3);
      for (int k = 0; k < count; k++) {
        contributions.add(
            StepValueContribution.builder()
                .id(ContributionId.of(texts.get(3 * j + k)))
                .journey(journey.id())
                .step(Draw.oneOf(in, steps))
                .perspective(
                    Draw.bool(in) ? Perspective.SERVICE_CONSUMER : Perspective.SERVICE_PROVIDER)
                .dimension(Draw.oneOf(in, List.of(ValueDimension.values())))
                .added(Draw.intBetween(in, 0, 8) / 2.0)
                .removed(Draw.intBetween(in, 0, 8) / 2.0)
                .build());
      }
    }
    for (int i = 0; i < contributions.size(); i++) {
      StepValueContribution contribution = contributions.get(i);
      List<ContributionId> elsewhere = new ArrayList<>();
      for (StepValueContribution other : contributions) {
        if (!other.journey().equals(contribution.journey())
            || other.step() != contribution.step()) {
          elsewhere.add(other.id());
        }
      }
      if (!elsewhere.isEmpty() && Draw.oneIn(in, 3)) {
        contributions.set(i, contribution.withOffsetBy(Draw.atLeastOneOf(in, elsewhere)));
      }
    }
    return contributions;
  }

  private static List<ValueCoCreationPlan> plans(
      RandomnessSource in,
      List<CustomerJourney> journeys,
      List<Outcome> outcomes,
      List<ServiceId> services) {
    List<ValueCoCreationPlan> plans = new ArrayList<>();
    if (outcomes.isEmpty()) {
      return plans;
    }
    List<String> texts = Texts.uniqueIdTexts(in, journeys.size());
    for (int j = 0; j < journeys.size(); j++) {
      CustomerJourney journey = journeys.get(j);
      if (!journey.steps().contains(CustomerJourneyStep.REALIZE) || (j > 0 && Draw.bool(in))) {
        continue;
      }
      ValueCoCreationPlan.Builder plan =
          ValueCoCreationPlan.builder()
              .id(ValueCoCreationPlanId.of(texts.get(j)))
              .name(Texts.names().generate(in))
              .journey(journey.id());
      List<Touchpoint> agree = journey.touchpointsAt(CustomerJourneyStep.AGREE);
      if (!agree.isEmpty() && Draw.bool(in)) {
        plan.agreedAt(Draw.oneOf(in, agree).id());
      }
      for (Outcome outcome : Draw.atLeastOneOf(in, outcomes)) {
        plan.addOutcome(PlannedOutcome.of(outcome.id(), measure(in, true)));
      }
      if (Draw.bool(in)) {
        double planned = Draw.intBetween(in, 0, 50);
        PlannedUse use = PlannedUse.of(Draw.oneOf(in, services), "use", planned);
        plan.addUse(Draw.bool(in) ? use.withActual(planned + Draw.intBetween(in, 0, 5)) : use);
      }
      plans.add(plan.build());
    }
    return plans;
  }

  /**
   * Draws an outcome measure, measured or not.
   *
   * @param in the randomness source
   * @param meetsTarget whether a measurement, if any, meets the target
   * @return the measure
   */
  static OutcomeMeasure measure(RandomnessSource in, boolean meetsTarget) {
    MeasureDirection direction =
        Draw.bool(in) ? MeasureDirection.HIGHER_IS_BETTER : MeasureDirection.LOWER_IS_BETTER;
    double target = Draw.intBetween(in, 1, 100);
    OutcomeMeasure measure = OutcomeMeasure.of("outcome measure", target, direction);
    if (!meetsTarget) {
      double gap = Draw.intBetween(in, 1, 10);
      return measure.withMeasured(
          direction == MeasureDirection.HIGHER_IS_BETTER ? target - gap : target + gap);
    }
    if (Draw.bool(in)) {
      double margin = Draw.intBetween(in, 0, 10);
      return measure.withMeasured(
          direction == MeasureDirection.HIGHER_IS_BETTER ? target + margin : target - margin);
    }
    return measure;
  }

  private static Cost cost(
      RandomnessSource in, CostId id, ServiceId service, StakeholderId bearer, String currency) {
    Cost.Builder cost =
        Cost.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .service(service)
            .bearer(bearer)
            .side(Draw.bool(in) ? CostSide.PROVISION : CostSide.CONSUMPTION);
    boolean any = false;
    if (Draw.bool(in)) {
      cost.money(money(in, currency));
      any = true;
    }
    if (Draw.bool(in)) {
      cost.time(Duration.ofMinutes(Draw.intBetween(in, 0, 600)));
      any = true;
    }
    if (Draw.oneIn(in, 3) || !any) {
      cost.addResource(
          Draw.bool(in)
              ? ResourceUse.of(Texts.names().generate(in), money(in, currency))
              : ResourceUse.of(Texts.names().generate(in)));
    }
    if (Draw.bool(in)) {
      cost.step(JourneyGens.steps().generate(in));
    }
    return cost.build();
  }

  /**
   * Draws an amount of money with cents, up to 5,000.
   *
   * @param in the randomness source
   * @param currency the currency
   * @return the amount
   */
  static Money money(RandomnessSource in, String currency) {
    return Money.of(BigDecimal.valueOf(Draw.intBetween(in, 0, 500_000), 2), currency);
  }

  /**
   * Draws a score in hundredths.
   *
   * @param in the randomness source
   * @return a score in [0, 1]
   */
  static Score score(RandomnessSource in) {
    return Score.of(Draw.intBetween(in, 0, 100) / 100.0);
  }

  private static List<OutputId> ids(List<Output> outputs) {
    List<OutputId> ids = new ArrayList<>();
    outputs.forEach(output -> ids.add(output.id()));
    return ids;
  }

  /**
   * Returns the services of a model that have a performance.
   *
   * @param model the model
   * @return their ids, in the order of the core's services
   */
  static List<ServiceId> services(ValueModel model) {
    List<ServiceId> services = new ArrayList<>();
    for (Service service : model.core().services()) {
      services.add(service.id());
    }
    return services;
  }
}
