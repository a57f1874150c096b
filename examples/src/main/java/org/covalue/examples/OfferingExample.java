package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceOffering;

/**
 * Services, offerings, products and resources (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure
 * 1.10): prints Northwind's offering with what each part means for ownership, then validates the
 * whole core model of the demo.
 */
public final class OfferingExample {

  private OfferingExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
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
    ServiceOffering offering = ServiceDeskScenario.offering();
    out.println(
        "Service offering '"
            + offering.name()
            + "' by "
            + offering.provider()
            + " for: "
            + offering.targetConsumerGroup());
    out.println("  services: " + offering.services());
    for (OfferingComponent component : offering.components()) {
      String detail =
          component instanceof ServiceAction
              ? "performed by " + ((ServiceAction) component).performedBy()
              : (component.type().transfersOwnership()
                  ? "ownership passes to the consumer"
                  : "ownership stays with the provider");
      out.println("  " + component.type() + ": " + component.name() + " (" + detail + ")");
    }
    List<Violation> violations =
        CoreModelValidator.create()
            .parties(ServiceDeskScenario.parties())
            .stakeholders(ServiceDeskScenario.stakeholdersAtOnboard().stakeholders())
            .roleAssignments(ServiceDeskScenario.roleAssignments())
            .relationships(ServiceDeskScenario.network().relationships())
            .resources(ServiceDeskScenario.resources())
            .products(ServiceDeskScenario.products())
            .services(ServiceDeskScenario.services())
            .offerings(List.of(offering))
            .validate();
    out.println(
        "Core model validation: " + (violations.isEmpty() ? "valid, no violation" : violations));
  }
}
