package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

class RelationshipNetworkPictureTest {

  private static final CoreModel HOSTING = ServerHosting.model().journey().core();

  @Test
  void mermaidIsAFlowchartFromProviderToConsumerLabelledWithTheType() {
    assertThat(RelationshipNetworkPicture.of(HOSTING).mermaid())
        .isEqualTo(
            """
            flowchart LR
              p0["Nimbus Cloud"]
              p1["Corner Webshop"]
              p2["Harbour Bank"]
              p0 -->|"basic"| p1
              p0 -->|"partnership"| p2
            """);
  }

  @Test
  void dotIsADigraphWithNamedNodesAndTypedEdges() {
    String dot = RelationshipNetworkPicture.of(HOSTING).dot();

    assertThat(dot)
        .startsWith("digraph relationship_network {")
        .contains("  p2 [label=\"Harbour Bank\"];\n")
        .contains("  p0 -> p2 [label=\"partnership\"];\n");
    assertThat(Samples.dotSkeleton(dot)).matches("(?s)[\\w\\s=;,\\[\\]{}\"#>-]*");
  }

  @Test
  void svgShowsEveryOrganizationAndEveryRelationshipType() throws Exception {
    RelationshipNetworkPicture picture = RelationshipNetworkPicture.of(HOSTING);

    assertThat(picture.title()).isEqualTo("Relationship network: 3 organizations, 2 relationships");
    assertThat(Samples.texts(Samples.parseXml(picture.svg())))
        .contains("Nimbus Cloud", "Corner Webshop", "Harbour Bank", "basic", "partnership");
    assertThat(picture.network()).isEqualTo(HOSTING.network());
  }

  @Test
  void relationshipsBetweenTheSameOrganizationsAreBentApart() throws Exception {
    PartyId a = PartyId.of("a");
    PartyId b = PartyId.of("b");
    CoreModel model =
        CoreModel.builder()
            .addParties(Party.organization(a, "A \"quoted\" <org>"), Party.organization(b, "end"))
            .addRelationships(
                relationship("ab", a, b, ServiceRelationshipType.BASIC),
                relationship("ba", b, a, ServiceRelationshipType.COOPERATIVE),
                relationship("ab2", a, b, ServiceRelationshipType.PARTNERSHIP))
            .build();
    RelationshipNetworkPicture picture = RelationshipNetworkPicture.of(model);

    assertThat(picture.mermaid())
        .contains("  p0[\"A #34;quoted#34; #60;org#62;\"]\n  p1[\"end\"]\n")
        .contains("  p1 -->|\"cooperative\"| p0\n");
    List<String> curves =
        List.of(picture.svg().split("\n")).stream().filter(l -> l.startsWith("<path d=")).toList();
    assertThat(curves).hasSize(3).doesNotHaveDuplicates();
    Samples.parseXml(picture.svg());
  }

  @Test
  void aPartyTheModelDoesNotHoldIsShownByItsId() {
    CoreModel model =
        CoreModel.builder()
            .addRelationship(
                relationship(
                    "x", PartyId.of("ghost"), PartyId.of("other"), ServiceRelationshipType.BASIC))
            .build();

    assertThat(RelationshipNetworkPicture.of(model).mermaid()).contains("p0[\"ghost\"]");
  }

  @Test
  void anEmptyNetworkIsDrawn() throws Exception {
    RelationshipNetworkPicture picture = RelationshipNetworkPicture.of(CoreModel.empty());

    assertThat(picture.mermaid()).isEqualTo("flowchart LR\n");
    Samples.parseXml(picture.svg());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> RelationshipNetworkPicture.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("model must not be null");
  }

  private static ServiceRelationship relationship(
      String id, PartyId provider, PartyId consumer, ServiceRelationshipType type) {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of(id))
        .provider(provider)
        .consumer(consumer)
        .type(type)
        .build();
  }
}
