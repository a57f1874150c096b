package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;

/**
 * Services, offerings, products and resources (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure
 * 1.10): Northwind's offering with its goods, access to resources and service actions; the products
 * its services are based on and the resources they are made of; the whole core model validated; and
 * an offering that cannot be built.
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
    CoreModel model = ServiceDeskScenario.coreModel();
    Names names = Names.of(model);
    ServiceOffering offering = ServiceDeskScenario.offering();
    Text.println(
        out,
        "Offering \""
            + offering.name()
            + "\" by "
            + names.of(offering.provider())
            + ", for "
            + offering.targetConsumerGroup().toLowerCase(Locale.ROOT));
    Text.println(out, "  services: " + Text.list(offering.services(), names::of));
    for (Goods goods : offering.goods()) {
      Text.println(
          out,
          "  goods: "
              + goods.name()
              + goods.product().map(p -> " (from product " + names.of(p) + ")").orElse("")
              + "; ownership passes to the consumer");
    }
    for (ResourceAccess access : offering.resourceAccesses()) {
      Text.println(
          out, "  access to resources: " + access.name() + "; ownership stays with the provider");
    }
    for (ServiceAction action : offering.serviceActions()) {
      Text.println(
          out,
          "  service action: " + action.name() + ", performed " + performer(action.performedBy()));
    }

    Text.println(
        out, "Services are based on products; products are made of resources and other products:");
    for (Service service : model.services()) {
      Text.println(
          out,
          "  service "
              + service.name()
              + " is based on "
              + Text.list(service.products(), names::of));
    }
    for (Product product : model.products()) {
      Text.println(
          out,
          "  product "
              + product.name()
              + ": "
              + Text.list(product.resources(), names::of)
              + (product.components().isEmpty()
                  ? ""
                  : "; uses " + Text.list(product.components(), names::of)));
    }
    for (Resource resource : model.resources()) {
      if (!resource.owner().equals(Optional.of(offering.provider()))) {
        Text.println(
            out,
            "  resource "
                + resource.name()
                + " belongs to "
                + resource.owner().map(names::of).orElse("nobody named"));
      }
    }

    List<Violation> violations = CoreModelValidator.validate(model);
    Text.println(
        out,
        "The core model ("
            + model.size()
            + " elements) checked as a whole: "
            + (violations.isEmpty() ? "valid, no violation" : violations));

    Text.println(
        out,
        "An offering must describe a service and have at least one part; one built without"
            + " either is refused with every violation, each with its path:");
    try {
      ServiceOffering.builder()
          .id(ServiceDeskScenario.DESK_OFFERING)
          .name("Service desk for warehouse operations")
          .provider(ServiceDeskScenario.NORTHWIND)
          .targetConsumerGroup("Logistics companies")
          .build();
      Text.println(out, "  (it was built: a bug)");
    } catch (InvalidModelException e) {
      for (String line : e.toString().split("\n", -1)) {
        Text.println(out, "  " + line);
      }
    }
  }

  private static String performer(ServiceActionPerformer performer) {
    return switch (performer) {
      case USER -> "by the user";
      case JOINT -> "jointly, by the provider's resources and the user";
      case PROVIDER_RESOURCE -> "by the provider's resources";
    };
  }
}
