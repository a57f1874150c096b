package org.covalue.interchange.eventlog;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.DurationStats;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.Loops;
import org.covalue.journey.log.Move;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link JourneyAnalytics} as JSON, for tools that are not on the JVM (ITIL 4: Drive
 * Stakeholder Value, §1.2.4). The form is described by the JSON Schema {@code
 * docs/journey-analytics.schema.json}: {@code cases}, {@code events}, {@code activities} (how many
 * distinct), {@code activityEvents}, {@code variants} ({@code path} and {@code cases}, most
 * frequent first), {@code directlyFollows} ({@code from}, {@code to}, {@code count}, {@code
 * meanSeconds}, {@code medianSeconds}, {@code minSeconds}, {@code maxSeconds}, {@code
 * percentileSeconds}), {@code startActivities} and {@code endActivities} (activity to cases),
 * {@code loops} ({@code cases}, {@code returns}, {@code returnsPerCase}, {@code moves}), and, where
 * the analyzer asks for them, {@code midWayStarts}, {@code steps} and {@code abandonment}.
 * Activities are written as the log writes them; times are in seconds.
 *
 * <p>{@link #DEFAULT} indents the output; {@code withIndent(false)} writes one line. Instances are
 * immutable and thread-safe.
 */
public final class JourneyAnalyticsJson {

  /** Writes indented JSON. */
  public static final JourneyAnalyticsJson DEFAULT = new JourneyAnalyticsJson(true);

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final boolean indent;

  private JourneyAnalyticsJson(boolean indent) {
    this.indent = indent;
  }

  /**
   * Returns these settings indenting the output or writing it on one line.
   *
   * @param indent true to indent
   * @return the new settings
   */
  public JourneyAnalyticsJson withIndent(boolean indent) {
    return new JourneyAnalyticsJson(indent);
  }

  /**
   * Writes analytics as JSON text.
   *
   * @param analytics the analytics
   * @return the JSON document
   * @throws NullPointerException if the analytics are null
   */
  public String write(JourneyAnalytics analytics) {
    Objects.requireNonNull(analytics, "analytics");
    ObjectNode root = tree(analytics);
    return indent
        ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
        : MAPPER.writeValueAsString(root);
  }

  /**
   * Writes analytics as JSON, in UTF-8, to a stream; the caller closes the stream.
   *
   * @param analytics the analytics
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  public void write(JourneyAnalytics analytics, OutputStream out) {
    Objects.requireNonNull(analytics, "analytics");
    Objects.requireNonNull(out, "out");
    ObjectNode root = tree(analytics);
    if (indent) {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    } else {
      MAPPER.writeValue(out, root);
    }
  }

  private static ObjectNode tree(JourneyAnalytics analytics) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("cases", analytics.cases());
    root.put("events", analytics.events());
    root.put("activities", analytics.activities().size());
    root.set("activityEvents", counts(analytics.activities()));
    ArrayNode variants = root.putArray("variants");
    for (Variant variant : analytics.variants()) {
      ObjectNode node = variants.addObject();
      ArrayNode path = node.putArray("path");
      variant.path().forEach(path::add);
      node.put("cases", variant.cases());
    }
    root.set("directlyFollows", transitions(analytics.directlyFollows()));
    root.set("startActivities", counts(analytics.startActivities()));
    root.set("endActivities", counts(analytics.endActivities()));
    analytics.midWayStarts().ifPresent(midWay -> root.set("midWayStarts", counts(midWay)));
    root.set("loops", loops(analytics.loops()));
    if (!analytics.analyzer().mapping().isEmpty()) {
      ObjectNode steps = root.putObject("steps");
      steps.put("unmappedEvents", analytics.unmappedEvents());
      analytics.casesWithoutRealize().ifPresent(count -> steps.put("casesWithoutRealize", count));
      steps.set("directlyFollows", transitions(analytics.stepDirectlyFollows()));
      steps.set("loops", loops(analytics.stepLoops()));
      ObjectNode dwell = steps.putObject("dwellTimes");
      for (Map.Entry<CustomerJourneyStep, DurationStats> entry :
          analytics.dwellTimes().entrySet()) {
        ObjectNode node = dwell.putObject(entry.getKey().name());
        node.put("count", entry.getValue().count());
        times(node, entry.getValue());
      }
    }
    analytics
        .abandonment()
        .ifPresent(
            abandonment -> {
              ObjectNode node = root.putObject("abandonment");
              node.put("cases", abandonment.cases());
              node.set("lastActivities", counts(abandonment.lastActivities()));
            });
    root.put("relativeAccuracy", analytics.analyzer().relativeAccuracy());
    return root;
  }

  private static <T extends Comparable<? super T>> ArrayNode transitions(
      List<Transition<T>> transitions) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Transition<T> transition : transitions) {
      ObjectNode node = array.addObject();
      node.put("from", label(transition.from()));
      node.put("to", label(transition.to()));
      node.put("count", transition.count());
      times(node, transition.durations());
    }
    return array;
  }

  private static void times(ObjectNode node, DurationStats stats) {
    node.put("meanSeconds", stats.meanMillis() / 1000);
    node.put("medianSeconds", stats.medianMillis() / 1000);
    node.put("minSeconds", stats.minMillis() / 1000.0);
    node.put("maxSeconds", stats.maxMillis() / 1000.0);
    ObjectNode percentiles = node.putObject("percentileSeconds");
    stats.percentiles().forEach((q, millis) -> percentiles.put(percentileName(q), millis / 1000));
  }

  /** Names a percentile: 0.5 as p50, 0.999 as p99.9. */
  static String percentileName(double q) {
    return "p" + BigDecimal.valueOf(q).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static <T extends Comparable<? super T>> ObjectNode loops(Loops<T> loops) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("cases", loops.cases());
    node.put("returns", loops.returns());
    ObjectNode perCase = node.putObject("returnsPerCase");
    loops.returnsPerCase().forEach((returns, cases) -> perCase.put(returns.toString(), cases));
    ArrayNode moves = node.putArray("moves");
    for (Move<T> move : loops.moves()) {
      ObjectNode item = moves.addObject();
      item.put("from", label(move.from()));
      item.put("to", label(move.to()));
      item.put("count", move.count());
    }
    return node;
  }

  private static ObjectNode counts(Map<String, Long> counts) {
    ObjectNode node = MAPPER.createObjectNode();
    counts.forEach(node::put);
    return node;
  }

  private static String label(Object key) {
    return key instanceof CustomerJourneyStep step ? step.name() : (String) key;
  }
}
