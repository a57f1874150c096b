package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
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
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.Risk;
import org.quicktheories.core.RandomnessSource;

/**
 * The rules of a value model that {@code ValueValidator} checks (ITIL 4: Drive Stakeholder Value,
 * §1.2.6 and §1.2.7), each as a way to break it: its plant puts the defect into a consistent model
 * and names the paths of which the validator must report one. A defect that needs an element the
 * model lacks (an outcome, a plan) falls back to repeating an output id.
 */
enum ValueModelDefect {
  /**
   * A defect of the journey model, drawn from the journey model's defects, under {@code journey}.
   */
  JOURNEY_DEFECT(
      (in, model) -> {
        Broken<JourneyModel> journey =
            Draw.oneOf(in, List.of(JourneyModelDefect.values())).plant.apply(in, model.journey());
        return Optional.of(journey.within(model.withJourney(journey.model()), "journey"));
      }),
  /** An output id used twice. */
  REPEATED_OUTPUT((in, model) -> repeated(in, model, Parts.OUTPUTS)),
  /** An outcome id used twice. */
  REPEATED_OUTCOME((in, model) -> repeated(in, model, Parts.OUTCOMES)),
  /** A cost id used twice. */
  REPEATED_COST((in, model) -> repeated(in, model, Parts.COSTS)),
  /** A risk id used twice. */
  REPEATED_RISK((in, model) -> repeated(in, model, Parts.RISKS)),
  /** A requirement id used twice. */
  REPEATED_REQUIREMENT((in, model) -> repeated(in, model, Parts.REQUIREMENTS)),
  /** A contribution id used twice. */
  REPEATED_CONTRIBUTION((in, model) -> repeated(in, model, Parts.CONTRIBUTIONS)),
  /** A plan id used twice. */
  REPEATED_PLAN((in, model) -> repeated(in, model, Parts.PLANS)),
  /** A value-driver chain id used twice. */
  REPEATED_CHAIN((in, model) -> repeated(in, model, Parts.CHAINS)),
  /** A service given two performances. */
  SECOND_PERFORMANCE(
      (in, model) ->
          model.performances().isEmpty()
              ? Optional.empty()
              : Optional.of(Parts.PERFORMANCES.repeated(in, model, ".service"))),
  /** An output of a service the model does not hold. */
  UNKNOWN_OUTPUT_SERVICE(
      (in, model) ->
          dangling(in, model, Parts.OUTPUTS, "service", ServiceId::of, Output::withService)),
  /** An outcome of a stakeholder the model does not hold. */
  UNKNOWN_OUTCOME_STAKEHOLDER(
      (in, model) ->
          dangling(
              in,
              model,
              Parts.OUTCOMES,
              "stakeholder",
              StakeholderId::of,
              Outcome::withStakeholder)),
  /** An outcome enabled by an output the model does not hold. */
  UNKNOWN_ENABLING_OUTPUT(
      (in, model) ->
          dangling(
              in,
              model,
              Parts.OUTCOMES,
              "enabledBy",
              OutputId::of,
              (outcome, output) -> Outcome.builder().from(outcome).addEnabledBy(output).build())),
  /** A cost borne by a stakeholder the model does not hold. */
  UNKNOWN_COST_BEARER(
      (in, model) ->
          dangling(in, model, Parts.COSTS, "bearer", StakeholderId::of, Cost::withBearer)),
  /** A risk threatening an outcome the model does not hold. */
  UNKNOWN_RISK_OUTCOME(
      (in, model) ->
          dangling(
              in,
              model,
              Parts.RISKS,
              "affects",
              OutcomeId::of,
              (risk, outcome) -> Risk.builder().from(risk).addAffect(outcome).build())),
  /** A requirement of a service the model does not hold. */
  UNKNOWN_REQUIREMENT_SERVICE(
      (in, model) ->
          dangling(
              in, model, Parts.REQUIREMENTS, "service", ServiceId::of, Requirement::withService)),
  /** A type of service given to an offering the model does not hold. */
  UNKNOWN_OFFERING_TYPE(
      (in, model) -> {
        ServiceOfferingId missing = ServiceOfferingId.of(Texts.missingIdText(in));
        Map<ServiceOfferingId, TypeOfService> types = new LinkedHashMap<>(model.offeringTypes());
        types.put(missing, Draw.oneOf(in, List.of(TypeOfService.values())));
        return Optional.of(
            new Broken<>(
                model.withOfferingTypes(types),
                "offering " + missing + " is typed but unknown",
                List.of("offeringTypes." + missing.value())));
      }),
  /** An engagement of a stakeholder the model does not hold. */
  UNKNOWN_ENGAGED_STAKEHOLDER(
      (in, model) -> {
        if (model.engagements().isEmpty()) {
          return Optional.empty();
        }
        List<Engagement> engagements = new ArrayList<>(model.engagements());
        int i = Draw.intBetween(in, 0, engagements.size() - 1);
        StakeholderId missing = StakeholderId.of(Texts.missingIdText(in));
        engagements.set(
            i, Engagement.of(missing, engagements.get(i).step(), engagements.get(i).description()));
        return Optional.of(
            new Broken<>(
                model.withEngagements(engagements),
                "engagement " + i + " names an unknown stakeholder",
                List.of("engagements[" + i + "].stakeholder")));
      }),
  /** A contribution to a journey the model does not hold. */
  UNKNOWN_CONTRIBUTION_JOURNEY(
      (in, model) ->
          dangling(
              in,
              model,
              Parts.CONTRIBUTIONS,
              "journey",
              JourneyId::of,
              StepValueContribution::withJourney)),
  /** A contribution offset by another of the same step of the same journey. */
  OFFSET_IN_SAME_STEP(
      (in, model) -> {
        if (model.contributions().isEmpty()) {
          return Optional.empty();
        }
        List<StepValueContribution> contributions = new ArrayList<>(model.contributions());
        int i = Draw.intBetween(in, 0, contributions.size() - 1);
        StepValueContribution contribution = contributions.get(i);
        Set<String> taken = new HashSet<>();
        contributions.forEach(c -> taken.add(c.id().value()));
        ContributionId twin = ContributionId.of(Texts.freshIdText(in, taken));
        contributions.add(contribution.withId(twin).withOffsetBy(List.of()));
        Set<ContributionId> offsets = new HashSet<>(contribution.offsetBy());
        offsets.add(twin);
        contributions.set(i, contribution.withOffsetBy(offsets));
        return Optional.of(
            new Broken<>(
                model.withContributions(contributions),
                "contribution " + contribution.id() + " is offset within its own step",
                List.of("contributions[" + i + "].offsetBy")));
      }),
  /** A plan along a journey the model does not hold. */
  UNKNOWN_PLAN_JOURNEY(
      (in, model) ->
          dangling(
              in,
              model,
              Parts.PLANS,
              "journey",
              JourneyId::of,
              (plan, journey) ->
                  ValueCoCreationPlan.builder()
                      .from(plan)
                      .journey(journey)
                      .agreedAt(Optional.empty())
                      .build())),
  /** A plan agreed at a touchpoint that is not at the agree step. */
  PLAN_AGREED_OUTSIDE_AGREE(
      (in, model) -> {
        List<ValueCoCreationPlan> plans = new ArrayList<>(model.plans());
        Map<JourneyId, CustomerJourney> journeys = new LinkedHashMap<>();
        model.journey().journeys().forEach(j -> journeys.putIfAbsent(j.id(), j));
        for (int i = 0; i < plans.size(); i++) {
          CustomerJourney journey = journeys.get(plans.get(i).journey());
          if (journey == null) {
            continue;
          }
          for (Touchpoint touchpoint : journey.touchpoints()) {
            if (touchpoint.step() != CustomerJourneyStep.AGREE) {
              plans.set(
                  i,
                  ValueCoCreationPlan.builder()
                      .from(plans.get(i))
                      .agreedAt(touchpoint.id())
                      .build());
              return Optional.of(
                  new Broken<>(
                      model.withPlans(plans),
                      "plan " + plans.get(i).id() + " is agreed at " + touchpoint.id(),
                      List.of("plans[" + i + "].agreedAt")));
            }
          }
        }
        return Optional.empty();
      }),
  /** A plan of an outcome the model does not hold. */
  UNKNOWN_PLANNED_OUTCOME(
      (in, model) -> {
        if (model.plans().isEmpty()) {
          return Optional.empty();
        }
        List<ValueCoCreationPlan> plans = new ArrayList<>(model.plans());
        int i = Draw.intBetween(in, 0, plans.size() - 1);
        ValueCoCreationPlan plan = plans.get(i);
        OutcomeId missing = OutcomeId.of(Texts.missingIdText(in));
        plans.set(
            i,
            ValueCoCreationPlan.builder()
                .from(plan)
                .addOutcome(PlannedOutcome.of(missing))
                .build());
        return Optional.of(
            new Broken<>(
                model.withPlans(plans),
                "plan " + plan.id() + " plans the unknown outcome " + missing,
                List.of("plans[" + i + "].outcomes[" + plan.outcomes().size() + "].outcome")));
      }),
  /** A stakeholder whose amounts are in two currencies. */
  MIXED_CURRENCY(ValueModelDefect::mixedCurrency),
  /** A utility feature that meets a requirement of warranty, of another service, or unknown. */
  FEATURE_MEETS_WRONG_REQUIREMENT(
      (in, model) -> {
        if (model.performances().isEmpty()) {
          return Optional.empty();
        }
        List<ServicePerformance> performances = new ArrayList<>(model.performances());
        int i = Draw.intBetween(in, 0, performances.size() - 1);
        ServicePerformance performance = performances.get(i);
        RequirementId wrong = RequirementId.of(Texts.missingIdText(in));
        for (Requirement requirement : model.requirements()) {
          if (requirement.isWarranty() || !requirement.service().equals(performance.service())) {
            wrong = requirement.id();
            break;
          }
        }
        List<UtilityFeature> utility = new ArrayList<>(performance.utility());
        utility.set(0, UtilityFeature.builder().from(utility.get(0)).addMeet(wrong).build());
        performances.set(i, performance.withUtility(utility));
        return Optional.of(
            new Broken<>(
                model.withPerformances(performances),
                "a feature of service " + performance.service() + " meets " + wrong,
                List.of("performances[" + i + "].utility[0].meets")));
      });

  /** Puts the defect into a consistent model, or says it cannot. */
  @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
  private final BiFunction<RandomnessSource, ValueModel, Optional<Broken<ValueModel>>> plant;

  ValueModelDefect(BiFunction<RandomnessSource, ValueModel, Optional<Broken<ValueModel>>> plant) {
    this.plant = plant;
  }

  /**
   * Puts the defect into a consistent model, or, when the model lacks what the defect needs,
   * repeats an output id instead.
   */
  Broken<ValueModel> plant(RandomnessSource in, ValueModel model) {
    return plant.apply(in, model).orElseGet(() -> Parts.OUTPUTS.repeated(in, model, ".id"));
  }

  private static <T> Optional<Broken<ValueModel>> repeated(
      RandomnessSource in, ValueModel model, ModelPart<ValueModel, T> part) {
    if (part.of(model).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(part.repeated(in, model, ".id"));
  }

  private static <T, I extends TypedId<?>> Optional<Broken<ValueModel>> dangling(
      RandomnessSource in,
      ValueModel model,
      ModelPart<ValueModel, T> part,
      String attribute,
      Function<String, I> id,
      BiFunction<T, I, T> refer) {
    if (part.of(model).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(part.dangling(in, model, attribute, id, refer));
  }

  private static Optional<Broken<ValueModel>> mixedCurrency(RandomnessSource in, ValueModel model) {
    List<Cost> costs = new ArrayList<>(model.costs());
    if (model.core().services().isEmpty() || model.core().stakeholders().isEmpty()) {
      return Optional.empty();
    }
    StakeholderId bearer = Draw.oneOf(in, model.core().stakeholders()).id();
    ServiceId service = model.core().services().get(0).id();
    Optional<String> first = firstCurrency(model, bearer);
    String other = "EUR";
    if (first.isEmpty()) {
      costs.add(money(in, costs, bearer, service, Money.of("1", "USD")));
    } else if (first.get().equals(other)) {
      other = "USD";
    }
    costs.add(money(in, costs, bearer, service, Money.of("1", other)));
    return Optional.of(
        new Broken<>(
            model.withCosts(costs),
            "stakeholder " + bearer + " has amounts in two currencies",
            List.of("costs[" + (costs.size() - 1) + "].money")));
  }

  private static Cost money(
      RandomnessSource in, List<Cost> costs, StakeholderId bearer, ServiceId service, Money money) {
    Set<String> taken = new HashSet<>();
    costs.forEach(c -> taken.add(c.id().value()));
    return Cost.builder()
        .id(CostId.of(Texts.freshIdText(in, taken)))
        .name("Fee")
        .service(service)
        .bearer(bearer)
        .side(CostSide.CONSUMPTION)
        .money(money)
        .build();
  }

  /** The currency the validator meets first for a stakeholder: outcomes, then costs. */
  private static Optional<String> firstCurrency(ValueModel model, StakeholderId stakeholder) {
    for (Outcome outcome : model.outcomes()) {
      if (outcome.stakeholder().equals(stakeholder)) {
        return Optional.of(outcome.worth().currency());
      }
    }
    for (Cost cost : model.costs()) {
      if (cost.bearer().equals(stakeholder)) {
        if (cost.money().isPresent()) {
          return Optional.of(cost.money().get().currency());
        }
        for (ResourceUse use : cost.resources()) {
          if (use.value().isPresent()) {
            return Optional.of(use.value().get().currency());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The lists of a value model, by the names the validator uses in paths. */
  static final class Parts {
    static final ModelPart<ValueModel, Output> OUTPUTS =
        new ModelPart<>("outputs", ValueModel::outputs, ValueModel::withOutputs);
    static final ModelPart<ValueModel, Outcome> OUTCOMES =
        new ModelPart<>("outcomes", ValueModel::outcomes, ValueModel::withOutcomes);
    static final ModelPart<ValueModel, Cost> COSTS =
        new ModelPart<>("costs", ValueModel::costs, ValueModel::withCosts);
    static final ModelPart<ValueModel, Risk> RISKS =
        new ModelPart<>("risks", ValueModel::risks, ValueModel::withRisks);
    static final ModelPart<ValueModel, ServicePerformance> PERFORMANCES =
        new ModelPart<>("performances", ValueModel::performances, ValueModel::withPerformances);
    static final ModelPart<ValueModel, Requirement> REQUIREMENTS =
        new ModelPart<>("requirements", ValueModel::requirements, ValueModel::withRequirements);
    static final ModelPart<ValueModel, StepValueContribution> CONTRIBUTIONS =
        new ModelPart<>("contributions", ValueModel::contributions, ValueModel::withContributions);
    static final ModelPart<ValueModel, ValueCoCreationPlan> PLANS =
        new ModelPart<>("plans", ValueModel::plans, ValueModel::withPlans);
    static final ModelPart<ValueModel, ValueDriverChain> CHAINS =
        new ModelPart<>("driverChains", ValueModel::driverChains, ValueModel::withDriverChains);

    private Parts() {}
  }
}
