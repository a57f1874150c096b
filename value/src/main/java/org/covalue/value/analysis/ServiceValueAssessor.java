package org.covalue.value.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RiskId;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.risk.Risk;
import org.jspecify.annotations.Nullable;

/**
 * Weighs, for each stakeholder, the outcomes a service gives it against the costs and risks it
 * bears (ITIL 4: Drive Stakeholder Value, §1.2.6, Figures 1.8 and 1.9), and names the stakeholders
 * of the map for whom the service creates no value: a service must create value for every relevant
 * stakeholder, and is valuable to one only when its outcomes outweigh its costs and risks.
 *
 * <pre>{@code
 * ServiceValueAssessment value = ServiceValueAssessor.DEFAULT
 *     .withTimeRate(Money.of("45", "EUR"))
 *     .assess(model, ServiceId.of("incident-resolution"));
 * value.notValuableTo();   // the stakeholders the service gives no net value
 * }</pre>
 *
 * <p><b>The balance function.</b> Value is subjective, so covalue weighs it in the stakeholder's
 * own terms, in money (decision 35). For a stakeholder {@code s} and a service:
 *
 * <pre>
 * balance(s) = worth(s) - costWeight * costValue(s) - riskWeight * riskExposure(s)
 * </pre>
 *
 * where {@code worth(s)} sums the {@linkplain Outcome#worth() worth} of the outcomes of {@code s}
 * that outputs of the service enable; {@code costValue(s)} sums, over the service's costs that
 * {@code s} bears, the money, the time at the {@linkplain #timeRate() time rate} and the money
 * {@linkplain ResourceUse#value() value} of resources; and {@code riskExposure(s)} sums the
 * {@linkplain Risk#exposure() exposures} of the service's risks that {@code s} carries. The service
 * is valuable to {@code s} when the balance is above zero. Time without a rate in the stakeholder's
 * currency and resources without a value cannot be weighed; they stay out of the balance and each
 * such cost is reported ({@link ServiceValueAssessment#UNWEIGHED_COST}), never silently priced.
 *
 * <p>Parameters and their defaults: {@link #costWeight()} 1 and {@link #riskWeight()} 1 (a euro of
 * cost or of expected loss counts as much as a euro of outcome; raise the risk weight for a
 * risk-averse stakeholder), and no {@link #timeRate()}. Amounts are computed exactly in decimal;
 * time is converted at 34 significant digits. The assessment takes time linear in the size of the
 * model and does not depend on the order of its lists. Instances are immutable and thread-safe.
 */
public final class ServiceValueAssessor {

  /** The weight of costs and of risks by default: 1, as much as outcomes. */
  public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;

  /** The assessor with both weights at 1 and no time rate. */
  public static final ServiceValueAssessor DEFAULT =
      new ServiceValueAssessor(DEFAULT_WEIGHT, DEFAULT_WEIGHT, null);

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final BigDecimal costWeight;
  private final BigDecimal riskWeight;
  private final @Nullable Money timeRate;

  private ServiceValueAssessor(
      BigDecimal costWeight, BigDecimal riskWeight, @Nullable Money timeRate) {
    this.costWeight = costWeight;
    this.riskWeight = riskWeight;
    this.timeRate = timeRate;
  }

  /**
   * Returns an assessor with the given weights and no time rate.
   *
   * @param costWeight how much a unit of cost counts against a unit of outcome; not negative
   * @param riskWeight how much a unit of expected loss counts against a unit of outcome; not
   *     negative
   * @return the assessor
   * @throws NullPointerException if a weight is null
   * @throws InvalidModelException if a weight is negative
   */
  public static ServiceValueAssessor of(BigDecimal costWeight, BigDecimal riskWeight) {
    return new ServiceValueAssessor(
        weight(costWeight, "costWeight"), weight(riskWeight, "riskWeight"), null);
  }

  private static BigDecimal weight(BigDecimal weight, String name) {
    Objects.requireNonNull(weight, name);
    if (weight.signum() < 0) {
      throw InvalidModelException.of(
          name,
          "ServiceValueAssessor " + name + " must not be negative, but was " + weight,
          weight);
    }
    return weight;
  }

  /**
   * Returns a copy with another cost weight.
   *
   * @param costWeight how much a unit of cost counts against a unit of outcome; not negative
   * @return the assessor
   * @throws NullPointerException if the weight is null
   * @throws InvalidModelException if the weight is negative
   */
  public ServiceValueAssessor withCostWeight(BigDecimal costWeight) {
    return new ServiceValueAssessor(weight(costWeight, "costWeight"), riskWeight, timeRate);
  }

  /**
   * Returns a copy with another risk weight.
   *
   * @param riskWeight how much a unit of expected loss counts against a unit of outcome; not
   *     negative
   * @return the assessor
   * @throws NullPointerException if the weight is null
   * @throws InvalidModelException if the weight is negative
   */
  public ServiceValueAssessor withRiskWeight(BigDecimal riskWeight) {
    return new ServiceValueAssessor(costWeight, weight(riskWeight, "riskWeight"), timeRate);
  }

  /**
   * Returns a copy that counts time at a rate: what an hour of a stakeholder's time is worth, for
   * the stakeholders whose amounts are in the rate's currency.
   *
   * @param timeRate the worth of one hour; not negative
   * @return the assessor
   * @throws NullPointerException if the rate is null
   * @throws InvalidModelException if the rate is negative
   */
  public ServiceValueAssessor withTimeRate(Money timeRate) {
    Objects.requireNonNull(timeRate, "timeRate");
    if (timeRate.isNegative()) {
      throw InvalidModelException.of(
          "timeRate",
          "ServiceValueAssessor timeRate must not be negative, but was " + timeRate,
          timeRate);
    }
    return new ServiceValueAssessor(costWeight, riskWeight, timeRate);
  }

  /**
   * Returns a copy that does not count time in money.
   *
   * @return the assessor
   */
  public ServiceValueAssessor withoutTimeRate() {
    return new ServiceValueAssessor(costWeight, riskWeight, null);
  }

  /**
   * Returns how much a unit of cost counts against a unit of outcome.
   *
   * @return the weight; 1 by default
   */
  public BigDecimal costWeight() {
    return costWeight;
  }

  /**
   * Returns how much a unit of expected loss counts against a unit of outcome.
   *
   * @return the weight; 1 by default
   */
  public BigDecimal riskWeight() {
    return riskWeight;
  }

  /**
   * Returns what an hour of time is worth.
   *
   * @return the rate, or empty (the default) when time is not counted in money
   */
  public Optional<Money> timeRate() {
    return Optional.ofNullable(timeRate);
  }

  /**
   * Assesses a service for the stakeholders of the model's core, and any other stakeholder an
   * outcome, cost or risk of the service names.
   *
   * @param model the model
   * @param service the service
   * @return the value for each stakeholder, with findings
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if a stakeholder's amounts for the service are in more than one
   *     currency
   */
  public ServiceValueAssessment assess(ValueModel model, ServiceId service) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(service, "service");
    List<StakeholderId> map = new ArrayList<>();
    for (Stakeholder stakeholder : model.core().stakeholders()) {
      map.add(stakeholder.id());
    }
    return assess(model, service, map);
  }

  /**
   * Assesses a service for the stakeholders of a stakeholder map, and any other stakeholder an
   * outcome, cost or risk of the service names.
   *
   * @param model the model
   * @param service the service
   * @param map the stakeholders the service must create value for
   * @return the value for each stakeholder, with findings
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException if a stakeholder's amounts for the service are in more than one
   *     currency
   */
  public ServiceValueAssessment assess(ValueModel model, ServiceId service, StakeholderMap map) {
    Objects.requireNonNull(map, "map");
    List<StakeholderId> ids = new ArrayList<>();
    for (Stakeholder stakeholder : map.stakeholders()) {
      ids.add(stakeholder.id());
    }
    return assess(
        Objects.requireNonNull(model, "model"), Objects.requireNonNull(service, "service"), ids);
  }

  private ServiceValueAssessment assess(
      ValueModel model, ServiceId service, Collection<StakeholderId> map) {
    Map<OutputId, ServiceId> outputService = new HashMap<>();
    for (Output output : model.outputs()) {
      outputService.putIfAbsent(output.id(), output.service());
    }
    Map<StakeholderId, Tally> tallies = new LinkedHashMap<>();
    for (StakeholderId id : map) {
      tallies.computeIfAbsent(id, Tally::new).inMap = true;
    }
    for (Outcome outcome : model.outcomes()) {
      if (enabledBy(outcome, service, outputService)) {
        Tally tally = tallies.computeIfAbsent(outcome.stakeholder(), Tally::new);
        tally.outcomes.add(outcome.id());
        tally.worth.add(outcome.worth());
      }
    }
    List<Cost> costs = new ArrayList<>();
    for (Cost cost : model.costs()) {
      if (cost.service().equals(service)) {
        costs.add(cost);
        Tally tally = tallies.computeIfAbsent(cost.bearer(), Tally::new);
        tally.costs.add(cost);
      }
    }
    for (Risk risk : model.risks()) {
      if (risk.service().equals(service)) {
        Tally tally = tallies.computeIfAbsent(risk.bearer(), Tally::new);
        tally.risks.add(risk);
      }
    }
    List<StakeholderValue> values = new ArrayList<>(tallies.size());
    List<Boolean> inMap = new ArrayList<>(tallies.size());
    List<ServiceValueAssessment.Unweighed> unweighed = new ArrayList<>();
    for (Tally tally : tallies.values()) {
      values.add(value(tally, service, unweighed));
      inMap.add(tally.inMap);
    }
    return ServiceValueAssessment.create(
        this, service, values, inMap, unweighed, TotalCost.of(costs));
  }

  private static boolean enabledBy(
      Outcome outcome, ServiceId service, Map<OutputId, ServiceId> outputService) {
    for (OutputId output : outcome.enabledBy()) {
      if (service.equals(outputService.get(output))) {
        return true;
      }
    }
    return false;
  }

  private StakeholderValue value(
      Tally tally, ServiceId service, List<ServiceValueAssessment.Unweighed> unweighedCosts) {
    Optional<String> currency = currencyOf(tally, service);
    BigDecimal worth = BigDecimal.ZERO;
    for (Money money : tally.worth) {
      worth = worth.add(money.amount());
    }
    BigDecimal costValue = BigDecimal.ZERO;
    List<CostId> costIds = new ArrayList<>();
    List<CostId> unweighed = new ArrayList<>();
    for (Cost cost : tally.costs) {
      costIds.add(cost.id());
      double hours = 0;
      int unvalued = 0;
      Optional<Money> money = cost.money();
      if (money.isPresent()) {
        costValue = costValue.add(money.get().amount());
      }
      Optional<Duration> time = cost.time();
      if (time.isPresent() && !time.get().isZero()) {
        Optional<BigDecimal> timeValue = timeValue(time.get(), currency);
        if (timeValue.isPresent()) {
          costValue = costValue.add(timeValue.get());
        } else {
          hours = time.get().toMillis() / 3_600_000.0;
        }
      }
      for (ResourceUse use : cost.resources()) {
        Optional<Money> value = use.value();
        if (value.isPresent()) {
          costValue = costValue.add(value.get().amount());
        } else {
          unvalued++;
        }
      }
      if (hours > 0 || unvalued > 0) {
        unweighed.add(cost.id());
        unweighedCosts.add(
            new ServiceValueAssessment.Unweighed(cost.id(), tally.stakeholder, hours, unvalued));
      }
    }
    BigDecimal exposure = BigDecimal.ZERO;
    List<RiskId> riskIds = new ArrayList<>();
    for (Risk risk : tally.risks) {
      riskIds.add(risk.id());
      exposure = exposure.add(risk.exposure().amount());
    }
    BigDecimal balance =
        worth.subtract(costWeight.multiply(costValue)).subtract(riskWeight.multiply(exposure));
    return ImmutableStakeholderValue.builder()
        .stakeholder(tally.stakeholder)
        .outcomes(tally.outcomes)
        .costs(costIds)
        .risks(riskIds)
        .currency(currency)
        .outcomeWorth(worth)
        .costValue(costValue)
        .riskExposure(exposure)
        .balance(balance)
        .unweighedCosts(unweighed)
        .build();
  }

  /** The worth of some time at the rate, when the rate is in the stakeholder's currency. */
  Optional<BigDecimal> timeValue(Duration time, Optional<String> currency) {
    Money rate = timeRate;
    if (rate == null || (currency.isPresent() && !currency.get().equals(rate.currency()))) {
      return Optional.empty();
    }
    BigDecimal seconds =
        BigDecimal.valueOf(time.getSeconds()).add(BigDecimal.valueOf(time.getNano(), 9));
    return Optional.of(
        rate.amount().multiply(seconds).divide(SECONDS_PER_HOUR, MathContext.DECIMAL128));
  }

  /**
   * The one currency of a stakeholder's amounts for the service; the time rate's when it has none
   * but spends time.
   */
  private Optional<String> currencyOf(Tally tally, ServiceId service) {
    Map<String, String> seen = new TreeMap<>();
    tally.worth.forEach(m -> seen.putIfAbsent(m.currency(), "outcome worth"));
    boolean spendsTime = false;
    for (Cost cost : tally.costs) {
      cost.money().ifPresent(m -> seen.putIfAbsent(m.currency(), "money of cost " + cost.id()));
      for (ResourceUse use : cost.resources()) {
        use.value()
            .ifPresent(m -> seen.putIfAbsent(m.currency(), "resources of cost " + cost.id()));
      }
      spendsTime |= cost.time().isPresent();
    }
    tally.risks.forEach(r -> seen.putIfAbsent(r.impact().currency(), "impact of risk " + r.id()));
    if (seen.size() > 1) {
      throw InvalidModelException.of(
          "",
          "The amounts of stakeholder "
              + tally.stakeholder
              + " for service "
              + service
              + " must share one currency to be weighed, but are in "
              + String.join(" and ", seen.keySet()),
          String.join(",", seen.keySet()));
    }
    if (seen.isEmpty()) {
      return spendsTime && timeRate != null ? Optional.of(timeRate.currency()) : Optional.empty();
    }
    return Optional.of(seen.keySet().iterator().next());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ServiceValueAssessor that
        && costWeight.compareTo(that.costWeight) == 0
        && riskWeight.compareTo(that.riskWeight) == 0
        && Objects.equals(timeRate, that.timeRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(costWeight.stripTrailingZeros(), riskWeight.stripTrailingZeros(), timeRate);
  }

  @Override
  public String toString() {
    return "ServiceValueAssessor{costWeight="
        + costWeight.toPlainString()
        + ", riskWeight="
        + riskWeight.toPlainString()
        + ", timeRate="
        + (timeRate == null ? "none" : timeRate + " per hour")
        + "}";
  }

  /** What one stakeholder has of a service, gathered in one pass over the model. */
  private static final class Tally {
    final StakeholderId stakeholder;
    boolean inMap;
    final List<OutcomeId> outcomes = new ArrayList<>();
    final List<Money> worth = new ArrayList<>();
    final List<Cost> costs = new ArrayList<>();
    final List<Risk> risks = new ArrayList<>();

    Tally(StakeholderId stakeholder) {
      this.stakeholder = stakeholder;
    }
  }
}
