package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

class BandOfVisibilityPictureTest {

  private static final VisibilityModel MODEL = ServerHosting.model();

  @Test
  void svgShowsBothLinesTheBandAndEachSide() throws Exception {
    BandOfVisibilityPicture picture = BandOfVisibilityPicture.of(MODEL, ServerHosting.commodity());

    assertThat(picture.title()).isEqualTo("Band of visibility: Nimbus Cloud and Corner Webshop");
    assertThat(picture.band().width().placeableInBand()).isEqualTo(7);
    List<String> texts = Samples.texts(Samples.parseXml(picture.svg()));
    assertThat(texts)
        .contains(
            "Line of visibility of Nimbus Cloud",
            "Line of visibility of Corner Webshop",
            "Band of visibility: both see",
            "Only Nimbus Cloud sees",
            "Only Corner Webshop sees",
            "product: Virtual server",
            "resource: Hypervisor cluster")
        .anyMatch(text -> text.contains("both parties see 7 of 23"));
  }

  @Test
  void mermaidAndDotPutEachElementInItsZoneAndDrawTheHiddenDependencies() {
    BandOfVisibilityPicture picture = BandOfVisibilityPicture.of(MODEL, ServerHosting.commodity());

    assertThat(picture.mermaid())
        .startsWith(
            """
            flowchart LR
              subgraph provider["Behind the line of visibility of Nimbus Cloud"]
                direction TB
            """)
        .contains("    e20[\"resource#58; Hypervisor cluster\"]\n")
        .contains("  subgraph band[\"Band of visibility\"]\n")
        .contains("    e11[\"product#58; Virtual server\"]\n")
        .contains("    e21[\"environment element#58; The webshop#39;s back office\"]\n")
        .endsWith("  end\n  e11 -.->|\"hidden dependency\"| e22\n");
    assertThat(picture.dot())
        .contains("  subgraph cluster_consumer {")
        .contains("e21 [label=\"environment element\\nThe webshop's back office\"];")
        .contains("  e11 -> e22 [style=dashed, color=\"#c0392b\", label=\"hidden dependency\"];");
  }

  @Test
  void thePartnershipShowsWhatTheBankSeesAndWhatStaysHidden() throws Exception {
    BandOfVisibilityPicture picture =
        BandOfVisibilityPicture.of(MODEL, ServerHosting.partnership());

    assertThat(picture.band().width().placeableInBand()).isEqualTo(17);
    assertThat(picture.mermaid())
        .contains("subgraph consumer[\"Behind the line of visibility of Harbour Bank\"]");
    assertThat(Samples.texts(Samples.parseXml(picture.svg())))
        .contains("product: Hosting platform", "resource: Hypervisor cluster");
    assertThat(picture.svg()).contains("class=\"hidden-dependency\" marker-end=\"url(#");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> BandOfVisibilityPicture.of(MODEL, null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("relationship must not be null");
  }
}
