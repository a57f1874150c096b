package org.covalue.value.model;

import java.util.List;
import java.util.Map;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.Risk;
import org.immutables.value.Value;

/**
 * A journey model with the value elements that build on it (ITIL 4: Drive Stakeholder Value, §1.2.6
 * and §1.2.7): outputs and outcomes, costs and risks, the utility and warranty of services and the
 * requirements held against them, the type of service of offerings, stakeholder engagements, step
 * value contributions, value co-creation plans and value-driver chains.
 *
 * <pre>{@code
 * ValueModel model = ValueModel.builder()
 *     .journey(journeyModel)
 *     .addOutputs(number, calls)
 *     .addOutcomes(keepInTouch, moreOrders)
 *     .build();
 * List<Violation> problems = ValueValidator.validate(model);
 * }</pre>
 *
 * <p>As with {@link JourneyModel}, each element is checked when it is built and the rules between
 * elements (an outcome of a stakeholder the model does not hold) are {@code
 * org.covalue.value.analysis.ValueValidator}'s, so that a model in progress can be built. Violation
 * paths start at this model: {@code journey.core.stakeholders[0].id}, {@code
 * outcomes[2].enabledBy}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueModel {

  ValueModel() {}

  /**
   * Returns a new builder of a model with an empty journey model.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the journey model: journeys, value streams and observations, with the core model.
   *
   * @return the journey model; empty unless set
   */
  @Value.Default
  public JourneyModel journey() {
    return JourneyModel.builder().build();
  }

  /**
   * Returns the core model of the journey model: a shortcut for {@code journey().core()}.
   *
   * @return the core model
   */
  public CoreModel core() {
    return journey().core();
  }

  /**
   * Returns what services deliver.
   *
   * @return the outputs, in the order given
   */
  public abstract List<Output> outputs();

  /**
   * Returns the results stakeholders get.
   *
   * @return the outcomes, in the order given
   */
  public abstract List<Outcome> outcomes();

  /**
   * Returns what stakeholders put into services.
   *
   * @return the costs, in the order given
   */
  public abstract List<Cost> costs();

  /**
   * Returns what stakeholders risk.
   *
   * @return the risks, in the order given
   */
  public abstract List<Risk> risks();

  /**
   * Returns the utility and warranty of services.
   *
   * @return at most one performance per service, in the order given
   */
  public abstract List<ServicePerformance> performances();

  /**
   * Returns what consumers require of services.
   *
   * @return the requirements, in the order given
   */
  public abstract List<Requirement> requirements();

  /**
   * Returns the type of service of offerings (Table 1.2), for those whose type is known.
   *
   * @return an unmodifiable map from offering to its type of service
   */
  public abstract Map<ServiceOfferingId, TypeOfService> offeringTypes();

  /**
   * Returns the recorded engagements of stakeholders.
   *
   * @return the engagements, in the order given
   */
  public abstract List<Engagement> engagements();

  /**
   * Returns what journey steps add to and remove from value.
   *
   * @return the contributions, in the order given
   */
  public abstract List<StepValueContribution> contributions();

  /**
   * Returns the value co-creation plans.
   *
   * @return the plans, in the order given
   */
  public abstract List<ValueCoCreationPlan> plans();

  /**
   * Returns the value-driver chains.
   *
   * @return the chains, in the order given
   */
  public abstract List<ValueDriverChain> driverChains();

  /**
   * Returns how many elements the model holds, of all kinds, its journey model's included.
   *
   * @return the total number of elements
   */
  public int size() {
    return journey().size()
        + outputs().size()
        + outcomes().size()
        + costs().size()
        + risks().size()
        + performances().size()
        + requirements().size()
        + offeringTypes().size()
        + engagements().size()
        + contributions().size()
        + plans().size()
        + driverChains().size();
  }

  /**
   * Returns a copy with another journey model.
   *
   * @param journey the new journey model
   * @return the copy
   */
  public abstract ValueModel withJourney(JourneyModel journey);

  /**
   * Returns a copy with other outputs.
   *
   * @param outputs the new outputs
   * @return the copy
   */
  public abstract ValueModel withOutputs(Iterable<? extends Output> outputs);

  /**
   * Returns a copy with other outcomes.
   *
   * @param outcomes the new outcomes
   * @return the copy
   */
  public abstract ValueModel withOutcomes(Iterable<? extends Outcome> outcomes);

  /**
   * Returns a copy with other costs.
   *
   * @param costs the new costs
   * @return the copy
   */
  public abstract ValueModel withCosts(Iterable<? extends Cost> costs);

  /**
   * Returns a copy with other risks.
   *
   * @param risks the new risks
   * @return the copy
   */
  public abstract ValueModel withRisks(Iterable<? extends Risk> risks);

  /**
   * Returns a copy with other service performances.
   *
   * @param performances the new performances
   * @return the copy
   */
  public abstract ValueModel withPerformances(Iterable<? extends ServicePerformance> performances);

  /**
   * Returns a copy with other requirements.
   *
   * @param requirements the new requirements
   * @return the copy
   */
  public abstract ValueModel withRequirements(Iterable<? extends Requirement> requirements);

  /**
   * Returns a copy with other types of service.
   *
   * @param offeringTypes the new types
   * @return the copy
   */
  public abstract ValueModel withOfferingTypes(
      Map<? extends ServiceOfferingId, ? extends TypeOfService> offeringTypes);

  /**
   * Returns a copy with other engagements.
   *
   * @param engagements the new engagements
   * @return the copy
   */
  public abstract ValueModel withEngagements(Iterable<? extends Engagement> engagements);

  /**
   * Returns a copy with other step value contributions.
   *
   * @param contributions the new contributions
   * @return the copy
   */
  public abstract ValueModel withContributions(
      Iterable<? extends StepValueContribution> contributions);

  /**
   * Returns a copy with other plans.
   *
   * @param plans the new plans
   * @return the copy
   */
  public abstract ValueModel withPlans(Iterable<? extends ValueCoCreationPlan> plans);

  /**
   * Returns a copy with other value-driver chains.
   *
   * @param driverChains the new chains
   * @return the copy
   */
  public abstract ValueModel withDriverChains(Iterable<? extends ValueDriverChain> driverChains);

  /** Returns the number of elements of each kind, not the elements themselves. */
  @Override
  public String toString() {
    return "ValueModel{journey="
        + journey()
        + ", outputs="
        + outputs().size()
        + ", outcomes="
        + outcomes().size()
        + ", costs="
        + costs().size()
        + ", risks="
        + risks().size()
        + ", performances="
        + performances().size()
        + ", requirements="
        + requirements().size()
        + ", offeringTypes="
        + offeringTypes().size()
        + ", engagements="
        + engagements().size()
        + ", contributions="
        + contributions().size()
        + ", plans="
        + plans().size()
        + ", driverChains="
        + driverChains().size()
        + "}";
  }

  /**
   * Builds {@link ValueModel}s; the journey model defaults to the empty model and every list and
   * map starts empty.
   *
   * <p>Add to a list with {@code addX(..)} or {@code addAllX(..)}, to the map with {@code
   * putOfferingType(..)}, or replace either whole with the method of its name. {@code from(model)}
   * copies an existing model. {@code build()} returns the model; rules between elements are the
   * validator's. A null element is refused with an {@link org.covalue.core.InvalidModelException}
   * naming the attribute; a null list given to a setter throws a {@link NullPointerException}
   * (docs/decisions/0010). A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValueModel.Builder {
    Builder() {}
  }
}
