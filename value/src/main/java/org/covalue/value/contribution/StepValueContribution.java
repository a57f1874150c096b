package org.covalue.value.contribution;

import java.util.List;
import java.util.Set;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.ContributionId;
import org.covalue.value.Perspective;
import org.covalue.value.ValueDimension;
import org.immutables.value.Value;

/**
 * What one journey step does for value from one perspective along one dimension: one cell of the
 * table that describes each step (ITIL 4: Drive Stakeholder Value, §1.2.6; the tables of chapters 3
 * to 9 have a column per perspective and a row per dimension). It records how much value the step
 * adds and how much it removes there, in points on a scale the model chooses and keeps, and the
 * statements that explain them.
 *
 * <p>§1.2.6 asks each step to add more value than it removes, counting value it makes possible in
 * another step or another journey: {@link #offsetBy()} names the contributions elsewhere that make
 * up for what this one removes, so that {@code org.covalue.value.analysis.StepValueAnalysis} can
 * count them.
 *
 * <pre>{@code
 * StepValueContribution selfHelp = StepValueContribution.builder()
 *     .id(ContributionId.of("self-help-cost"))
 *     .journey(JourneyId.of("incident-resolution"))
 *     .step(CustomerJourneyStep.CO_CREATE)
 *     .perspective(Perspective.SERVICE_CONSUMER)
 *     .dimension(ValueDimension.OPTIMIZE_RESOURCES_AND_MINIMIZE_COSTS)
 *     .added(1)
 *     .removed(3)
 *     .addStatement("The user spends time searching the knowledge base")
 *     .addOffsetBy(ContributionId.of("fewer-calls"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepValueContribution {

  StepValueContribution() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the contributions of a model.
   *
   * @return the id
   */
  public abstract ContributionId id();

  /**
   * Returns the journey the step belongs to.
   *
   * @return the journey's id
   */
  public abstract JourneyId journey();

  /**
   * Returns the step.
   *
   * @return the step
   */
  public abstract CustomerJourneyStep step();

  /**
   * Returns from whose side the contribution is seen.
   *
   * @return consumer or provider
   */
  public abstract Perspective perspective();

  /**
   * Returns the dimension of value concerned.
   *
   * @return the dimension
   */
  public abstract ValueDimension dimension();

  /**
   * Returns how much value the step adds here.
   *
   * @return a finite number of points, not negative
   */
  public abstract double added();

  /**
   * Returns how much value the step removes here.
   *
   * @return a finite number of points, not negative
   */
  public abstract double removed();

  /**
   * Returns what the step does here, in words.
   *
   * @return the statements, in the order given; may be empty
   */
  public abstract List<String> statements();

  /**
   * Returns the contributions in another step or journey that make up for what this one removes.
   *
   * @return their ids; may be empty
   */
  public abstract Set<ContributionId> offsetBy();

  /**
   * Returns what the contribution adds less what it removes.
   *
   * @return the net value in points; negative when it removes more than it adds
   */
  public double net() {
    return added() - removed();
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract StepValueContribution withId(ContributionId id);

  /**
   * Returns a copy in another journey.
   *
   * @param journey the new value
   * @return the copy
   */
  public abstract StepValueContribution withJourney(JourneyId journey);

  /**
   * Returns a copy adding another amount.
   *
   * @param added the new value
   * @return the copy
   */
  public abstract StepValueContribution withAdded(double added);

  /**
   * Returns a copy removing another amount.
   *
   * @param removed the new value
   * @return the copy
   */
  public abstract StepValueContribution withRemoved(double removed);

  /**
   * Returns a copy offset by other contributions.
   *
   * @param offsetBy the new value
   * @return the copy
   */
  public abstract StepValueContribution withOffsetBy(Iterable<? extends ContributionId> offsetBy);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.check(
        Double.isFinite(added()) && added() >= 0,
        "added",
        "Value added must be a finite number of at least 0, but was " + added(),
        added());
    found.check(
        Double.isFinite(removed()) && removed() >= 0,
        "removed",
        "Value removed must be a finite number of at least 0, but was " + removed(),
        removed());
    List<String> statements = statements();
    for (int i = 0; i < statements.size(); i++) {
      found.checkText(statements.get(i), "statements[" + i + "]", "A contribution statement");
    }
    found.check(
        !offsetBy().contains(id()),
        "offsetBy",
        "Contribution " + id() + " cannot offset itself",
        id());
    found.throwIfAny();
  }

  /**
   * Builds {@link StepValueContribution}s; id, journey, step, perspective, dimension, added and
   * removed are required.
   *
   * <p>Set each attribute with the method of its name. Add to the lists with {@code
   * addStatement(..)} and {@code addOffsetBy(..)} (or their {@code addAll} forms). {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStepValueContribution.Builder {
    Builder() {}
  }
}
