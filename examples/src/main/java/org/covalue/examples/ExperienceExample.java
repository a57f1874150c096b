package org.covalue.examples;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.analysis.ExperienceSummary;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.model.JourneyModel;

/**
 * Customer and user experience (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.5): what the
 * warehouse user felt along the incident journey, each observation scored on its functional and its
 * emotional side, and the averages by source and by step.
 */
public final class ExperienceExample {

  private ExperienceExample() {}

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
    Text.println(
        out,
        "Experience is scored from 0 (worst) to 1 (best), on its functional side (did it work?)"
            + " and its emotional side (how did it feel?); low below "
            + Text.number(Level.MEDIUM.lowerBound())
            + ", medium below "
            + Text.number(Level.HIGH.lowerBound())
            + ", high from "
            + Text.number(Level.HIGH.lowerBound())
            + ". Customers report customer experience (CX), users user experience (UX); either"
            + " comes from the journey, its environment or the brand.");
    Text.println(out, "What the user (UX) reported along the journey:");
    for (ExperienceObservation observation : model.experiences()) {
      Text.println(
          out,
          "  "
              + observation.touchpoint().map(names::of).orElse("the journey as a whole")
              + " ["
              + Text.label(observation.source())
              + "]: functional "
              + score(observation.functional())
              + ", emotional "
              + score(observation.emotional())
              + observation.note().map(note -> "; \"" + note + "\"").orElse(""));
    }
    ExperienceSummary summary = ExperienceSummary.of(model.experiences());
    Text.println(out, "Averages:");
    Text.println(out, "  overall: " + average(summary.overall()));
    for (Map.Entry<ExperienceSource, ExperienceSummary.Average> source :
        summary.bySource().entrySet()) {
      Text.println(
          out, "  from the " + Text.label(source.getKey()) + ": " + average(source.getValue()));
    }
    for (Map.Entry<CustomerJourneyStep, ExperienceSummary.Average> step :
        summary.byStep().entrySet()) {
      Text.println(out, "  at " + step.getKey().title() + ": " + average(step.getValue()));
    }
  }

  private static String average(ExperienceSummary.Average average) {
    return "functional "
        + score(average.functional())
        + ", emotional "
        + score(average.emotional())
        + " ("
        + Text.count(average.observations(), "observation", "observations")
        + ")";
  }

  private static String score(Optional<Score> score) {
    return score.map(Text::rating).orElse("not rated");
  }
}
