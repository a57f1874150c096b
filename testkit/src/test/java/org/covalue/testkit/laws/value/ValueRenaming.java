package org.covalue.testkit.laws.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.covalue.core.TypedId;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
import org.covalue.value.RiskId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.ValueCoCreationPlan;

/**
 * Renames every id of the value module in a value model (outputs, outcomes, costs, risks,
 * requirements, contributions, plans) by putting a prefix before it, consistently wherever it is
 * named, and maps ids in findings back.
 */
final class ValueRenaming {

  static final String PREFIX = "renamed_";

  private ValueRenaming() {}

  private static <T extends TypedId<T>> T rename(T id, Function<String, T> of) {
    return of.apply(PREFIX + id.value());
  }

  private static <T> List<T> each(List<T> elements, Function<T, T> change) {
    List<T> changed = new ArrayList<>();
    elements.forEach(element -> changed.add(change.apply(element)));
    return changed;
  }

  private static <T extends TypedId<T>> List<T> all(Iterable<T> ids, Function<String, T> of) {
    List<T> renamed = new ArrayList<>();
    ids.forEach(id -> renamed.add(rename(id, of)));
    return renamed;
  }

  /**
   * Renames the value ids of a model.
   *
   * @param model the model
   * @return the model with every value id prefixed
   */
  static ValueModel renamed(ValueModel model) {
    return model
        .withOutputs(each(model.outputs(), o -> o.withId(rename(o.id(), OutputId::of))))
        .withOutcomes(
            each(
                model.outcomes(),
                o ->
                    Outcome.builder()
                        .from(o)
                        .id(rename(o.id(), OutcomeId::of))
                        .enabledBy(all(o.enabledBy(), OutputId::of))
                        .build()))
        .withCosts(each(model.costs(), c -> c.withId(rename(c.id(), CostId::of))))
        .withRisks(
            each(
                model.risks(),
                r ->
                    r.withId(rename(r.id(), RiskId::of))
                        .withAffects(all(r.affects(), OutcomeId::of))))
        .withPerformances(
            each(
                model.performances(),
                p ->
                    p.withUtility(
                        each(
                            p.utility(),
                            f ->
                                UtilityFeature.builder()
                                    .from(f)
                                    .meets(all(f.meets(), RequirementId::of))
                                    .build()))))
        .withRequirements(
            each(model.requirements(), r -> r.withId(rename(r.id(), RequirementId::of))))
        .withContributions(
            each(
                model.contributions(),
                c ->
                    c.withId(rename(c.id(), ContributionId::of))
                        .withOffsetBy(all(c.offsetBy(), ContributionId::of))))
        .withPlans(
            each(
                model.plans(),
                p ->
                    ValueCoCreationPlan.builder()
                        .from(p)
                        .id(rename(p.id(), ValueCoCreationPlanId::of))
                        .outcomes(
                            each(
                                p.outcomes(),
                                o ->
                                    o.measure().isPresent()
                                        ? PlannedOutcome.of(
                                            rename(o.outcome(), OutcomeId::of), o.measure().get())
                                        : PlannedOutcome.of(rename(o.outcome(), OutcomeId::of))))
                        .build()));
  }

  /**
   * Returns the text an element had before renaming, with its kind.
   *
   * @param element an element of a finding on a renamed model
   * @return the kind and the original text
   */
  static String original(TypedId<?> element) {
    String text = element.value();
    boolean renamedKind =
        element instanceof OutputId
            || element instanceof OutcomeId
            || element instanceof CostId
            || element instanceof RiskId
            || element instanceof RequirementId
            || element instanceof ContributionId
            || element instanceof ValueCoCreationPlanId;
    if (renamedKind && text.startsWith(PREFIX)) {
      text = text.substring(PREFIX.length());
    }
    return element.kind() + " " + text;
  }
}
