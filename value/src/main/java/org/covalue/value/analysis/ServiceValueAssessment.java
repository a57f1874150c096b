package org.covalue.value.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.value.CostId;
import org.covalue.value.internal.Format;
import org.jspecify.annotations.Nullable;

/**
 * The value of one service from the perspective of each stakeholder (ITIL 4: Drive Stakeholder
 * Value, §1.2.6, Figures 1.8 and 1.9), as a {@link ServiceValueAssessor} weighed it: per
 * stakeholder the worth of its outcomes, the cost it bears, its expected loss from risks and the
 * balance; the stakeholders for whom the service creates no value; and the service's {@linkplain
 * TotalCost total cost}.
 *
 * <pre>{@code
 * ServiceValueAssessment value = ServiceValueAssessor.DEFAULT.assess(model, service);
 * value.isValuableToAll();
 * value.stakeholder(StakeholderId.of("warehouse-user")).orElseThrow().balance();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ServiceValueAssessment implements HasFindings {

  private static final ItilReference SECTION = ItilReference.section("1.2.6");

  /** A stakeholder concerned by the service whose outcomes do not outweigh its costs and risks. */
  public static final Rule NOT_VALUABLE =
      Rule.of(
          "service-value.not-valuable",
          Severity.WARNING,
          SECTION.figure("1.9"),
          "A service's outcomes for a stakeholder do not outweigh the costs and risks it bears");

  /** A stakeholder of the map whom the service gives nothing and asks nothing of. */
  public static final Rule NO_OUTCOME =
      Rule.of(
          "service-value.no-outcome",
          Severity.INFO,
          SECTION.figure("1.8"),
          "A stakeholder of the map gets no outcome from a service and bears none of its costs or"
              + " risks, so the service creates no value for it");

  /** A cost whose time or resources the assessment could not count in money. */
  public static final Rule UNWEIGHED_COST =
      Rule.of(
          "service-value.unweighed-cost",
          Severity.INFO,
          SECTION,
          "A cost spends time without a time rate in its bearer's currency, or resources without a"
              + " money value, so the value assessment cannot weigh all of it");

  private final ServiceValueAssessor assessor;
  private final ServiceId service;
  private final List<StakeholderValue> stakeholders;
  private final TotalCost totalCost;
  private final List<Finding> findings;

  private ServiceValueAssessment(
      ServiceValueAssessor assessor,
      ServiceId service,
      List<StakeholderValue> stakeholders,
      TotalCost totalCost,
      List<Finding> findings) {
    this.assessor = assessor;
    this.service = service;
    this.stakeholders = stakeholders;
    this.totalCost = totalCost;
    this.findings = findings;
  }

  /** A cost whose time or resources could not be weighed, with how much of each. */
  record Unweighed(CostId cost, StakeholderId bearer, double hours, int unvaluedResources) {}

  static ServiceValueAssessment create(
      ServiceValueAssessor assessor,
      ServiceId service,
      List<StakeholderValue> values,
      List<Boolean> inMap,
      List<Unweighed> unweighed,
      TotalCost totalCost) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      StakeholderValue value = values.get(i);
      if (value.isConcerned()) {
        if (!value.isValuable()) {
          findings.add(notValuable(assessor, service, value));
        }
      } else if (inMap.get(i)) {
        findings.add(noOutcome(service, value.stakeholder()));
      }
    }
    for (Unweighed cost : unweighed) {
      findings.add(unweighed(cost));
    }
    return new ServiceValueAssessment(
        assessor, service, List.copyOf(values), totalCost, Collections.unmodifiableList(findings));
  }

  private static Finding notValuable(
      ServiceValueAssessor assessor, ServiceId service, StakeholderValue value) {
    StakeholderId stakeholder = value.stakeholder();
    String unit = value.currency().map(code -> " " + code).orElse("");
    BigDecimal worth = value.outcomeWorth();
    BigDecimal cost = value.costValue();
    BigDecimal risk = value.riskExposure();
    BigDecimal balance = value.balance();
    BigDecimal costWeight = assessor.costWeight();
    BigDecimal riskWeight = assessor.riskWeight();
    Finding.Builder finding =
        Finding.builder(NOT_VALUABLE)
            .message(
                () ->
                    "Service "
                        + service
                        + " creates no net value for stakeholder "
                        + stakeholder
                        + ": outcomes worth "
                        + Format.decimal(worth)
                        + unit
                        + " against costs of "
                        + Format.decimal(cost)
                        + unit
                        + " (weight "
                        + Format.decimal(costWeight)
                        + ") and an expected loss from risks of "
                        + Format.decimal(risk)
                        + unit
                        + " (weight "
                        + Format.decimal(riskWeight)
                        + "), a balance of "
                        + Format.decimal(balance)
                        + unit
                        + ", not above 0")
            .addElement(stakeholder)
            .addElement(service)
            .putEvidence("outcomeWorth", worth.doubleValue())
            .putEvidence("costValue", cost.doubleValue())
            .putEvidence("riskExposure", risk.doubleValue())
            .putEvidence("costWeight", costWeight.doubleValue())
            .putEvidence("riskWeight", riskWeight.doubleValue())
            .putEvidence("balance", balance.doubleValue())
            .putEvidence("threshold", 0);
    value.currency().ifPresent(code -> finding.putData("currency", code));
    return finding.build();
  }

  private static Finding noOutcome(ServiceId service, StakeholderId stakeholder) {
    return Finding.builder(NO_OUTCOME)
        .message(
            () ->
                "Service "
                    + service
                    + " gives stakeholder "
                    + stakeholder
                    + " no outcome and asks of it no cost or risk: it creates no value for "
                    + stakeholder)
        .addElement(stakeholder)
        .addElement(service)
        .putEvidence("outcomes", 0)
        .putEvidence("threshold", 1)
        .build();
  }

  private static Finding unweighed(Unweighed unweighed) {
    CostId cost = unweighed.cost();
    StakeholderId stakeholder = unweighed.bearer();
    double hours = unweighed.hours();
    int resources = unweighed.unvaluedResources();
    return Finding.builder(UNWEIGHED_COST)
        .message(
            () ->
                "Cost "
                    + cost
                    + " of stakeholder "
                    + stakeholder
                    + " spends "
                    + (hours > 0
                        ? Format.number(hours)
                            + " hours, which no time rate in its bearer's currency prices"
                        : "")
                    + (hours > 0 && resources > 0 ? ", and " : "")
                    + (resources > 0
                        ? resources + " resource" + (resources == 1 ? "" : "s") + " without a value"
                        : "")
                    + ": the balance leaves them out")
        .addElement(cost)
        .addElement(stakeholder)
        .putEvidence("unweighedHours", hours)
        .putEvidence("unvaluedResources", resources)
        .build();
  }

  /**
   * Returns the assessor, whose weights and time rate the balances use.
   *
   * @return the settings
   */
  public ServiceValueAssessor assessor() {
    return assessor;
  }

  /**
   * Returns the service assessed.
   *
   * @return its id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the value for each stakeholder: those of the map, in its order, then the others that an
   * outcome, cost or risk of the service names, in the order the model names them.
   *
   * @return an unmodifiable list
   */
  public List<StakeholderValue> stakeholders() {
    return stakeholders;
  }

  /**
   * Returns the value for one stakeholder.
   *
   * @param stakeholder the stakeholder's id
   * @return its value, or empty if it was not assessed
   * @throws NullPointerException if the id is null
   */
  public Optional<StakeholderValue> stakeholder(StakeholderId stakeholder) {
    Objects.requireNonNull(stakeholder, "stakeholder");
    for (StakeholderValue value : stakeholders) {
      if (value.stakeholder().equals(stakeholder)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the stakeholders for whom the service creates no value: those whose balance is not
   * above zero, including those of the map the service does not concern at all.
   *
   * @return their ids, in the order of {@link #stakeholders()}
   */
  public List<StakeholderId> notValuableTo() {
    List<StakeholderId> ids = new ArrayList<>();
    for (StakeholderValue value : stakeholders) {
      if (!value.isValuable()) {
        ids.add(value.stakeholder());
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Tells whether the service creates value for every stakeholder assessed.
   *
   * @return true if every balance is above zero
   */
  public boolean isValuableToAll() {
    return notValuableTo().isEmpty();
  }

  /**
   * Returns the total cost of the service: money, time and resources of every cost of the service,
   * by side.
   *
   * @return the total
   */
  public TotalCost totalCost() {
    return totalCost;
  }

  /**
   * Returns a finding of {@link #NOT_VALUABLE} for each concerned stakeholder whose balance is not
   * above zero (elements: the stakeholder and the service; evidence {@code outcomeWorth}, {@code
   * costValue}, {@code riskExposure}, {@code costWeight}, {@code riskWeight}, {@code balance} and
   * {@code threshold} 0; data {@code currency} when it has one), of {@link #NO_OUTCOME} for each
   * stakeholder of the map the service does not concern (evidence {@code outcomes} 0 and {@code
   * threshold} 1), in the order of {@link #stakeholders()}, then of {@link #UNWEIGHED_COST} for
   * each cost not fully weighed (elements: the cost and its bearer).
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the service, each stakeholder's balance and the number of findings. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ServiceValueAssessment{service=").append(service);
    text.append(", balances={");
    for (int i = 0; i < stakeholders.size(); i++) {
      StakeholderValue value = stakeholders.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(value.stakeholder())
          .append('=')
          .append(Format.decimal(value.balance()))
          .append(value.currency().map(code -> " " + code).orElse(""));
    }
    return text.append("}, findings=").append(findings.size()).append('}').toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ServiceValueAssessment that
        && assessor.equals(that.assessor)
        && service.equals(that.service)
        && stakeholders.equals(that.stakeholders)
        && totalCost.equals(that.totalCost)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessor, service, stakeholders, totalCost, findings);
  }
}
