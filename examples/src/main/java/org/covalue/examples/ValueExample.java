package org.covalue.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.value.Money;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.analysis.DriverContribution;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StakeholderValue;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;

/**
 * Value (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): whom a service is valuable to, once
 * outcomes are weighed against costs and risks; how a consumer's purpose is driven, layer by layer,
 * from resources up (Figure 1.11); and where value leaks, for each of the chapter's four causes. It
 * runs on covalue-value's incident sample: a warehouse and its IT service desk.
 */
public final class ValueExample {

  private ValueExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    ValueModel model = IncidentValue.model();
    Names names = Names.of(model);
    ServiceValueAssessment value =
        ServiceValueAssessor.DEFAULT
            .withTimeRate(Money.of("25", "EUR"))
            .assess(model, IncidentValue.SERVICE);
    Text.println(
        out,
        "A service is valuable to a stakeholder when the outcomes it gets outweigh the costs it"
            + " bears and the risks it runs (time at 25 EUR an hour); "
            + names.of(IncidentValue.SERVICE)
            + ", stakeholder by stakeholder:");
    for (StakeholderValue stakeholder : value.stakeholders()) {
      String currency = stakeholder.currency().map(code -> " " + code).orElse("");
      Text.println(
          out,
          String.format(
              Locale.ROOT,
              "  %-21s outcomes %s, costs %s, risks %s: balance %s%s, %s",
              names.of(stakeholder.stakeholder()),
              amount(stakeholder.outcomeWorth()),
              amount(stakeholder.costValue()),
              amount(stakeholder.riskExposure()),
              amount(stakeholder.balance()),
              currency,
              stakeholder.isValuable() ? "valuable" : "not valuable"));
    }

    ValueDriverAnalysis drivers = ValueDriverAnalysis.of(IncidentValue.chain());
    DriverExplanation why = drivers.explain(IncidentValue.PURPOSE);
    Text.println(
        out,
        "Value drivers (Figure 1.11): resources drive offerings and interactions, which drive the"
            + " service's performance, the consumer's performance, its goals and its purpose. The"
            + " purpose \""
            + names.of(IncidentValue.PURPOSE)
            + String.format(
                Locale.ROOT, "\" performs at %.2f; most of it comes from:", why.total()));
    List<DriverContribution> top = why.contributions();
    for (DriverContribution contribution : top.subList(0, Math.min(3, top.size()))) {
      Text.println(
          out,
          String.format(
              Locale.ROOT,
              "  %s: performance %.2f x share %.3f = %.3f",
              names.of(contribution.driver()),
              contribution.performance(),
              contribution.share(),
              contribution.contribution()));
    }

    ValueLeakageReport leakage = LeakageDetector.DEFAULT.detect(model, IncidentValue.evidence());
    Text.println(out, "Value leakage (§1.2.6), by cause: " + Text.tally(leakage.findings()));
    for (Map.Entry<ValueLeakageCause, List<Finding>> cause : leakage.byCause().entrySet()) {
      Text.println(out, "  " + Text.label(cause.getKey()) + ":");
      for (Finding finding : cause.getValue()) {
        Text.println(out, "    " + names.describe(finding));
      }
    }
  }

  private static String amount(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
