package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.junit.jupiter.api.Test;

class CustomerJourneyPictureTest {

  private static final JourneyModel MODEL = Samples.incidentModel();
  private static final CustomerJourney JOURNEY = MODEL.journeys().get(0);

  @Test
  void mermaidIsAJourneyWithTheStepsAsSectionsAndTheExperienceAsScores() {
    String mermaid = CustomerJourneyPicture.of(MODEL, JOURNEY).mermaid();

    String actors = ": Contoso Logistics, Northwind IT Services\n";
    String both = ": Northwind IT Services, Contoso Logistics\n";
    assertThat(mermaid)
        .isEqualTo(
            "journey\n"
                + "  title Customer journey#58; Resolving an incident\n"
                + "  section 6 Co-create\n"
                + "    1. Tries self-help in the knowledge base: 2"
                + actors
                + "    2. Contacts the service desk: 4"
                + actors
                + "    #8644; Describes the incident to an agent: 4"
                + both
                + "    3. Gets the incident registered and a reference: 3"
                + actors
                + "    4. Answers diagnostic questions or grants remote access: 3"
                + actors
                + "    #8644; Diagnoses the fault together with the agent: 3"
                + both
                + "    5. Receives progress updates: 3"
                + actors
                + "    6. Receives the fix or a workaround: 3"
                + actors
                + "    #8644; Gets a working scanner back: 3"
                + both
                + "  section 7 Realize\n"
                + "    7. Confirms the resolution and closure: 3"
                + actors
                + "    #8644; Agrees that the incident is resolved: 3"
                + both
                + "    8. Gives feedback in a survey: 4"
                + actors
                + "    #8644; Rates the service: 4"
                + both);
  }

  @Test
  void svgHasTheSevenStepsAsColumnsAndMarksTheInteractions() throws Exception {
    CustomerJourneyPicture picture = CustomerJourneyPicture.of(MODEL, JOURNEY);

    List<String> texts = Samples.texts(Samples.parseXml(picture.svg()));
    assertThat(texts)
        .contains(
            "Customer journey: Resolving an incident",
            "1 Explore",
            "2 Engage",
            "3 Offer",
            "4 Agree",
            "5 Onboard",
            "6 Co-create",
            "7 Realize",
            "2. Contacts the service desk (experience 4/5)",
            "web · experience 2/5",
            "phone · not rated",
            "\u21c4 Describes the incident to an agent (experience 4/5)");
    assertThat(picture.svg()).contains("class=\"interaction\"").contains("marker-end=\"url(#");
  }

  @Test
  void dotHasAClusterPerUsedStepAndTheDesignedPath() {
    String dot = CustomerJourneyPicture.of(MODEL, JOURNEY).dot();

    assertThat(dot)
        .contains("subgraph cluster_step6 {")
        .contains("subgraph cluster_step7 {")
        .doesNotContain("cluster_step1")
        .contains("  t0 -> t1;\n")
        .contains("  t6 -> t7;\n")
        .contains("  t1 -> i0 [style=dashed, arrowhead=none];\n");
    assertThat(Samples.dotSkeleton(dot)).matches("(?s)[\\w\\s=;,\\[\\]{}\"#>-]*");
  }

  @Test
  void aJourneyGoingBackToAnEarlierStepKeepsItsDesignedNumbers() throws Exception {
    CustomerJourney back =
        JOURNEY
            .withInteractions(List.of())
            .withTouchpoints(
                List.of(
                    JOURNEY.touchpoints().get(6),
                    JOURNEY.touchpoints().get(0),
                    JOURNEY.touchpoints().get(7)));
    CustomerJourneyPicture picture = CustomerJourneyPicture.of(MODEL, back);

    assertThat(picture.mermaid())
        .contains("  section 6 Co-create\n    2. Tries self-help")
        .contains("  section 7 Realize\n    1. Confirms the resolution and closure: 3")
        .contains("    3. Gives feedback in a survey: 4");
    Samples.parseXml(picture.svg());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> CustomerJourneyPicture.of(MODEL, null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("journey must not be null");
    assertThatThrownBy(() -> CustomerJourneyPicture.of(null, JOURNEY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("model must not be null");
  }
}
