package org.covalue.testkit;

import org.covalue.testkit.internal.DriverChainGens;
import org.covalue.testkit.internal.LeakageGens;
import org.covalue.testkit.internal.ValueGens;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.quicktheories.core.Gen;

/**
 * Generators of value models and their parts (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7):
 * whole {@link ValueModel}s, value models with one defect, value-driver chains, and value leakage
 * scenarios.
 *
 * <p>{@linkplain #models() Consistent models} are built on consistent journey models ({@link
 * JourneyModels#models()}) and pass the {@link ValueValidator}: every service has outputs and a
 * performance, stakeholders have outcomes, costs (money, time, resources) and risks in one currency
 * each, requirements are met, stakeholders are engaged, offerings are typed as their relationships
 * call for, contributions are offset only by other steps, plans follow journeys with a realize step
 * and meet their targets, and value-driver chains are well formed. With the evidence of a {@link
 * LeakageScenario} without leaks, the default leakage detector finds nothing in them.
 */
public final class Values {

  /** The scale of {@link #models()}, {@link #invalidModels()} and {@link #leakageScenarios()}. */
  public static final int DEFAULT_SCALE = 4;

  private Values() {}

  /**
   * Returns consistent value models on journey models of up to {@value #DEFAULT_SCALE}
   * organizations.
   *
   * @return the generator
   */
  public static Gen<ValueModel> models() {
    return models(DEFAULT_SCALE);
  }

  /**
   * Returns consistent value models on journey models of a given scale.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<ValueModel> models(int scale) {
    return ValueGens.models(scale);
  }

  /**
   * Returns consistent value models with one defect each that the value validator must report: any
   * defect of {@link JourneyModels#invalidModels()} in the journey model (expected under {@code
   * journey.}), an id used twice (output, outcome, cost, risk, requirement, contribution, plan,
   * chain), a service with two performances, a reference to a service, stakeholder, output,
   * outcome, offering or journey the model does not hold, a contribution offset within its own
   * step, a plan agreed outside the agree step, a stakeholder with amounts in two currencies, and a
   * utility feature meeting a requirement that is not a utility requirement of its service. Each is
   * checked by {@link ValueValidator#requireValid(ValueModel)}.
   *
   * @return the generator
   */
  public static Gen<InvalidModel<ValueModel>> invalidModels() {
    return invalidModels(DEFAULT_SCALE);
  }

  /**
   * Returns consistent value models of a given scale with one validator defect each; see {@link
   * #invalidModels()}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<InvalidModel<ValueModel>> invalidModels(int scale) {
    return ValueGens.brokenModels(scale)
        .map(broken -> InvalidModel.from(broken, ValueValidator::requireValid));
  }

  /**
   * Returns well-formed value-driver chains: one to three drivers in each layer below the purpose,
   * each above the bottom driven by one to three drivers of the layer just below with weights from
   * 0.5 to 5, most bottom drivers and a few others measured. A driver may still drive nothing.
   *
   * @return the generator
   */
  public static Gen<ValueDriverChain> wellFormedChains() {
    return DriverChainGens.chains(true);
  }

  /**
   * Returns value-driver chains that are sometimes broken: besides the well-formed links, some
   * drivers are driven by nothing and some links skip or reverse layers.
   *
   * @return the generator
   */
  public static Gen<ValueDriverChain> chains() {
    return DriverChainGens.chains(false);
  }

  /**
   * Returns leakage scenarios on consistent models with up to four leaks, one or more of every rule
   * of the leakage detector across many scenarios.
   *
   * @return the generator
   */
  public static Gen<LeakageScenario> leakageScenarios() {
    return LeakageGens.scenarios(DEFAULT_SCALE).map(LeakageScenario::new);
  }
}
