package org.covalue.value.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.covalue.core.StakeholderId;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.RiskId;
import org.covalue.value.internal.Format;
import org.immutables.value.Value;

/**
 * The value of a service from one stakeholder's perspective (ITIL 4: Drive Stakeholder Value,
 * §1.2.6, Figures 1.8 and 1.9): the worth of its outcomes, the money value of the costs it bears
 * and its expected loss from risks, and the balance of the three that {@link ServiceValueAssessor}
 * computes. Amounts are in the stakeholder's one currency, exact. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StakeholderValue {

  StakeholderValue() {}

  /**
   * Returns the stakeholder.
   *
   * @return its id
   */
  public abstract StakeholderId stakeholder();

  /**
   * Returns the stakeholder's outcomes from the service.
   *
   * @return their ids, in the model's order
   */
  public abstract List<OutcomeId> outcomes();

  /**
   * Returns the costs of the service the stakeholder bears.
   *
   * @return their ids, in the model's order
   */
  public abstract List<CostId> costs();

  /**
   * Returns the risks of the service the stakeholder carries.
   *
   * @return their ids, in the model's order
   */
  public abstract List<RiskId> risks();

  /**
   * Returns the currency of the stakeholder's amounts.
   *
   * @return an ISO 4217 code, or empty when no amount concerns the stakeholder
   */
  public abstract Optional<String> currency();

  /**
   * Returns the total worth of the stakeholder's outcomes.
   *
   * @return a sum, not negative
   */
  public abstract BigDecimal outcomeWorth();

  /**
   * Returns the money value of the costs the stakeholder bears: money, time at the assessor's rate
   * and valued resources, before the cost weight.
   *
   * @return a sum, not negative
   */
  public abstract BigDecimal costValue();

  /**
   * Returns the stakeholder's expected loss from its risks: the sum of their {@linkplain
   * org.covalue.value.risk.Risk#exposure() exposures}, before the risk weight.
   *
   * @return a sum, not negative
   */
  public abstract BigDecimal riskExposure();

  /**
   * Returns the balance: outcome worth less the weighted cost value and risk exposure.
   *
   * @return the balance; positive when the service is valuable to the stakeholder
   */
  public abstract BigDecimal balance();

  /**
   * Returns the costs whose time or resources could not be counted in {@link #costValue()}: time
   * without a rate in the stakeholder's currency, or resources without a money value.
   *
   * @return their ids, in the model's order
   */
  public abstract List<CostId> unweighedCosts();

  /**
   * Tells whether the outcomes outweigh the costs and risks: the balance is above zero.
   *
   * @return true if the service is valuable to the stakeholder
   */
  public boolean isValuable() {
    return balance().signum() > 0;
  }

  /**
   * Tells whether anything of the service concerns the stakeholder: an outcome, a cost or a risk.
   *
   * @return true if the stakeholder has an outcome, a cost or a risk of the service
   */
  public boolean isConcerned() {
    return !outcomes().isEmpty() || !costs().isEmpty() || !risks().isEmpty();
  }

  /**
   * Returns the balance as money.
   *
   * @return the balance in the stakeholder's currency, or empty when it has none
   */
  public Optional<Money> balanceAsMoney() {
    return currency().map(code -> Money.of(BigDecimal.ONE, code).times(balance()));
  }

  /** Returns the stakeholder, the three amounts and the balance. */
  @Override
  public String toString() {
    String unit = currency().map(code -> " " + code).orElse("");
    return "StakeholderValue{stakeholder="
        + stakeholder()
        + ", outcomes="
        + Format.decimal(outcomeWorth())
        + unit
        + ", costs="
        + Format.decimal(costValue())
        + unit
        + ", risks="
        + Format.decimal(riskExposure())
        + unit
        + ", balance="
        + Format.decimal(balance())
        + unit
        + "}";
  }
}
