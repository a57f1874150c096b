package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.covalue.core.Level;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.OutcomeId;
import org.covalue.value.RequirementId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of value leakage scenarios (ITIL 4: Drive Stakeholder Value, §1.2.6): a value model
 * and evidence in which the default {@link LeakageDetector} finds nothing, with up to four leaks
 * planted into it, each the evidence of exactly one finding and each removable on its own.
 */
public final class LeakageGens {

  /** The most leaks a scenario holds. */
  static final int MAX_LEAKS = 4;

  private LeakageGens() {}

  /**
   * A model and the evidence the detector takes.
   *
   * @param model the value model
   * @param evidence the evidence
   */
  public record State(ValueModel model, LeakageEvidence evidence) {}

  /**
   * One planted leak: the rule of the finding it must produce, the finding's elements, what it is,
   * and how to remove its evidence again.
   *
   * @param rule the rule of the one finding the leak produces
   * @param elements the finding's elements, in the detector's order
   * @param description what was planted, for reports
   * @param repair removes the leak's evidence and nothing else
   */
  public record Leak(
      Rule rule, List<TypedId<?>> elements, String description, UnaryOperator<State> repair) {

    /**
     * Copies the elements.
     *
     * @param rule the rule
     * @param elements the elements
     * @param description the description
     * @param repair the repair
     */
    public Leak {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A state with the leaks planted into it.
   *
   * @param state the model and evidence, leaks included
   * @param leaks the leaks, in the order planted
   */
  public record Scenario(State state, List<Leak> leaks) {

    /**
     * Copies the leaks.
     *
     * @param state the state
     * @param leaks the leaks
     */
    public Scenario {
      leaks = List.copyOf(leaks);
    }

    /**
     * Returns the scenario with the evidence of one leak removed.
     *
     * @param index the leak's index
     * @return the scenario without that leak
     */
    public Scenario repaired(int index) {
      List<Leak> rest = new ArrayList<>(leaks);
      Leak removed = rest.remove(index);
      return new Scenario(removed.repair().apply(state), rest);
    }
  }

  /**
   * Returns scenarios on consistent value models of a given scale.
   *
   * @param scale the scale of the journey model; at least 2
   * @return the generator
   */
  public static Gen<Scenario> scenarios(int scale) {
    Gen<ValueModel> models = ValueGens.models(scale);
    return in -> {
      ValueModel model = models.generate(in);
      State state = new State(model, cleanEvidence(in, model));
      Planter planter = new Planter(model);
      List<Leak> leaks = new ArrayList<>();
      int count = Draw.intBetween(in, 0, MAX_LEAKS);
      for (int i = 0; i < count; i++) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        kinds = Draw.shuffle(in, kinds);
        for (Kind kind : kinds) {
          Optional<Planted> planted = kind.plant.apply(planter, new Draft(in, state));
          if (planted.isPresent()) {
            state = planted.get().state();
            leaks.add(planted.get().leak());
            break;
          }
        }
      }
      return new Scenario(state, leaks);
    };
  }

  /**
   * Returns evidence in which nothing leaks for a consistent model: the band of every relationship
   * as wide as its type calls for, and for every journey a few observed cases without deviation.
   *
   * @param in the randomness source
   * @param model the model
   * @return the evidence
   */
  public static LeakageEvidence cleanEvidence(RandomnessSource in, ValueModel model) {
    LeakageEvidence.Builder evidence = LeakageEvidence.builder();
    for (ServiceRelationship relationship : model.core().relationships()) {
      evidence.addBandWidth(
          MeasuredBandWidth.of(
              relationship.id(),
              relationship.type().expectedBandOfVisibility(),
              ValueGens.score(in)));
    }
    for (CustomerJourney journey : model.journey().journeys()) {
      JourneyPathFigures.Builder figures =
          JourneyPathFigures.builder().journey(journey.id()).cases(Draw.intBetween(in, 1, 20));
      if (Draw.bool(in)) {
        figures.backAndForthCases(0);
      }
      if (Draw.bool(in)) {
        figures.abandonedCases(0);
      }
      if (Draw.bool(in)) {
        figures.skippedStepCases(0);
      }
      if (Draw.bool(in)) {
        figures.unrealizedCases(0);
      }
      evidence.addJourneyPath(figures.build());
    }
    return evidence.build();
  }

  /** The randomness source and the state a leak is planted into. */
  private record Draft(RandomnessSource in, State state) {
    ValueModel model() {
      return state.model();
    }

    LeakageEvidence evidence() {
      return state.evidence();
    }
  }

  /** A leak and the state it was planted into. */
  private record Planted(State state, Leak leak) {}

  /** What earlier leaks used, so that every leak stays the evidence of one finding only. */
  private static final class Planter {
    final Set<ServiceRelationshipId> bands = new HashSet<>();
    final Set<List<Object>> figures = new HashSet<>();
    final Set<ValueCoCreationPlanId> cleanPlans = new HashSet<>();
    final Set<String> taken = new HashSet<>();
    int counter;

    Planter(ValueModel model) {
      model.plans().forEach(plan -> cleanPlans.add(plan.id()));
    }

    String fresh(RandomnessSource in) {
      String text = Texts.freshIdText(in, taken);
      taken.add(text);
      return text;
    }

    String measure(String prefix) {
      return prefix + " " + counter++;
    }
  }

  /** The kinds of leak, one per rule of the detector. */
  private enum Kind {
    TYPE_OF_SERVICE_MISMATCH(Kind::typeOfService),
    BAND_WIDTH_MISMATCH(Kind::bandWidth),
    UNENGAGED_STAKEHOLDER(Kind::unengaged),
    UNMET_REQUIREMENT(Kind::unmet),
    WARRANTY_BELOW_TARGET(Kind::warranty),
    BACK_AND_FORTH((p, d) -> deviation(p, d, LeakageDetector.BACK_AND_FORTH)),
    ABANDONED_JOURNEY((p, d) -> deviation(p, d, LeakageDetector.ABANDONED_JOURNEY)),
    SKIPPED_STEPS((p, d) -> deviation(p, d, LeakageDetector.SKIPPED_STEPS)),
    UNREALIZED_JOURNEY((p, d) -> deviation(p, d, LeakageDetector.UNREALIZED_JOURNEY)),
    USE_BELOW_PLAN(Kind::use),
    UNMEASURED_OUTCOME((p, d) -> plannedOutcome(p, d, false)),
    OUTCOME_BELOW_PLAN((p, d) -> plannedOutcome(p, d, true)),
    NO_REALIZE_STEP(Kind::noRealize);

    @SuppressWarnings("ImmutableEnumChecker") // each constant holds a lambda that captures nothing
    final BiFunction<Planter, Draft, Optional<Planted>> plant;

    Kind(BiFunction<Planter, Draft, Optional<Planted>> plant) {
      this.plant = plant;
    }

    private static Optional<Planted> typeOfService(Planter planter, Draft draft) {
      CoreModel core = draft.model().core();
      if (core.relationships().isEmpty() || core.services().isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      ServiceRelationship template = Draw.oneOf(in, core.relationships());
      ServiceOfferingId offeringId = ServiceOfferingId.of(planter.fresh(in));
      ServiceRelationshipId relationshipId = ServiceRelationshipId.of(planter.fresh(in));
      ServiceRelationshipType type = Draw.oneOf(in, List.of(ServiceRelationshipType.values()));
      List<TypeOfService> others = new ArrayList<>();
      for (TypeOfService service : TypeOfService.values()) {
        if (service.relationshipType() != type) {
          others.add(service);
        }
      }
      ServiceOffering offering =
          ServiceOffering.builder()
              .id(offeringId)
              .name("Planted offering")
              .provider(template.provider())
              .targetConsumerGroup("Anyone")
              .addService(Draw.oneOf(in, core.services()).id())
              .addServiceAction(ServiceAction.of("Act", ServiceActionPerformer.JOINT))
              .build();
      ServiceRelationship relationship =
          ServiceRelationship.builder()
              .id(relationshipId)
              .provider(template.provider())
              .consumer(template.consumer())
              .type(type)
              .addOffering(offeringId)
              .build();
      List<ServiceOffering> offerings = new ArrayList<>(core.offerings());
      offerings.add(offering);
      List<ServiceRelationship> relationships = new ArrayList<>(core.relationships());
      relationships.add(relationship);
      ValueModel model =
          withCore(draft.model(), core.withOfferings(offerings).withRelationships(relationships));
      Map<ServiceOfferingId, TypeOfService> types = new LinkedHashMap<>(model.offeringTypes());
      types.put(offeringId, Draw.oneOf(in, others));
      model = model.withOfferingTypes(types);
      return planted(
          new State(model, draft.evidence()),
          LeakageDetector.TYPE_OF_SERVICE_MISMATCH,
          List.of(relationshipId, offeringId),
          "relationship " + relationshipId + " of another type than offering " + offeringId,
          state -> {
            Map<ServiceOfferingId, TypeOfService> fixed =
                new LinkedHashMap<>(state.model().offeringTypes());
            fixed.put(offeringId, ValueGens.typeFor(type));
            return new State(state.model().withOfferingTypes(fixed), state.evidence());
          });
    }

    private static Optional<Planted> bandWidth(Planter planter, Draft draft) {
      List<MeasuredBandWidth> bands = new ArrayList<>();
      for (MeasuredBandWidth band : draft.evidence().bandWidths()) {
        if (!planter.bands.contains(band.relationship())) {
          bands.add(band);
        }
      }
      if (bands.isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      MeasuredBandWidth band = Draw.oneOf(in, bands);
      ServiceRelationshipId relationship = band.relationship();
      planter.bands.add(relationship);
      List<BandWidth> others = new ArrayList<>(List.of(BandWidth.values()));
      others.remove(band.width());
      BandWidth wrong = Draw.oneOf(in, others);
      BandWidth right = band.width();
      return planted(
          new State(draft.model(), replaceBand(draft.evidence(), relationship, wrong)),
          LeakageDetector.BAND_WIDTH_MISMATCH,
          List.of(relationship),
          "band of " + relationship + " measured " + wrong,
          state -> new State(state.model(), replaceBand(state.evidence(), relationship, right)));
    }

    private static LeakageEvidence replaceBand(
        LeakageEvidence evidence, ServiceRelationshipId relationship, BandWidth width) {
      List<MeasuredBandWidth> bands = new ArrayList<>();
      for (MeasuredBandWidth band : evidence.bandWidths()) {
        bands.add(
            band.relationship().equals(relationship)
                ? MeasuredBandWidth.of(relationship, width, band.share())
                : band);
      }
      return evidence.withBandWidths(bands);
    }

    private static Optional<Planted> unengaged(Planter planter, Draft draft) {
      RandomnessSource in = draft.in();
      StakeholderId id = StakeholderId.of(planter.fresh(in));
      CoreModel core = draft.model().core();
      List<Stakeholder> stakeholders = new ArrayList<>(core.stakeholders());
      stakeholders.add(
          Stakeholder.builder()
              .id(id)
              .name("Planted stakeholder")
              .kind(StakeholderKind.OTHER)
              .influence(Level.HIGH)
              .interest(Level.HIGH)
              .build());
      return planted(
          new State(withCore(draft.model(), core.withStakeholders(stakeholders)), draft.evidence()),
          LeakageDetector.UNENGAGED_STAKEHOLDER,
          List.of(id),
          "stakeholder " + id + " to manage closely, never engaged",
          state ->
              new State(
                  ValueModel.builder()
                      .from(state.model())
                      .addEngagement(Engagement.of(id, CustomerJourneyStep.ENGAGE, "Met"))
                      .build(),
                  state.evidence()));
    }

    private static Optional<Planted> unmet(Planter planter, Draft draft) {
      CoreModel core = draft.model().core();
      if (core.services().isEmpty() || core.stakeholders().isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      RequirementId id = RequirementId.of(planter.fresh(in));
      StakeholderId stakeholder = Draw.oneOf(in, core.stakeholders()).id();
      ServiceId service = Draw.oneOf(in, core.services()).id();
      Requirement.Builder requirement =
          Requirement.builder()
              .id(id)
              .name("Planted requirement")
              .stakeholder(stakeholder)
              .service(service);
      if (Draw.bool(in)) {
        requirement.warranty(
            WarrantyLevel.of(
                WarrantyAspect.CAPACITY,
                planter.measure("unmet"),
                Draw.intBetween(in, 1, 100),
                MeasureDirection.HIGHER_IS_BETTER));
      }
      return planted(
          new State(
              ValueModel.builder().from(draft.model()).addRequirement(requirement.build()).build(),
              draft.evidence()),
          LeakageDetector.UNMET_REQUIREMENT,
          List.of(id, stakeholder, service),
          "requirement " + id + " nothing meets",
          state -> {
            List<Requirement> kept = new ArrayList<>(state.model().requirements());
            kept.removeIf(r -> r.id().equals(id));
            return new State(state.model().withRequirements(kept), state.evidence());
          });
    }

    private static Optional<Planted> warranty(Planter planter, Draft draft) {
      List<ServicePerformance> performances = draft.model().performances();
      if (performances.isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      ServiceId service = Draw.oneOf(in, performances).service();
      String measure = planter.measure("below");
      MeasureDirection direction =
          Draw.bool(in) ? MeasureDirection.HIGHER_IS_BETTER : MeasureDirection.LOWER_IS_BETTER;
      double agreed = Draw.intBetween(in, 10, 100);
      double gap = Draw.intBetween(in, 1, 9);
      WarrantyTarget target =
          WarrantyTarget.of(
                  WarrantyLevel.of(WarrantyAspect.AVAILABILITY, measure, agreed, direction))
              .withMeasured(
                  direction == MeasureDirection.HIGHER_IS_BETTER ? agreed - gap : agreed + gap);
      return planted(
          new State(
              replacePerformance(
                  draft.model(),
                  service,
                  p -> ServicePerformance.builder().from(p).addWarranty(target).build()),
              draft.evidence()),
          LeakageDetector.WARRANTY_BELOW_TARGET,
          List.of(service),
          "warranty " + measure + " of " + service + " measured below its target",
          state ->
              new State(
                  replacePerformance(
                      state.model(),
                      service,
                      p -> {
                        List<WarrantyTarget> targets = new ArrayList<>();
                        for (WarrantyTarget t : p.warranty()) {
                          targets.add(
                              t.agreed().measure().equals(measure)
                                  ? t.withMeasured(t.agreed().value())
                                  : t);
                        }
                        return p.withWarranty(targets);
                      }),
                  state.evidence()));
    }

    private static ValueModel replacePerformance(
        ValueModel model, ServiceId service, UnaryOperator<ServicePerformance> change) {
      List<ServicePerformance> performances = new ArrayList<>();
      for (ServicePerformance performance : model.performances()) {
        performances.add(
            performance.service().equals(service) ? change.apply(performance) : performance);
      }
      return model.withPerformances(performances);
    }

    private static Optional<Planted> deviation(Planter planter, Draft draft, Rule rule) {
      List<JourneyPathFigures> candidates = new ArrayList<>();
      for (JourneyPathFigures figures : draft.evidence().journeyPaths()) {
        if (!planter.figures.contains(List.of(figures.journey(), rule.id()))) {
          candidates.add(figures);
        }
      }
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      JourneyPathFigures figures = Draw.oneOf(in, candidates);
      JourneyId journey = figures.journey();
      planter.figures.add(List.of(journey, rule.id()));
      long deviating = Draw.intBetween(in, 1, (int) figures.cases());
      return planted(
          new State(draft.model(), replaceCount(draft.evidence(), journey, rule, deviating)),
          rule,
          List.of(journey),
          deviating + " of " + figures.cases() + " cases of " + journey + " deviate",
          state -> new State(state.model(), replaceCount(state.evidence(), journey, rule, 0)));
    }

    private static LeakageEvidence replaceCount(
        LeakageEvidence evidence, JourneyId journey, Rule rule, long count) {
      List<JourneyPathFigures> all = new ArrayList<>();
      for (JourneyPathFigures figures : evidence.journeyPaths()) {
        if (!figures.journey().equals(journey)) {
          all.add(figures);
          continue;
        }
        JourneyPathFigures.Builder changed = JourneyPathFigures.builder().from(figures);
        if (rule.equals(LeakageDetector.BACK_AND_FORTH)) {
          changed.backAndForthCases(OptionalLong.of(count));
        } else if (rule.equals(LeakageDetector.ABANDONED_JOURNEY)) {
          changed.abandonedCases(OptionalLong.of(count));
        } else if (rule.equals(LeakageDetector.UNREALIZED_JOURNEY)) {
          changed.unrealizedCases(OptionalLong.of(count));
        } else {
          changed.skippedStepCases(OptionalLong.of(count));
        }
        all.add(changed.build());
      }
      return evidence.withJourneyPaths(all);
    }

    private static Optional<Planted> use(Planter planter, Draft draft) {
      List<ValueCoCreationPlan> plans = cleanPlans(planter, draft.model());
      if (plans.isEmpty() || draft.model().core().services().isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      ValueCoCreationPlanId plan = Draw.oneOf(in, plans).id();
      ServiceId service = Draw.oneOf(in, draft.model().core().services()).id();
      String measure = planter.measure("use");
      double planned = Draw.intBetween(in, 1, 50);
      double actual = Draw.intBetween(in, 0, (int) planned - 1);
      return planted(
          new State(
              replacePlan(
                  draft.model(),
                  plan,
                  p ->
                      ValueCoCreationPlan.builder()
                          .from(p)
                          .addUse(PlannedUse.of(service, measure, planned).withActual(actual))
                          .build()),
              draft.evidence()),
          LeakageDetector.USE_BELOW_PLAN,
          List.of(plan, service),
          "service " + service + " used below plan " + plan,
          state ->
              new State(
                  replacePlan(
                      state.model(),
                      plan,
                      p -> {
                        List<PlannedUse> uses = new ArrayList<>();
                        for (PlannedUse u : p.uses()) {
                          uses.add(u.measure().equals(measure) ? u.withActual(u.planned()) : u);
                        }
                        return p.withUses(uses);
                      }),
                  state.evidence()));
    }

    private static Optional<Planted> plannedOutcome(Planter planter, Draft draft, boolean below) {
      RandomnessSource in = draft.in();
      List<List<Object>> options = new ArrayList<>();
      for (ValueCoCreationPlan plan : cleanPlans(planter, draft.model())) {
        Set<OutcomeId> planned = new HashSet<>();
        plan.outcomes().forEach(o -> planned.add(o.outcome()));
        for (Outcome outcome : draft.model().outcomes()) {
          if (!planned.contains(outcome.id())) {
            options.add(List.of(plan.id(), outcome.id()));
          }
        }
      }
      if (options.isEmpty()) {
        return Optional.empty();
      }
      List<Object> option = Draw.oneOf(in, options);
      ValueCoCreationPlanId plan = (ValueCoCreationPlanId) option.get(0);
      OutcomeId outcome = (OutcomeId) option.get(1);
      PlannedOutcome planned =
          below
              ? PlannedOutcome.of(outcome, ValueGens.measure(in, false))
              : PlannedOutcome.of(outcome);
      UnaryOperator<PlannedOutcome> repair =
          below
              ? p -> {
                OutcomeMeasure m = p.measure().orElseThrow();
                return p.withMeasure(m.withMeasured(m.target()));
              }
              : p ->
                  p.withMeasure(
                      OutcomeMeasure.of("outcome measure", 1, MeasureDirection.HIGHER_IS_BETTER));
      return planted(
          new State(
              replacePlan(
                  draft.model(),
                  plan,
                  p -> ValueCoCreationPlan.builder().from(p).addOutcome(planned).build()),
              draft.evidence()),
          below ? LeakageDetector.OUTCOME_BELOW_PLAN : LeakageDetector.UNMEASURED_OUTCOME,
          List.of(plan, outcome),
          "outcome " + outcome + (below ? " measured below plan " : " unmeasured in plan ") + plan,
          state ->
              new State(
                  replacePlan(
                      state.model(),
                      plan,
                      p -> {
                        List<PlannedOutcome> outcomes = new ArrayList<>();
                        for (PlannedOutcome o : p.outcomes()) {
                          outcomes.add(o.outcome().equals(outcome) ? repair.apply(o) : o);
                        }
                        return p.withOutcomes(outcomes);
                      }),
                  state.evidence()));
    }

    private static Optional<Planted> noRealize(Planter planter, Draft draft) {
      List<CustomerJourney> withoutRealize = new ArrayList<>();
      for (CustomerJourney journey : draft.model().journey().journeys()) {
        if (!journey.steps().contains(CustomerJourneyStep.REALIZE)) {
          withoutRealize.add(journey);
        }
      }
      if (withoutRealize.isEmpty() || draft.model().outcomes().isEmpty()) {
        return Optional.empty();
      }
      RandomnessSource in = draft.in();
      JourneyId journey = Draw.oneOf(in, withoutRealize).id();
      ValueCoCreationPlanId plan = ValueCoCreationPlanId.of(planter.fresh(in));
      OutcomeId outcome = Draw.oneOf(in, draft.model().outcomes()).id();
      ValueCoCreationPlan added =
          ValueCoCreationPlan.builder()
              .id(plan)
              .name("Planted plan")
              .journey(journey)
              .addOutcome(
                  PlannedOutcome.of(
                      outcome,
                      OutcomeMeasure.of("outcome measure", 1, MeasureDirection.HIGHER_IS_BETTER)))
              .build();
      return planted(
          new State(
              ValueModel.builder().from(draft.model()).addPlan(added).build(), draft.evidence()),
          LeakageDetector.NO_REALIZE_STEP,
          List.of(plan, journey),
          "plan " + plan + " along " + journey + ", which has no realize step",
          state -> {
            List<ValueCoCreationPlan> plans = new ArrayList<>(state.model().plans());
            plans.removeIf(p -> p.id().equals(plan));
            return new State(state.model().withPlans(plans), state.evidence());
          });
    }

    private static List<ValueCoCreationPlan> cleanPlans(Planter planter, ValueModel model) {
      List<ValueCoCreationPlan> plans = new ArrayList<>();
      for (ValueCoCreationPlan plan : model.plans()) {
        if (planter.cleanPlans.contains(plan.id())) {
          plans.add(plan);
        }
      }
      return plans;
    }

    private static ValueModel replacePlan(
        ValueModel model, ValueCoCreationPlanId id, UnaryOperator<ValueCoCreationPlan> change) {
      List<ValueCoCreationPlan> plans = new ArrayList<>();
      for (ValueCoCreationPlan plan : model.plans()) {
        plans.add(plan.id().equals(id) ? change.apply(plan) : plan);
      }
      return model.withPlans(plans);
    }

    private static ValueModel withCore(ValueModel model, CoreModel core) {
      return model.withJourney(model.journey().withCore(core));
    }

    private static Optional<Planted> planted(
        State state,
        Rule rule,
        List<? extends TypedId<?>> elements,
        String description,
        UnaryOperator<State> repair) {
      return Optional.of(
          new Planted(state, new Leak(rule, new ArrayList<>(elements), description, repair)));
    }
  }

  /**
   * Returns the rules a leak can be planted for.
   *
   * @return the ids of the rules, one per kind of leak
   */
  public static Set<String> plantableRules() {
    Set<String> rules = new HashSet<>();
    for (Kind kind : Kind.values()) {
      rules.add("value-leakage." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return rules;
  }
}
