package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Violations;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;

/**
 * A picture of a stakeholder map (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1): the
 * influence/interest grid split into the four quadrants of the engagement strategies, with every
 * stakeholder placed by its ratings and labelled with its name.
 *
 * <pre>{@code
 * StakeholderMapPicture picture = StakeholderMapPicture.of(map);   // the default thresholds
 * StakeholderMapPicture strict = StakeholderMapPicture.of(
 *     StakeholderClassifier.DEFAULT.withInfluenceThreshold(Score.of(0.6)).classify(map));
 * Files.writeString(Path.of("map.svg"), picture.svg());
 * }</pre>
 *
 * <p>The three forms:
 *
 * <ul>
 *   <li><b>SVG</b>: interest from left to right, influence from bottom to top, both from 0 to 1,
 *       split where the classifier's thresholds are. Each stakeholder is a numbered dot at its
 *       ratings; stakeholders at the same spot are spread around it, inside their quadrant. A
 *       legend beside the grid lists the numbers with the names, quadrant by quadrant, in columns,
 *       so that a map of a hundred stakeholders stays readable.
 *   <li><b>Mermaid</b>: a {@code quadrantChart}. Mermaid splits its axes in the middle, so each
 *       axis is stretched on either side of its threshold to put the threshold there: a point keeps
 *       its quadrant and its order along each axis, not its exact distance.
 *   <li><b>DOT</b>: one cluster per quadrant holding its stakeholders with their ratings.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StakeholderMapPicture extends Picture {

  private static final int NAME_LENGTH = 40;
  private static final double PLOT = 560;
  private static final double LEFT = 70;
  private static final double TOP = 64;
  private static final double DOT_RADIUS = 10;
  private static final double ROW = 18;
  private static final double COLUMN = 300;
  private static final int MIN_ROWS = 32;

  private static final String STYLE =
      """
      .q-manage { fill: #fde2e1; } .q-satisfied { fill: #fff1d6; }
      .q-informed { fill: #e0efff; } .q-monitor { fill: #eef0f2; }
      .frame { fill: none; stroke: #52606d; stroke-width: 1.5; }
      .threshold { stroke: #52606d; stroke-width: 1.5; stroke-dasharray: 6 4; }
      .quadrant { font-size: 14px; font-weight: bold; fill: #3e4c59; }
      .axis { font-size: 13px; fill: #3e4c59; }
      .tick { font-size: 11px; fill: #52606d; }
      .dot { fill: #243b53; stroke: #ffffff; stroke-width: 1.5; }
      .number { font-size: 9px; font-weight: bold; fill: #ffffff; }
      .heading { font-size: 13px; font-weight: bold; }
      .entry { font-size: 12px; }
      """;

  private final StakeholderMapClassification classification;

  private StakeholderMapPicture(
      StakeholderMapClassification classification,
      String title,
      String svg,
      String mermaid,
      String dot) {
    super(title, svg, mermaid, dot);
    this.classification = classification;
  }

  /**
   * Draws a stakeholder map with the default classifier, {@link StakeholderClassifier#DEFAULT}.
   *
   * @param map the map
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if the map is null
   */
  public static StakeholderMapPicture of(StakeholderMap map) {
    return of(StakeholderClassifier.DEFAULT.classify(Violations.requireNonNull(map, "map")));
  }

  /**
   * Draws a classified stakeholder map, split where its classifier's thresholds are.
   *
   * @param classification the map with the placement of each stakeholder
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if the classification is null
   */
  public static StakeholderMapPicture of(StakeholderMapClassification classification) {
    Violations.requireNonNull(classification, "classification");
    Layout layout = new Layout(classification);
    return new StakeholderMapPicture(
        classification, layout.title, layout.svg(), layout.mermaid(), layout.dot());
  }

  @Override
  public PictureKind kind() {
    return PictureKind.STAKEHOLDER_MAP;
  }

  /**
   * Returns the classification that was drawn.
   *
   * @return the map with its placements
   */
  public StakeholderMapClassification classification() {
    return classification;
  }

  /** Where everything goes; built once, then written in each form. */
  private static final class Layout {
    final StakeholderMapClassification classification;
    final List<StakeholderPlacement> placements;
    final double influenceThreshold;
    final double interestThreshold;
    final String title;
    final double[] x;
    final double[] y;

    Layout(StakeholderMapClassification classification) {
      this.classification = classification;
      this.placements = classification.placements();
      StakeholderPlacement first = placements.isEmpty() ? null : placements.get(0);
      this.influenceThreshold =
          first == null
              ? StakeholderClassifier.DEFAULT_THRESHOLD.value()
              : first.influenceThreshold().value();
      this.interestThreshold =
          first == null
              ? StakeholderClassifier.DEFAULT_THRESHOLD.value()
              : first.interestThreshold().value();
      StakeholderMap map = classification.map();
      String heading = PictureKind.STAKEHOLDER_MAP.title();
      if (map.label().isPresent()) {
        heading += ": " + map.label().get();
      }
      if (map.asOf().isPresent()) {
        heading += " (as of " + map.asOf().get() + ")";
      }
      this.title = Text.label(heading, 100);
      this.x = new double[placements.size()];
      this.y = new double[placements.size()];
      spread();
    }

    double plotX(double interest) {
      return LEFT + interest * PLOT;
    }

    double plotY(double influence) {
      return TOP + (1 - influence) * PLOT;
    }

    /** Places the dots: at their ratings, those that share a spot in a small grid around it. */
    private void spread() {
      Map<String, List<Integer>> spots = new LinkedHashMap<>();
      for (int i = 0; i < placements.size(); i++) {
        Stakeholder stakeholder = placements.get(i).stakeholder();
        double px = plotX(stakeholder.interest().score());
        double py = plotY(stakeholder.influence().score());
        spots
            .computeIfAbsent(Math.round(px) + "," + Math.round(py), key -> new ArrayList<>())
            .add(i);
        x[i] = px;
        y[i] = py;
      }
      double step = 2 * DOT_RADIUS + 2;
      for (List<Integer> spot : spots.values()) {
        int k = spot.size();
        int columns = (int) Math.ceil(Math.sqrt(k));
        int rows = (k + columns - 1) / columns;
        int first = spot.get(0);
        EngagementStrategy strategy = placements.get(first).strategy();
        double[] box = quadrant(strategy);
        double width = columns * step;
        double height = rows * step;
        double cx = fit(x[first], width, box[0], box[2]);
        double cy = fit(y[first], height, box[1], box[3]);
        for (int j = 0; j < k; j++) {
          int i = spot.get(j);
          int column = j % columns;
          int row = j / columns;
          x[i] = cx - width / 2 + step / 2 + column * step;
          y[i] = cy - height / 2 + step / 2 + row * step;
        }
      }
    }

    /** Moves a group's centre so that the group lies within [from, to], if it fits. */
    private static double fit(double centre, double size, double from, double to) {
      if (size >= to - from) {
        return (from + to) / 2;
      }
      return Math.max(from + size / 2, Math.min(to - size / 2, centre));
    }

    /** Returns the quadrant's box as {x0, y0, x1, y1}. */
    double[] quadrant(EngagementStrategy strategy) {
      double xt = plotX(interestThreshold);
      double yt = plotY(influenceThreshold);
      double x0 = strategy.highInterest() ? xt : LEFT;
      double x1 = strategy.highInterest() ? LEFT + PLOT : xt;
      double y0 = strategy.highInfluence() ? TOP : yt;
      double y1 = strategy.highInfluence() ? yt : TOP + PLOT;
      return new double[] {x0, y0, x1, y1};
    }

    String svg() {
      Map<EngagementStrategy, List<StakeholderPlacement>> groups = classification.byStrategy();
      int legendRows = placements.size() + 2 * groups.size();
      int rowsPerColumn = Math.max(MIN_ROWS, (legendRows + 2) / 3 + 1);
      int columns = Math.max(1, (legendRows + rowsPerColumn - 1) / rowsPerColumn);
      double legendLeft = LEFT + PLOT + 40;
      double width = legendLeft + columns * COLUMN;
      double height = Math.max(TOP + PLOT + 60, TOP + rowsPerColumn * ROW + 20);
      Svg svg = Svg.start(width, height, title, STYLE);
      svg.text(LEFT, 30, title, "title", "start");
      svg.text(
          LEFT,
          48,
          placements.size()
              + (placements.size() == 1 ? " stakeholder" : " stakeholders")
              + "; thresholds: influence "
              + Text.number(influenceThreshold, 2)
              + ", interest "
              + Text.number(interestThreshold, 2)
              + " (ITIL 4: Drive Stakeholder Value, §1.2.1)",
          "note",
          "start");
      for (EngagementStrategy strategy : EngagementStrategy.values()) {
        double[] box = quadrant(strategy);
        svg.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], cssClass(strategy));
        if (box[2] - box[0] >= 120 && box[3] - box[1] >= 24) {
          boolean right = strategy.highInterest();
          svg.text(
              right ? box[2] - 8 : box[0] + 8,
              strategy.highInfluence() ? box[1] + 20 : box[3] - 10,
              strategyName(strategy),
              "quadrant",
              right ? "end" : "start");
        }
      }
      svg.rect(LEFT, TOP, PLOT, PLOT, "frame");
      double xt = plotX(interestThreshold);
      double yt = plotY(influenceThreshold);
      svg.line(xt, TOP, xt, TOP + PLOT, "threshold");
      svg.line(LEFT, yt, LEFT + PLOT, yt, "threshold");
      svg.text(LEFT, TOP + PLOT + 16, "0", "tick", "middle");
      svg.text(LEFT + PLOT, TOP + PLOT + 16, "1", "tick", "middle");
      svg.text(xt, TOP + PLOT + 16, Text.number(interestThreshold, 2), "tick", "middle");
      svg.text(LEFT - 6, TOP + PLOT + 4, "0", "tick", "end");
      svg.text(LEFT - 6, TOP + 4, "1", "tick", "end");
      svg.text(LEFT - 6, yt + 4, Text.number(influenceThreshold, 2), "tick", "end");
      svg.text(LEFT + PLOT / 2, TOP + PLOT + 40, "Interest \u2192", "axis", "middle");
      svg.verticalText(LEFT - 40, TOP + PLOT / 2, "Influence \u2192", "axis");
      for (int i = 0; i < placements.size(); i++) {
        svg.group(tooltip(placements.get(i)));
        svg.circle(x[i], y[i], DOT_RADIUS, "dot");
        svg.text(x[i], y[i] + 3, Integer.toString(i + 1), "number", "middle");
        svg.endGroup();
      }
      Map<Stakeholder, Integer> numbers = numbers();
      int row = 0;
      for (Map.Entry<EngagementStrategy, List<StakeholderPlacement>> group : groups.entrySet()) {
        List<String> lines = new ArrayList<>();
        for (StakeholderPlacement placement : group.getValue()) {
          lines.add(
              numbers.get(placement.stakeholder())
                  + "  "
                  + Text.label(placement.stakeholder().name(), NAME_LENGTH));
        }
        row =
            legendLine(
                svg,
                row,
                rowsPerColumn,
                legendLeft,
                strategyName(group.getKey()) + " (" + lines.size() + ")",
                "heading");
        if (lines.isEmpty()) {
          row = legendLine(svg, row, rowsPerColumn, legendLeft, "(nobody)", "entry");
        }
        for (String line : lines) {
          row = legendLine(svg, row, rowsPerColumn, legendLeft, line, "entry");
        }
        if (row % rowsPerColumn != 0) {
          row++;
        }
      }
      return svg.end();
    }

    private static int legendLine(
        Svg svg, int row, int rowsPerColumn, double left, String text, String cssClass) {
      int column = row / rowsPerColumn;
      int line = row % rowsPerColumn;
      double lx = left + column * COLUMN;
      double ly = TOP + 12 + line * ROW;
      svg.text(lx, ly, text, cssClass, "start");
      return row + 1;
    }

    private Map<Stakeholder, Integer> numbers() {
      Map<Stakeholder, Integer> numbers = new LinkedHashMap<>();
      for (int i = 0; i < placements.size(); i++) {
        numbers.putIfAbsent(placements.get(i).stakeholder(), i + 1);
      }
      return numbers;
    }

    private static String tooltip(StakeholderPlacement placement) {
      Stakeholder stakeholder = placement.stakeholder();
      return Text.label(stakeholder.name(), 300)
          + ": influence "
          + Text.number(stakeholder.influence().score(), 2)
          + ", interest "
          + Text.number(stakeholder.interest().score(), 2)
          + ", "
          + strategyName(placement.strategy()).toLowerCase(java.util.Locale.ROOT);
    }

    String mermaid() {
      StringBuilder out = new StringBuilder(256 + placements.size() * 64);
      // Mermaid 11.17 computes its default point colour as NaN; the front matter sets one.
      out.append("---\nconfig:\n  themeVariables:\n    quadrantPointFill: \"#243b53\"\n---\n")
          .append("quadrantChart\n")
          .append("  title ")
          .append(Text.mermaid(title))
          .append('\n')
          .append("  x-axis Low interest --> High interest\n")
          .append("  y-axis Low influence --> High influence\n")
          .append("  quadrant-1 Manage closely\n")
          .append("  quadrant-2 Keep satisfied\n")
          .append("  quadrant-3 Monitor\n")
          .append("  quadrant-4 Keep informed\n");
      for (int i = 0; i < placements.size(); i++) {
        Stakeholder stakeholder = placements.get(i).stakeholder();
        out.append("  \"")
            .append(Text.mermaid((i + 1) + " " + Text.label(stakeholder.name(), NAME_LENGTH)))
            .append("\": [")
            .append(Text.number(stretch(stakeholder.interest().score(), interestThreshold), 4))
            .append(", ")
            .append(Text.number(stretch(stakeholder.influence().score(), influenceThreshold), 4))
            .append("]\n");
      }
      return out.toString();
    }

    /** Maps [0, 1] onto itself so that the threshold lands in the middle. */
    static double stretch(double value, double threshold) {
      if (value >= threshold) {
        return threshold >= 1 ? 1 : 0.5 + 0.5 * (value - threshold) / (1 - threshold);
      }
      return 0.5 * value / threshold;
    }

    String dot() {
      StringBuilder out = new StringBuilder(512 + placements.size() * 96);
      out.append("graph stakeholder_map {\n")
          .append("  label=\"")
          .append(Text.dot(title))
          .append("\";\n  labelloc=t;\n  fontname=\"Helvetica\";\n  newrank=true;\n")
          .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\",")
          .append(" fontname=\"Helvetica\"];\n");
      Map<EngagementStrategy, List<StakeholderPlacement>> groups = classification.byStrategy();
      Map<Stakeholder, Integer> numbers = numbers();
      for (EngagementStrategy strategy :
          List.of(
              EngagementStrategy.KEEP_SATISFIED,
              EngagementStrategy.MANAGE_CLOSELY,
              EngagementStrategy.MONITOR,
              EngagementStrategy.KEEP_INFORMED)) {
        String cluster = strategy.name().toLowerCase(java.util.Locale.ROOT);
        out.append("  subgraph cluster_")
            .append(cluster)
            .append(" {\n    label=\"")
            .append(strategyName(strategy))
            .append(strategy.highInfluence() ? " (high influence, " : " (low influence, ")
            .append(strategy.highInterest() ? "high interest)" : "low interest)")
            .append("\";\n    style=filled;\n    fillcolor=\"")
            .append(colour(strategy))
            .append("\";\n    ")
            .append(cluster)
            .append(" [shape=point, style=invis];\n");
        for (StakeholderPlacement placement : groups.getOrDefault(strategy, List.of())) {
          Stakeholder stakeholder = placement.stakeholder();
          out.append("    s")
              .append(numbers.get(stakeholder))
              .append(" [label=\"")
              .append(
                  Text.dot(
                      numbers.get(stakeholder)
                          + ". "
                          + Text.label(stakeholder.name(), NAME_LENGTH)))
              .append("\\ninfluence ")
              .append(Text.number(stakeholder.influence().score(), 2))
              .append(", interest ")
              .append(Text.number(stakeholder.interest().score(), 2))
              .append("\"];\n");
        }
        out.append("  }\n");
      }
      out.append("  keep_satisfied -- monitor [style=invis];\n")
          .append("  manage_closely -- keep_informed [style=invis];\n")
          .append("  { rank=same; keep_satisfied; manage_closely; }\n")
          .append("  { rank=same; monitor; keep_informed; }\n")
          .append("}\n");
      return out.toString();
    }
  }

  static String strategyName(EngagementStrategy strategy) {
    return switch (strategy) {
      case MANAGE_CLOSELY -> "Manage closely";
      case KEEP_SATISFIED -> "Keep satisfied";
      case KEEP_INFORMED -> "Keep informed";
      case MONITOR -> "Monitor";
    };
  }

  private static String cssClass(EngagementStrategy strategy) {
    return switch (strategy) {
      case MANAGE_CLOSELY -> "q-manage";
      case KEEP_SATISFIED -> "q-satisfied";
      case KEEP_INFORMED -> "q-informed";
      case MONITOR -> "q-monitor";
    };
  }

  private static String colour(EngagementStrategy strategy) {
    return switch (strategy) {
      case MANAGE_CLOSELY -> "#fde2e1";
      case KEEP_SATISFIED -> "#fff1d6";
      case KEEP_INFORMED -> "#e0efff";
      case MONITOR -> "#eef0f2";
    };
  }
}
