package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

class ValueDriverChainPictureTest {

  private static final ValueDriverChain CHAIN = IncidentValue.chain();

  @Test
  void svgStacksTheLayersFromResourcesToThePurposeAndShowsEachDriver() throws Exception {
    ValueDriverChainPicture picture = ValueDriverChainPicture.of(CHAIN);

    assertThat(picture.kind()).isEqualTo(PictureKind.VALUE_DRIVER_CHAIN);
    assertThat(picture.kind().reference().toString())
        .isEqualTo("ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11");
    assertThat(picture.title())
        .isEqualTo("Value-driver chain: Why the warehouse relies on the desk");
    assertThat(picture.chain()).isEqualTo(CHAIN);
    List<String> texts = Samples.texts(Samples.parseXml(picture.svg()));
    assertThat(texts)
        .contains(
            "Spare scanners at hand",
            "measured 0.6",
            "Deliver reliably",
            "not measured",
            "Consumer purpose",
            "Service performance",
            "weight 3")
        .anyMatch(text -> text.startsWith("10 drivers, 11 links"));
    String svg = picture.svg();
    // The purpose is drawn above the goals, the goals above the resources.
    assertThat(y(svg, "Deliver reliably")).isLessThan(y(svg, "Orders shipped on time"));
    assertThat(y(svg, "Orders shipped on time")).isLessThan(y(svg, "Spare scanners at hand"));
  }

  @Test
  void anAnalysedChainShowsThePropagatedPerformance() throws Exception {
    ValueDriverAnalysis analysis = ValueDriverAnalysis.of(CHAIN);
    ValueDriverChainPicture picture = ValueDriverChainPicture.of(analysis);

    double purpose = analysis.performance(IncidentValue.PURPOSE).orElseThrow();
    List<String> texts = Samples.texts(Samples.parseXml(picture.svg()));
    assertThat(texts)
        .contains("propagated " + Text.number(purpose, 2))
        .doesNotContain("not measured");
    assertThat(picture.mermaid()).contains("#40;propagated " + Text.number(purpose, 2) + "#41;");
  }

  @Test
  void mermaidGoesBottomToTopWithASubgraphPerLayer() {
    ValueDriverChainPicture picture = ValueDriverChainPicture.of(CHAIN);

    assertThat(picture.mermaid())
        .startsWith(
            """
            flowchart BT
              subgraph l1["Resources#44; products and practices"]
                d0["Spare scanners at hand #40;measured 0.6#41;"]
            """)
        .contains(
            "  subgraph l6[\"Consumer purpose\"]\n    d9[\"Deliver reliably #40;not measured#41;\"]\n")
        .contains("  d0 -->|\"weight 2\"| d3\n")
        .endsWith("  d8 -->|\"weight 1\"| d9\n");
    assertThat(picture.dot())
        .contains("rankdir=BT;")
        .contains("  subgraph cluster_l6 {")
        .contains("d0 [label=\"Spare scanners at hand\\nmeasured 0.6\"];")
        .contains("  d0 -> d3 [label=\"weight 2\"];");
  }

  @Test
  void hostileNamesStayText() throws Exception {
    List<ValueDriver> drivers = new ArrayList<>();
    int n = 0;
    for (ValueDriver driver : CHAIN.drivers()) {
      drivers.add(
          ValueDriver.builder()
              .from(driver)
              .name(Samples.HOSTILE.get(n++ % Samples.HOSTILE.size()))
              .build());
    }
    ValueDriverChain hostile = CHAIN.withDrivers(drivers);
    ValueDriverChainPicture picture = ValueDriverChainPicture.of(hostile);

    List<String> texts = Samples.texts(Samples.parseXml(picture.svg()));
    assertThat(texts).contains("<script>alert(1)</script>", "Tom \"the boss\" O'Neil");
    assertThat(picture.svg()).doesNotContain("<script>");
    assertThat(Samples.decodeMermaid(picture.mermaid())).contains("<script>alert(1)</script>");
    assertThat(picture.mermaid()).doesNotContain("<script>").doesNotContain("\"the boss\"");
    assertThat(Samples.dotSkeleton(picture.dot())).doesNotContain("script");
  }

  @Test
  void aBackwardOrSkippingLinkIsDrawnAsItIs() throws Exception {
    ValueDriver bottom =
        ValueDriver.of(
            ValueDriverId.of("b"), "Bottom", ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES);
    ValueDriver purpose =
        ValueDriver.of(ValueDriverId.of("p"), "Purpose", ValueDriverLayer.CONSUMER_PURPOSE);
    ValueDriverChain chain =
        ValueDriverChain.builder()
            .id(ValueDriverChainId.of("odd"))
            .name("Odd")
            .addDrivers(bottom, purpose)
            .addLinks(
                ValueDriverLink.of(bottom.id(), purpose.id(), 0.5),
                ValueDriverLink.of(purpose.id(), bottom.id()))
            .build();
    ValueDriverChainPicture picture = ValueDriverChainPicture.of(chain);

    Samples.parseXml(picture.svg());
    assertThat(picture.mermaid())
        .contains("  d0 -->|\"weight 0.5\"| d1\n")
        .contains("  d1 -->|\"weight 1\"| d0\n")
        .doesNotContain("subgraph l3");
    assertThat(picture.dot()).doesNotContain("cluster_l3");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> ValueDriverChainPicture.of((ValueDriverChain) null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("chain must not be null");
    assertThatThrownBy(() -> ValueDriverChainPicture.of((ValueDriverAnalysis) null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("analysis must not be null");
  }

  private static double y(String svg, String text) {
    int at = svg.indexOf(">" + text + "</text>");
    int start = svg.lastIndexOf("<text x=\"", at);
    String tag = svg.substring(start, at);
    String y = tag.substring(tag.indexOf("y=\"") + 3);
    return Double.parseDouble(y.substring(0, y.indexOf('"')));
  }
}
