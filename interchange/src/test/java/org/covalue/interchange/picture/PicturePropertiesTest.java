package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
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
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;

/**
 * Laws of every picture, over the testkit's generated models, with their names as generated and
 * replaced by hostile ones: the SVG is well-formed XML that needs nothing from outside and shows
 * every name; the Mermaid text keeps each name inside an escaped label, line by line; the DOT text
 * keeps each name inside a quoted string; and the same model always gives the same picture.
 */
class PicturePropertiesTest {

  private static final int EXAMPLES = 100;

  /** Mermaid text that ends no label: letters, digits, spaces, {@code . _ -} and entity codes. */
  private static final String SAFE = "(?:[\\p{L}\\p{N} ._-]|#[0-9]+;)+";

  private static final Pattern MAP_LINE =
      Pattern.compile(
          "---|config:|  themeVariables:|    quadrantPointFill: \"#243b53\"|quadrantChart|  title "
              + SAFE
              + "|  [xy]-axis Low [a-z]+ --> High [a-z]+|  quadrant-[1-4] [A-Z][a-z ]+"
              + "|  \""
              + SAFE
              + "\": \\[[01](\\.[0-9]+)?, [01](\\.[0-9]+)?\\]");
  private static final Pattern JOURNEY_LINE =
      Pattern.compile(
          "journey|  title "
              + SAFE
              + "|  section [1-7] [A-Z][a-z-]+|    "
              + SAFE
              + ": [1-5]: "
              + SAFE
              + "(, "
              + SAFE
              + ")*");
  private static final Pattern NETWORK_LINE =
      Pattern.compile(
          "flowchart LR|  p[0-9]+\\[\""
              + SAFE
              + "\"\\]|  p[0-9]+ -->\\|\"(basic|cooperative|partnership)\"\\| p[0-9]+");
  private static final Pattern BAND_LINE =
      Pattern.compile(
          "flowchart LR|  subgraph (provider|band|consumer)\\[\""
              + SAFE
              + "\"\\]|    direction TB|    e[0-9]+\\[\""
              + SAFE
              + "\"\\]|  end|  e[0-9]+ -\\.->\\|\"hidden dependency\"\\| e[0-9]+");

  private static final Pattern CHAIN_LINE =
      Pattern.compile(
          "flowchart BT|  subgraph l[1-6]\\[\""
              + SAFE
              + "\"\\]|    d[0-9]+\\[\""
              + SAFE
              + "\"\\]|  end|  d[0-9]+ -->\\|\"weight [0-9.]+\"\\| d[0-9]+");

  /** One to three hostile fragments, or a name as the testkit generates it. */
  static Gen<String> names() {
    Gen<String> hostile =
        lists()
            .of(integers().between(0, Samples.HOSTILE.size() - 1))
            .ofSizeBetween(1, 3)
            .map(
                indexes -> {
                  StringBuilder name = new StringBuilder();
                  indexes.forEach(i -> name.append(Samples.HOSTILE.get(i)).append(' '));
                  return name.toString().strip();
                });
    return hostile;
  }

  static Gen<List<String>> nameLists() {
    return lists().of(names()).ofSize(16);
  }

  @Test
  void stakeholderMaps() {
    qt().withExamples(EXAMPLES)
        .forAll(Stakeholders.maps(), nameLists(), integers().between(0, 1))
        .checkAssert(
            (generated, names, hostile) -> {
              StakeholderMap map = generated;
              if (hostile == 1) {
                List<Stakeholder> renamed = new ArrayList<>();
                for (Stakeholder stakeholder : map.stakeholders()) {
                  renamed.add(stakeholder.withName(names.get(renamed.size() % names.size())));
                }
                map = map.withStakeholders(renamed);
              }
              StakeholderMapPicture picture = StakeholderMapPicture.of(map);
              List<String> shown = new ArrayList<>();
              map.stakeholders().forEach(stakeholder -> shown.add(stakeholder.name()));
              Document svg = checkSvg(picture, shown);
              assertThat(
                      svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle")
                          .getLength())
                  .isEqualTo(map.stakeholders().size());
              checkMermaid(picture, MAP_LINE);
              assertThat(picture.mermaid().lines().filter(line -> line.startsWith("  \"")))
                  .hasSize(map.stakeholders().size());
              checkDot(picture);
              assertThat(StakeholderMapPicture.of(map)).isEqualTo(picture);
            });
  }

  @Test
  void relationshipNetworks() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreModels.models(), nameLists(), integers().between(0, 1))
        .checkAssert(
            (generated, names, hostile) -> {
              CoreModel model = hostile == 1 ? renameParties(generated, names) : generated;
              RelationshipNetworkPicture picture = RelationshipNetworkPicture.of(model);
              List<String> shown = new ArrayList<>();
              for (Party party : model.parties()) {
                if (model.network().parties().contains(party.id())) {
                  shown.add(party.name());
                }
              }
              checkSvg(picture, shown);
              checkMermaid(picture, NETWORK_LINE);
              assertThat(picture.mermaid().lines().filter(line -> line.contains("-->")))
                  .hasSize(model.relationships().size());
              checkDot(picture);
              assertThat(RelationshipNetworkPicture.of(model)).isEqualTo(picture);
            });
  }

  @Test
  void customerJourneys() {
    qt().withExamples(EXAMPLES)
        .forAll(JourneyModels.models(), nameLists(), integers().between(0, 1))
        .checkAssert(
            (generated, names, hostile) -> {
              JourneyModel model = hostile == 1 ? renameJourneys(generated, names) : generated;
              for (CustomerJourney journey : model.journeys()) {
                CustomerJourneyPicture picture = CustomerJourneyPicture.of(model, journey);
                List<String> shown = new ArrayList<>();
                journey.touchpoints().forEach(touchpoint -> shown.add(touchpoint.name()));
                journey.interactions().forEach(interaction -> shown.add(interaction.name()));
                checkSvg(picture, shown);
                checkMermaid(picture, JOURNEY_LINE);
                assertThat(picture.mermaid().lines().filter(line -> line.startsWith("    ")))
                    .hasSize(journey.touchpoints().size() + journey.interactions().size());
                checkDot(picture);
                assertThat(CustomerJourneyPicture.of(model, journey)).isEqualTo(picture);
              }
            });
  }

  @Test
  void bandsOfVisibility() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Visibilities.withRelationship(Visibilities.models()),
            nameLists(),
            integers().between(0, 1))
        .checkAssert(
            (pair, names, hostile) -> {
              VisibilityModel model = hostile == 1 ? renameVisibility(pair._1, names) : pair._1;
              ServiceRelationship relationship = pair._2;
              BandOfVisibilityPicture picture = BandOfVisibilityPicture.of(model, relationship);
              List<String> shown = new ArrayList<>();
              CoreModel core = model.journey().core();
              for (Party party : core.parties()) {
                if (party.id().equals(relationship.provider())
                    || party.id().equals(relationship.consumer())) {
                  shown.add(party.name());
                }
              }
              checkSvg(picture, shown);
              checkMermaid(picture, BAND_LINE);
              assertThat(picture.mermaid().lines().filter(line -> line.startsWith("    e")))
                  .hasSizeGreaterThanOrEqualTo(
                      picture.band().elements().size() + picture.band().outside().size());
              checkDot(picture);
              assertThat(BandOfVisibilityPicture.of(model, relationship)).isEqualTo(picture);
            });
  }

  @Test
  void valueDriverChains() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.chains(), nameLists(), integers().between(0, 2))
        .checkAssert(
            (generated, names, how) -> {
              ValueDriverChain chain = how == 1 ? renameDrivers(generated, names) : generated;
              ValueDriverChainPicture picture =
                  how == 2
                      ? ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain))
                      : ValueDriverChainPicture.of(chain);
              List<String> shown = new ArrayList<>();
              chain.drivers().forEach(driver -> shown.add(driver.name()));
              Document svg = checkSvg(picture, shown);
              assertThat(
                      svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength())
                  .isEqualTo(chain.links().size() + 1);
              checkMermaid(picture, CHAIN_LINE);
              assertThat(picture.mermaid().lines().filter(line -> line.startsWith("    d")))
                  .hasSize(chain.drivers().size());
              assertThat(picture.mermaid().lines().filter(line -> line.contains("-->")))
                  .hasSize(chain.links().size());
              checkDot(picture);
              assertThat(
                      how == 2
                          ? ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain))
                          : ValueDriverChainPicture.of(chain))
                  .isEqualTo(picture);
            });
  }

  private static ValueDriverChain renameDrivers(ValueDriverChain chain, List<String> names) {
    List<ValueDriver> drivers = new ArrayList<>();
    for (ValueDriver driver : chain.drivers()) {
      drivers.add(
          ValueDriver.builder()
              .from(driver)
              .name(names.get(drivers.size() % names.size()))
              .build());
    }
    return ValueDriverChain.builder()
        .from(chain)
        .drivers(drivers)
        .name(names.get(drivers.size() % names.size()))
        .build();
  }

  private static Document checkSvg(Picture picture, List<String> names) {
    Document document;
    try {
      document = Samples.parseXml(picture.svg());
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + picture.svg(), e);
    }
    String svg = picture.svg();
    assertThat(svg)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("href")
        .doesNotContainIgnoringCase("<foreignObject")
        .doesNotContainIgnoringCase("@import")
        .doesNotContain("<!DOCTYPE");
    assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
    assertThat(svg.replace("url(#", "")).doesNotContain("url(");
    List<String> texts = Samples.texts(document);
    for (String name : names) {
      String shortened = Text.label(name, 30);
      String start =
          shortened.endsWith(Text.ELLIPSIS)
              ? shortened.substring(0, shortened.length() - 1)
              : shortened;
      assertThat(texts).as("the texts of the SVG show %s", name).anyMatch(t -> t.contains(start));
    }
    return document;
  }

  private static void checkMermaid(Picture picture, Pattern line) {
    for (String text : picture.mermaid().split("\n", -1)) {
      if (!text.isEmpty()) {
        assertThat(text).matches(line);
      }
    }
    assertThat(picture.mermaid()).endsWith("\n");
  }

  private static void checkDot(Picture picture) {
    assertThat(Samples.dotSkeleton(picture.dot())).matches("(?s)[\\w\\s=;,\\[\\]{}\"#>.-]*");
    long open = picture.dot().chars().filter(c -> c == '{').count();
    assertThat(Samples.dotSkeleton(picture.dot()).chars().filter(c -> c == '{').count())
        .isEqualTo(Samples.dotSkeleton(picture.dot()).chars().filter(c -> c == '}').count());
    assertThat(open).isPositive();
  }

  private static CoreModel renameParties(CoreModel model, List<String> names) {
    List<Party> parties = new ArrayList<>();
    for (Party party : model.parties()) {
      parties.add(party.withName(names.get(parties.size() % names.size())));
    }
    return model.withParties(parties);
  }

  private static JourneyModel renameJourneys(JourneyModel model, List<String> names) {
    List<CustomerJourney> journeys = new ArrayList<>();
    int n = 0;
    for (CustomerJourney journey : model.journeys()) {
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (Touchpoint touchpoint : journey.touchpoints()) {
        touchpoints.add(touchpoint.withName(names.get(n++ % names.size())));
      }
      List<ServiceInteraction> interactions = new ArrayList<>();
      for (ServiceInteraction interaction : journey.interactions()) {
        interactions.add(interaction.withName(names.get(n++ % names.size())));
      }
      journeys.add(
          journey
              .withName(names.get(n++ % names.size()))
              .withTouchpoints(touchpoints)
              .withInteractions(interactions));
    }
    return model.withCore(renameParties(model.core(), names)).withJourneys(journeys);
  }

  private static VisibilityModel renameVisibility(VisibilityModel model, List<String> names) {
    JourneyModel journey = renameJourneys(model.journey(), names);
    CoreModel core = journey.core();
    List<Product> products = new ArrayList<>();
    for (Product product : core.products()) {
      products.add(product.withName(names.get((products.size() + 3) % names.size())));
    }
    List<Resource> resources = new ArrayList<>();
    for (Resource resource : core.resources()) {
      resources.add(resource.withName(names.get((resources.size() + 5) % names.size())));
    }
    List<EnvironmentElement> environment = new ArrayList<>();
    for (EnvironmentElement element : model.environmentElements()) {
      environment.add(element.withName(names.get((environment.size() + 7) % names.size())));
    }
    return model
        .withJourney(journey.withCore(core.withProducts(products).withResources(resources)))
        .withEnvironmentElements(environment);
  }
}
