package org.covalue.examples;

import java.io.PrintStream;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.sample.MobilePhone;

/**
 * Outputs are not outcomes (ITIL 4: Drive Stakeholder Value, §1.2.6): the chapter's mobile phone
 * service delivers the same outputs to everyone (a phone number, calls, text messages, records of
 * use), yet each customer gets its own outcome from them, and value is in the eye of that customer.
 * It runs on covalue-value's {@link MobilePhone} sample, whose stakeholders and amounts are
 * covalue's own.
 */
public final class MobilePhoneExample {

  private MobilePhoneExample() {}

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
    ValueModel model = MobilePhone.model();
    Names names = Names.of(model);
    Text.println(
        out,
        "One service, the same outputs for every customer; what each customer gets out of them is"
            + " its own outcome:");
    Text.println(out, "  outputs of " + names.of(MobilePhone.SERVICE) + ":");
    for (Output output : model.outputs()) {
      Text.println(out, "    " + output.name() + " (" + Text.label(output.form()) + ")");
    }
    Text.println(out, "  outcomes, each for one stakeholder, each enabled by some of the outputs:");
    for (Outcome outcome : model.outcomes()) {
      Text.println(
          out,
          "    "
              + names.of(outcome.stakeholder())
              + ": "
              + outcome.name()
              + ", worth "
              + outcome.worth().amount().stripTrailingZeros().toPlainString()
              + " "
              + outcome.worth().currency()
              + " to them; enabled by "
              + Text.list(outcome.enabledBy(), names::of));
    }
  }
}
