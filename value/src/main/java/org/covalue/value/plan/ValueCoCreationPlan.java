package org.covalue.value.plan;

import java.util.List;
import java.util.Optional;
import org.covalue.core.Violations;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.covalue.value.ValueCoCreationPlanId;
import org.immutables.value.Value;

/**
 * What the parties agree at the agree step about the value they will co-create and how they will
 * track it (ITIL 4: Drive Stakeholder Value, §1.2.6 and Table 1.1): the outcomes planned, each with
 * its measure, and how much the services will be used. The plan is tracked along a customer
 * journey, whose realize step is where value is realized and improved against the plan.
 *
 * <p>Value leaks when a plan is not tracked (an outcome without a measure, a journey without a
 * realize step) or tracking shows it falling short (an outcome measured below plan, a service used
 * less than planned); {@code org.covalue.value.analysis.LeakageDetector} finds these.
 *
 * <pre>{@code
 * ValueCoCreationPlan plan = ValueCoCreationPlan.builder()
 *     .id(ValueCoCreationPlanId.of("desk-2026"))
 *     .name("Service desk value plan 2026")
 *     .journey(JourneyId.of("incident-resolution"))
 *     .agreedAt(TouchpointId.of("sign-sla"))
 *     .addOutcome(PlannedOutcome.of(OutcomeId.of("work-resumes"), measure))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueCoCreationPlan {

  ValueCoCreationPlan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the plans of a model.
   *
   * @return the id
   */
  public abstract ValueCoCreationPlanId id();

  /**
   * Returns the plan's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the customer journey along which the plan is carried out and tracked.
   *
   * @return the journey's id
   */
  public abstract JourneyId journey();

  /**
   * Returns the touchpoint of the journey, at the agree step, where the plan was agreed.
   *
   * @return the touchpoint's id, or empty when the journey does not show it
   */
  public abstract Optional<TouchpointId> agreedAt();

  /**
   * Returns the outcomes planned.
   *
   * @return the planned outcomes, in the order given; at least one
   */
  public abstract List<PlannedOutcome> outcomes();

  /**
   * Returns the planned use of services.
   *
   * @return the planned uses, in the order given; may be empty
   */
  public abstract List<PlannedUse> uses();

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract ValueCoCreationPlan withId(ValueCoCreationPlanId id);

  /**
   * Returns a copy tracked along another journey.
   *
   * @param journey the new value
   * @return the copy
   */
  public abstract ValueCoCreationPlan withJourney(JourneyId journey);

  /**
   * Returns a copy with other planned outcomes.
   *
   * @param outcomes the new value
   * @return the copy
   */
  public abstract ValueCoCreationPlan withOutcomes(Iterable<? extends PlannedOutcome> outcomes);

  /**
   * Returns a copy with other planned uses.
   *
   * @param uses the new value
   * @return the copy
   */
  public abstract ValueCoCreationPlan withUses(Iterable<? extends PlannedUse> uses);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Value co-creation plan name")
        .check(
            !outcomes().isEmpty(),
            "outcomes",
            "Value co-creation plan " + id() + " must plan at least one outcome",
            null)
        .checkUnique("outcomes", outcomes(), PlannedOutcome::outcome, "outcome", "Planned outcome")
        .throwIfAny();
  }

  /**
   * Builds {@link ValueCoCreationPlan}s; id, name, journey and one planned outcome are required.
   *
   * <p>Set each attribute with the method of its name; the agreement touchpoint may be left unset.
   * Add to the lists with {@code addOutcome(..)} and {@code addUse(..)} (or their {@code addAll}
   * forms). {@code from(value)} copies an existing value. {@code build()} checks the value and
   * returns it, or throws an {@link org.covalue.core.InvalidModelException} naming every attribute
   * that is missing or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValueCoCreationPlan.Builder {
    Builder() {}
  }
}
