package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.Perspective;
import org.covalue.value.RequirementId;
import org.covalue.value.RiskId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.ValueDimension;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StepBalance;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.outcome.OutputForm;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input for value (issue 8): long text in every pattern-checked field, invisible and
 * control text in every text field, and numbers that are not a number, infinite or negative where a
 * field does not allow it are refused with InvalidModelException, with a message of bounded size
 * that names the field; numbers that are accepted are kept as given, never clamped; and the
 * analyses of chains, steps and services with tens of thousands of elements complete and print
 * briefly.
 */
class HostileInputPropertiesTest {

  /** Longest message any refusal here may have. */
  private static final int MAX_MESSAGE = 3_000;

  /** Longest text any analysis result may print. */
  private static final int MAX_TO_STRING = 1_000;

  private static final ServiceId SERVICE = ServiceId.of("repair");
  private static final StakeholderId OWNER = StakeholderId.of("owner");
  private static final JourneyId JOURNEY = JourneyId.of("repair-journey");

  private static String longText(int length, int seed) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + (i * 5 + seed) % 26));
    }
    return text.toString();
  }

  /** Every pattern-checked field of value: ids, open codes and the parts of money. */
  private static Map<String, Function<String, Object>> patternChecked() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("ContributionId", ContributionId::of);
    fields.put("CostId", CostId::of);
    fields.put("OutcomeId", OutcomeId::of);
    fields.put("OutputId", OutputId::of);
    fields.put("RequirementId", RequirementId::of);
    fields.put("RiskId", RiskId::of);
    fields.put("ValueCoCreationPlanId", ValueCoCreationPlanId::of);
    fields.put("ValueDriverChainId", ValueDriverChainId::of);
    fields.put("ValueDriverId", ValueDriverId::of);
    fields.put("ValueLeakageCause", text -> ValueLeakageCause.of(text.toUpperCase(Locale.ROOT)));
    fields.put("WarrantyAspect", text -> WarrantyAspect.of(text.toUpperCase(Locale.ROOT)));
    fields.put("Money currency", text -> Money.of(BigDecimal.ONE, text.toUpperCase(Locale.ROOT)));
    fields.put("Money amount", text -> Money.of(text.replaceAll("[a-z]", "9"), "EUR"));
    fields.put(
        "Money amount of many decimals",
        text -> Money.of(BigDecimal.valueOf(1, text.length()), "EUR"));
    fields.put(
        "Money amount of many digits",
        text -> Money.of(BigDecimal.ONE.scaleByPowerOfTen(text.length()), "EUR"));
    return fields;
  }

  @Test
  void longTextInEveryPatternCheckedFieldIsRefusedWithAShortMessage() {
    Map<String, Function<String, Object>> fields = patternChecked();
    qt().withExamples(40)
        .forAll(integers().between(130, 200_000), integers().between(0, 25))
        .checkAssert(
            (length, seed) -> {
              String text = longText(length, seed);
              fields.forEach(
                  (field, factory) ->
                      assertThatThrownBy(() -> factory.apply(text))
                          .as(field)
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE)));
            });
  }

  private static Cost.Builder cost() {
    return Cost.builder()
        .id(CostId.of("fee"))
        .name("Repair fee")
        .service(SERVICE)
        .bearer(OWNER)
        .side(CostSide.CONSUMPTION)
        .money(Money.of("40", "EUR"));
  }

  private static Outcome.Builder outcome() {
    return Outcome.builder()
        .id(OutcomeId.of("working-phone"))
        .name("Working phone")
        .stakeholder(OWNER)
        .addEnabledBy(OutputId.of("repaired-phone"))
        .worth(Money.of("100", "EUR"));
  }

  private static Output.Builder output() {
    return Output.builder()
        .id(OutputId.of("repaired-phone"))
        .name("Repaired phone")
        .service(SERVICE)
        .form(OutputForm.TANGIBLE);
  }

  private static Risk.Builder risk() {
    return Risk.builder()
        .id(RiskId.of("data-loss"))
        .name("Data loss")
        .service(SERVICE)
        .bearer(OWNER)
        .threat(Score.of(0.1))
        .vulnerability(Score.of(0.5))
        .impact(Money.of("500", "EUR"));
  }

  private static StepValueContribution.Builder contribution() {
    return StepValueContribution.builder()
        .id(ContributionId.of("c"))
        .journey(JOURNEY)
        .step(CustomerJourneyStep.CO_CREATE)
        .perspective(Perspective.SERVICE_CONSUMER)
        .dimension(ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE)
        .added(1)
        .removed(0);
  }

  private static ValueDriver purpose() {
    return ValueDriver.of(
        ValueDriverId.of("purpose"), "Purpose", ValueDriverLayer.CONSUMER_PURPOSE);
  }

  /** Every text field of value's types, keyed by "Type attribute", the attribute being the path. */
  private static Map<String, Function<String, Object>> textFields() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put(
        "Engagement description", text -> Engagement.of(OWNER, CustomerJourneyStep.ENGAGE, text));
    fields.put(
        "StepValueContribution statements[0]", text -> contribution().addStatements(text).build());
    fields.put("Cost name", text -> cost().name(text).build());
    fields.put("ResourceUse description", ResourceUse::of);
    fields.put(
        "ValueDriver name",
        text -> ValueDriver.of(ValueDriverId.of("d"), text, ValueDriverLayer.CONSUMER_GOALS));
    fields.put(
        "ValueDriverChain name",
        text ->
            ValueDriverChain.builder()
                .id(ValueDriverChainId.of("chain"))
                .name(text)
                .addDrivers(purpose())
                .build());
    fields.put("Outcome name", text -> outcome().name(text).build());
    fields.put("Outcome description", text -> outcome().description(text).build());
    fields.put("Output name", text -> output().name(text).build());
    fields.put("Output description", text -> output().description(text).build());
    fields.put(
        "Requirement name",
        text ->
            Requirement.builder()
                .id(RequirementId.of("r"))
                .name(text)
                .stakeholder(OWNER)
                .service(SERVICE)
                .build());
    fields.put(
        "UtilityFeature description",
        text -> UtilityFeature.of(text, UtilityEffect.SUPPORTS_PERFORMANCE));
    fields.put(
        "WarrantyLevel measure",
        text ->
            WarrantyLevel.of(
                WarrantyAspect.AVAILABILITY, text, 99.5, MeasureDirection.HIGHER_IS_BETTER));
    fields.put(
        "OutcomeMeasure measure",
        text -> OutcomeMeasure.of(text, 1, MeasureDirection.HIGHER_IS_BETTER));
    fields.put("PlannedUse measure", text -> PlannedUse.of(SERVICE, text, 1));
    fields.put(
        "ValueCoCreationPlan name",
        text ->
            ValueCoCreationPlan.builder()
                .id(ValueCoCreationPlanId.of("plan"))
                .name(text)
                .journey(JOURNEY)
                .addOutcomes(PlannedOutcome.of(OutcomeId.of("working-phone")))
                .build());
    fields.put("ComplianceGap requirement", text -> ComplianceGap.of(OWNER, text, Score.of(0.5)));
    fields.put("Risk name", text -> risk().name(text).build());
    fields.put("Money currency", text -> Money.of("1", text));
    return fields;
  }

  private static Gen<String> unreadable() {
    List<String> texts =
        List.of(
            "\u200B",
            "\u2060\u200D",
            "\u3000",
            "\u0000",
            "Fee\u0007",
            "a\u001Bb",
            "x\uD800",
            "\uDC00y",
            "\u200B".repeat(50_000));
    return integers().between(0, texts.size() - 1).map(texts::get);
  }

  @Test
  void invisibleAndControlTextInEveryTextFieldIsRefusedNamingTheField() {
    Map<String, Function<String, Object>> fields = textFields();
    qt().forAll(unreadable())
        .checkAssert(
            text ->
                fields.forEach(
                    (field, factory) -> {
                      String attribute = field.substring(field.indexOf(' ') + 1);
                      assertThatThrownBy(() -> factory.apply(text))
                          .as("%s with %s", field, text.codePoints().limit(5).boxed().toList())
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> {
                                assertThat(e.violations())
                                    .extracting(Violation::path)
                                    .contains(attribute);
                                assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
                              });
                    }));
  }

  /** A number field, the path its refusal names, and whether it takes negative numbers. */
  private record NumberField(
      String path, boolean negativeAllowed, double max, DoubleFunction<Object> of) {

    NumberField(String path, boolean negativeAllowed, DoubleFunction<Object> of) {
      this(path, negativeAllowed, Double.MAX_VALUE, of);
    }

    boolean refuses(double x) {
      return !Double.isFinite(x) || (x < 0 && !negativeAllowed) || x > max;
    }
  }

  private static List<NumberField> numberFields() {
    WarrantyLevel level =
        WarrantyLevel.of(
            WarrantyAspect.AVAILABILITY, "Uptime %", 99.5, MeasureDirection.HIGHER_IS_BETTER);
    return List.of(
        new NumberField(
            "added", false, StepValueContribution.MAX_AMOUNT, x -> contribution().added(x).build()),
        new NumberField(
            "removed",
            false,
            StepValueContribution.MAX_AMOUNT,
            x -> contribution().removed(x).build()),
        new NumberField(
            "weight",
            false,
            x -> ValueDriverLink.of(ValueDriverId.of("a"), ValueDriverId.of("b"), x)),
        new NumberField(
            "value",
            true,
            x ->
                WarrantyLevel.of(
                    WarrantyAspect.AVAILABILITY, "Uptime %", x, MeasureDirection.LOWER_IS_BETTER)),
        new NumberField("measured", true, x -> WarrantyTarget.of(level).withMeasured(x)),
        new NumberField(
            "target", true, x -> OutcomeMeasure.of("Days", x, MeasureDirection.LOWER_IS_BETTER)),
        new NumberField(
            "measured",
            true,
            x -> OutcomeMeasure.of("Days", 2, MeasureDirection.LOWER_IS_BETTER).withMeasured(x)),
        new NumberField("planned", false, x -> PlannedUse.of(SERVICE, "Repairs", x)),
        new NumberField("actual", false, x -> PlannedUse.of(SERVICE, "Repairs", 1).withActual(x)),
        new NumberField(
            "warrantyTolerance", false, x -> LeakageDetector.DEFAULT.withWarrantyTolerance(x)),
        new NumberField("useTolerance", false, x -> LeakageDetector.DEFAULT.withUseTolerance(x)),
        new NumberField(
            "outcomeTolerance", false, x -> LeakageDetector.DEFAULT.withOutcomeTolerance(x)));
  }

  @Test
  void numbersThatAreNotFiniteOrOutOfRangeAreRefusedNamingTheField() {
    List<NumberField> fields = numberFields();
    qt().forAll(doubles().any())
        .checkAssert(
            x -> {
              for (double bad :
                  List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, x)) {
                for (NumberField field : fields) {
                  if (field.refuses(bad)) {
                    assertThatThrownBy(() -> field.of().apply(bad))
                        .as("%s = %s", field.path(), bad)
                        .isInstanceOfSatisfying(
                            InvalidModelException.class,
                            e -> {
                              assertThat(e.violations())
                                  .extracting(Violation::path)
                                  .contains(field.path());
                              assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
                            });
                  }
                }
              }
            });
  }

  @Test
  void numbersThatAreAcceptedAreKeptAsGivenNeverClamped() {
    WarrantyLevel level =
        WarrantyLevel.of(
            WarrantyAspect.AVAILABILITY, "Uptime %", 99.5, MeasureDirection.HIGHER_IS_BETTER);
    qt().forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(
            x -> {
              double size = Math.abs(x);
              assertThat(
                      WarrantyLevel.of(
                              WarrantyAspect.CAPACITY, "Load", x, MeasureDirection.LOWER_IS_BETTER)
                          .value())
                  .isEqualTo(x);
              assertThat(WarrantyTarget.of(level).withMeasured(x).measured())
                  .isEqualTo(OptionalDouble.of(x));
              assertThat(OutcomeMeasure.of("Days", x, MeasureDirection.LOWER_IS_BETTER).target())
                  .isEqualTo(x);
              assertThat(PlannedUse.of(SERVICE, "Repairs", size).planned()).isEqualTo(size);
              if (size <= StepValueContribution.MAX_AMOUNT) {
                assertThat(contribution().added(size).removed(size).build().removed())
                    .isEqualTo(size);
              }
              if (size > 0) {
                assertThat(
                        ValueDriverLink.of(ValueDriverId.of("a"), ValueDriverId.of("b"), size)
                            .weight())
                    .isEqualTo(size);
              }
            });
  }

  @Test
  void negativeMoneyTimeAndCountsAreRefusedNamingTheField() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE))
        .checkAssert(
            n -> {
              Money negative = Money.of(BigDecimal.valueOf(-n, 2), "EUR");
              Map<String, Runnable> refusals = new LinkedHashMap<>();
              refusals.put("money", () -> cost().money(negative).build());
              refusals.put("time", () -> cost().time(Duration.ofSeconds(-n)).build());
              refusals.put("value", () -> ResourceUse.of("Spare parts", negative));
              refusals.put("worth", () -> outcome().worth(negative).build());
              refusals.put("impact", () -> risk().impact(negative).build());
              refusals.put(
                  "costWeight",
                  () -> ServiceValueAssessor.of(BigDecimal.valueOf(-n), BigDecimal.ONE));
              refusals.put(
                  "riskWeight",
                  () -> ServiceValueAssessor.DEFAULT.withRiskWeight(BigDecimal.valueOf(-n)));
              refusals.put("timeRate", () -> ServiceValueAssessor.DEFAULT.withTimeRate(negative));
              refusals.put(
                  "cases", () -> JourneyPathFigures.builder().journey(JOURNEY).cases(-n).build());
              refusals.put(
                  "backAndForthCases",
                  () ->
                      JourneyPathFigures.builder()
                          .journey(JOURNEY)
                          .cases(n)
                          .backAndForthCases(n + 1L)
                          .build());
              refusals.put(
                  "abandonedCases",
                  () ->
                      JourneyPathFigures.builder()
                          .journey(JOURNEY)
                          .cases(n)
                          .abandonedCases(-1)
                          .build());
              refusals.forEach(
                  (path, refusal) ->
                      assertThatThrownBy(refusal::run)
                          .as(path)
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e ->
                                  assertThat(e.violations())
                                      .extracting(Violation::path)
                                      .contains(path)));
            });
  }

  /**
   * A purpose driven by two goals with the same weight, as large or as small as a double may be:
   * the purpose's performance is their mean, not unknown and not zero.
   */
  @Test
  void extremeLinkWeightsNeitherLoseNorZeroThePerformanceTheyCarry() {
    qt().forAll(
            integers().between(0, 1_000), integers().between(0, 1_000), integers().between(0, 3))
        .checkAssert(
            (a, b, which) -> {
              double weight = List.of(Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-310).get(which);
              ValueDriverChain chain =
                  ValueDriverChain.builder()
                      .id(ValueDriverChainId.of("chain"))
                      .name("Chain")
                      .addDrivers(
                          purpose(),
                          ValueDriver.of(
                                  ValueDriverId.of("a"), "A", ValueDriverLayer.CONSUMER_GOALS)
                              .withPerformance(Score.of(a / 1_000.0)),
                          ValueDriver.of(
                                  ValueDriverId.of("b"), "B", ValueDriverLayer.CONSUMER_GOALS)
                              .withPerformance(Score.of(b / 1_000.0)))
                      .addLinks(
                          ValueDriverLink.of(ValueDriverId.of("a"), purpose().id(), weight),
                          ValueDriverLink.of(ValueDriverId.of("b"), purpose().id(), weight))
                      .build();
              ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
              OptionalDouble performance = analysis.performance(purpose().id());
              assertThat(performance).as("weight %s", weight).isPresent();
              assertThat(performance.getAsDouble()).isCloseTo((a + b) / 2_000.0, within(1e-12));
              assertThat(analysis.explain(purpose().id()).total())
                  .isCloseTo((a + b) / 2_000.0, within(1e-12));
            });
  }

  /**
   * Contributions as large as a value may be: either refused when built, naming the amount, or
   * analysed into findings whose evidence is finite, as findings require.
   */
  @Test
  void hugeContributionsAreRefusedOrAnalysedNeverBreakingTheAnalysis() {
    qt().forAll(doubles().between(1e250, Double.MAX_VALUE), integers().between(2, 50))
        .checkAssert(
            (amount, count) -> {
              List<StepValueContribution> contributions = new ArrayList<>();
              try {
                for (int i = 0; i < count; i++) {
                  contributions.add(
                      contribution()
                          .id(ContributionId.of("c" + i))
                          .added(i % 2 == 0 ? 0 : amount)
                          .removed(amount)
                          .build());
                }
              } catch (InvalidModelException e) {
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsAnyOf("added", "removed");
                return;
              }
              StepValueAnalysis analysis =
                  StepValueAnalysis.of(ValueModel.builder().contributions(contributions).build());
              for (StepBalance balance : analysis.balances()) {
                assertThat(Double.isFinite(balance.added())).isTrue();
                assertThat(Double.isFinite(balance.removed())).isTrue();
              }
              assertThat(analysis.findings()).isNotEmpty();
            });
  }

  /**
   * Weights of any size: either refused when given, naming the weight, or weighed into an
   * assessment that prints briefly and whose findings carry finite evidence.
   */
  @Test
  void hugeWeightsAreRefusedOrWeighedNeverBreakingTheAssessment() {
    qt().forAll(integers().between(-1_000_000_000, 1_000_000_000))
        .checkAssert(
            exponent -> {
              BigDecimal weight = BigDecimal.ONE.scaleByPowerOfTen(exponent);
              ServiceValueAssessor assessor;
              try {
                assessor = ServiceValueAssessor.of(weight, weight);
              } catch (InvalidModelException e) {
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsAnyOf("costWeight", "riskWeight");
                assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
                return;
              }
              ValueModel model =
                  ValueModel.builder()
                      .addCosts(cost().build())
                      .addRisks(risk().build())
                      .addOutputs(output().build())
                      .addOutcomes(outcome().build())
                      .build();
              ServiceValueAssessment assessment = assessor.assess(model, SERVICE);
              assertThat(assessment.toString()).hasSizeLessThan(MAX_TO_STRING);
              assertThat(assessor.toString()).hasSizeLessThan(MAX_TO_STRING);
              assessment.findings().forEach(finding -> assertThat(finding.message()).isNotBlank());
            });
  }

  /**
   * Measured values and targets anywhere in the range of a double: the detector reports a shortfall
   * as a finding, never failing on it, with a message of bounded size.
   */
  @Test
  void measuresAnywhereInTheRangeOfADoubleAreDetectedNeverBreakingTheDetector() {
    qt().forAll(doubles().any(), doubles().any(), integers().between(0, 1))
        .assuming((measured, target, direction) -> Double.isFinite(measured * 0 + target * 0))
        .checkAssert(
            (measured, target, direction) -> {
              WarrantyLevel agreed =
                  WarrantyLevel.of(
                      WarrantyAspect.CAPACITY,
                      "Load",
                      target,
                      direction == 0
                          ? MeasureDirection.HIGHER_IS_BETTER
                          : MeasureDirection.LOWER_IS_BETTER);
              ServicePerformance performance =
                  ServicePerformance.builder()
                      .service(SERVICE)
                      .addWarranty(WarrantyTarget.of(agreed).withMeasured(measured))
                      .build();
              ValueLeakageReport report =
                  LeakageDetector.DEFAULT.detect(
                      ValueModel.builder().addPerformances(performance).build());
              assertThat(report.findings())
                  .hasSize(agreed.direction().isAtLeastAsGoodAs(measured, target) ? 0 : 1);
              report
                  .findings()
                  .forEach(finding -> assertThat(finding.message()).hasSizeLessThan(MAX_TO_STRING));
            });
  }

  /**
   * A chain of tens of thousands of drivers: one purpose, and in each lower layer a fifth of the
   * others, each driving one driver of the layer above.
   */
  private static ValueDriverChain wideChain(int size) {
    ValueDriverChain.Builder chain =
        ValueDriverChain.builder().id(ValueDriverChainId.of("wide")).name("Wide chain");
    chain.addDrivers(purpose());
    List<ValueDriverId> above = List.of(purpose().id());
    ValueDriverLayer[] layers = ValueDriverLayer.values();
    for (int layer = layers.length - 2; layer >= 0; layer--) {
      List<ValueDriverId> here = new ArrayList<>();
      for (int i = 0; i < size / 5; i++) {
        ValueDriverId id = ValueDriverId.of("d" + layer + "-" + i);
        ValueDriver driver = ValueDriver.of(id, "Driver " + layer + "-" + i, layers[layer]);
        if (layer == 0) {
          driver = driver.withPerformance(Score.of((i % 100) / 100.0));
        }
        chain.addDrivers(driver);
        chain.addLinks(ValueDriverLink.of(id, above.get(i % above.size()), 1 + i % 3));
        here.add(id);
      }
      above = here;
    }
    return chain.build();
  }

  @Test
  void analysesOfTensOfThousandsOfDriversContributionsAndStakeholdersPrintBriefly() {
    qt().withExamples(3)
        .forAll(integers().between(10_000, 20_000))
        .checkAssert(
            size -> {
              ValueDriverChain chain = wideChain(size);
              assertThat(chain.toString()).hasSizeLessThan(MAX_TO_STRING);
              ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
              assertThat(analysis.performance(purpose().id())).isPresent();
              DriverExplanation explanation = analysis.explain(purpose().id());
              assertThat(explanation.pathCount()).isEqualTo(size / 5);
              assertThat(explanation.paths()).hasSize(ValueDriverAnalysis.DEFAULT_MAX_PATHS);
              assertThat(explanation.toString()).hasSizeLessThan(MAX_TO_STRING);
              assertThat(analysis.sensitivities()).hasSize(5 * (size / 5));
              assertThat(analysis.toString()).hasSizeLessThan(MAX_TO_STRING);

              List<StepValueContribution> contributions = new ArrayList<>(size);
              List<Cost> costs = new ArrayList<>(size);
              for (int i = 0; i < size; i++) {
                contributions.add(
                    contribution().id(ContributionId.of("c" + i)).added(1).removed(2).build());
                costs.add(
                    cost()
                        .id(CostId.of("fee-" + i))
                        .bearer(StakeholderId.of("owner-" + i))
                        .build());
              }
              ValueModel model =
                  ValueModel.builder().contributions(contributions).costs(costs).build();
              assertThat(model.toString()).hasSizeLessThan(MAX_TO_STRING);

              StepValueAnalysis steps = StepValueAnalysis.of(model);
              StepBalance balance = steps.balances().get(0);
              assertThat(balance.contributions()).hasSize(size);
              assertThat(balance.removed()).isEqualTo(2.0 * size);
              assertThat(balance.toString()).hasSizeLessThan(MAX_TO_STRING);
              assertThat(steps.toString()).hasSizeLessThan(MAX_TO_STRING);

              ServiceValueAssessment assessment =
                  ServiceValueAssessor.DEFAULT.assess(model, SERVICE);
              assertThat(assessment.stakeholders()).hasSize(size);
              assertThat(assessment.findings()).hasSize(size);
              assertThat(assessment.toString()).hasSizeLessThan(MAX_TO_STRING);
              assertThat(assessment.totalCost().toString()).hasSizeLessThan(MAX_TO_STRING);

              assertThat(ValueValidator.validate(model)).isNotEmpty();
            });
  }
}
