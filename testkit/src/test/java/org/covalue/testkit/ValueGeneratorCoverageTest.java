package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.covalue.core.Rule;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.testkit.internal.LeakageGens;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checks that the value generators reach the cases the value laws depend on: leaks of every rule of
 * the detector, several leaks at once, broken chains of every kind, and models with plans, risks
 * with compliance gaps, costs of time and unvalued resources, and offset step contributions.
 */
class ValueGeneratorCoverageTest {

  @Test
  void leakageScenariosPlantEveryRule() {
    Set<String> seen = new HashSet<>();
    Map<String, Predicate<LeakageScenario>> features = new HashMap<>();
    features.put("no leak", s -> s.leaks() == 0);
    features.put("several leaks", s -> s.leaks() >= 3);
    features.put(
        "two leaks of one rule",
        s -> new HashSet<>(s.plantedRules()).size() < s.plantedRules().size());
    Gen<LeakageScenario> scenarios =
        in -> {
          LeakageScenario scenario = Values.leakageScenarios().generate(in);
          scenario.plantedRules().forEach(rule -> seen.add(rule.id()));
          return scenario;
        };
    Coverage.assertEachSeenAtLeast(Coverage.sample(scenarios, features), 10);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(LeakageGens.plantableRules());
  }

  @Test
  void chainsAreBrokenInEveryWay() {
    Set<Rule> seen = new HashSet<>();
    Map<String, Predicate<ValueDriverChain>> features = new HashMap<>();
    features.put(
        "a purpose with a value",
        c -> ValueDriverAnalysis.of(c).performance(c.purpose().id()).isPresent());
    features.put(
        "links that all go up one layer",
        c ->
            ValueDriverAnalysis.of(c).findings().stream()
                .noneMatch(
                    f ->
                        f.rule().equals(ValueDriverAnalysis.SKIPPED_LAYER)
                            || f.rule().equals(ValueDriverAnalysis.BACKWARD_LINK)));
    Gen<ValueDriverChain> chains =
        in -> {
          ValueDriverChain chain = Values.chains().generate(in);
          ValueDriverAnalysis.of(chain).findings().forEach(f -> seen.add(f.rule()));
          return chain;
        };
    Coverage.assertEachSeenAtLeast(Coverage.sample(chains, features), 20);
    assertThat(seen)
        .contains(
            ValueDriverAnalysis.UNDRIVEN,
            ValueDriverAnalysis.DRIVES_NOTHING,
            ValueDriverAnalysis.SKIPPED_LAYER,
            ValueDriverAnalysis.BACKWARD_LINK,
            ValueDriverAnalysis.UNMEASURED);
  }

  @Test
  void modelsHoldEveryKindOfElement() {
    Map<String, Predicate<ValueModel>> features = new HashMap<>();
    features.put("a plan", m -> !m.plans().isEmpty());
    features.put(
        "a plan agreed at a touchpoint",
        m -> m.plans().stream().anyMatch(p -> p.agreedAt().isPresent()));
    features.put("a planned use", m -> m.plans().stream().anyMatch(p -> !p.uses().isEmpty()));
    features.put(
        "a compliance gap", m -> m.risks().stream().anyMatch(r -> r.compliance().isPresent()));
    features.put("a cost of time", m -> m.costs().stream().anyMatch(c -> c.time().isPresent()));
    features.put(
        "an unvalued resource",
        m ->
            m.costs().stream()
                .anyMatch(c -> c.resources().stream().anyMatch(r -> r.value().isEmpty())));
    features.put(
        "a warranty requirement", m -> m.requirements().stream().anyMatch(r -> r.isWarranty()));
    features.put(
        "a utility requirement", m -> m.requirements().stream().anyMatch(r -> r.isUtility()));
    features.put("a typed offering", m -> !m.offeringTypes().isEmpty());
    features.put(
        "an offset contribution",
        m -> m.contributions().stream().anyMatch(c -> !c.offsetBy().isEmpty()));
    features.put(
        "a step that removes more than it adds",
        m -> !StepValueAnalysis.of(m).findings(StepValueAnalysis.REMOVES_MORE_THAN_ADDS).isEmpty());
    features.put(
        "a step made up for elsewhere",
        m -> !StepValueAnalysis.of(m).findings(StepValueAnalysis.OFFSET_ELSEWHERE).isEmpty());
    features.put(
        "a journey without a realize step",
        m ->
            m.journey().journeys().stream()
                .anyMatch(j -> !j.steps().contains(CustomerJourneyStep.REALIZE)));
    features.put("a value-driver chain", m -> !m.driverChains().isEmpty());
    Coverage.assertEachSeenAtLeast(Coverage.sample(Values.models(), features), 10);
  }

  @Test
  void invalidModelsCoverEveryDefect() {
    Set<String> descriptions = new HashSet<>();
    Gen<InvalidModel<ValueModel>> models =
        in -> {
          InvalidModel<ValueModel> model = Values.invalidModels().generate(in);
          String path = model.expectedPaths().get(0);
          descriptions.add(
              path.replaceAll("\\[\\d+\\]", "[]").replaceAll("^journey\\..*", "journey"));
          return model;
        };
    Coverage.sample(models, Map.of());
    assertThat(descriptions)
        .contains(
            "journey",
            "outputs[].id",
            "outcomes[].id",
            "costs[].id",
            "risks[].id",
            "requirements[].id",
            "contributions[].id",
            "plans[].id",
            "performances[].service",
            "outputs[].service",
            "outcomes[].stakeholder",
            "outcomes[].enabledBy",
            "costs[].bearer",
            "risks[].affects",
            "requirements[].service",
            "engagements[].stakeholder",
            "contributions[].journey",
            "contributions[].offsetBy",
            "plans[].journey",
            "plans[].agreedAt",
            "plans[].outcomes[].outcome",
            "costs[].money",
            "performances[].utility[].meets");
  }
}
