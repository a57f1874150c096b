package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Stakeholders;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Writes the pictures that {@code scripts/check-pictures.sh} checks with the real tools (Mermaid in
 * headless Chromium, Chromium itself for the SVG, Graphviz for the DOT) to {@code target/pictures}:
 * the samples, the samples with hostile names, a map of a hundred stakeholders, and pictures of
 * models the testkit generates. Each picture is {@code <name>.svg}, {@code .mmd} and {@code .dot};
 * {@code index.txt} lists the names.
 */
class PictureGalleryTest {

  private static final Path OUT = Path.of("target", "pictures");
  private static final int GENERATED = 12;

  @Test
  void writesThePicturesTheRealToolsCheck() throws IOException {
    Map<String, Picture> pictures = new LinkedHashMap<>();
    JourneyModel incident = Samples.incidentModel();
    VisibilityModel hosting = ServerHosting.model();
    pictures.put("map-sample", StakeholderMapPicture.of(Samples.map()));
    pictures.put("map-hundred", StakeholderMapPicture.of(hundred()));
    pictures.put("map-hostile", StakeholderMapPicture.of(hostileMap()));
    pictures.put("map-empty", StakeholderMapPicture.of(StakeholderMap.builder().build()));
    pictures.put(
        "journey-incident", CustomerJourneyPicture.of(incident, incident.journeys().get(0)));
    JourneyModel hostileIncident = hostileJourney(incident);
    pictures.put(
        "journey-hostile",
        CustomerJourneyPicture.of(hostileIncident, hostileIncident.journeys().get(0)));
    pictures.put("network-hosting", RelationshipNetworkPicture.of(hosting.journey().core()));
    pictures.put("network-hostile", RelationshipNetworkPicture.of(hostileNetwork()));
    pictures.put("network-empty", RelationshipNetworkPicture.of(CoreModel.empty()));
    pictures.put("band-commodity", BandOfVisibilityPicture.of(hosting, ServerHosting.commodity()));
    pictures.put(
        "band-partnership", BandOfVisibilityPicture.of(hosting, ServerHosting.partnership()));
    VisibilityModel hostileHosting =
        hosting.withJourney(
            hosting.journey().withCore(rename(hosting.journey().core(), Samples.HOSTILE)));
    pictures.put(
        "band-hostile", BandOfVisibilityPicture.of(hostileHosting, ServerHosting.partnership()));
    ValueDriverChain chain = IncidentValue.chain();
    pictures.put("chain-incident", ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain)));
    pictures.put("chain-incident-measured", ValueDriverChainPicture.of(chain));
    pictures.put("chain-hostile", ValueDriverChainPicture.of(hostileChain(chain)));
    List<StakeholderMap> maps = draw(Stakeholders.maps());
    List<CoreModel> cores = draw(CoreModels.models());
    List<JourneyModel> journeyModels = draw(JourneyModels.models());
    List<Pair<VisibilityModel, ServiceRelationship>> bands =
        draw(Visibilities.withRelationship(Visibilities.models()));
    for (int i = 0; i < maps.size(); i++) {
      pictures.put("generated-map-" + i, StakeholderMapPicture.of(maps.get(i)));
    }
    for (int i = 0; i < cores.size(); i++) {
      pictures.put("generated-network-" + i, RelationshipNetworkPicture.of(cores.get(i)));
    }
    for (int i = 0; i < journeyModels.size(); i++) {
      JourneyModel journeys = journeyModels.get(i);
      for (CustomerJourney journey : journeys.journeys()) {
        pictures.put(
            "generated-journey-" + i + "-" + journey.id(),
            CustomerJourneyPicture.of(journeys, journey));
      }
    }
    List<ValueDriverChain> chains = draw(Values.chains());
    for (int i = 0; i < chains.size(); i++) {
      pictures.put(
          "generated-chain-" + i,
          ValueDriverChainPicture.of(ValueDriverAnalysis.of(chains.get(i))));
    }
    for (int i = 0; i < bands.size(); i++) {
      pictures.put(
          "generated-band-" + i, BandOfVisibilityPicture.of(bands.get(i)._1, bands.get(i)._2));
    }

    Files.createDirectories(OUT);
    List<String> names = new ArrayList<>(pictures.keySet());
    for (Map.Entry<String, Picture> entry : pictures.entrySet()) {
      write(entry.getKey() + ".svg", entry.getValue().svg());
      write(entry.getKey() + ".mmd", entry.getValue().mermaid());
      write(entry.getKey() + ".dot", entry.getValue().dot());
    }
    write("index.txt", String.join("\n", names) + "\n");
    expect("map-hostile", Samples.HOSTILE);
    expect("network-hostile", Samples.HOSTILE);
    expect("journey-hostile", Samples.HOSTILE.subList(0, 13));
    expect("band-hostile", List.of(Samples.HOSTILE.get(0), Samples.HOSTILE.get(2)));
    expect("journey-incident", List.of("Contacts the service desk", "Rates the service"));
    expect("chain-hostile", Samples.HOSTILE.subList(0, 10));
    expect("chain-incident", List.of("Spare scanners at hand", "Deliver reliably"));
    expect("band-commodity", List.of("Hypervisor cluster", "Virtual server"));
    assertThat(Files.readAllLines(OUT.resolve("index.txt"))).hasSize(pictures.size());
    assertThat(pictures.size()).isGreaterThan(40);
  }

  /**
   * Writes what the rendered picture must show, one text a line: the start of each name (as much as
   * every form shows), which the check looks for in the text of the rendered SVG and Mermaid
   * diagram, spaces aside.
   */
  private static void expect(String picture, List<String> names) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String name : names) {
      String shown = Text.label(name, 30);
      if (shown.endsWith(Text.ELLIPSIS)) {
        shown = shown.substring(0, shown.length() - 1);
      }
      lines.append(shown).append('\n');
    }
    write(picture + ".expect", lines.toString());
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(OUT.resolve(name), text, StandardCharsets.UTF_8);
  }

  static StakeholderMap hundred() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    Level[] levels = Level.values();
    for (int i = 0; i < 100; i++) {
      stakeholders.add(
          Samples.stakeholder(
              "s" + i,
              "Stakeholder " + (i + 1) + " of the hundred",
              levels[i % 3],
              levels[(i / 3) % 3]));
    }
    return StakeholderMap.builder().label("a hundred").stakeholders(stakeholders).build();
  }

  static StakeholderMap hostileMap() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    Level[] levels = Level.values();
    for (int i = 0; i < Samples.HOSTILE.size(); i++) {
      stakeholders.add(
          Samples.stakeholder("h" + i, Samples.HOSTILE.get(i), levels[i % 3], levels[(i / 3) % 3]));
    }
    return StakeholderMap.builder()
        .label("<b>\"end\"</b> & #35; ; : --> ]]>")
        .stakeholders(stakeholders)
        .build();
  }

  static JourneyModel hostileJourney(JourneyModel model) {
    List<CustomerJourney> journeys = new ArrayList<>();
    int n = 0;
    for (CustomerJourney journey : model.journeys()) {
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (Touchpoint touchpoint : journey.touchpoints()) {
        touchpoints.add(touchpoint.withName(Samples.HOSTILE.get(n++ % Samples.HOSTILE.size())));
      }
      List<ServiceInteraction> interactions = new ArrayList<>();
      for (ServiceInteraction interaction : journey.interactions()) {
        interactions.add(interaction.withName(Samples.HOSTILE.get(n++ % Samples.HOSTILE.size())));
      }
      journeys.add(
          journey
              .withName("section Explore: 5: <Me> & \"you\"")
              .withTouchpoints(touchpoints)
              .withInteractions(interactions));
    }
    return model
        .withCore(rename(model.core(), Samples.HOSTILE.subList(4, 8)))
        .withJourneys(journeys);
  }

  static ValueDriverChain hostileChain(ValueDriverChain chain) {
    List<ValueDriver> drivers = new ArrayList<>();
    for (ValueDriver driver : chain.drivers()) {
      drivers.add(
          ValueDriver.builder()
              .from(driver)
              .name(Samples.HOSTILE.get(drivers.size() % Samples.HOSTILE.size()))
              .build());
    }
    return ValueDriverChain.builder()
        .from(chain)
        .drivers(drivers)
        .name("<b>\"end\"</b> & #35; ; : --> ]]>")
        .build();
  }

  static CoreModel hostileNetwork() {
    List<Party> parties = new ArrayList<>();
    List<ServiceRelationship> relationships = new ArrayList<>();
    ServiceRelationshipType[] types = ServiceRelationshipType.values();
    for (int i = 0; i < Samples.HOSTILE.size(); i++) {
      parties.add(Party.organization(PartyId.of("o" + i), Samples.HOSTILE.get(i)));
      if (i > 0) {
        relationships.add(
            ServiceRelationship.builder()
                .id(ServiceRelationshipId.of("r" + i))
                .provider(PartyId.of("o" + (i - 1)))
                .consumer(PartyId.of("o" + i))
                .type(types[i % 3])
                .build());
      }
    }
    relationships.add(
        ServiceRelationship.builder()
            .id(ServiceRelationshipId.of("back"))
            .provider(PartyId.of("o1"))
            .consumer(PartyId.of("o0"))
            .type(ServiceRelationshipType.PARTNERSHIP)
            .build());
    return CoreModel.builder().parties(parties).relationships(relationships).build();
  }

  static CoreModel rename(CoreModel model, List<String> names) {
    List<Party> parties = new ArrayList<>();
    for (Party party : model.parties()) {
      parties.add(party.withName(names.get(parties.size() % names.size())));
    }
    return model.withParties(parties);
  }

  /** Draws values of a generator with a fixed seed, so that the gallery is the same each run. */
  private static <T> List<T> draw(Gen<T> generator) {
    List<T> drawn = new ArrayList<>();
    qt().withFixedSeed(20261127L)
        .withExamples(GENERATED)
        .withShrinkCycles(0)
        .forAll(generator)
        .checkAssert(drawn::add);
    return drawn;
  }
}
