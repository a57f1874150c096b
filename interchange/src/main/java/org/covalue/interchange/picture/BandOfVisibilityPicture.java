package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.model.VisibilityModel;
import org.jspecify.annotations.Nullable;

/**
 * A picture of the band of visibility of a service relationship (ITIL 4: Drive Stakeholder Value,
 * §1.2.5, Figure 1.6): the provider's and the consumer's lines of visibility, the band between them
 * with the elements both parties see, the elements hidden behind each party's line on its side, and
 * the hidden dependencies, from an element that is seen to the hidden element it relies on.
 *
 * <pre>{@code
 * BandOfVisibilityPicture picture =
 *     BandOfVisibilityPicture.of(ServerHosting.model(), ServerHosting.partnership());
 * picture.band().width().placeableShare();   // what the picture's subtitle reports
 * Files.writeString(Path.of("band.svg"), picture.svg());
 * }</pre>
 *
 * <p>The band and the hidden dependencies are those of {@link BandOfVisibility#of} and {@link
 * HiddenDependencies#of}. An element outside the band is drawn behind the line of the party that
 * owns it; one that neither party owns, behind the consumer's line if a line of the consumer hides
 * it, else behind the provider's. An offering or a service a hidden dependency starts from is drawn
 * in the band, since both parties know what they agreed.
 *
 * <p>The three forms: an SVG with the provider's side on the left, the band in the middle and the
 * consumer's side on the right; a Mermaid {@code flowchart} and a DOT graph with one group per zone
 * and the hidden dependencies as dashed arrows. Instances are immutable and thread-safe.
 */
public final class BandOfVisibilityPicture extends Picture {

  private static final int NAME_LENGTH = 40;
  private static final double COLUMN = 300;
  private static final double BOX_WIDTH = 260;
  private static final double BOX_HEIGHT = 40;
  private static final double GAP = 10;
  private static final double TOP = 120;
  private static final double LEFT = 20;
  private static final String ARROW = "covalue-band-arrow";

  private static final String STYLE =
      """
      .side { fill: #eef0f2; }
      .band { fill: #e3f8e6; }
      .line { stroke: #243b53; stroke-width: 3; stroke-dasharray: 10 5; }
      .zone { font-size: 13px; font-weight: bold; }
      .element { fill: #ffffff; stroke: #486581; stroke-width: 1.2; }
      .kind { font-size: 9px; fill: #52606d; }
      .name { font-size: 12px; }
      .hidden-dependency { fill: none; stroke: #c0392b; stroke-width: 1.5; stroke-dasharray: 4 3; }
      .line-label { font-size: 11px; font-weight: bold; fill: #243b53; }
      """;

  private final BandOfVisibility band;

  private BandOfVisibilityPicture(
      BandOfVisibility band, String title, String svg, String mermaid, String dot) {
    super(title, svg, mermaid, dot);
    this.band = band;
  }

  /**
   * Draws the band of visibility of a relationship.
   *
   * @param model the model with the relationship's journeys, offerings and the parties' lines
   * @param relationship the relationship; it need not be one of the model's
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static BandOfVisibilityPicture of(
      VisibilityModel model, ServiceRelationship relationship) {
    Violations.requireNonNull(model, "model");
    Violations.requireNonNull(relationship, "relationship");
    HiddenDependencies dependencies = HiddenDependencies.of(model, relationship);
    Layout layout = new Layout(model, dependencies);
    return new BandOfVisibilityPicture(
        dependencies.band(), layout.title, layout.svg(), layout.mermaid(), layout.dot());
  }

  @Override
  public PictureKind kind() {
    return PictureKind.BAND_OF_VISIBILITY;
  }

  /**
   * Returns the band that was drawn.
   *
   * @return the band
   */
  public BandOfVisibility band() {
    return band;
  }

  /** The three zones, from the provider's side to the consumer's. */
  private enum Zone {
    PROVIDER(0),
    BAND(1),
    CONSUMER(2);

    /** The zone's column, from the left. */
    final int column;

    Zone(int column) {
      this.column = column;
    }
  }

  /** One box of the picture. */
  private static final class Node {
    final String id;
    final String kind;
    final String name;
    final Zone zone;
    final int row;

    Node(String id, String kind, String name, Zone zone, int row) {
      this.id = id;
      this.kind = kind;
      this.name = name;
      this.zone = zone;
      this.row = row;
    }
  }

  private static final class Layout {
    final VisibilityModel model;
    final BandOfVisibility band;
    final PartyId provider;
    final PartyId consumer;
    final String providerName;
    final String consumerName;
    final String title;
    final String subtitle;
    final Map<Object, Node> nodes = new LinkedHashMap<>();
    final int[] rows = new int[Zone.values().length];
    final List<Node[]> dependencies = new ArrayList<>();
    final Map<Object, String> names = new HashMap<>();
    final Map<TypedId<?>, PartyId> owners = new HashMap<>();
    final Set<TypedId<?>> hiddenByConsumer = new HashSet<>();

    Layout(VisibilityModel model, HiddenDependencies hidden) {
      this.model = model;
      this.band = hidden.band();
      ServiceRelationship relationship = band.relationship();
      this.provider = relationship.provider();
      this.consumer = relationship.consumer();
      CoreModel core = model.journey().core();
      Map<PartyId, String> parties = new HashMap<>();
      for (Party party : core.parties()) {
        parties.putIfAbsent(party.id(), party.name());
      }
      this.providerName = Text.label(parties.getOrDefault(provider, provider.value()), 36);
      this.consumerName = Text.label(parties.getOrDefault(consumer, consumer.value()), 36);
      this.title =
          Text.label(
              PictureKind.BAND_OF_VISIBILITY.title() + ": " + providerName + " and " + consumerName,
              110);
      index();
      this.subtitle =
          relationship.type().name().toLowerCase(Locale.ROOT)
              + " relationship; both parties see "
              + band.width().placeableInBand()
              + " of "
              + band.width().placeableTotal()
              + " activities, products, resources and environment elements ("
              + Math.round(band.width().placeableShare() * 100)
              + "%)";
      for (ElementRef element : band.elements()) {
        add(element, Zone.BAND);
      }
      for (ElementRef element : band.outside()) {
        add(element, side(element.id()));
      }
      for (HiddenDependency dependency : hidden.dependencies()) {
        TypedId<?> from = dependency.from();
        Object key = from;
        Optional<ElementKind> kind = ElementKind.of(from);
        if (kind.isPresent()) {
          key =
              kind.get().isPlaceable()
                  ? ElementRef.of(from)
                  : ref(dependency.journey().orElse(null), from);
        }
        Node start = nodes.get(key);
        if (start == null) {
          start = add(key, Zone.BAND);
        }
        Node end = nodes.get(dependency.hidden());
        if (end == null) {
          end = add(dependency.hidden(), side(dependency.to()));
        }
        dependencies.add(new Node[] {start, end});
      }
    }

    private static Object ref(org.covalue.journey.@Nullable JourneyId journey, TypedId<?> id) {
      if (journey == null) {
        return id;
      }
      if (id instanceof org.covalue.journey.TouchpointId touchpoint) {
        return ElementRef.of(journey, touchpoint);
      }
      if (id instanceof org.covalue.journey.ServiceInteractionId interaction) {
        return ElementRef.of(journey, interaction);
      }
      return id;
    }

    private Node add(Object key, Zone zone) {
      Node node =
          new Node(
              "e" + nodes.size(),
              kindOf(key),
              Text.label(nameOf(key), NAME_LENGTH),
              zone,
              rows[zone.column]++);
      nodes.put(key, node);
      return node;
    }

    /** Tells on whose side an element outside the band lies. */
    private Zone side(TypedId<?> element) {
      PartyId owner = owners.get(element);
      if (provider.equals(owner)) {
        return Zone.PROVIDER;
      }
      if (consumer.equals(owner)) {
        return Zone.CONSUMER;
      }
      return hiddenByConsumer.contains(element) ? Zone.CONSUMER : Zone.PROVIDER;
    }

    /** Indexes the names and owners of everything the band can show, once: linear time. */
    private void index() {
      CoreModel core = model.journey().core();
      for (CustomerJourney journey : model.journey().journeys()) {
        for (Touchpoint touchpoint : journey.touchpoints()) {
          names.putIfAbsent(ElementRef.of(journey.id(), touchpoint.id()), touchpoint.name());
        }
        for (ServiceInteraction interaction : journey.interactions()) {
          names.putIfAbsent(ElementRef.of(journey.id(), interaction.id()), interaction.name());
        }
      }
      for (ValueStream stream : model.journey().valueStreams()) {
        for (ValueStreamActivity activity : stream.activities()) {
          names.putIfAbsent(ElementRef.of(activity.id()), activity.name());
          owners.putIfAbsent(activity.id(), stream.owner());
        }
      }
      for (Product product : core.products()) {
        names.putIfAbsent(ElementRef.of(product.id()), product.name());
        owners.putIfAbsent(product.id(), product.provider());
      }
      for (Resource resource : core.resources()) {
        names.putIfAbsent(ElementRef.of(resource.id()), resource.name());
        resource.owner().ifPresent(owner -> owners.putIfAbsent(resource.id(), owner));
      }
      for (EnvironmentElement environment : model.environmentElements()) {
        names.putIfAbsent(ElementRef.of(environment.id()), environment.name());
        environment.owner().ifPresent(owner -> owners.putIfAbsent(environment.id(), owner));
      }
      for (ServiceOffering offering : core.offerings()) {
        names.putIfAbsent(offering.id(), offering.name());
      }
      for (Service service : core.services()) {
        names.putIfAbsent(service.id(), service.name());
      }
      for (LineOfVisibility line : model.lines()) {
        if (line.party().equals(consumer)) {
          hiddenByConsumer.addAll(line.hidden());
        }
      }
    }

    private static String kindOf(Object key) {
      TypedId<?> id = key instanceof ElementRef ref ? ref.id() : (TypedId<?>) key;
      return id.kind().replace('-', ' ');
    }

    /** Returns an element's name; its id if the model does not hold it. */
    private String nameOf(Object key) {
      String name = names.get(key);
      if (name != null) {
        return name;
      }
      return key instanceof ElementRef ref ? ref.id().value() : key.toString();
    }

    private static double left(Zone zone) {
      return LEFT + zone.column * COLUMN;
    }

    private static double boxX(Node node) {
      return left(node.zone) + (COLUMN - BOX_WIDTH) / 2;
    }

    private static double boxY(Node node) {
      return TOP + 10 + node.row * (BOX_HEIGHT + GAP);
    }

    String svg() {
      int maxRows = 1;
      for (int count : rows) {
        maxRows = Math.max(maxRows, count);
      }
      double zoneHeight = 20 + maxRows * (BOX_HEIGHT + GAP);
      double width = LEFT * 2 + 3 * COLUMN;
      double height = TOP + zoneHeight + 30;
      Svg svg = Svg.start(width, height, title, STYLE).arrowMarker(ARROW, "#c0392b");
      svg.text(LEFT, 30, title, "title", "start");
      svg.text(LEFT, 48, Text.label(subtitle, 160), "note", "start");
      String[] headings = {
        "Only " + providerName + " sees",
        "Band of visibility: both see",
        "Only " + consumerName + " sees"
      };
      for (Zone zone : Zone.values()) {
        double x = left(zone);
        svg.rect(x, TOP - 40, COLUMN, zoneHeight + 40, zone == Zone.BAND ? "band" : "side");
        svg.text(x + COLUMN / 2, TOP - 20, Text.label(headings[zone.column], 44), "zone", "middle");
      }
      double lineTop = TOP - 40;
      double lineBottom = TOP + zoneHeight;
      svg.line(left(Zone.BAND), lineTop, left(Zone.BAND), lineBottom, "line");
      svg.line(left(Zone.CONSUMER), lineTop, left(Zone.CONSUMER), lineBottom, "line");
      svg.verticalText(
          left(Zone.BAND) - 8,
          TOP + zoneHeight / 2,
          "Line of visibility of " + providerName,
          "line-label");
      svg.verticalText(
          left(Zone.CONSUMER) - 8,
          TOP + zoneHeight / 2,
          "Line of visibility of " + consumerName,
          "line-label");
      svg.text(LEFT, 70, "Provider: " + providerName, "note", "start");
      svg.text(left(Zone.CONSUMER), 70, "Consumer: " + consumerName, "note", "start");
      for (Node node : nodes.values()) {
        double x = boxX(node);
        double y = boxY(node);
        svg.group(node.kind + ": " + node.name);
        svg.rect(x, y, BOX_WIDTH, BOX_HEIGHT, "element");
        svg.text(x + 8, y + 13, node.kind, "kind", "start");
        svg.text(x + 8, y + 30, Text.label(node.name, 38), "name", "start");
        svg.endGroup();
      }
      for (Node[] dependency : dependencies) {
        Node from = dependency[0];
        Node to = dependency[1];
        double y1 = boxY(from) + BOX_HEIGHT / 2;
        double y2 = boxY(to) + BOX_HEIGHT / 2;
        boolean rightwards = to.zone.column > from.zone.column;
        boolean sameZone = to.zone == from.zone;
        double x1 = rightwards || sameZone ? boxX(from) + BOX_WIDTH : boxX(from);
        double x2 = rightwards ? boxX(to) : boxX(to) + BOX_WIDTH;
        double cx = sameZone ? x1 + 40 : (x1 + x2) / 2;
        svg.arrow(x1, y1, cx, (y1 + y2) / 2, x2, y2, "hidden-dependency", ARROW);
      }
      double legendY = TOP + zoneHeight + 20;
      svg.line(LEFT, legendY - 4, LEFT + 30, legendY - 4, "hidden-dependency");
      svg.text(
          LEFT + 36,
          legendY,
          "hidden dependency: what is seen relies on what one party cannot see \u00b7 ITIL 4:"
              + " Drive Stakeholder Value, §1.2.5",
          "note",
          "start");
      return svg.end();
    }

    private String zoneLabel(Zone zone) {
      return switch (zone) {
        case PROVIDER -> "Behind the line of visibility of " + providerName;
        case BAND -> "Band of visibility";
        case CONSUMER -> "Behind the line of visibility of " + consumerName;
      };
    }

    String mermaid() {
      StringBuilder out = new StringBuilder(512);
      out.append("flowchart LR\n");
      for (Zone zone : Zone.values()) {
        out.append("  subgraph ")
            .append(zone.name().toLowerCase(Locale.ROOT))
            .append("[\"")
            .append(Text.mermaid(zoneLabel(zone)))
            .append("\"]\n    direction TB\n");
        for (Node node : nodes.values()) {
          if (node.zone == zone) {
            out.append("    ")
                .append(node.id)
                .append("[\"")
                .append(Text.mermaid(node.kind + ": " + node.name))
                .append("\"]\n");
          }
        }
        out.append("  end\n");
      }
      for (Node[] dependency : dependencies) {
        out.append("  ")
            .append(dependency[0].id)
            .append(" -.->|\"hidden dependency\"| ")
            .append(dependency[1].id)
            .append('\n');
      }
      return out.toString();
    }

    String dot() {
      StringBuilder out = new StringBuilder(512);
      out.append("digraph band_of_visibility {\n  label=\"")
          .append(Text.dot(title))
          .append("\";\n  labelloc=t;\n  rankdir=LR;\n  newrank=true;\n")
          .append("  fontname=\"Helvetica\";\n")
          .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\",")
          .append(" fontname=\"Helvetica\"];\n");
      for (Zone zone : Zone.values()) {
        out.append("  subgraph cluster_")
            .append(zone.name().toLowerCase(Locale.ROOT))
            .append(" {\n    label=\"")
            .append(Text.dot(zoneLabel(zone)))
            .append("\";\n    style=filled;\n    fillcolor=\"")
            .append(zone == Zone.BAND ? "#e3f8e6" : "#eef0f2")
            .append("\";\n");
        for (Node node : nodes.values()) {
          if (node.zone == zone) {
            out.append("    ")
                .append(node.id)
                .append(" [label=\"")
                .append(Text.dot(node.kind))
                .append("\\n")
                .append(Text.dot(node.name))
                .append("\"];\n");
          }
        }
        out.append("  }\n");
      }
      for (Node[] dependency : dependencies) {
        out.append("  ")
            .append(dependency[0].id)
            .append(" -> ")
            .append(dependency[1].id)
            .append(" [style=dashed, color=\"#c0392b\", label=\"hidden dependency\"];\n");
      }
      return out.append("}\n").toString();
    }
  }
}
