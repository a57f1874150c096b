package org.covalue.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyReturn;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.MidWayEntry;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;

/**
 * Customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4, Table 1.3): the incident-resolution
 * journey of a Contoso warehouse user with Northwind's service desk, through all seven steps, and
 * the two observed cases compared with the design.
 */
public final class JourneyExample {

  private JourneyExample() {}

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
    JourneyModel model = ServiceDeskScenario.journeyModel();
    Names names = Names.of(model);
    CustomerJourney journey = model.journeys().get(0);
    PartyId consumer = journey.consumer();

    Text.println(
        out,
        "Journey \""
            + journey.name()
            + "\": a "
            + Text.label(journey.persona())
            + " at "
            + names.of(consumer)
            + " with "
            + Text.list(journey.providers(), names::of));
    journey.scenario().ifPresent(scenario -> Text.println(out, "  scenario: " + scenario));
    Text.println(
        out,
        "  sample data: covalue's reconstruction of Table 1.3, which was not available to the"
            + " project ("
            + IncidentResolution.CONFIDENCE.description()
            + ")");
    List<Violation> violations = JourneyValidator.validate(model);
    Text.println(
        out,
        "  its model (core, value streams, journey, observed cases, experience): "
            + (violations.isEmpty() ? "valid, no violation" : violations));
    Text.println(
        out,
        "The seven steps of a customer journey; this journey's touchpoints, numbered in the"
            + " designed order, with the service interactions that take place at them:");
    for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
      List<Touchpoint> touchpoints = journey.touchpointsAt(step);
      Text.println(
          out,
          "  "
              + step.number()
              + ". "
              + step.title()
              + ": "
              + step.headline().toLowerCase(Locale.ROOT)
              + (touchpoints.isEmpty() && journey.interactionsAt(step).isEmpty()
                  ? "; not part of this journey"
                  : ""));
      for (Touchpoint touchpoint : touchpoints) {
        Text.println(
            out,
            "       "
                + number(journey, touchpoint.id())
                + " "
                + touchpoint.name()
                + " ("
                + Text.label(touchpoint.channel())
                + ")");
        for (ServiceInteraction interaction : journey.interactionsAt(step)) {
          if (interaction.touchpoint().equals(Optional.of(touchpoint.id()))) {
            Text.println(
                out,
                "           interaction: "
                    + interaction.name()
                    + interaction.valueCoCreated().map(v -> "; value co-created: " + v).orElse(""));
          }
        }
      }
    }
    Text.println(
        out,
        "  Before touchpoint 1 the user notices the problem. That happens inside the operations of "
            + names.of(consumer)
            + ", behind its line of visibility: an activity of its value stream (\""
            + names.of(IncidentResolution.NOTICE_PROBLEM)
            + "\"), not a touchpoint.");

    Text.println(
        out,
        "Observed cases against the design (journeys rarely follow the designed path: they go"
            + " back and forth, and may start part-way):");
    for (ObservedJourney observed : model.observedJourneys()) {
      describe(out, names, journey, JourneyConformance.of(journey, observed));
    }
  }

  private static void describe(
      PrintStream out, Names names, CustomerJourney journey, JourneyConformance conformance) {
    ObservedJourney observed = conformance.observed();
    List<String> path = new ArrayList<>();
    for (JourneyEvent event : observed.events()) {
      path.add(number(journey, event.touchpoint()));
    }
    Text.println(
        out,
        "  Case "
            + observed.caseId()
            + ", "
            + Text.count(observed.events().size(), "event", "events")
            + ", path "
            + String.join(" ", path)
            + ": "
            + (conformance.isConforming() ? "follows the design" : "deviates"));
    Set<TouchpointId> passedBy = new HashSet<>();
    Optional<MidWayEntry> midWay = conformance.paths().midWayEntry();
    if (midWay.isPresent()) {
      passedBy.addAll(midWay.get().passedBy());
      Text.println(
          out,
          "    starts part-way, at "
              + number(journey, midWay.get().entry().touchpoint())
              + " ("
              + names.of(midWay.get().entry().touchpoint())
              + "), passing by "
              + Text.list(midWay.get().passedBy(), id -> number(journey, id)));
    }
    if (!conformance.missing().isEmpty()) {
      List<TouchpointId> neverReached = new ArrayList<>(conformance.missing());
      neverReached.removeAll(passedBy);
      Text.println(
          out,
          "    missing "
              + Text.count(
                  conformance.missing().size(), "designed touchpoint", "designed touchpoints")
              + ": "
              + Text.list(conformance.missing(), id -> number(journey, id))
              + (passedBy.isEmpty()
                  ? ""
                  : "; "
                      + passedBy.size()
                      + " passed by at the start, "
                      + neverReached.size()
                      + " never reached ("
                      + Text.list(neverReached, id -> number(journey, id) + " " + names.of(id))
                      + ")"));
    }
    if (!conformance.reordered().isEmpty()) {
      Text.println(
          out,
          "    first reached out of the designed order: "
              + Text.list(conformance.reordered(), id -> number(journey, id) + " " + names.of(id)));
    }
    if (!conformance.paths().returns().isEmpty()) {
      Text.println(
          out,
          "    goes back "
              + Text.count(conformance.paths().returns().size(), "time", "times")
              + ": "
              + Text.list(
                  conformance.paths().returns(),
                  back ->
                      "to "
                          + number(journey, back.to().touchpoint())
                          + " after "
                          + number(journey, back.from().touchpoint())
                          + (back.kind() == JourneyReturn.Kind.EARLIER_STEP
                              ? " (an earlier step)"
                              : "")));
    }
    List<Finding> findings = conformance.findings();
    Text.println(
        out,
        "    findings: "
            + Text.tally(findings)
            + (passedBy.isEmpty()
                ? ""
                : "; the mid-way entry finding stands for the "
                    + passedBy.size()
                    + " touchpoints passed by, and each touchpoint never reached has its own"));
    for (Finding finding : findings) {
      Text.println(out, "      " + names.describe(finding));
    }
  }

  private static String number(CustomerJourney journey, TouchpointId touchpoint) {
    return journey.positionOf(touchpoint).isPresent()
        ? String.valueOf(journey.positionOf(touchpoint).getAsInt() + 1)
        : names(touchpoint);
  }

  private static String names(TouchpointId touchpoint) {
    return "(not designed: " + touchpoint.describe() + ")";
  }
}
