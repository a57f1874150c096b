package org.covalue.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.covalue.core.Finding;
import org.covalue.core.Rule;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;

/**
 * Value streams and customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.4): the
 * two value streams the incident journey depends on, one of each party, which touchpoints use which
 * activities, and the journey read against the five statements of the figure.
 */
public final class ValueStreamsExample {

  /** The rules of Figure 1.4, in the order of its statements. */
  static final List<Rule> FIGURE_1_4 =
      List.of(
          ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
          ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
          ValueStreamAnalysis.SPANS_VALUE_STREAMS,
          ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
          ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
          ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
          ValueStreamAnalysis.NOT_IN_ANY_JOURNEY);

  private ValueStreamsExample() {}

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
    Text.println(
        out,
        "The journey depends on a value stream of each party; activities marked (hidden) are"
            + " behind their owner's line of visibility, so no touchpoint may use them:");
    for (ValueStream stream : model.valueStreams()) {
      List<String> activities = new ArrayList<>();
      for (ValueStreamActivity activity : stream.activities()) {
        activities.add(activity.name() + (activity.isVisibleToOtherParties() ? "" : " (hidden)"));
      }
      Text.println(out, "  " + stream.name() + ", of " + names.of(stream.owner()) + ":");
      Text.println(out, "    " + String.join("; ", activities));
    }
    Text.println(out, "Touchpoints and the activities of both value streams they bring together:");
    for (Touchpoint touchpoint : journey.touchpoints()) {
      if (!touchpoint.activities().isEmpty()) {
        Text.println(
            out, "  " + touchpoint.name() + ": " + Text.list(touchpoint.activities(), names::of));
      }
    }
    ValueStreamAnalysis analysis = ValueStreamAnalysis.of(model);
    Text.println(
        out,
        "Read against the five statements of Figure 1.4 ("
            + Text.tally(analysis.findings())
            + (analysis.hasErrors() ? "" : "; no error")
            + "), how often each case to report was found:");
    for (Rule rule : FIGURE_1_4) {
      List<Finding> findings = analysis.findings(rule);
      Text.println(
          out,
          String.format(
              Locale.ROOT,
              "  %-9s %s",
              findings.isEmpty()
                  ? "none"
                  : findings.size() + " " + Text.label(rule.defaultSeverity()),
              rule.description()));
      for (Finding finding : findings) {
        Text.println(out, "         " + names.describe(finding));
      }
    }
  }
}
