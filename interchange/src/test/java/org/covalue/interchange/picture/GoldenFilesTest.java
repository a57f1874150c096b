package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole text of each picture of the samples, in each form, to a golden file in {@code
 * src/test/resources/golden}: any change to what a picture looks like shows in review as a change
 * to these files. After an intended change, rewrite them with {@code ./mvnw -pl interchange test
 * -Dtest=GoldenFilesTest -Dcovalue.golden.update=true} and read the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void thePicturesOfTheSamplesAreTheGoldenFiles() throws IOException {
    JourneyModel incident = Samples.incidentModel();
    Map<String, Picture> pictures = new LinkedHashMap<>();
    pictures.put("stakeholder-map", StakeholderMapPicture.of(Samples.map()));
    pictures.put(
        "customer-journey", CustomerJourneyPicture.of(incident, incident.journeys().get(0)));
    pictures.put(
        "relationship-network",
        RelationshipNetworkPicture.of(ServerHosting.model().journey().core()));
    pictures.put(
        "band-of-visibility",
        BandOfVisibilityPicture.of(ServerHosting.model(), ServerHosting.commodity()));
    pictures.put(
        "value-driver-chain",
        ValueDriverChainPicture.of(ValueDriverAnalysis.of(IncidentValue.chain())));
    boolean update = Boolean.getBoolean("covalue.golden.update");
    for (Map.Entry<String, Picture> entry : pictures.entrySet()) {
      Map<String, String> forms = new LinkedHashMap<>();
      forms.put("svg", entry.getValue().svg());
      forms.put("mmd", entry.getValue().mermaid());
      forms.put("dot", entry.getValue().dot());
      for (Map.Entry<String, String> form : forms.entrySet()) {
        Path file = GOLDEN.resolve(entry.getKey() + "." + form.getKey());
        if (update) {
          Files.createDirectories(GOLDEN);
          Files.writeString(file, form.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(form.getValue())
            .as("%s (rewrite with -Dcovalue.golden.update=true if the change is intended)", file)
            .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }
}
