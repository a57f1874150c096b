package org.covalue.value.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.covalue.core.Finding;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.value.CostId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.RequirementId;
import org.covalue.value.RiskId;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.analysis.DriverContribution;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.DriverSensitivity;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StakeholderValue;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.evidence.LeakageEvidence;
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
import org.covalue.value.risk.Risk;
import org.covalue.value.sample.IncidentValue;
import org.covalue.value.sample.MobilePhone;
import org.junit.jupiter.api.Test;

/**
 * The tour of docs/value.md: each code block of the guide is copied from a method here, and {@link
 * #theGuideShowsThisCode()} fails when a block no longer matches, so the guide's code compiles and
 * runs as shown.
 */
class ValueGuideTest {

  private final List<String> printed = new ArrayList<>();

  private void println(Object line) {
    printed.add(String.valueOf(line));
  }

  @Test
  void outputsAndOutcomes() {
    Output number =
        Output.builder()
            .id(OutputId.of("phone-number"))
            .name("A phone number")
            .service(ServiceId.of("mobile-phone"))
            .form(OutputForm.INTANGIBLE)
            .build();
    Outcome keepInTouch =
        Outcome.builder()
            .id(OutcomeId.of("keep-in-touch"))
            .name("Stays close to relatives who live abroad")
            .stakeholder(StakeholderId.of("family-stakeholder"))
            .addEnabledBy(number.id(), OutputId.of("calls"))
            .worth(Money.of("40", "EUR"))
            .build();

    ValueModel phone = MobilePhone.model();
    for (Outcome outcome : phone.outcomes()) {
      println(outcome.stakeholder() + " <- " + outcome.enabledBy() + ": " + outcome.name());
    }
    println(ValueValidator.validate(phone).isEmpty());

    assertThat(keepInTouch.enabledBy()).contains(MobilePhone.NUMBER);
    assertThat(printed)
        .containsExactly(
            "family-stakeholder <- [phone-number, calls, text-messages]: Stays close to relatives"
                + " who live abroad",
            "shop-stakeholder <- [phone-number, calls, call-records]: Takes more orders by phone",
            "true");
  }

  @Test
  void costsRisksUtilityAndWarranty() {
    ServiceId desk = ServiceId.of("incident-resolution");
    Cost userTime =
        Cost.builder()
            .id(CostId.of("user-time"))
            .name("Time spent on self-help, calls and waiting")
            .service(desk)
            .bearer(StakeholderId.of("warehouse-user"))
            .side(CostSide.CONSUMPTION)
            .time(Duration.ofHours(2))
            .build();
    Risk repeatFailure =
        Risk.builder()
            .id(RiskId.of("repeat-failure"))
            .name("The scanner fails again during the shift")
            .service(desk)
            .bearer(StakeholderId.of("warehouse-manager"))
            .threat(Score.of(0.2))
            .vulnerability(Score.of(0.5))
            .impact(Money.of("900", "EUR"))
            .build();
    println(repeatFailure.level() + " -> " + repeatFailure.exposure());

    WarrantyLevel fourHours =
        WarrantyLevel.of(
            WarrantyAspect.CONTINUITY, "hours to restore", 4, MeasureDirection.LOWER_IS_BETTER);
    ServicePerformance performance =
        ServicePerformance.builder()
            .service(desk)
            .addUtility(
                UtilityFeature.of("Restores a broken scanner", UtilityEffect.REMOVES_CONSTRAINT))
            .addWarranty(WarrantyTarget.of(fourHours).withMeasured(6))
            .build();
    Requirement twoHours =
        Requirement.builder()
            .id(RequirementId.of("same-shift-fix"))
            .name("A scanner is back within two hours")
            .stakeholder(StakeholderId.of("warehouse-manager"))
            .service(desk)
            .warranty(fourHours.withValue(2))
            .build();
    println(performance.isFitForPurpose() + " " + performance.isFitForUse());
    println(twoHours.isMetBy(performance));

    assertThat(userTime.time()).contains(Duration.ofHours(2));
    assertThat(printed).containsExactly("0.10 -> 90.00 EUR", "true false", "false");
  }

  @Test
  void serviceValuePerStakeholder() {
    ValueModel model = IncidentValue.model();
    ServiceValueAssessment value =
        ServiceValueAssessor.DEFAULT
            .withTimeRate(Money.of("25", "EUR"))
            .assess(model, IncidentValue.SERVICE);
    for (StakeholderValue stakeholder : value.stakeholders()) {
      println(stakeholder);
    }
    println(value.notValuableTo());

    assertThat(printed)
        .containsExactly(
            "StakeholderValue{stakeholder=warehouse-manager, outcomes=900 EUR, costs=300 EUR,"
                + " risks=90 EUR, balance=510 EUR}",
            "StakeholderValue{stakeholder=warehouse-user, outcomes=30 EUR, costs=50 EUR, risks=0"
                + " EUR, balance=-20 EUR}",
            "StakeholderValue{stakeholder=desk-manager, outcomes=300 EUR, costs=187.5 EUR, risks=0"
                + " EUR, balance=112.5 EUR}",
            "StakeholderValue{stakeholder=works-council, outcomes=0, costs=0, risks=0, balance=0}",
            "[warehouse-user, works-council]");
  }

  @Test
  void stepValueContributions() {
    StepValueAnalysis steps = StepValueAnalysis.of(IncidentValue.model());
    for (Finding finding : steps.findings()) {
      println(finding);
    }

    assertThat(printed)
        .containsExactly(
            "INFO step-value.offset-elsewhere: Step realize of journey incident-resolution adds 0.5"
                + " and removes 1 for the consumer, made up for by 2 added in other steps or"
                + " journeys");
  }

  @Test
  void valueDriverChains() {
    ValueDriverAnalysis drivers = ValueDriverAnalysis.of(IncidentValue.chain());
    DriverExplanation why = drivers.explain(IncidentValue.PURPOSE);
    println("purpose " + String.format("%.3f", why.value().getAsDouble()));
    for (DriverContribution contribution : why.contributions()) {
      println(
          contribution.driver()
              + String.format(
                  " %.2f x %.3f = %.3f",
                  contribution.performance(), contribution.share(), contribution.contribution()));
    }
    for (DriverSensitivity driver : drivers.sensitivities().subList(0, 3)) {
      println(driver.driver() + " sensitivity " + String.format("%.3f", driver.sensitivity()));
    }

    assertThat(printed)
        .containsExactly(
            "purpose 0.708",
            "desk-staff 0.80 x 0.417 = 0.333",
            "spare-scanners 0.60 x 0.333 = 0.200",
            "incident-management 0.70 x 0.250 = 0.175",
            "orders-on-time sensitivity 1.000",
            "picking-rate sensitivity 1.000",
            "restore-time sensitivity 0.667");
  }

  @Test
  void valueLeakage() {
    ValueModel model = IncidentValue.model();
    LeakageEvidence evidence = IncidentValue.evidence();
    ValueLeakageReport report = LeakageDetector.DEFAULT.detect(model, evidence);
    for (Map.Entry<ValueLeakageCause, List<Finding>> cause : report.byCause().entrySet()) {
      println(cause.getKey());
      for (Finding finding : cause.getValue()) {
        println("  " + finding.rule() + " " + finding.elements());
      }
    }
    Finding slow = report.findings(LeakageDetector.WARRANTY_BELOW_TARGET).get(0);
    println(slow.message());
    println(slow.evidence());

    assertThat(printed)
        .containsExactly(
            "RELATIONSHIP_MISALIGNMENT",
            "  value-leakage.band-width-mismatch [desk-for-warehouse]",
            "  value-leakage.unengaged-stakeholder [works-council]",
            "MISSED_OPPORTUNITY_OR_UNMET_REQUIREMENTS",
            "  value-leakage.unmet-requirement [same-shift-fix, warehouse-manager,"
                + " incident-resolution-service]",
            "SUBOPTIMAL_PROVISION_OR_CONSUMPTION",
            "  value-leakage.warranty-below-target [incident-resolution-service]",
            "  value-leakage.back-and-forth [incident-resolution]",
            "  value-leakage.abandoned-journey [incident-resolution]",
            "  value-leakage.use-below-plan [desk-value-plan, incident-resolution-service]",
            "LACK_OF_VALUE_TRACKING_AND_REALIZATION",
            "  value-leakage.unmeasured-outcome [desk-value-plan, picking-continues]",
            "  value-leakage.outcome-below-plan [desk-value-plan, work-resumes]",
            "Service incident-resolution-service measured 6 of hours to restore against an agreed 4: 50%"
                + " short, more than the tolerance of 0%",
            "{measured=6.0, target=4.0, shortfall=0.5, threshold=0.0}");
  }

  /**
   * Every Java block of docs/value.md appears in this file, white space aside ({@code
   * System.out.println} in the guide is {@link #println(Object)} here).
   */
  @Test
  void theGuideShowsThisCode() throws IOException, java.net.URISyntaxException {
    // The module's directory, found from this class's compiled location (target/test-classes), so
    // that the test also runs from another module's directory, as mutation testing runs it.
    Path classes =
        Path.of(ValueGuideTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Objects.requireNonNull(classes.toAbsolutePath().getParent());
    Path module = Objects.requireNonNull(target.getParent());
    String guide = Files.readString(module.resolveSibling("docs").resolve("value.md"));
    String source =
        squeeze(
            Files.readString(
                module.resolve("src/test/java/org/covalue/value/guide/ValueGuideTest.java")));
    List<String> blocks = new ArrayList<>();
    int at = guide.indexOf("```java\n");
    while (at >= 0) {
      int end = guide.indexOf("```", at + 8);
      blocks.add(guide.substring(at + 8, end).replace("System.out.println(", "println("));
      at = guide.indexOf("```java\n", end + 3);
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    for (String block : blocks) {
      assertThat(source).as("the guide's block%n%s", block).contains(squeeze(block));
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
