package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.journey.analysis.JourneyRules;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.junit.jupiter.api.Test;

class ValueStreamsExampleTest {

  private final String output = Output.of(ValueStreamsExample::main);

  @Test
  void showsEachPartysValueStreamWithItsHiddenActivities() {
    assertThat(output)
        .contains(
            """
              Keep warehouse operations running, of Contoso Logistics:
                Notice that work is held up (hidden); Report the disruption;\
            """)
        .contains(
            "  Answers diagnostic questions or grants remote access: Support the diagnosis,"
                + " Diagnose the incident\n");
  }

  @Test
  void readsTheJourneyAgainstEveryStatementOfFigure14() {
    assertThat(output)
        .contains("Read against the five statements of Figure 1.4 (2 info; no error)")
        .contains(
            "  2 info    A value stream supports only one of the journeys analysed, where value"
                + " streams usually\n")
        .contains(
            "         info value-streams.supports-one-journey: Restore service, Resolving an"
                + " incident\n")
        .contains(
            "  none      A journey element uses a value-stream activity hidden from the other"
                + " parties\n");
    for (var rule : ValueStreamsExample.FIGURE_1_4) {
      assertThat(output).contains(rule.description().substring(0, 40));
    }
  }

  @Test
  void coversEveryRuleOfTheValueStreamAnalysis() {
    assertThat(ValueStreamsExample.FIGURE_1_4)
        .containsExactlyElementsOf(
            JourneyRules.all().stream()
                .filter(rule -> rule.id().startsWith("value-streams."))
                .toList())
        .contains(ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY);
  }
}
