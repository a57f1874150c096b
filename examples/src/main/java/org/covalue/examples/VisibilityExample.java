package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.covalue.core.Finding;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;

/**
 * The band of visibility (ITIL 4: Drive Stakeholder Value, §1.2.5): what both parties of a
 * relationship can see, how wide that is against what the relationship calls for, what the band
 * relies on behind the lines, and who manages what is in it. It runs on covalue-visibility's
 * sample: one cloud provider, a webshop renting a standard server (a commodity, basic relationship)
 * and a bank co-managing a platform with it (a partnership).
 */
public final class VisibilityExample {

  private VisibilityExample() {}

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
    VisibilityModel model = ServerHosting.model();
    Names names = Names.of(model);
    Text.println(
        out,
        "Each party has a line of visibility; what both provider and consumer see is the band of"
            + " visibility, where the service experience forms. The sample: "
            + names.of(ServerHosting.CLOUD)
            + " rents standard servers to "
            + names.of(ServerHosting.WEBSHOP)
            + " and co-manages a platform with "
            + names.of(ServerHosting.BANK)
            + ".");
    for (ServiceRelationship relationship :
        List.of(ServerHosting.commodity(), ServerHosting.partnership())) {
      BandOfVisibility band = BandOfVisibility.of(model, relationship);
      BandWidthAssessment width = BandWidthCheck.DEFAULT.check(band);
      Text.println(
          out,
          "  "
              + names.of(relationship.consumer())
              + " with "
              + names.of(relationship.provider())
              + " ("
              + Text.label(relationship.type())
              + "): both see "
              + band.width().placeableInBand()
              + " of "
              + band.width().placeableTotal()
              + " activities, products, resources and environment elements"
              + String.format(Locale.ROOT, " (%.0f%%)", 100 * width.share())
              + ", a "
              + Text.label(width.measured())
              + " band"
              + (width.findings().isEmpty()
                  ? ", as the relationship, the service and the journey call for"
                  : "; the relationship, the service and the journey call for "
                      + Text.label(width.lowest())));
      List<String> behind =
          band.outside().stream().map(ElementRef::id).map(names::of).sorted().toList();
      Text.println(
          out,
          "    behind the lines: " + (behind.isEmpty() ? "nothing" : String.join(", ", behind)));
      HiddenDependencies hidden = HiddenDependencies.of(model, relationship);
      Text.println(
          out,
          "    what the band relies on out of sight: "
              + Text.count(hidden.dependencies().size(), "path", "paths")
              + (hidden.dependencies().isEmpty()
                  ? ""
                  : ", for example "
                      + names.of(hidden.dependencies().get(0).from())
                      + " relies on "
                      + names.of(hidden.dependencies().get(0).to())));
      ManagedBand managed = ManagedBand.of(model, relationship);
      Text.println(
          out,
          "    managed: "
              + (managed.unmanaged().isEmpty()
                  ? "someone answers for every element in the band"
                  : "nobody answers for "
                      + Text.list(managed.unmanaged(), element -> names.of(element.id()))));
      for (Finding finding : width.findings()) {
        Text.println(out, "    " + names.describe(finding));
      }
    }
  }
}
