package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.covalue.core.Score;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the code of docs/pictures.md and checks what its comments say. */
class PicturesGuideTest {

  @Test
  void theTourOfTheGuide(@TempDir Path directory) throws Exception {
    VisibilityModel model = ServerHosting.model();

    Picture network = RelationshipNetworkPicture.of(model.journey().core());
    assertThat(network.mermaid())
        .isEqualTo(
            """
            flowchart LR
              p0["Nimbus Cloud"]
              p1["Corner Webshop"]
              p2["Harbour Bank"]
              p0 -->|"basic"| p1
              p0 -->|"partnership"| p2
            """);

    BandOfVisibilityPicture band = BandOfVisibilityPicture.of(model, ServerHosting.commodity());
    assertThat(band.title()).isEqualTo("Band of visibility: Nimbus Cloud and Corner Webshop");
    assertThat(band.band().width().placeableInBand()).isEqualTo(7);
    assertThat(band.svg()).contains("both parties see 7 of 23");
    Files.writeString(directory.resolve("band.svg"), band.svg());
    Files.writeString(directory.resolve("band.dot"), band.dot());
    assertThat(Files.readString(directory.resolve("band.svg"))).isEqualTo(band.svg());

    StakeholderMap stakeholderMap = Samples.map();
    StakeholderMapPicture map = StakeholderMapPicture.of(stakeholderMap);
    StakeholderMapPicture strict =
        StakeholderMapPicture.of(
            StakeholderClassifier.DEFAULT
                .withInfluenceThreshold(Score.of(0.6))
                .classify(stakeholderMap));
    assertThat(map.kind().reference().section()).isEqualTo("1.2.1");
    assertThat(strict.svg()).contains(">0.6</text>").isNotEqualTo(map.svg());

    JourneyModel journeyModel = Samples.incidentModel();
    CustomerJourney incidentJourney = journeyModel.journeys().get(0);
    CustomerJourneyPicture journey = CustomerJourneyPicture.of(journeyModel, incidentJourney);
    assertThat(journey.mermaid())
        .startsWith(
            "journey\n"
                + "  title Customer journey#58; Resolving an incident\n"
                + "  section 6 Co-create\n"
                + "    1. Tries self-help in the knowledge base: 2: Contoso Logistics,"
                + " Northwind IT Services\n"
                + "    2. Contacts the service desk: 4: Contoso Logistics, Northwind IT Services\n"
                + "    #8644; Describes the incident to an agent: 4: Northwind IT Services,"
                + " Contoso Logistics\n");

    ValueDriverChainPicture chain =
        ValueDriverChainPicture.of(ValueDriverAnalysis.of(IncidentValue.chain()));
    assertThat(chain.mermaid())
        .startsWith(
            """
            flowchart BT
              subgraph l1["Resources#44; products and practices"]
                d0["Spare scanners at hand #40;measured 0.6#41;"]
            """)
        .contains(
            """
              subgraph l6["Consumer purpose"]
                d9["Deliver reliably #40;propagated 0.71#41;"]
              end
              d0 -->|"weight 2"| d3
            """);
  }
}
