package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.Level;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * What an assessment says of the costs it cannot weigh and of its stakeholders: the time and the
 * resources left out of a balance, each named in the finding's message and evidence.
 */
class ServiceValueAssessmentTest {

  private static final ServiceValueAssessor AT_25_AN_HOUR =
      ServiceValueAssessor.DEFAULT.withTimeRate(Money.of("25", "EUR"));

  private static final CostId REPAIR = CostId.of("repair");

  /** The sample with the desk's repair also using resources that have no money value. */
  private static ValueModel repairWithUnvaluedResources(int unvalued) {
    ValueModel model = IncidentValue.model();
    List<Cost> costs = new ArrayList<>();
    for (Cost cost : model.costs()) {
      if (cost.id().equals(REPAIR)) {
        Cost.Builder more = Cost.builder().from(cost);
        for (int i = 0; i < unvalued; i++) {
          more.addResource(ResourceUse.of("Cleaning kit " + i));
        }
        costs.add(more.build());
      } else {
        costs.add(cost);
      }
    }
    return model.withCosts(costs);
  }

  private static Finding unweighedRepair(ServiceValueAssessment assessment) {
    List<Finding> repairs =
        assessment.findings(ServiceValueAssessment.UNWEIGHED_COST).stream()
            .filter(f -> f.elements().get(0).equals(REPAIR))
            .toList();
    assertThat(repairs).hasSize(1);
    return repairs.get(0);
  }

  @Test
  void aCostWithUnpricedTimeAndUnvaluedResourcesNamesBoth() {
    // No time rate: the 90 minutes of the repair are not priced, and two of its three resources
    // have no value (the spare scanner has one).
    ServiceValueAssessment value =
        ServiceValueAssessor.DEFAULT.assess(repairWithUnvaluedResources(2), IncidentValue.SERVICE);
    Finding repair = unweighedRepair(value);
    assertThat(repair.elements()).containsExactly(REPAIR, IncidentValue.PROVIDER);
    assertThat(repair.evidence())
        .containsEntry("unweighedHours", 1.5)
        .containsEntry("unvaluedResources", 2.0);
    assertThat(repair.message())
        .isEqualTo(
            "Cost repair of stakeholder desk-manager spends 1.5 hours, which no time rate in its"
                + " bearer's currency prices, and 2 resources without a value: the balance leaves"
                + " them out");
  }

  @Test
  void withATimeRateOnlyTheUnvaluedResourceIsLeftOut() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(repairWithUnvaluedResources(1), IncidentValue.SERVICE);
    // The user's two hours are now priced: only the repair is left with something unweighed.
    assertThat(value.findings(ServiceValueAssessment.UNWEIGHED_COST)).hasSize(1);
    Finding repair = unweighedRepair(value);
    assertThat(repair.evidence())
        .containsEntry("unweighedHours", 0.0)
        .containsEntry("unvaluedResources", 1.0);
    assertThat(repair.message())
        .isEqualTo(
            "Cost repair of stakeholder desk-manager spends 1 resource without a value: the"
                + " balance leaves them out");
    // The desk's balance: 300 worth - 1.5 hours at 25 - the spare scanner's 150 = 112.5; the
    // cleaning kit counts for nothing.
    assertThat(value.stakeholder(IncidentValue.PROVIDER).orElseThrow().balance())
        .isEqualByComparingTo("112.5");
    assertThat(value.stakeholder(IncidentValue.PROVIDER).orElseThrow().unweighedCosts())
        .containsExactly(REPAIR);
  }

  @Test
  void aCostWhoseTimeAndResourcesAreAllWeighedIsNotReported() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE);
    assertThat(value.findings(ServiceValueAssessment.UNWEIGHED_COST)).isEmpty();
  }

  @Test
  void aStakeholderTheServiceDoesNotConcernIsToldItGetsNothing() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE);
    Finding council = value.findings(ServiceValueAssessment.NO_OUTCOME).get(0);
    assertThat(council.elements())
        .containsExactly(IncidentValue.WORKS_COUNCIL, IncidentValue.SERVICE);
    assertThat(council.evidence()).containsEntry("outcomes", 0.0).containsEntry("threshold", 1.0);
    assertThat(council.message())
        .isEqualTo(
            "Service incident-resolution-service gives stakeholder works-council no outcome and"
                + " asks of it no cost or risk: it creates no value for works-council");
    assertThat(value.stakeholder(StakeholderId.of("nobody"))).isEmpty();
  }

  @Test
  void theTextShowsTheFirstTenBalancesAndCountsTheRest() {
    ValueModel model = IncidentValue.model();
    List<Stakeholder> stakeholders = new ArrayList<>(model.core().stakeholders());
    assertThat(stakeholders).hasSize(4);
    for (int i = 1; i <= 8; i++) {
      stakeholders.add(
          Stakeholder.builder()
              .id(StakeholderId.of("onlooker-" + i))
              .name("Onlooker " + i)
              .kind(StakeholderKind.OTHER)
              .influence(Level.LOW)
              .interest(Level.LOW)
              .build());
    }
    ValueModel crowded =
        model.withJourney(model.journey().withCore(model.core().withStakeholders(stakeholders)));
    ServiceValueAssessment value = AT_25_AN_HOUR.assess(crowded, IncidentValue.SERVICE);
    assertThat(value.stakeholders()).hasSize(12);
    String text = value.toString();
    // The four stakeholders of the sample, then onlookers 1 to 6 make ten; 7 and 8 are counted.
    assertThat(text)
        .startsWith(
            "ServiceValueAssessment{service=incident-resolution-service, balances={"
                + "warehouse-manager=510 EUR, ")
        .endsWith(", onlooker-6=0, and 2 more}, findings=" + value.findings().size() + "}")
        .doesNotContain("onlooker-7");
  }

  @Test
  void theTextOfASmallAssessmentShowsEveryBalanceWithItsCurrency() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE);
    assertThat(value.toString()).doesNotContain("more").contains("warehouse-user=-20 EUR");
  }

  @Test
  void aBalanceInMoneyIsInTheStakeholdersCurrency() {
    ServiceValueAssessment value =
        AT_25_AN_HOUR.assess(IncidentValue.model(), IncidentValue.SERVICE);
    Money user = value.stakeholder(IncidentValue.USER).orElseThrow().balanceAsMoney().orElseThrow();
    // 30 worth - 2 hours at 25.
    assertThat(user.amount()).isEqualByComparingTo("-20");
    assertThat(user.currency()).isEqualTo("EUR");
    // The works council has no amount at all, so no currency.
    assertThat(value.stakeholder(IncidentValue.WORKS_COUNCIL).orElseThrow().balanceAsMoney())
        .isEmpty();
  }

  @Test
  void theTotalCostSumsMoneyPerCurrencyOverBothSides() {
    ValueModel model = IncidentValue.model();
    List<Cost> costs = new ArrayList<>(model.costs());
    // The desk also pays 40 EUR for a courier: provision money beside the customer's 300 fee.
    costs.add(
        Cost.builder()
            .from(model.costs().get(2))
            .id(CostId.of("courier"))
            .money(Money.of("40", "EUR"))
            .resources(List.of())
            .time(java.time.Duration.ZERO)
            .build());
    TotalCost total =
        AT_25_AN_HOUR.assess(model.withCosts(costs), IncidentValue.SERVICE).totalCost();
    assertThat(total.money()).containsExactly(Money.of("340", "EUR"));
    assertThat(total.toString())
        .isEqualTo(
            "TotalCost{costs=4, provision={money=[40 EUR], time=PT1H30M, resources=1},"
                + " consumption={money=[300 EUR], time=PT2H, resources=0}}");
  }
}
