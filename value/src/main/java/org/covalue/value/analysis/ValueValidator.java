package org.covalue.value.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.ContributionId;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.Risk;

/**
 * Checks the rules of a value model that span several values, and reports every violation at once
 * (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): the journey model's rules ({@link
 * JourneyValidator}, under {@code journey}); ids used twice; a service given two performances;
 * references to services, stakeholders, outputs, outcomes, requirements, resources, value-stream
 * activities, offerings, journeys, touchpoints and contributions the model does not hold; a utility
 * feature meeting a requirement that is not a utility requirement of its service; a plan agreed at
 * a touchpoint that is not at the agree step of its journey; a contribution offset by one in the
 * same step of the same journey; and a stakeholder whose amounts of money (outcome worth, cost
 * money and resource values, risk impact) are in more than one currency, since its value can then
 * not be weighed. Rules within one value are checked when it is built.
 *
 * <pre>{@code
 * List<Violation> problems = ValueValidator.validate(model);
 * ValueValidator.requireValid(model); // or throw them all at once
 * }</pre>
 *
 * <p>Paths name the list and the index, such as {@code outcomes[2].enabledBy}. Validation takes
 * time linear in the size of the model. The class offers static methods only.
 */
public final class ValueValidator {

  private final ValueModel model;
  private final Violations found = Violations.collect();
  private final Map<StakeholderId, String[]> currencies = new HashMap<>();

  private ValueValidator(ValueModel model) {
    this.model = model;
  }

  /**
   * Checks a value model's rules that span several elements, its journey model's included.
   *
   * @param model the model
   * @return every violation found: the journey model's first, then by list in the order of {@link
   *     ValueModel}'s attributes; empty if the model is valid
   * @throws NullPointerException if the model is null
   */
  public static List<Violation> validate(ValueModel model) {
    return new ValueValidator(Objects.requireNonNull(model, "model")).run();
  }

  /**
   * Checks a model and returns it if it breaks no rule.
   *
   * @param model the model
   * @return the model
   * @throws InvalidModelException carrying every violation, if there is one
   * @throws NullPointerException if the model is null
   */
  public static ValueModel requireValid(ValueModel model) {
    List<Violation> violations = validate(model);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
    return model;
  }

  private List<Violation> run() {
    found.addAll("journey", JourneyValidator.validate(model.journey()));
    CoreModel core = model.core();
    Set<ServiceId> services = ids(core.services(), Service::id);
    Set<StakeholderId> stakeholders = ids(core.stakeholders(), Stakeholder::id);
    Set<ResourceId> resources = ids(core.resources(), Resource::id);
    Set<ServiceOfferingId> offerings = ids(core.offerings(), ServiceOffering::id);
    Set<ValueStreamActivityId> activities = new HashSet<>();
    for (ValueStream stream : model.journey().valueStreams()) {
      for (ValueStreamActivity activity : stream.activities()) {
        activities.add(activity.id());
      }
    }
    Map<JourneyId, CustomerJourney> journeys = new HashMap<>();
    model.journey().journeys().forEach(journey -> journeys.putIfAbsent(journey.id(), journey));

    found.checkUnique("outputs", model.outputs(), Output::id, "Output id");
    found.checkUnique("outcomes", model.outcomes(), Outcome::id, "Outcome id");
    found.checkUnique("costs", model.costs(), Cost::id, "Cost id");
    found.checkUnique("risks", model.risks(), Risk::id, "Risk id");
    found.checkUnique(
        "performances",
        model.performances(),
        ServicePerformance::service,
        "service",
        "Service with a performance");
    found.checkUnique("requirements", model.requirements(), Requirement::id, "Requirement id");
    found.checkUnique(
        "contributions", model.contributions(), StepValueContribution::id, "Contribution id");
    found.checkUnique("plans", model.plans(), ValueCoCreationPlan::id, "Plan id");
    found.checkUnique(
        "driverChains", model.driverChains(), ValueDriverChain::id, "Value driver chain id");

    Set<OutputId> outputs = ids(model.outputs(), Output::id);
    Set<OutcomeId> outcomes = ids(model.outcomes(), Outcome::id);
    Map<RequirementId, Requirement> requirements = new HashMap<>();
    model.requirements().forEach(r -> requirements.putIfAbsent(r.id(), r));

    checkOutputs(services, activities);
    checkOutcomes(stakeholders, outputs);
    checkCosts(services, stakeholders, resources);
    checkRisks(services, stakeholders, outcomes);
    checkPerformances(services, requirements);
    checkRequirements(services, stakeholders);
    model
        .offeringTypes()
        .keySet()
        .forEach(
            offering ->
                found.checkKnown(
                    offerings, offering, "offeringTypes." + offering.value(), "service offering"));
    for (int i = 0; i < model.engagements().size(); i++) {
      found.checkKnown(
          stakeholders,
          model.engagements().get(i).stakeholder(),
          "engagements[" + i + "].stakeholder",
          "stakeholder");
    }
    checkContributions(journeys.keySet());
    checkPlans(journeys, outcomes, services);
    return found.toList();
  }

  private void checkOutputs(Set<ServiceId> services, Set<ValueStreamActivityId> activities) {
    List<Output> outputs = model.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      Output output = outputs.get(i);
      String path = "outputs[" + i + "]";
      found.checkKnown(services, output.service(), path + ".service", "service");
      Optional<ValueStreamActivityId> activity = output.activity();
      if (activity.isPresent()) {
        found.checkKnown(activities, activity.get(), path + ".activity", "value stream activity");
      }
    }
  }

  private void checkOutcomes(Set<StakeholderId> stakeholders, Set<OutputId> outputs) {
    List<Outcome> outcomes = model.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      String path = "outcomes[" + i + "]";
      found.checkKnown(stakeholders, outcome.stakeholder(), path + ".stakeholder", "stakeholder");
      for (OutputId output : outcome.enabledBy()) {
        found.checkKnown(outputs, output, path + ".enabledBy", "output");
      }
      checkCurrency(outcome.stakeholder(), outcome.worth(), path + ".worth");
    }
  }

  private void checkCosts(
      Set<ServiceId> services, Set<StakeholderId> stakeholders, Set<ResourceId> resources) {
    List<Cost> costs = model.costs();
    for (int i = 0; i < costs.size(); i++) {
      Cost cost = costs.get(i);
      String path = "costs[" + i + "]";
      found.checkKnown(services, cost.service(), path + ".service", "service");
      found.checkKnown(stakeholders, cost.bearer(), path + ".bearer", "stakeholder");
      Optional<Money> money = cost.money();
      if (money.isPresent()) {
        checkCurrency(cost.bearer(), money.get(), path + ".money");
      }
      List<ResourceUse> uses = cost.resources();
      for (int j = 0; j < uses.size(); j++) {
        ResourceUse use = uses.get(j);
        String usePath = path + ".resources[" + j + "]";
        Optional<ResourceId> resource = use.resource();
        if (resource.isPresent()) {
          found.checkKnown(resources, resource.get(), usePath + ".resource", "resource");
        }
        Optional<Money> value = use.value();
        if (value.isPresent()) {
          checkCurrency(cost.bearer(), value.get(), usePath + ".value");
        }
      }
    }
  }

  private void checkRisks(
      Set<ServiceId> services, Set<StakeholderId> stakeholders, Set<OutcomeId> outcomes) {
    List<Risk> risks = model.risks();
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      String path = "risks[" + i + "]";
      found.checkKnown(services, risk.service(), path + ".service", "service");
      found.checkKnown(stakeholders, risk.bearer(), path + ".bearer", "stakeholder");
      for (OutcomeId outcome : risk.affects()) {
        found.checkKnown(outcomes, outcome, path + ".affects", "outcome");
      }
      risk.compliance()
          .ifPresent(
              gap ->
                  found.checkKnown(
                      stakeholders,
                      gap.imposedBy(),
                      path + ".compliance.imposedBy",
                      "stakeholder"));
      checkCurrency(risk.bearer(), risk.impact(), path + ".impact");
    }
  }

  private void checkPerformances(
      Set<ServiceId> services, Map<RequirementId, Requirement> requirements) {
    List<ServicePerformance> performances = model.performances();
    for (int i = 0; i < performances.size(); i++) {
      ServicePerformance performance = performances.get(i);
      String path = "performances[" + i + "]";
      found.checkKnown(services, performance.service(), path + ".service", "service");
      List<UtilityFeature> utility = performance.utility();
      for (int j = 0; j < utility.size(); j++) {
        String featurePath = path + ".utility[" + j + "].meets";
        for (RequirementId id : utility.get(j).meets()) {
          Requirement requirement = requirements.get(id);
          if (requirement == null) {
            found.checkKnown(requirements.keySet(), id, featurePath, "requirement");
          } else if (!requirement.isUtility()
              || !requirement.service().equals(performance.service())) {
            found.add(
                featurePath,
                "A utility feature of service "
                    + performance.service()
                    + " cannot meet requirement "
                    + id
                    + ", which is "
                    + (requirement.isUtility()
                        ? "a requirement of service " + requirement.service()
                        : "a requirement of warranty"),
                id);
          }
        }
      }
    }
  }

  private void checkRequirements(Set<ServiceId> services, Set<StakeholderId> stakeholders) {
    List<Requirement> requirements = model.requirements();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement requirement = requirements.get(i);
      String path = "requirements[" + i + "]";
      found.checkKnown(
          stakeholders, requirement.stakeholder(), path + ".stakeholder", "stakeholder");
      found.checkKnown(services, requirement.service(), path + ".service", "service");
    }
  }

  private void checkContributions(Set<JourneyId> journeys) {
    List<StepValueContribution> contributions = model.contributions();
    Map<ContributionId, StepValueContribution> index = new HashMap<>();
    contributions.forEach(c -> index.putIfAbsent(c.id(), c));
    for (int i = 0; i < contributions.size(); i++) {
      StepValueContribution contribution = contributions.get(i);
      String path = "contributions[" + i + "]";
      found.checkKnown(journeys, contribution.journey(), path + ".journey", "journey");
      for (ContributionId id : contribution.offsetBy()) {
        StepValueContribution offset = index.get(id);
        if (offset == null) {
          found.checkKnown(index.keySet(), id, path + ".offsetBy", "contribution");
        } else if (offset.journey().equals(contribution.journey())
            && offset.step() == contribution.step()) {
          found.add(
              path + ".offsetBy",
              "Contribution "
                  + contribution.id()
                  + " must be offset by value added in another step or journey, but "
                  + id
                  + " is in the same step of journey "
                  + contribution.journey(),
              id);
        }
      }
    }
  }

  private void checkPlans(
      Map<JourneyId, CustomerJourney> journeys, Set<OutcomeId> outcomes, Set<ServiceId> services) {
    List<ValueCoCreationPlan> plans = model.plans();
    for (int i = 0; i < plans.size(); i++) {
      ValueCoCreationPlan plan = plans.get(i);
      String path = "plans[" + i + "]";
      CustomerJourney journey = journeys.get(plan.journey());
      if (journey == null) {
        found.checkKnown(journeys.keySet(), plan.journey(), path + ".journey", "journey");
      } else if (plan.agreedAt().isPresent()) {
        TouchpointId at = plan.agreedAt().get();
        Optional<Touchpoint> touchpoint = journey.touchpoint(at);
        if (touchpoint.isEmpty()) {
          found.add(
              path + ".agreedAt",
              "Unknown touchpoint " + at + ": journey " + journey.id() + " has no such touchpoint",
              at);
        } else if (touchpoint.get().step() != CustomerJourneyStep.AGREE) {
          found.add(
              path + ".agreedAt",
              "Plan "
                  + plan.id()
                  + " must be agreed at the agree step, but touchpoint "
                  + at
                  + " is at step "
                  + touchpoint.get().step().title().toLowerCase(Locale.ROOT),
              at);
        }
      }
      List<PlannedOutcome> planned = plan.outcomes();
      for (int j = 0; j < planned.size(); j++) {
        found.checkKnown(
            outcomes, planned.get(j).outcome(), path + ".outcomes[" + j + "].outcome", "outcome");
      }
      List<PlannedUse> uses = plan.uses();
      for (int j = 0; j < uses.size(); j++) {
        found.checkKnown(
            services, uses.get(j).service(), path + ".uses[" + j + "].service", "service");
      }
    }
  }

  /** Records the first currency of each stakeholder, and reports any later amount in another. */
  private void checkCurrency(StakeholderId stakeholder, Money amount, String path) {
    String[] first = currencies.putIfAbsent(stakeholder, new String[] {amount.currency(), path});
    if (first != null && !first[0].equals(amount.currency())) {
      found.add(
          path,
          "Amounts of stakeholder "
              + stakeholder
              + " must share one currency to be weighed together, but "
              + amount
              + " is in "
              + amount.currency()
              + " where "
              + first[1]
              + " is in "
              + first[0],
          amount.currency());
    }
  }

  private static <T, K> Set<K> ids(List<T> elements, Function<? super T, K> id) {
    Set<K> ids = new HashSet<>();
    elements.forEach(element -> ids.add(id.apply(element)));
    return ids;
  }
}
