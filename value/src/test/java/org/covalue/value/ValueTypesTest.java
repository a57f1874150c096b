package org.covalue.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.journey.JourneyId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.value.risk.RiskSource;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** The rules within one value of covalue-value, and the messages that name them. */
class ValueTypesTest {

  private static List<String> paths(Throwable thrown) {
    return ((InvalidModelException) thrown).violations().stream().map(Violation::path).toList();
  }

  @Test
  void moneyIsDecimalInOneCurrencyAndNeverConverted() {
    Money fee = Money.of("49.90", "EUR");
    assertThat(fee.times(BigDecimal.valueOf(12))).isEqualTo(Money.of("598.8", "EUR"));
    assertThat(fee.plus(Money.of("0.10", "EUR"))).isEqualTo(Money.of("50", "EUR"));
    assertThat(fee.minus(fee).isZero()).isTrue();
    assertThat(Money.of("10.0", "EUR")).isEqualTo(Money.of("10", "EUR"));
    assertThat(Money.of("10.0", "EUR")).hasSameHashCodeAs(Money.of("10", "EUR"));
    assertThat(Money.of("-3", "EUR").isNegative()).isTrue();
    assertThat(fee.toString()).isEqualTo("49.90 EUR");
    assertThat(Money.zero("USD").compareTo(Money.of("1", "USD"))).isNegative();
    assertThatThrownBy(() -> fee.plus(Money.of("1", "USD")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "currency: Cannot add amounts in different currencies, 49.90 EUR and 1 USD: covalue"
                + " never converts currencies");
    assertThatThrownBy(() -> Money.of("12,5", "EUR"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "amount: Money amount must be a decimal number such as 1250.50, but was \"12,5\"");
    assertThatThrownBy(() -> Money.of("1", "EURO"))
        .hasMessage(
            "currency: Money currency must be an ISO 4217 code such as EUR, but was \"EURO\"");
    assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"), "EUR"))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-30"), "EUR"))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void anOutcomeNeedsAnOutputAndAWorthThatIsNotNegative() {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                Outcome.builder()
                    .id(OutcomeId.of("o"))
                    .name("An outcome")
                    .stakeholder(StakeholderId.of("s"))
                    .worth(Money.of("-1", "EUR"))
                    .build());
    assertThat(paths(thrown)).containsExactly("enabledBy", "worth");
    assertThat(thrown).hasMessageContaining("Outcome o must be enabled by at least one output");
  }

  @Test
  void aCostIsMoneyTimeOrResourcesNeverNothing() {
    assertThatThrownBy(
            () ->
                Cost.builder()
                    .id(CostId.of("c"))
                    .name("Nothing")
                    .service(ServiceId.of("s"))
                    .bearer(StakeholderId.of("b"))
                    .side(CostSide.PROVISION)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("money: Cost c must spend money, time or other resources");
  }

  @Test
  void aRisksLevelCombinesUncertaintyAndTheComplianceGap() {
    Risk risk = IncidentValue.model().risks().get(0);
    assertThat(risk.level()).isEqualByComparingTo("0.1");
    assertThat(risk.exposure()).isEqualTo(Money.of("90", "EUR"));
    assertThat(risk.source()).isEqualTo(RiskSource.UNEXPECTED_EVENT);
    Risk regulated =
        risk.withCompliance(
            ComplianceGap.of(
                IncidentValue.WORKS_COUNCIL, "Consult before changing shifts", Score.of(0.5)));
    // 1 - (1 - 0.1) * (1 - 0.5)
    assertThat(regulated.level()).isEqualByComparingTo("0.55");
    assertThat(regulated.exposure()).isEqualTo(Money.of("495", "EUR"));
  }

  @Test
  void utilityAndWarrantyMakeAServiceFitForPurposeAndForUse() {
    ServicePerformance performance = IncidentValue.model().performances().get(0);
    assertThat(performance.isFitForPurpose()).isTrue();
    assertThat(performance.isFitForUse()).isFalse();
    assertThat(performance.warranty().get(1).isBelowTarget()).isTrue();
    ServicePerformance met =
        performance.withWarranty(List.of(performance.warranty().get(1).withMeasured(3.5)));
    assertThat(met.isFitForUse()).isTrue();
    assertThat(
            ServicePerformance.builder().service(IncidentValue.SERVICE).build().isFitForPurpose())
        .isFalse();
    WarrantyLevel four = performance.warranty().get(1).agreed();
    WarrantyLevel two = four.withValue(2);
    assertThat(two.isAtLeastAsGoodAs(four)).isTrue();
    assertThat(four.isAtLeastAsGoodAs(two)).isFalse();
    assertThat(
            four.isComparableTo(
                WarrantyLevel.of(
                    WarrantyAspect.CONTINUITY, "other", 4, MeasureDirection.LOWER_IS_BETTER)))
        .isFalse();
    assertThat(four.toString()).isEqualTo("CONTINUITY hours to restore <= 4.0");
    assertThat(WarrantyTarget.of(four).isBelowTarget()).isFalse();
  }

  @Test
  void requirementsAreMetByUtilityFeaturesAndAgreedLevels() {
    List<Requirement> requirements = IncidentValue.model().requirements();
    ServicePerformance performance = IncidentValue.model().performances().get(0);
    assertThat(requirements.get(0).isUtility()).isTrue();
    assertThat(requirements.get(0).isMetBy(performance)).isTrue();
    assertThat(requirements.get(1).isWarranty()).isTrue();
    assertThat(requirements.get(1).isMetBy(performance)).isFalse();
    assertThat(
            requirements
                .get(0)
                .isMetBy(
                    performance.withUtility(
                        List.of(
                            UtilityFeature.of(
                                "Something else", UtilityEffect.SUPPORTS_PERFORMANCE)))))
        .isFalse();
  }

  @Test
  void aChainHoldsTogether() {
    ValueDriverId a = ValueDriverId.of("a");
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                ValueDriverChain.builder()
                    .id(ValueDriverChainId.of("c"))
                    .name("Chain")
                    .addDrivers(
                        ValueDriver.of(a, "A", ValueDriverLayer.SERVICE_PERFORMANCE),
                        ValueDriver.of(a, "A again", ValueDriverLayer.CONSUMER_GOALS))
                    .addLinks(ValueDriverLink.of(a, ValueDriverId.of("b")))
                    .addLinks(ValueDriverLink.of(a, ValueDriverId.of("b"), 2))
                    .build());
    assertThat(paths(thrown))
        .containsExactly(
            "drivers[1].id", "drivers", "links[0].driven", "links[1].driven", "links[1]");
    assertThatThrownBy(() -> ValueDriverLink.of(a, a, 0))
        .hasMessage(
            "weight: Value driver link weight must be a positive finite number, but was 0.0");
    assertThat(IncidentValue.chain().purpose().id()).isEqualTo(IncidentValue.PURPOSE);
    assertThat(IncidentValue.chain().driversIn(ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES))
        .hasSize(3);
    assertThat(
            ValueDriverLayer.SERVICE_PERFORMANCE.isJustBelow(ValueDriverLayer.CONSUMER_PERFORMANCE))
        .isTrue();
    assertThat(ValueDriverLayer.SERVICE_PERFORMANCE.isJustBelow(ValueDriverLayer.CONSUMER_GOALS))
        .isFalse();
  }

  @Test
  void journeyFiguresCountFromConformance() {
    JourneyId journey = IncidentResolution.JOURNEY;
    JourneyPathFigures figures = IncidentValue.evidence().journeyPaths().get(0);
    assertThat(figures.cases()).isEqualTo(2);
    assertThat(figures.backAndForthCases()).hasValue(1);
    assertThat(figures.abandonedCases()).hasValue(1);
    assertThat(figures.skippedStepCases()).hasValue(0);
    // Both sample cases confirm the closure, a touchpoint of the realize step.
    assertThat(figures.unrealizedCases()).hasValue(0);
    // A case cut off after the fix never reaches Realize, and never reaches the designed end.
    ObservedJourney cutOff =
        ObservedJourney.of(
            CaseId.of("INC-1003"), IncidentResolution.midWayCase().events().subList(0, 3));
    JourneyPathFigures withCutOff =
        JourneyPathFigures.of(
            journey,
            List.of(
                JourneyConformance.of(IncidentValue.journey(), IncidentResolution.midWayCase()),
                JourneyConformance.of(IncidentValue.journey(), cutOff)));
    assertThat(withCutOff.cases()).isEqualTo(2);
    assertThat(withCutOff.unrealizedCases()).hasValue(1);
    assertThat(withCutOff.abandonedCases()).hasValue(2);
    JourneyConformance other =
        JourneyConformance.of(
            IncidentValue.journey().withId(JourneyId.of("other")), IncidentResolution.midWayCase());
    assertThatThrownBy(() -> JourneyPathFigures.of(journey, List.of(other)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "conformances[0]: Conformance of case INC-1002 compares with journey other, not with"
                + " incident-resolution");
    assertThatThrownBy(
            () -> JourneyPathFigures.builder().journey(journey).cases(2).abandonedCases(3).build())
        .hasMessage(
            "abandonedCases: Journey path figures abandonedCases must be between 0 and the 2 cases,"
                + " but was 3");
    assertThatThrownBy(
            () ->
                JourneyPathFigures.builder().journey(journey).cases(2).unrealizedCases(-1).build())
        .hasMessage(
            "unrealizedCases: Journey path figures unrealizedCases must be between 0 and the 2"
                + " cases, but was -1");
    assertThatThrownBy(() -> JourneyPathFigures.of(journey, List.of()))
        .hasMessageContaining("at least one case");
  }

  @Test
  void aPlanPlansEachOutcomeOnce() {
    ValueCoCreationPlan plan = IncidentValue.model().plans().get(0);
    assertThatThrownBy(
            () ->
                ValueCoCreationPlan.builder().from(plan).addOutcome(plan.outcomes().get(0)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "outcomes[2].outcome: Planned outcome work-resumes appears twice, first at"
                + " outcomes[0]");
    assertThat(ValueLeakageCause.predefined()).hasSize(4);
    assertThat(ValueLeakageCause.of("RELATIONSHIP_MISALIGNMENT"))
        .isSameAs(ValueLeakageCause.RELATIONSHIP_MISALIGNMENT);
    assertThat(ValueDimension.OPTIMIZE_RISK_AND_COMPLIANCE.aspect()).isEqualTo(ValueAspect.RISKS);
    for (ValueAspect aspect : ValueAspect.values()) {
      assertThat(aspect.dimension().aspect()).isEqualTo(aspect);
    }
    assertThat(MeasureDirection.LOWER_IS_BETTER.shortfall(6, 4)).isEqualTo(0.5);
    assertThat(MeasureDirection.HIGHER_IS_BETTER.shortfall(120, 200)).isEqualTo(0.4);
    assertThat(MeasureDirection.HIGHER_IS_BETTER.shortfall(-1, 0)).isEqualTo(1.0);
  }
}
