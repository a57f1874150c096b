package org.covalue.value.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Score;
import org.covalue.core.Severity;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.jspecify.annotations.Nullable;

/**
 * How value flows up a value-driver chain (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11):
 * the value of every driver, propagated from the measured ones up to the purpose; the explanation
 * of any driver's value as the paths and contributions that make it; the drivers ranked by their
 * effect on the purpose; and the places where the chain is broken.
 *
 * <pre>{@code
 * ValueDriverAnalysis drivers = ValueDriverAnalysis.of(chain);
 * drivers.performance(chain.purpose().id());        // the purpose's value
 * drivers.explain(chain.purpose().id()).paths();    // why
 * drivers.sensitivities().get(0);                   // the driver that matters most
 * }</pre>
 *
 * <p><b>Propagation.</b> A driver that no link from a lower layer drives takes its {@linkplain
 * ValueDriver#performance() measured performance}, or has no value when it was not measured. Any
 * other driver's value is the weighted mean of the values of the drivers that drive it and have a
 * value, with the links' weights; it has no value when none of them has. Links that do not go up
 * (to the same or a lower layer) carry nothing, so the graph that propagates is acyclic. Since
 * weights are positive, propagation is monotone: raising a measured performance never lowers any
 * driver's value. Values stay in [0, 1].
 *
 * <p><b>Explanation.</b> A driver's value is a sum over the measured drivers below it: each
 * contributes its performance times its share, the sum over every path from it of the product of
 * the links' weights divided by the total weight into each driver along the path. The contributions
 * add up to the value. <b>Sensitivity</b> is the same share computed for every driver, measured or
 * not, with respect to the purpose: how much the purpose moves per unit of the driver.
 *
 * <p><b>Broken chains.</b> A driver above the bottom layer that nothing below drives ({@link
 * #UNDRIVEN}, such as a goal nothing drives), a driver below the purpose that drives nothing above
 * ({@link #DRIVES_NOTHING}), a link that skips a layer ({@link #SKIPPED_LAYER}: it still
 * propagates) or does not go up ({@link #BACKWARD_LINK}: it does not), and a driver whose value
 * depends on a measurement it lacks ({@link #UNMEASURED}).
 *
 * <p>Propagation and the findings take time linear in the size of the chain; an explanation and the
 * ranking each take another pass over the chain and a sort of the drivers they name, and an
 * explanation also time linear in the number of paths it lists. Instances are immutable and
 * thread-safe.
 */
public final class ValueDriverAnalysis implements HasFindings {

  /** How many paths {@link #explain(ValueDriverId)} lists at most. */
  public static final int DEFAULT_MAX_PATHS = 100;

  private static final ItilReference FIGURE = ItilReference.section("1.2.7").figure("1.11");

  /** A driver above the bottom layer that no driver of a lower layer drives. */
  public static final Rule UNDRIVEN =
      Rule.of(
          "value-driver.undriven",
          Severity.WARNING,
          FIGURE,
          "A value driver above the bottom layer, such as a consumer goal, is driven by nothing"
              + " below it");

  /** A driver below the purpose that drives nothing above it. */
  public static final Rule DRIVES_NOTHING =
      Rule.of(
          "value-driver.drives-nothing",
          Severity.WARNING,
          FIGURE,
          "A value driver below the consumer's purpose drives nothing in a higher layer");

  /** A link that goes up more than one layer. */
  public static final Rule SKIPPED_LAYER =
      Rule.of(
          "value-driver.skipped-layer",
          Severity.WARNING,
          FIGURE,
          "A value driver link skips a layer: each layer drives the one just above it");

  /** A link that goes to the same or a lower layer. */
  public static final Rule BACKWARD_LINK =
      Rule.of(
          "value-driver.backward-link",
          Severity.ERROR,
          FIGURE,
          "A value driver link goes to the same or a lower layer, against the direction in which"
              + " value is driven");

  /** A driver nothing drives that has no measured performance, so it has no value. */
  public static final Rule UNMEASURED =
      Rule.of(
          "value-driver.unmeasured",
          Severity.INFO,
          FIGURE,
          "A value driver that nothing below drives has no measured performance, so it carries no"
              + " value up the chain");

  private final ValueDriverChain chain;
  private final List<ValueDriver> drivers;
  private final Map<ValueDriverId, Integer> index;
  private final int[] order;
  private final int[][] inputs;
  private final double[][] inputWeights;
  private final double[] values;
  private final List<Finding> findings;

  private static final int[] NO_INPUTS = new int[0];
  private static final double[] NO_WEIGHTS = new double[0];

  private ValueDriverAnalysis(ValueDriverChain chain) {
    this.chain = chain;
    this.drivers = chain.drivers();
    int n = drivers.size();
    index = new HashMap<>();
    // Drivers from the bottom layer up, in the chain's order within a layer: a counting sort by
    // height (1 to the number of layers).
    int layers = ValueDriverLayer.values().length;
    int[] starts = new int[layers + 1];
    byte[] heightOf = new byte[n];
    for (int i = 0; i < n; i++) {
      ValueDriver driver = drivers.get(i);
      index.put(driver.id(), i);
      int height = driver.layer().height();
      heightOf[i] = (byte) height;
      starts[height]++;
    }
    for (int h = 1, before = 0; h <= layers; h++) {
      int count = starts[h];
      starts[h] = before;
      before += count;
    }
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[starts[heightOf[i]]++] = i;
    }
    // The links that drive a driver up, grouped by that driver in the chain's order of links:
    // upLinks[upStart[i]] to upLinks[upStart[i + 1] - 1] are the links into driver i.
    List<ValueDriverLink> links = chain.links();
    int[] linkFrom = new int[links.size()];
    int[] linkTo = new int[links.size()];
    int[] upStart = new int[n + 1];
    boolean[] drivesUp = new boolean[n];
    List<Finding> found = new ArrayList<>();
    List<Finding> linkFindings = new ArrayList<>();
    for (int k = 0; k < links.size(); k++) {
      ValueDriverLink link = links.get(k);
      int from = position(link.driver());
      int to = position(link.driven());
      int difference = drivers.get(to).layer().height() - drivers.get(from).layer().height();
      linkTo[k] = to;
      if (difference > 0) {
        linkFrom[k] = from;
        upStart[to + 1]++;
        drivesUp[from] = true;
        if (difference > 1) {
          linkFindings.add(linkFinding(SKIPPED_LAYER, link, difference));
        }
      } else {
        linkFrom[k] = -1;
        linkFindings.add(linkFinding(BACKWARD_LINK, link, difference));
      }
    }
    for (int i = 0; i < n; i++) {
      upStart[i + 1] += upStart[i];
    }
    int[] upLinks = new int[upStart[n]];
    int[] filled = Arrays.copyOf(upStart, n);
    for (int k = 0; k < links.size(); k++) {
      if (linkFrom[k] >= 0) {
        upLinks[filled[linkTo[k]]++] = k;
      }
    }
    values = new double[n];
    inputs = new int[n][];
    inputWeights = new double[n][];
    for (int i : order) {
      int first = upStart[i];
      int end = upStart[i + 1];
      if (first == end) {
        values[i] = drivers.get(i).performance().map(Score::value).orElse(Double.NaN);
        inputs[i] = NO_INPUTS;
        inputWeights[i] = NO_WEIGHTS;
        continue;
      }
      // The weights are scaled by a power of two that brings the largest near 1: exact for
      // weights of any usual size, and so that weights near the ends of the double range neither
      // overflow their sum (which would make the performance unknown) nor vanish in it.
      int known = 0;
      double largest = 0;
      for (int u = first; u < end; u++) {
        if (!Double.isNaN(values[linkFrom[upLinks[u]]])) {
          known++;
          largest = Math.max(largest, links.get(upLinks[u]).weight());
        }
      }
      int scale = -Math.getExponent(largest);
      inputs[i] = new int[known];
      inputWeights[i] = new double[known];
      double total = 0;
      double weighted = 0;
      int j = 0;
      for (int u = first; u < end; u++) {
        int source = linkFrom[upLinks[u]];
        if (!Double.isNaN(values[source])) {
          double weight = Math.scalb(links.get(upLinks[u]).weight(), scale);
          inputs[i][j] = source;
          inputWeights[i][j] = weight;
          j++;
          total += weight;
          weighted += weight * values[source];
        }
      }
      // With no input known, 0 / 0 is NaN, and so are its bounds: the performance is unknown.
      values[i] = Math.min(1.0, Math.max(0.0, weighted / total));
    }
    for (int i = 0; i < n; i++) {
      ValueDriver driver = drivers.get(i);
      ValueDriverLayer layer = driver.layer();
      boolean driven = upStart[i + 1] > upStart[i];
      if (!driven && layer != ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES) {
        found.add(driverFinding(UNDRIVEN, driver));
      }
      if (!drivesUp[i] && layer != ValueDriverLayer.CONSUMER_PURPOSE) {
        found.add(driverFinding(DRIVES_NOTHING, driver));
      }
      if (!driven && driver.performance().isEmpty()) {
        found.add(driverFinding(UNMEASURED, driver));
      }
    }
    found.addAll(linkFindings);
    findings = Collections.unmodifiableList(found);
  }

  private int position(ValueDriverId id) {
    return Objects.requireNonNull(index.get(id), "a checked chain links its own drivers");
  }

  /**
   * Analyses a value-driver chain.
   *
   * @param chain the chain
   * @return the values, explanations, sensitivities and findings
   * @throws NullPointerException if the chain is null
   */
  public static ValueDriverAnalysis of(ValueDriverChain chain) {
    return new ValueDriverAnalysis(Objects.requireNonNull(chain, "chain"));
  }

  private static String label(ValueDriverLayer layer) {
    return layer.title().toLowerCase(Locale.ROOT);
  }

  private Finding driverFinding(Rule rule, ValueDriver driver) {
    ValueDriverChainId chainId = chain.id();
    ValueDriverId id = driver.id();
    ValueDriverLayer layer = driver.layer();
    Finding.Builder finding =
        Finding.builder(rule).addElement(chainId).addElement(id).putData("layer", layer);
    if (rule.equals(UNDRIVEN)) {
      finding
          .message(
              () ->
                  "Value driver "
                      + id
                      + " ("
                      + label(layer)
                      + ") of chain "
                      + chainId
                      + " is driven by nothing in a lower layer")
          .putEvidence("drivenBy", 0)
          .putEvidence("threshold", 1);
    } else if (rule.equals(DRIVES_NOTHING)) {
      finding
          .message(
              () ->
                  "Value driver "
                      + id
                      + " ("
                      + label(layer)
                      + ") of chain "
                      + chainId
                      + " drives nothing in a higher layer")
          .putEvidence("drives", 0)
          .putEvidence("threshold", 1);
    } else {
      finding
          .message(
              () ->
                  "Value driver "
                      + id
                      + " ("
                      + label(layer)
                      + ") of chain "
                      + chainId
                      + " is driven by nothing and has no measured performance, so it carries"
                      + " no value")
          .putEvidence("measurements", 0)
          .putEvidence("threshold", 1);
    }
    return finding.build();
  }

  private Finding linkFinding(Rule rule, ValueDriverLink link, int difference) {
    ValueDriverChainId chainId = chain.id();
    ValueDriverId from = link.driver();
    ValueDriverId to = link.driven();
    ValueDriverLayer fromLayer = drivers.get(position(from)).layer();
    ValueDriverLayer toLayer = drivers.get(position(to)).layer();
    boolean skip = rule.equals(SKIPPED_LAYER);
    return Finding.builder(rule)
        .message(
            () ->
                "Link "
                    + from
                    + " ("
                    + label(fromLayer)
                    + ") to "
                    + to
                    + " ("
                    + label(toLayer)
                    + ") of chain "
                    + chainId
                    + (skip
                        ? " skips " + (difference - 1) + " layer" + (difference == 2 ? "" : "s")
                        : difference == 0
                            ? " stays in one layer and carries no value"
                            : " goes down " + -difference + " layers and carries no value"))
        .addElement(chainId)
        .addElement(from)
        .addElement(to)
        .putData("driverLayer", fromLayer)
        .putData("drivenLayer", toLayer)
        .putEvidence("layerDifference", difference)
        .putEvidence("weight", link.weight())
        .putEvidence("threshold", 1)
        .build();
  }

  /**
   * Returns the chain analysed.
   *
   * @return the chain
   */
  public ValueDriverChain chain() {
    return chain;
  }

  /**
   * Returns the value of one driver.
   *
   * @param driver the driver's id
   * @return its value in [0, 1], or empty when no measured driver reaches it
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the chain has no such driver
   */
  public OptionalDouble performance(ValueDriverId driver) {
    double value = values[known(driver)];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private int known(ValueDriverId driver) {
    Integer i = index.get(Objects.requireNonNull(driver, "driver"));
    if (i == null) {
      throw new IllegalArgumentException(
          "Value driver chain " + chain.id() + " has no driver " + driver);
    }
    return i;
  }

  /**
   * Returns the value of every driver that has one.
   *
   * @return an unmodifiable map in the chain's order of drivers
   */
  public Map<ValueDriverId, Double> performances() {
    Map<ValueDriverId, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        map.put(drivers.get(i).id(), values[i]);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Explains a driver's value, listing at most {@value #DEFAULT_MAX_PATHS} paths.
   *
   * @param target the driver
   * @return the explanation
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the chain has no such driver
   */
  public DriverExplanation explain(ValueDriverId target) {
    return explain(target, DEFAULT_MAX_PATHS);
  }

  /**
   * Explains a driver's value.
   *
   * @param target the driver
   * @param maxPaths the most paths to list; at least 0
   * @return the explanation
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the chain has no such driver, or {@code maxPaths} is
   *     negative
   */
  public DriverExplanation explain(ValueDriverId target, int maxPaths) {
    int t = known(target);
    if (maxPaths < 0) {
      throw new IllegalArgumentException("maxPaths must not be negative, but was " + maxPaths);
    }
    ImmutableDriverExplanation.Builder explanation =
        ImmutableDriverExplanation.builder().target(target);
    if (Double.isNaN(values[t])) {
      return explanation.pathCount(0).build();
    }
    explanation.value(values[t]);
    double[] share = shares(t);
    List<DriverContribution> contributions = new ArrayList<>();
    for (int i = 0; i < share.length; i++) {
      if (share[i] > 0 && inputs[i].length == 0) {
        contributions.add(
            ImmutableDriverContribution.builder()
                .driver(drivers.get(i).id())
                .layer(drivers.get(i).layer())
                .performance(values[i])
                .share(share[i])
                .contribution(share[i] * values[i])
                .build());
      }
    }
    contributions.sort(Comparator.comparingDouble(DriverContribution::contribution).reversed());
    List<DriverPath> paths = new ArrayList<>();
    collectPaths(t, new ArrayList<>(), 1.0, paths, maxPaths);
    return explanation.contributions(contributions).paths(paths).pathCount(pathCount(t)).build();
  }

  /** The share of each driver in the target's value, from the target down. */
  private double[] shares(int target) {
    double[] share = new double[values.length];
    share[target] = 1;
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      if (share[i] == 0 || inputs[i].length == 0) {
        continue;
      }
      double total = 0;
      for (double weight : inputWeights[i]) {
        total += weight;
      }
      for (int j = 0; j < inputs[i].length; j++) {
        share[inputs[i][j]] += share[i] * inputWeights[i][j] / total;
      }
    }
    return share;
  }

  private void collectPaths(
      int node, List<Integer> above, double share, List<DriverPath> paths, int maxPaths) {
    if (paths.size() >= maxPaths) {
      return;
    }
    above.add(node);
    if (inputs[node].length == 0) {
      List<ValueDriverId> path = new ArrayList<>(above.size());
      for (int k = above.size() - 1; k >= 0; k--) {
        path.add(drivers.get(above.get(k)).id());
      }
      paths.add(
          ImmutableDriverPath.builder()
              .drivers(path)
              .share(share)
              .contribution(share * values[node])
              .build());
    } else {
      double total = 0;
      for (double weight : inputWeights[node]) {
        total += weight;
      }
      for (int j = 0; j < inputs[node].length; j++) {
        collectPaths(
            inputs[node][j], above, share * inputWeights[node][j] / total, paths, maxPaths);
      }
    }
    above.remove(above.size() - 1);
  }

  private long pathCount(int target) {
    long[] count = new long[values.length];
    for (int i : order) {
      if (inputs[i].length == 0) {
        count[i] = Double.isNaN(values[i]) ? 0 : 1;
      } else {
        long sum = 0;
        for (int source : inputs[i]) {
          sum = sum > Long.MAX_VALUE - count[source] ? Long.MAX_VALUE : sum + count[source];
        }
        count[i] = sum;
      }
    }
    return count[target];
  }

  /**
   * Ranks the drivers by their effect on the purpose: every driver whose value reaches the purpose,
   * by sensitivity, highest first, ties by layer from the top and then in the chain's order.
   *
   * @return an unmodifiable list; empty when the purpose has no value
   */
  public List<DriverSensitivity> sensitivities() {
    int purpose = known(chain.purpose().id());
    if (Double.isNaN(values[purpose])) {
      return List.of();
    }
    double[] share = shares(purpose);
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < share.length; i++) {
      if (i != purpose && share[i] > 0) {
        ranked.add(i);
      }
    }
    // The sort is stable and the drivers are listed in the chain's order, which breaks the last
    // ties.
    ranked.sort(
        Comparator.comparingDouble((Integer i) -> -share[i])
            .thenComparingInt(i -> -drivers.get(i).layer().height()));
    List<DriverSensitivity> sensitivities = new ArrayList<>(ranked.size());
    for (int i : ranked) {
      double value = values[i];
      sensitivities.add(
          ImmutableDriverSensitivity.builder()
              .driver(drivers.get(i).id())
              .layer(drivers.get(i).layer())
              .sensitivity(share[i])
              .performance(OptionalDouble.of(value))
              .headroom(share[i] * (1 - value))
              .build());
    }
    return Collections.unmodifiableList(sensitivities);
  }

  /**
   * Returns a finding for each break in the chain: per driver in the chain's order, {@link
   * #UNDRIVEN} (evidence {@code drivenBy} 0, {@code threshold} 1), {@link #DRIVES_NOTHING}
   * (evidence {@code drives} 0, {@code threshold} 1) and {@link #UNMEASURED} (evidence {@code
   * measurements} 0, {@code threshold} 1), each naming the chain and the driver, with the data
   * {@code layer}; then per link in the chain's order, {@link #SKIPPED_LAYER} or {@link
   * #BACKWARD_LINK}, naming the chain and both drivers, with the data {@code driverLayer} and
   * {@code drivenLayer} and the evidence {@code layerDifference}, {@code weight} and {@code
   * threshold} 1 (the difference a link should have).
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the chain's id, the purpose's value and the number of findings. */
  @Override
  public String toString() {
    OptionalDouble purpose = performance(chain.purpose().id());
    return "ValueDriverAnalysis{chain="
        + chain.id()
        + ", purpose="
        + (purpose.isPresent() ? Double.toString(purpose.getAsDouble()) : "unknown")
        + ", findings="
        + findings.size()
        + "}";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValueDriverAnalysis that && chain.equals(that.chain);
  }

  @Override
  public int hashCode() {
    return chain.hashCode();
  }
}
