package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyExampleTest {

  private final String output = Output.of(JourneyExample::main);

  @Test
  void showsEveryStepOfTheJourneyWithItsTouchpointsAndInteractions() {
    assertThat(output)
        .contains(
            "Journey \"Resolving an incident\": a user at Contoso Logistics with Northwind IT"
                + " Services\n")
        .contains("  its model (core, value streams, journey, observed cases, experience): valid,")
        .containsSubsequence(
            "  1. Explore: understanding markets and stakeholders; not part of this journey\n",
            "  2. Engage: ",
            "  3. Offer: ",
            "  4. Agree: ",
            "  5. Onboard: onboarding and offboarding; not part of this journey\n",
            """
              6. Co-create: providing and consuming
                   1 Tries self-help in the knowledge base (web)
                   2 Contacts the service desk (phone)
                       interaction: Describes the incident to an agent;\
            """,
            """
                   6 Receives the fix or a workaround (in person)
                       interaction: Gets a working scanner back; value co-created: The user can work again
            """,
            """
              7. Realize: realizing value and improving
                   7 Confirms the resolution and closure (web)
            """,
            "       8 Gives feedback in a survey (email)\n")
        .contains(
            """
            an activity of its value stream ("Notice that work
                  is held up"), not a touchpoint.
            """)
        .doesNotContain("IN_PERSON", "CO_CREATE", "contact-desk");
  }

  @Test
  void comparesTheBackAndForthCaseWithTheDesign() {
    assertThat(output)
        .contains(
            """
              Case INC-1001, 10 events, path 1 2 3 4 6 4 5 6 7 8: deviates
                first reached out of the designed order: 5 Receives progress updates
                goes back 2 times: to 4 after 6, to 6 after 5
                findings: 3 info
                  info journey-conformance.reordered-touchpoint: case INC-1001, Receives progress updates
            """);
  }

  @Test
  void theMidWayCaseSummaryAgreesWithItsFindings() {
    assertThat(output)
        .contains(
            """
              Case INC-1002, 4 events, path 4 5 6 7: deviates
                starts part-way, at 4 (Answers diagnostic questions or grants remote access), passing by 1, 2, 3
                missing 4 designed touchpoints: 1, 2, 3, 8; 3 passed by at the start, 1 never reached (8 Gives
                    feedback in a survey)
                findings: 1 warning, 1 info; the mid-way entry finding stands for the 3 touchpoints passed by,
                    and each touchpoint never reached has its own
                  info journey-path.mid-way-entry: case INC-1002, Answers diagnostic questions or grants remote
                      access
                  warning journey-conformance.missing-touchpoint: case INC-1002, Gives feedback in a survey
            """);
  }
}
