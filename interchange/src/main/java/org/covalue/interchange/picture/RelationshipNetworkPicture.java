package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;

/**
 * A picture of a network of service relationships (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure
 * 1.3): the organizations as nodes, each relationship as an arrow from its provider to its consumer
 * (the way the service goes), labelled with its type.
 *
 * <pre>{@code
 * RelationshipNetworkPicture picture = RelationshipNetworkPicture.of(coreModel);
 * picture.dot();   // digraph relationship_network { ... p0 -> p1 [label="cooperative"]; }
 * }</pre>
 *
 * <p>The model's parties give the names; a party the model does not hold (a model its validator
 * rejects) is shown by its id. The SVG places the organizations on a circle, in the order they
 * first appear in the relationships, and bends the arrows between the same two organizations apart;
 * Mermaid ({@code flowchart LR}) and Graphviz lay the network out themselves.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RelationshipNetworkPicture extends Picture {

  private static final int NAME_LENGTH = 32;
  private static final double NODE_WIDTH = 180;
  private static final double NODE_HEIGHT = 34;
  private static final String ARROW = "covalue-network-arrow";

  private static final String STYLE =
      """
      .party { fill: #e0efff; stroke: #243b53; stroke-width: 1.5; }
      .name { font-size: 12px; }
      .edge { fill: none; stroke: #486581; stroke-width: 1.5; }
      .type { font-size: 11px; fill: #b44d12; font-weight: bold; }
      .type-back { fill: #ffffff; opacity: 0.85; }
      """;

  private final RelationshipNetwork network;

  private RelationshipNetworkPicture(
      RelationshipNetwork network, String title, String svg, String mermaid, String dot) {
    super(title, svg, mermaid, dot);
    this.network = network;
  }

  /**
   * Draws the network of a model's service relationships.
   *
   * @param model the model whose relationships and parties are drawn
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if the model is null
   */
  public static RelationshipNetworkPicture of(CoreModel model) {
    Violations.requireNonNull(model, "model");
    Layout layout = new Layout(model.network(), model.parties());
    return new RelationshipNetworkPicture(
        model.network(), layout.title, layout.svg(), layout.mermaid(), layout.dot());
  }

  @Override
  public PictureKind kind() {
    return PictureKind.RELATIONSHIP_NETWORK;
  }

  /**
   * Returns the network that was drawn.
   *
   * @return the network
   */
  public RelationshipNetwork network() {
    return network;
  }

  private static final class Layout {
    final String title;
    final List<String> names = new ArrayList<>();
    final Map<PartyId, Integer> numbers = new LinkedHashMap<>();
    final List<ServiceRelationship> relationships;
    final double[] x;
    final double[] y;
    final double size;

    Layout(RelationshipNetwork network, List<Party> parties) {
      Map<PartyId, String> byId = new HashMap<>();
      for (Party party : parties) {
        byId.putIfAbsent(party.id(), party.name());
      }
      for (PartyId party : network.parties()) {
        numbers.put(party, names.size());
        String name = byId.get(party);
        names.add(Text.label(name == null ? party.value() : name, NAME_LENGTH));
      }
      this.relationships = network.relationships();
      int n = names.size();
      this.title =
          PictureKind.RELATIONSHIP_NETWORK.title()
              + ": "
              + n
              + (n == 1 ? " organization, " : " organizations, ")
              + relationships.size()
              + (relationships.size() == 1 ? " relationship" : " relationships");
      double radius = n <= 1 ? 0 : Math.max(140, n * (NODE_WIDTH + 30) / (2 * Math.PI));
      if (n == 2) {
        radius = 160;
      }
      this.size = 2 * radius + NODE_WIDTH + 80;
      this.x = new double[n];
      this.y = new double[n];
      double centre = size / 2;
      for (int i = 0; i < n; i++) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        x[i] = centre + radius * Math.cos(angle);
        y[i] = centre + 30 + radius * Math.sin(angle);
      }
    }

    private int number(PartyId party) {
      Integer number = numbers.get(party);
      return number == null ? 0 : number;
    }

    String svg() {
      Svg svg = Svg.start(size, size + 60, title, STYLE).arrowMarker(ARROW, "#486581");
      svg.text(16, 30, title, "title", "start");
      svg.text(
          16,
          48,
          "Arrows go from provider to consumer \u00b7 ITIL 4: Drive Stakeholder Value, §1.2.3",
          "note",
          "start");
      Map<String, Integer> pairs = new HashMap<>();
      List<double[]> labels = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (ServiceRelationship relationship : relationships) {
        int from = number(relationship.provider());
        int to = number(relationship.consumer());
        String pair = Math.min(from, to) + "-" + Math.max(from, to);
        int index = pairs.merge(pair, 1, Integer::sum) - 1;
        double[] start = border(from, x[to], y[to]);
        double[] end = border(to, x[from], y[from]);
        double mx = (start[0] + end[0]) / 2;
        double my = (start[1] + end[1]) / 2;
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        // Parallel relationships bend apart; the sign keeps opposite directions on opposite sides.
        int pairNumber = (index + 1) / 2;
        double bend = pairNumber * 36.0 * (index % 2 == 0 ? -1 : 1);
        if (from > to) {
          bend = -bend;
        }
        double cx = mx - dy / length * bend * 2;
        double cy = my + dx / length * bend * 2;
        svg.arrow(start[0], start[1], cx, cy, end[0], end[1], "edge", ARROW);
        labels.add(
            new double[] {(start[0] + 2 * cx + end[0]) / 4, (start[1] + 2 * cy + end[1]) / 4});
        types.add(type(relationship));
      }
      for (int i = 0; i < names.size(); i++) {
        svg.group(names.get(i));
        svg.rect(x[i] - NODE_WIDTH / 2, y[i] - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT, "party");
        svg.text(x[i], y[i] + 4, Text.label(names.get(i), 26), "name", "middle");
        svg.endGroup();
      }
      for (int i = 0; i < labels.size(); i++) {
        double[] at = labels.get(i);
        double width = Text.width(types.get(i), 11) + 6;
        svg.rect(at[0] - width / 2, at[1] - 10, width, 14, "type-back");
        svg.text(at[0], at[1] + 1, types.get(i), "type", "middle");
      }
      return svg.end();
    }

    /** Returns where the line towards a point leaves a node's box. */
    private double[] border(int node, double towardsX, double towardsY) {
      double dx = towardsX - x[node];
      double dy = towardsY - y[node];
      if (dx == 0 && dy == 0) {
        return new double[] {x[node], y[node]};
      }
      double scale =
          Math.min(
              dx == 0 ? Double.MAX_VALUE : (NODE_WIDTH / 2) / Math.abs(dx),
              dy == 0 ? Double.MAX_VALUE : (NODE_HEIGHT / 2 + 4) / Math.abs(dy));
      return new double[] {x[node] + dx * scale, y[node] + dy * scale};
    }

    String mermaid() {
      StringBuilder out = new StringBuilder(256 + relationships.size() * 48);
      out.append("flowchart LR\n");
      for (int i = 0; i < names.size(); i++) {
        out.append("  p")
            .append(i)
            .append("[\"")
            .append(Text.mermaid(names.get(i)))
            .append("\"]\n");
      }
      for (ServiceRelationship relationship : relationships) {
        out.append("  p")
            .append(number(relationship.provider()))
            .append(" -->|\"")
            .append(type(relationship))
            .append("\"| p")
            .append(number(relationship.consumer()))
            .append('\n');
      }
      return out.toString();
    }

    String dot() {
      StringBuilder out = new StringBuilder(256 + relationships.size() * 48);
      out.append("digraph relationship_network {\n  label=\"")
          .append(Text.dot(title))
          .append("\";\n  labelloc=t;\n  rankdir=LR;\n  fontname=\"Helvetica\";\n")
          .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#e0efff\",")
          .append(" fontname=\"Helvetica\"];\n")
          .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
      for (int i = 0; i < names.size(); i++) {
        out.append("  p")
            .append(i)
            .append(" [label=\"")
            .append(Text.dot(names.get(i)))
            .append("\"];\n");
      }
      for (ServiceRelationship relationship : relationships) {
        out.append("  p")
            .append(number(relationship.provider()))
            .append(" -> p")
            .append(number(relationship.consumer()))
            .append(" [label=\"")
            .append(type(relationship))
            .append("\"];\n");
      }
      return out.append("}\n").toString();
    }

    private static String type(ServiceRelationship relationship) {
      return relationship.type().name().toLowerCase(Locale.ROOT);
    }
  }
}
