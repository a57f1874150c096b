package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.covalue.core.Score;
import org.covalue.core.Violations;
import org.covalue.value.ValueDriverId;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;

/**
 * A picture of a value-driver chain (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11): the six
 * layers stacked from resources, products and practices at the bottom to the consumer's purpose at
 * the top, each driver in its layer with its name and, where known, its performance, and each link
 * as an arrow from the driver to what it drives, labelled with its weight.
 *
 * <pre>{@code
 * ValueDriverChainPicture measured = ValueDriverChainPicture.of(IncidentValue.chain());
 * ValueDriverChainPicture propagated =
 *     ValueDriverChainPicture.of(ValueDriverAnalysis.of(IncidentValue.chain()));
 * measured.mermaid();   // flowchart BT, one subgraph per layer, "-->|weight 2|" arrows
 * Files.writeString(Path.of("chain.svg"), propagated.svg());
 * }</pre>
 *
 * <p>Drawn from a chain, a driver shows the performance measured on it, if any ("measured 0.6"),
 * else "not measured". Drawn from a {@link ValueDriverAnalysis}, it shows the value the analysis
 * gives it: its measure where nothing below drives it ("measured 0.6"), else the weighted mean of
 * what drives it ("propagated 0.67"), or "not measured" when no measured driver reaches it. The
 * chain need not be well formed: a link that skips or goes back down a layer is drawn as it is.
 *
 * <p>The three forms: an SVG with a band per layer and the drivers in the order the chain gives
 * them; a Mermaid {@code flowchart BT} and a DOT {@code digraph} with {@code rankdir=BT}, one group
 * per layer that has drivers. Instances are immutable and thread-safe.
 */
public final class ValueDriverChainPicture extends Picture {

  private static final int NAME_LENGTH = 40;
  private static final double LABELS = 200;
  private static final double BOX_WIDTH = 190;
  private static final double BOX_HEIGHT = 40;
  private static final double GAP = 24;
  private static final double LAYER_HEIGHT = 96;
  private static final double TOP = 70;
  private static final double LEFT = 16;
  private static final String ARROW = "covalue-driver-arrow";

  private static final String STYLE =
      """
      .layer { fill: #f0f4f8; }
      .layer-alt { fill: #e3ebf3; }
      .layer-name { font-size: 12px; font-weight: bold; fill: #243b53; }
      .driver { fill: #ffffff; stroke: #486581; stroke-width: 1.2; }
      .purpose { fill: #fff3c4; stroke: #b44d12; stroke-width: 1.5; }
      .name { font-size: 11px; }
      .performance { font-size: 10px; fill: #52606d; }
      .link { fill: none; stroke: #486581; stroke-width: 1.3; }
      .weight { font-size: 10px; font-weight: bold; fill: #b44d12; }
      .weight-back { fill: #ffffff; opacity: 0.85; }
      """;

  private final ValueDriverChain chain;

  private ValueDriverChainPicture(
      ValueDriverChain chain, String title, String svg, String mermaid, String dot) {
    super(title, svg, mermaid, dot);
    this.chain = chain;
  }

  /**
   * Draws a chain with the performance measured on each driver.
   *
   * @param chain the chain
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if the chain is null
   */
  public static ValueDriverChainPicture of(ValueDriverChain chain) {
    Violations.requireNonNull(chain, "chain");
    return draw(chain, Map.of());
  }

  /**
   * Draws an analysed chain with the value the analysis gives each driver.
   *
   * @param analysis the analysis of a chain
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if the analysis is null
   */
  public static ValueDriverChainPicture of(ValueDriverAnalysis analysis) {
    Violations.requireNonNull(analysis, "analysis");
    return draw(analysis.chain(), analysis.performances());
  }

  private static ValueDriverChainPicture draw(
      ValueDriverChain chain, Map<ValueDriverId, Double> propagated) {
    Layout layout = new Layout(chain, propagated);
    return new ValueDriverChainPicture(
        chain, layout.title, layout.svg(), layout.mermaid(), layout.dot());
  }

  @Override
  public PictureKind kind() {
    return PictureKind.VALUE_DRIVER_CHAIN;
  }

  /**
   * Returns the chain that was drawn.
   *
   * @return the chain
   */
  public ValueDriverChain chain() {
    return chain;
  }

  /** One driver's box. */
  private static final class Node {
    final String id;
    final String name;
    final String performance;
    final ValueDriverLayer layer;
    final int column;

    Node(String id, String name, String performance, ValueDriverLayer layer, int column) {
      this.id = id;
      this.name = name;
      this.performance = performance;
      this.layer = layer;
      this.column = column;
    }
  }

  private static final class Layout {
    final String title;
    final String subtitle;
    final List<Node> nodes = new ArrayList<>();
    final Map<ValueDriverId, Node> byId = new HashMap<>();
    final List<Node[]> links = new ArrayList<>();
    final List<String> weights = new ArrayList<>();
    final int[] columns = new int[ValueDriverLayer.values().length];
    final int layers = ValueDriverLayer.values().length;

    Layout(ValueDriverChain chain, Map<ValueDriverId, Double> propagated) {
      this.title =
          Text.label(PictureKind.VALUE_DRIVER_CHAIN.title() + ": " + chain.name(), NAME_LENGTH * 2);
      for (ValueDriver driver : chain.drivers()) {
        if (byId.containsKey(driver.id())) {
          continue;
        }
        Double value = propagated.get(driver.id());
        double measured = driver.performance().map(Score::value).orElse(Double.NaN);
        String performance;
        if (value == null) {
          performance =
              Double.isNaN(measured) ? "not measured" : "measured " + Text.number(measured, 2);
        } else {
          performance =
              (Double.compare(value, measured) == 0 ? "measured " : "propagated ")
                  + Text.number(value, 2);
        }
        int layer = driver.layer().height() - 1;
        Node node =
            new Node(
                "d" + nodes.size(),
                Text.label(driver.name(), NAME_LENGTH),
                performance,
                driver.layer(),
                columns[layer]++);
        nodes.add(node);
        byId.put(driver.id(), node);
      }
      for (ValueDriverLink link : chain.links()) {
        Node from = byId.get(link.driver());
        Node to = byId.get(link.driven());
        if (from != null && to != null) {
          links.add(new Node[] {from, to});
          weights.add("weight " + Text.number(link.weight(), 2));
        }
      }
      this.subtitle =
          nodes.size()
              + (nodes.size() == 1 ? " driver, " : " drivers, ")
              + links.size()
              + (links.size() == 1 ? " link" : " links")
              + "; arrows go from a driver to what it drives, from resources up to the purpose";
    }

    /** The top of a layer's band: the purpose at the top, resources at the bottom. */
    private double layerTop(ValueDriverLayer layer) {
      return TOP + (layers - layer.height()) * LAYER_HEIGHT;
    }

    private static double boxX(Node node) {
      return LEFT + LABELS + GAP / 2 + node.column * (BOX_WIDTH + GAP);
    }

    private double boxY(Node node) {
      return layerTop(node.layer) + (LAYER_HEIGHT - BOX_HEIGHT) / 2;
    }

    String svg() {
      int most = 1;
      for (int count : columns) {
        most = Math.max(most, count);
      }
      double width = Math.max(760, LEFT * 2 + LABELS + most * (BOX_WIDTH + GAP));
      double height = TOP + layers * LAYER_HEIGHT + 40;
      Svg svg = Svg.start(width, height, title, STYLE).arrowMarker(ARROW, "#486581");
      svg.text(LEFT, 28, title, "title", "start");
      svg.text(LEFT, 46, Text.label(subtitle, 140), "note", "start");
      for (ValueDriverLayer layer : ValueDriverLayer.values()) {
        double y = layerTop(layer);
        svg.rect(
            LEFT,
            y,
            width - 2 * LEFT,
            LAYER_HEIGHT,
            layer.height() % 2 == 0 ? "layer" : "layer-alt");
        List<String> lines = Text.wrap(layer.title(), 26, 2);
        for (int i = 0; i < lines.size(); i++) {
          svg.text(
              LEFT + 8,
              y + LAYER_HEIGHT / 2 - 6 * (lines.size() - 1) + 14 * i + 4,
              lines.get(i),
              "layer-name",
              "start");
        }
      }
      List<double[]> labels = new ArrayList<>();
      for (Node[] link : links) {
        Node from = link[0];
        Node to = link[1];
        double x1 = boxX(from) + BOX_WIDTH / 2;
        double x2 = boxX(to) + BOX_WIDTH / 2;
        double y1;
        double y2;
        double cx = (x1 + x2) / 2;
        if (to.layer.height() > from.layer.height()) {
          y1 = boxY(from);
          y2 = boxY(to) + BOX_HEIGHT;
        } else if (to.layer.height() < from.layer.height()) {
          y1 = boxY(from) + BOX_HEIGHT;
          y2 = boxY(to);
          cx += BOX_WIDTH / 2;
        } else {
          y1 = boxY(from);
          y2 = boxY(to);
        }
        double cy = to.layer == from.layer ? y1 - LAYER_HEIGHT / 2 + BOX_HEIGHT / 2 : (y1 + y2) / 2;
        svg.arrow(x1, y1, cx, cy, x2, y2, "link", ARROW);
        labels.add(new double[] {(x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4});
      }
      for (Node node : nodes) {
        double x = boxX(node);
        double y = boxY(node);
        svg.group(node.layer.title() + ": " + node.name + " (" + node.performance + ")");
        svg.rect(
            x,
            y,
            BOX_WIDTH,
            BOX_HEIGHT,
            node.layer == ValueDriverLayer.CONSUMER_PURPOSE ? "purpose" : "driver");
        svg.text(x + 6, y + 16, Text.label(node.name, 30), "name", "start");
        svg.text(x + 6, y + 32, node.performance, "performance", "start");
        svg.endGroup();
      }
      for (int i = 0; i < labels.size(); i++) {
        double[] at = labels.get(i);
        String weight = weights.get(i);
        double labelWidth = Text.width(weight, 10) + 6;
        svg.rect(at[0] - labelWidth / 2, at[1] - 9, labelWidth, 13, "weight-back");
        svg.text(at[0], at[1] + 1, weight, "weight", "middle");
      }
      svg.text(
          LEFT,
          height - 14,
          "Each layer drives value at the one above it \u00b7 ITIL 4: Drive Stakeholder Value,"
              + " §1.2.7, Figure 1.11",
          "note",
          "start");
      return svg.end();
    }

    private String label(Node node) {
      return node.name + " (" + node.performance + ")";
    }

    String mermaid() {
      StringBuilder out = new StringBuilder(256 + nodes.size() * 64);
      out.append("flowchart BT\n");
      for (ValueDriverLayer layer : ValueDriverLayer.values()) {
        Optional<Node> first = nodes.stream().filter(node -> node.layer == layer).findFirst();
        if (first.isEmpty()) {
          continue;
        }
        out.append("  subgraph l")
            .append(layer.height())
            .append("[\"")
            .append(Text.mermaid(layer.title()))
            .append("\"]\n");
        for (Node node : nodes) {
          if (node.layer == layer) {
            out.append("    ")
                .append(node.id)
                .append("[\"")
                .append(Text.mermaid(label(node)))
                .append("\"]\n");
          }
        }
        out.append("  end\n");
      }
      for (int i = 0; i < links.size(); i++) {
        out.append("  ")
            .append(links.get(i)[0].id)
            .append(" -->|\"")
            .append(Text.mermaid(weights.get(i)))
            .append("\"| ")
            .append(links.get(i)[1].id)
            .append('\n');
      }
      return out.toString();
    }

    String dot() {
      StringBuilder out = new StringBuilder(256 + nodes.size() * 64);
      out.append("digraph value_driver_chain {\n  label=\"")
          .append(Text.dot(title))
          .append("\";\n  labelloc=t;\n  rankdir=BT;\n  newrank=true;\n")
          .append("  fontname=\"Helvetica\";\n")
          .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\",")
          .append(" fontname=\"Helvetica\"];\n")
          .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
      for (ValueDriverLayer layer : ValueDriverLayer.values()) {
        boolean any = false;
        for (Node node : nodes) {
          if (node.layer != layer) {
            continue;
          }
          if (!any) {
            out.append("  subgraph cluster_l")
                .append(layer.height())
                .append(" {\n    label=\"")
                .append(Text.dot(layer.title()))
                .append("\";\n    style=filled;\n    fillcolor=\"")
                .append(layer.height() % 2 == 0 ? "#f0f4f8" : "#e3ebf3")
                .append("\";\n");
            any = true;
          }
          out.append("    ")
              .append(node.id)
              .append(" [label=\"")
              .append(Text.dot(node.name))
              .append("\\n")
              .append(Text.dot(node.performance))
              .append('"')
              .append(layer == ValueDriverLayer.CONSUMER_PURPOSE ? ", fillcolor=\"#fff3c4\"" : "")
              .append("];\n");
        }
        if (any) {
          out.append("  }\n");
        }
      }
      for (int i = 0; i < links.size(); i++) {
        out.append("  ")
            .append(links.get(i)[0].id)
            .append(" -> ")
            .append(links.get(i)[1].id)
            .append(" [label=\"")
            .append(Text.dot(weights.get(i)))
            .append("\"];\n");
      }
      return out.append("}\n").toString();
    }
  }
}
