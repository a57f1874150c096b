package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Service value per stakeholder (§1.2.6, Figures 1.8 and 1.9): the incident service is valuable to
 * its customer but not to its user.
 */
class ServiceValueAssessorTest {

  private static final ServiceValueAssessor AT_25_AN_HOUR =
      ServiceValueAssessor.DEFAULT.withTimeRate(Money.of("25", "EUR"));

  private static BigDecimal balance(ServiceValueAssessment assessment, Object stakeholder) {
    return assessment.stakeholders().stream()
        .filter(v -> v.stakeholder().equals(stakeholder))
        .findFirst()
        .orElseThrow()
        .balance();
  }

  @Test
  void valuableToTheCustomerButNotToTheUser() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE);

    // Customer: 900 worth - 300 fee - 0.2 * 0.5 * 900 expected loss.
    assertThat(balance(value, IncidentValue.CUSTOMER)).isEqualByComparingTo("510");
    // User: 30 worth - 2 hours at 25.
    assertThat(balance(value, IncidentValue.USER)).isEqualByComparingTo("-20");
    // Provider: 300 worth - 1.5 hours at 25 - a spare worth 150.
    assertThat(balance(value, IncidentValue.PROVIDER)).isEqualByComparingTo("112.5");
    assertThat(value.notValuableTo())
        .containsExactly(IncidentValue.USER, IncidentValue.WORKS_COUNCIL);
    assertThat(value.isValuableToAll()).isFalse();

    assertThat(value.findings())
        .extracting(Finding::rule)
        .containsExactly(ServiceValueAssessment.NOT_VALUABLE, ServiceValueAssessment.NO_OUTCOME);
    Finding user = value.findings().get(0);
    assertThat(user.elements()).containsExactly(IncidentValue.USER, IncidentValue.SERVICE);
    assertThat(user.evidence())
        .containsEntry("outcomeWorth", 30.0)
        .containsEntry("costValue", 50.0)
        .containsEntry("riskExposure", 0.0)
        .containsEntry("balance", -20.0)
        .containsEntry("threshold", 0.0);
    assertThat(user.data()).containsEntry("currency", "EUR");
    assertThat(user.message())
        .isEqualTo(
            "Service incident-resolution-service creates no net value for stakeholder warehouse-user:"
                + " outcomes worth 30 EUR against costs of 50 EUR (weight 1) and an expected loss"
                + " from risks of 0 EUR (weight 1), a balance of -20 EUR, not above 0");
    assertThat(value.findings().get(1).elements())
        .containsExactly(IncidentValue.WORKS_COUNCIL, IncidentValue.SERVICE);
    assertThat(value.toString()).startsWith("ServiceValueAssessment{service=incident-resolution");
  }

  @Test
  void withoutATimeRateTimeIsReportedNotPriced() {
    ServiceValueAssessment value =
        ServiceValueAssessor.DEFAULT.assess(IncidentValue.model(), IncidentValue.SERVICE);

    assertThat(balance(value, IncidentValue.USER)).isEqualByComparingTo("30");
    assertThat(value.findings(ServiceValueAssessment.UNWEIGHED_COST))
        .extracting(f -> (Object) f.elements().get(0))
        .containsExactly(CostId.of("user-time"), CostId.of("repair"));
    assertThat(value.stakeholder(IncidentValue.USER).orElseThrow().unweighedCosts())
        .containsExactly(CostId.of("user-time"));
    Finding userTime = value.findings(ServiceValueAssessment.UNWEIGHED_COST).get(0);
    assertThat(userTime.evidence())
        .containsEntry("unweighedHours", 2.0)
        .containsEntry("unvaluedResources", 0.0);
    assertThat(userTime.message())
        .isEqualTo(
            "Cost user-time of stakeholder warehouse-user spends 2 hours, which no time rate in its"
                + " bearer's currency prices: the balance leaves them out");
  }

  @Test
  void weightsTipTheBalance() {
    ServiceValueAssessment riskAverse =
        AT_25_AN_HOUR
            .withRiskWeight(BigDecimal.TEN)
            .assess(IncidentValue.model(), IncidentValue.SERVICE);
    // 900 - 300 - 10 * 90
    assertThat(balance(riskAverse, IncidentValue.CUSTOMER)).isEqualByComparingTo("-300");
    ServiceValueAssessment free =
        AT_25_AN_HOUR
            .withCostWeight(BigDecimal.ZERO)
            .assess(IncidentValue.model(), IncidentValue.SERVICE);
    assertThat(balance(free, IncidentValue.USER)).isEqualByComparingTo("30");
  }

  @Test
  void totalCostKeepsMoneyTimeAndResourcesBySide() {
    TotalCost total =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE).totalCost();
    assertThat(total.money(CostSide.CONSUMPTION)).containsExactly(Money.of("300", "EUR"));
    assertThat(total.money(CostSide.PROVISION)).isEmpty();
    assertThat(total.time(CostSide.CONSUMPTION)).isEqualTo(Duration.ofHours(2));
    assertThat(total.time(CostSide.PROVISION)).isEqualTo(Duration.ofMinutes(90));
    assertThat(total.resources(CostSide.PROVISION)).hasSize(1);
    assertThat(total.time()).isEqualTo(Duration.ofMinutes(210));
    assertThat(total.costs()).isEqualTo(3);
  }

  @Test
  void aStakeholderWithTwoCurrenciesCannotBeWeighed() {
    ValueModel model = IncidentValue.model();
    ValueModel mixed =
        model.withCosts(
            java.util.List.of(
                Cost.builder().from(model.costs().get(0)).money(Money.of("300", "USD")).build()));
    assertThatThrownBy(() -> AT_25_AN_HOUR.assess(mixed, IncidentValue.SERVICE))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("warehouse-manager")
        .hasMessageContaining("EUR and USD");
    assertThat(ValueValidator.validate(mixed)).anyMatch(v -> v.path().equals("costs[0].money"));
  }

  @Test
  void settingsAreValidatedAndCompared() {
    assertThatThrownBy(() -> ServiceValueAssessor.of(BigDecimal.ONE, BigDecimal.valueOf(-1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("riskWeight: ServiceValueAssessor riskWeight must not be negative, but was -1");
    assertThat(ServiceValueAssessor.of(new BigDecimal("1.0"), BigDecimal.ONE))
        .isEqualTo(ServiceValueAssessor.DEFAULT)
        .hasSameHashCodeAs(ServiceValueAssessor.DEFAULT);
    assertThat(AT_25_AN_HOUR.withoutTimeRate()).isEqualTo(ServiceValueAssessor.DEFAULT);
    assertThat(AT_25_AN_HOUR.timeRate()).contains(Money.of("25", "EUR"));
    assertThat(ServiceValueAssessor.DEFAULT.toString())
        .isEqualTo("ServiceValueAssessor{costWeight=1, riskWeight=1, timeRate=none}");
  }

  @Test
  void weightsMayHaveAsManyDecimalsAndDigitsAsMoney() {
    BigDecimal eighteenDecimals = new BigDecimal("0." + "0".repeat(Money.MAX_SCALE - 1) + "1");
    assertThat(ServiceValueAssessor.of(eighteenDecimals, BigDecimal.ONE).costWeight())
        .isEqualByComparingTo(eighteenDecimals);
    assertThatThrownBy(
            () -> ServiceValueAssessor.of(eighteenDecimals.movePointLeft(1), BigDecimal.ONE))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("costWeight: ServiceValueAssessor costWeight must have at most 18");
    BigDecimal eighteenDigits = new BigDecimal("9".repeat(Money.MAX_INTEGER_DIGITS));
    assertThat(ServiceValueAssessor.of(BigDecimal.ONE, eighteenDigits).riskWeight())
        .isEqualByComparingTo(eighteenDigits);
    assertThatThrownBy(
            () -> ServiceValueAssessor.of(BigDecimal.ONE, eighteenDigits.add(BigDecimal.ONE)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("fewer than 19 digits before the point");
  }

  @Test
  void aStakeholderThatOnlySpendsTimeIsWeighedInTheTimeRatesCurrency() {
    ValueModel model = IncidentValue.model();
    StakeholderId auditor = StakeholderId.of("auditor");
    ValueModel audited =
        ValueModel.builder()
            .from(
                model.withJourney(
                    model
                        .journey()
                        .withCore(
                            model
                                .core()
                                .withStakeholders(
                                    java.util.stream.Stream.concat(
                                            model.core().stakeholders().stream(),
                                            java.util.stream.Stream.of(
                                                Stakeholder.builder()
                                                    .id(auditor)
                                                    .name("Auditor")
                                                    .kind(StakeholderKind.OTHER)
                                                    .influence(Level.LOW)
                                                    .interest(Level.LOW)
                                                    .build()))
                                        .toList()))))
            .addCost(
                Cost.builder()
                    .id(CostId.of("audit-time"))
                    .name("An hour of auditing the desk")
                    .service(IncidentValue.SERVICE)
                    .bearer(auditor)
                    .side(CostSide.CONSUMPTION)
                    .time(Duration.ofHours(1))
                    .build())
            .build();
    StakeholderValue value =
        AT_25_AN_HOUR.assess(audited, IncidentValue.SERVICE).stakeholder(auditor).orElseThrow();
    // No amount of its own: the hour is priced at 25 EUR, in the rate's currency.
    assertThat(value.currency()).contains("EUR");
    assertThat(value.balance()).isEqualByComparingTo("-25");
    // Without a rate, it has neither a currency nor a price for its time.
    StakeholderValue unpriced =
        ServiceValueAssessor.DEFAULT
            .assess(audited, IncidentValue.SERVICE)
            .stakeholder(auditor)
            .orElseThrow();
    assertThat(unpriced.currency()).isEmpty();
    assertThat(unpriced.unweighedCosts()).containsExactly(CostId.of("audit-time"));
  }
}
