package org.covalue.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.covalue.core.Rule;
import org.covalue.core.TypedId;
import org.covalue.testkit.internal.LeakageGens;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.model.ValueModel;

/**
 * A value model and the evidence value leakage detection takes, with leaks planted into them (ITIL
 * 4: Drive Stakeholder Value, §1.2.6): without the leaks, the default {@code LeakageDetector} finds
 * nothing; each planted leak is the evidence of exactly one finding, of a known rule with known
 * elements, and {@link #repaired(int)} removes that evidence and nothing else. {@link
 * Values#leakageScenarios()} produces them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LeakageScenario {

  private final LeakageGens.Scenario scenario;

  LeakageScenario(LeakageGens.Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * Returns the model, leaks included.
   *
   * @return the value model
   */
  public ValueModel model() {
    return scenario.state().model();
  }

  /**
   * Returns the evidence, leaks included.
   *
   * @return the evidence
   */
  public LeakageEvidence evidence() {
    return scenario.state().evidence();
  }

  /**
   * Returns how many leaks were planted.
   *
   * @return 0 to 4
   */
  public int leaks() {
    return scenario.leaks().size();
  }

  /**
   * Returns the rule of the one finding each leak must produce.
   *
   * @return the rules, in the order the leaks were planted
   */
  public List<Rule> plantedRules() {
    List<Rule> rules = new ArrayList<>();
    scenario.leaks().forEach(leak -> rules.add(leak.rule()));
    return Collections.unmodifiableList(rules);
  }

  /**
   * Returns the elements of the one finding a leak must produce, in the detector's order.
   *
   * @param index the leak's index
   * @return the elements
   * @throws IndexOutOfBoundsException if there is no such leak
   */
  public List<TypedId<?>> plantedElements(int index) {
    return scenario.leaks().get(Objects.checkIndex(index, leaks())).elements();
  }

  /**
   * Returns the scenario with the evidence of one leak removed, the other leaks kept.
   *
   * @param index the leak's index
   * @return the repaired scenario
   * @throws IndexOutOfBoundsException if there is no such leak
   */
  public LeakageScenario repaired(int index) {
    Objects.checkIndex(index, leaks());
    return new LeakageScenario(scenario.repaired(index));
  }

  /** Returns what was planted and the model's summary, for test reports. */
  @Override
  public String toString() {
    List<String> leaks = new ArrayList<>();
    scenario.leaks().forEach(leak -> leaks.add(leak.rule().id() + ": " + leak.description()));
    return "LeakageScenario{leaks="
        + leaks
        + ", model="
        + model()
        + ", evidence="
        + evidence()
        + "}";
  }
}
