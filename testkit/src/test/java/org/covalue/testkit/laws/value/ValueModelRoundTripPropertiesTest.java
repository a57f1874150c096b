package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.Values;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.Risk;
import org.junit.jupiter.api.Test;

/**
 * The one round-trip law of covalue-value: a value model and its elements, rebuilt from themselves
 * with {@code builder().from(..)} or copied with {@code withX(..)}, are equal to what they were
 * built from.
 */
class ValueModelRoundTripPropertiesTest {

  private static <T> List<T> each(List<T> elements, UnaryOperator<T> rebuild) {
    List<T> rebuilt = new ArrayList<>();
    elements.forEach(element -> rebuilt.add(rebuild.apply(element)));
    return rebuilt;
  }

  @Test
  void aModelAndEveryElementRebuiltFromThemselvesAreEqual() {
    qt().withExamples(150)
        .forAll(Values.models())
        .checkAssert(
            model -> {
              ValueModel rebuilt =
                  ValueModel.builder()
                      .journey(JourneyModel.builder().from(model.journey()).build())
                      .outputs(each(model.outputs(), o -> Output.builder().from(o).build()))
                      .outcomes(each(model.outcomes(), o -> Outcome.builder().from(o).build()))
                      .costs(each(model.costs(), c -> Cost.builder().from(c).build()))
                      .risks(each(model.risks(), r -> Risk.builder().from(r).build()))
                      .performances(
                          each(
                              model.performances(),
                              p -> ServicePerformance.builder().from(p).build()))
                      .requirements(
                          each(model.requirements(), r -> Requirement.builder().from(r).build()))
                      .offeringTypes(model.offeringTypes())
                      .engagements(model.engagements())
                      .contributions(
                          each(
                              model.contributions(),
                              c -> StepValueContribution.builder().from(c).build()))
                      .plans(
                          each(model.plans(), p -> ValueCoCreationPlan.builder().from(p).build()))
                      .driverChains(
                          each(
                              model.driverChains(),
                              c ->
                                  ValueDriverChain.builder()
                                      .from(c)
                                      .drivers(
                                          each(
                                              c.drivers(),
                                              d -> ValueDriver.builder().from(d).build()))
                                      .build()))
                      .build();
              assertThat(rebuilt).isEqualTo(model).hasSameHashCodeAs(model);
              assertThat(rebuilt.toString()).isEqualTo(model.toString());
              assertThat(ValueModel.builder().from(model).build()).isEqualTo(model);
              assertThat(
                      ValueModel.builder()
                          .build()
                          .withJourney(model.journey())
                          .withOutputs(model.outputs())
                          .withOutcomes(model.outcomes())
                          .withCosts(model.costs())
                          .withRisks(model.risks())
                          .withPerformances(model.performances())
                          .withRequirements(model.requirements())
                          .withOfferingTypes(model.offeringTypes())
                          .withEngagements(model.engagements())
                          .withContributions(model.contributions())
                          .withPlans(model.plans())
                          .withDriverChains(model.driverChains()))
                  .isEqualTo(model);
            });
  }
}
