package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.analysis.Finding;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.analysis.ExperienceSummary;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.journey.valuestream.ValueStream;

/**
 * Customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4, Table 1.3, Figures 1.4, 1.5 and 1.7):
 * the incident-resolution journey of a Contoso warehouse user with Northwind's service desk, step
 * by step; the value-stream rules; and two observed cases compared with the design.
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
    PartyId consumer = ServiceDeskScenario.CONTOSO;
    PartyId provider = ServiceDeskScenario.NORTHWIND;
    CustomerJourney journey = IncidentResolution.journey(consumer, provider);
    List<ValueStream> valueStreams = IncidentResolution.valueStreams(consumer, provider);

    out.println(
        "Journey '"
            + journey.name()
            + "' of "
            + journey.consumer()
            + " with "
            + journey.providers()
            + ", seen by the "
            + journey.persona().name().toLowerCase(Locale.ROOT)
            + " (Table 1.3, reconstructed):");
    for (CustomerJourneyStep step : journey.steps()) {
      out.println("  " + step.number() + ". " + step.title() + ": " + step.headline());
      for (Touchpoint touchpoint : journey.touchpointsAt(step)) {
        out.println(
            "     touchpoint  "
                + touchpoint.name()
                + " ["
                + touchpoint.channel()
                + "]"
                + (touchpoint.isVisibleTo(provider)
                    ? ""
                    : "  (behind the provider's line of visibility)"));
      }
      for (ServiceInteraction interaction : journey.interactionsAt(step)) {
        out.println(
            "     interaction "
                + interaction.name()
                + interaction.valueCoCreated().map(value -> ": " + value).orElse(""));
      }
    }
    out.println(
        "  validation: "
            + JourneyValidator.create()
                .parties(ServiceDeskScenario.parties())
                .valueStreams(valueStreams)
                .journeys(List.of(journey))
                .validate()
                .size()
            + " violations");

    ValueStreamRules rules = ValueStreamRules.check(List.of(journey), valueStreams);
    out.println(
        "Value-stream rules (Figure 1.4): " + (rules.isSatisfied() ? "satisfied" : "broken"));
    for (Finding finding : rules.findings()) {
      out.println("  " + finding);
    }

    for (ObservedJourney observed :
        List.of(IncidentResolution.backAndForthCase(), IncidentResolution.midWayCase())) {
      JourneyConformance conformance = JourneyConformance.check(observed, journey);
      out.println(
          "Observed case "
              + observed.caseId()
              + " ("
              + observed.events().size()
              + " events): "
              + (conformance.conforms() ? "conforms" : "deviates")
              + ", missing "
              + conformance.missing()
              + ", reordered "
              + conformance.reordered()
              + ", returns "
              + conformance.returns().size());
      for (Finding finding : conformance.findings()) {
        out.println("  " + finding);
      }
    }

    ExperienceSummary experience = ExperienceSummary.of(IncidentResolution.experience());
    out.println(
        "User experience (UX), "
            + experience.overall().observations()
            + " observations: functional "
            + format(experience.overall().functional().orElse(Score.ZERO))
            + ", emotional "
            + format(experience.overall().emotional().orElse(Score.ZERO)));
  }

  private static String format(Score score) {
    return String.format(Locale.ROOT, "%.2f", score.value());
  }
}
