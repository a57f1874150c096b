package org.covalue.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.model.VisibilityModel;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EverydayBenchmarks} and prints each against its baseline as a ratio, with the targets
 * of the everyday-operations issue (ITIL 4: Drive Stakeholder Value, §1.2.1 to §1.2.7): building
 * and checking 100,000 stakeholders, relationships and products in at most 1.3 times the time of
 * {@link PlainRecords} that check the same, keeping at most 1.3 times their heap per value;
 * classifying 1,000,000 stakeholders in at most 1.5 times the time of a loop over primitive arrays;
 * and five analyses taking at most 12 times as long for 10 times the elements.
 *
 * <p>It first measures the heap that 100,000 values of each kind keep (used heap after garbage
 * collection, with and without the values, in this JVM), then times each contender and its baseline
 * in rounds in this JVM, one after the other in each round, so that both meet the same load of a
 * shared machine (the ratios judged against the targets), then runs the JMH benchmarks, one fork
 * per benchmark and size, and prints their ratios too. System properties: {@code
 * benchmarks.quick=true} (fewer rounds and JMH iterations: about three minutes), {@code
 * benchmarks.rounds} (measured rounds, 5; 3 when quick), {@code benchmarks.warmUpMillis} (how long
 * each contender runs before it is measured, 3,000; 1,500 when quick), {@code benchmarks.jmh=false}
 * (skip JMH), {@code benchmarks.heap} (the JMH forks' heap, {@code 4g}).
 */
public final class EverydayComparison {

  private static final int[] SIZES = {10_000, 100_000, 1_000_000};

  private static final String[] ANALYSES = {
    "relationshipNetwork",
    "journeyConformance",
    "driverPropagation",
    "leakageDetection",
    "bandOfVisibility"
  };

  private static final Map<String, String> TITLES =
      Map.of(
          "relationshipNetwork", "relationship-network analysis (core)",
          "journeyConformance", "journey conformance (journey)",
          "driverPropagation", "value-driver propagation (value)",
          "leakageDetection", "leakage detection (value)",
          "bandOfVisibility", "band of visibility (visibility)");

  private EverydayComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws RunnerException, InterruptedException {
    boolean quick = Boolean.getBoolean("benchmarks.quick");
    int rounds = Integer.getInteger("benchmarks.rounds", quick ? 3 : 5);
    System.out.printf(
        Locale.ROOT,
        "Everyday operations; %s mode, %d measured rounds%n",
        quick ? "quick" : "full",
        rounds);

    Map<String, double[]> heap = heapPerValue();
    Map<String, Double> same = new LinkedHashMap<>();
    Plan plan =
        new Plan(
            rounds, Long.getLong("benchmarks.warmUpMillis", quick ? 1_500 : 3_000) * 1_000_000L);
    sameJvmPairs(plan, same);
    sameJvmScaling(plan, same);

    Map<String, Double> jmh = new HashMap<>();
    if (Boolean.parseBoolean(System.getProperty("benchmarks.jmh", "true"))) {
      jmh = runJmh(quick);
    }
    print(heap, same, jmh, plan);
  }

  // ---------------------------------------------------------------- heap

  /**
   * Measures the heap kept per value by covalue's values and by the records: once built from texts
   * the measurement does not count (what covalue adds around the same data), once built from texts
   * of their own (the whole value).
   */
  private static Map<String, double[]> heapPerValue() throws InterruptedException {
    int n = EverydayBenchmarks.VALUES;
    EverydayModels.Inputs in = new EverydayModels.Inputs(n);
    Map<String, double[]> heap = new LinkedHashMap<>();
    heap.put(
        "stakeholder",
        new double[] {
          perValue(n, i -> EverydayModels.stakeholder(in, i)),
          perValue(n, i -> EverydayModels.stakeholderRecord(in, i)),
          perValue(n, i -> EverydayModels.stakeholder(fresh(in, i), 0)),
          perValue(n, i -> EverydayModels.stakeholderRecord(fresh(in, i), 0))
        });
    heap.put(
        "relationship",
        new double[] {
          perValue(n, i -> EverydayModels.relationship(in, i)),
          perValue(n, i -> EverydayModels.relationshipRecord(in, i)),
          perValue(n, i -> EverydayModels.relationship(fresh(in, i), 0)),
          perValue(n, i -> EverydayModels.relationshipRecord(fresh(in, i), 0))
        });
    heap.put(
        "product",
        new double[] {
          perValue(n, i -> EverydayModels.product(in, i)),
          perValue(n, i -> EverydayModels.productRecord(in, i)),
          perValue(n, i -> EverydayModels.product(fresh(in, i), 0)),
          perValue(n, i -> EverydayModels.productRecord(fresh(in, i), 0))
        });
    return heap;
  }

  /** Inputs of one value, number 0, with copies of value {@code i}'s texts. */
  private static EverydayModels.Inputs fresh(EverydayModels.Inputs in, int i) {
    return in.copyOf(i);
  }

  private static double perValue(int n, IntFunction<Object> make) throws InterruptedException {
    Object[] values = new Object[n];
    try {
      long before = usedHeap();
      for (int i = 0; i < n; i++) {
        values[i] = make.apply(i);
      }
      long after = usedHeap();
      return (double) (after - before) / n;
    } finally {
      Reference.reachabilityFence(values);
    }
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ---------------------------------------------------------------- same-JVM rounds

  private static void sameJvmPairs(Plan plan, Map<String, Double> same) {
    EverydayModels.Inputs inputs = new EverydayModels.Inputs(EverydayBenchmarks.VALUES);
    Map<String, Supplier<Object>> build = new LinkedHashMap<>();
    build.put("buildCovalue", () -> EverydayBenchmarks.buildCovalue(inputs));
    build.put("buildRecords", () -> EverydayBenchmarks.buildRecords(inputs));
    same.putAll(rounds(plan, build));

    // The same, one kind of value at a time (not judged): where the difference comes from.
    Map<String, Supplier<Object>> each = new LinkedHashMap<>();
    each.put("buildStakeholders", () -> EverydayBenchmarks.buildStakeholders(inputs));
    each.put("buildStakeholderRecords", () -> EverydayBenchmarks.buildStakeholderRecords(inputs));
    each.put("buildRelationships", () -> EverydayBenchmarks.buildRelationships(inputs));
    each.put("buildRelationshipRecords", () -> EverydayBenchmarks.buildRelationshipRecords(inputs));
    each.put("buildProducts", () -> EverydayBenchmarks.buildProducts(inputs));
    each.put("buildProductRecords", () -> EverydayBenchmarks.buildProductRecords(inputs));
    same.putAll(rounds(plan, each));

    StakeholderMap map = EverydayModels.stakeholderMap(EverydayBenchmarks.CLASSIFIED);
    double[] influence = new double[EverydayBenchmarks.CLASSIFIED];
    double[] interest = new double[EverydayBenchmarks.CLASSIFIED];
    List<Stakeholder> stakeholders = map.stakeholders();
    for (int i = 0; i < influence.length; i++) {
      influence[i] = stakeholders.get(i).influence().score();
      interest[i] = stakeholders.get(i).interest().score();
    }
    Map<String, Supplier<Object>> classify = new LinkedHashMap<>();
    classify.put("classifyCovalue", () -> StakeholderClassifier.DEFAULT.classify(map));
    classify.put(
        "classifyCovalueWithPlacements",
        () -> StakeholderClassifier.DEFAULT.classify(map).placements());
    classify.put(
        "classifyPrimitive", () -> EverydayBenchmarks.classifyPrimitive(influence, interest));
    same.putAll(rounds(plan, classify));

    // The same ratings in an order a branch cannot predict (not judged: the baseline's loop
    // branches on every comparison).
    List<Stakeholder> shuffled = new ArrayList<>(stakeholders);
    Collections.shuffle(shuffled, new Random(42));
    StakeholderMap shuffledMap = map.withStakeholders(shuffled);
    double[] shuffledInfluence = new double[shuffled.size()];
    double[] shuffledInterest = new double[shuffled.size()];
    for (int i = 0; i < shuffledInfluence.length; i++) {
      shuffledInfluence[i] = shuffled.get(i).influence().score();
      shuffledInterest[i] = shuffled.get(i).interest().score();
    }
    Map<String, Supplier<Object>> classifyShuffled = new LinkedHashMap<>();
    classifyShuffled.put(
        "classifyCovalueShuffled", () -> StakeholderClassifier.DEFAULT.classify(shuffledMap));
    classifyShuffled.put(
        "classifyPrimitiveShuffled",
        () -> EverydayBenchmarks.classifyPrimitive(shuffledInfluence, shuffledInterest));
    same.putAll(rounds(plan, classifyShuffled));
  }

  private static void sameJvmScaling(Plan plan, Map<String, Double> same) {
    Map<String, Supplier<Object>> network = new LinkedHashMap<>();
    for (int size : SIZES) {
      List<ServiceRelationship> relationships = EverydayModels.relationships(size);
      network.put(
          "relationshipNetwork@" + size,
          () -> RelationshipNetworkAnalysis.of(EverydayModels.network(relationships)));
    }
    same.putAll(rounds(plan, network));

    // The floor: no analysis of a model of objects can grow slower than touching each of them.
    Map<String, Supplier<Object>> walk = new LinkedHashMap<>();
    for (int size : SIZES) {
      List<ServiceRelationship> relationships = EverydayModels.relationships(size);
      walk.put("relationshipWalk@" + size, () -> EverydayBenchmarks.walk(relationships));
    }
    same.putAll(rounds(plan, walk));

    Map<String, Supplier<Object>> conformance = new LinkedHashMap<>();
    for (int size : SIZES) {
      CustomerJourney designed = EverydayModels.designedJourney(size);
      ObservedJourney observed = EverydayModels.observedJourney(designed);
      conformance.put(
          "journeyConformance@" + size, () -> JourneyConformance.of(designed, observed));
    }
    same.putAll(rounds(plan, conformance));

    Map<String, Supplier<Object>> drivers = new LinkedHashMap<>();
    for (int size : SIZES) {
      ValueDriverChain chain = EverydayModels.driverChain(size);
      drivers.put("driverPropagation@" + size, () -> ValueDriverAnalysis.of(chain));
    }
    same.putAll(rounds(plan, drivers));

    Map<String, Supplier<Object>> leakage = new LinkedHashMap<>();
    for (int size : SIZES) {
      ValueModel model = EverydayModels.valueModel(size);
      leakage.put("leakageDetection@" + size, () -> LeakageDetector.DEFAULT.detect(model));
    }
    same.putAll(rounds(plan, leakage));

    Map<String, Supplier<Object>> band = new LinkedHashMap<>();
    ServiceRelationship relationship = EverydayModels.bandRelationship();
    for (int size : SIZES) {
      VisibilityModel model = EverydayModels.visibilityModel(size);
      band.put("bandOfVisibility@" + size, () -> BandOfVisibility.of(model, relationship));
    }
    same.putAll(rounds(plan, band));
  }

  /**
   * Times contenders in rounds, one after the other in each round, after a warm-up in the same
   * interleaved order that lasts until each contender has run for the plan's warm-up time (a count
   * of warm-up rounds is not enough: building values through the builders needs about a second of
   * runs before the compiler has settled, a loop over records a fifth of that). Each sample repeats
   * a contender enough times to last about 200 milliseconds, as its last warm-up run found; the
   * median milliseconds per run are returned.
   */
  private static Map<String, Double> rounds(Plan plan, Map<String, Supplier<Object>> contenders) {
    // Settle the contenders' inputs first: a full collection compacts them in the order they were
    // made, and young collections never move them again. Left in the young generation, they are
    // scattered by the first young collection of the warm-up, in an order that differs from run to
    // run, and reading them then costs both contenders up to half as much again (probe: records
    // 14 -> 23 ms, builders 20 -> 40 ms).
    System.gc();
    Map<String, Integer> repeats = new HashMap<>();
    Map<String, Long> warmedNanos = new HashMap<>();
    Map<String, Double> fastest = new HashMap<>();
    long check = 0;
    boolean warming = true;
    while (warming) {
      warming = false;
      for (Map.Entry<String, Supplier<Object>> contender : contenders.entrySet()) {
        String name = contender.getKey();
        long warmed = warmedNanos.getOrDefault(name, 0L);
        if (warmed >= plan.warmUpNanos()) {
          continue;
        }
        warming = true;
        int times = repeats.getOrDefault(name, 1);
        long start = System.nanoTime();
        for (int t = 0; t < times; t++) {
          check += System.identityHashCode(contender.getValue().get()) & 1;
        }
        long elapsed = System.nanoTime() - start;
        warmedNanos.put(name, warmed + elapsed);
        // The fastest run so far sets the repeats: one run slowed by a collection must not leave
        // a contender timed one run at a time.
        double millis =
            Math.min(fastest.getOrDefault(name, Double.MAX_VALUE), elapsed / 1e6 / times);
        fastest.put(name, millis);
        repeats.put(name, (int) Math.max(1, Math.min(1_000, 200 / Math.max(millis, 1e-3))));
      }
    }
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    for (int round = 0; round < plan.rounds(); round++) {
      for (Map.Entry<String, Supplier<Object>> contender : contenders.entrySet()) {
        String name = contender.getKey();
        int times = repeats.getOrDefault(name, 1);
        System.gc();
        long start = System.nanoTime();
        for (int t = 0; t < times; t++) {
          check += System.identityHashCode(contender.getValue().get()) & 1;
        }
        double millis = (System.nanoTime() - start) / 1e6 / times;
        samples.computeIfAbsent(name, key -> new ArrayList<>()).add(millis);
      }
    }
    if (check == -1) {
      System.out.println();
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    samples.forEach((name, values) -> medians.put(name, median(values)));
    System.out.println("  timed " + medians.keySet());
    return medians;
  }

  /**
   * How the same-JVM figures are taken.
   *
   * @param rounds how many samples of each contender are taken, after the warm-up
   * @param warmUpNanos how long each contender runs before the first sample
   */
  private record Plan(int rounds, long warmUpNanos) {}

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  // ---------------------------------------------------------------- JMH

  private static Map<String, Double> runJmh(boolean quick) throws RunnerException {
    String heap = System.getProperty("benchmarks.heap", "4g");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(EverydayBenchmarks.class.getName() + "\\.")
            .jvmArgs("-Xms" + heap, "-Xmx" + heap)
            // A full collection before each iteration: the first settles the state's inputs in
            // the order they were made (see rounds), the others keep one iteration's garbage out
            // of the next one's time.
            .shouldDoGC(true)
            .shouldFailOnError(true);
    if (quick) {
      options = options.warmupIterations(1).measurementIterations(2);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> millis = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String size = result.getParams().getParam("size");
      millis.put(size == null ? name : name + "@" + size, result.getPrimaryResult().getScore());
    }
    return millis;
  }

  // ---------------------------------------------------------------- report

  private static void print(
      Map<String, double[]> heap, Map<String, Double> same, Map<String, Double> jmh, Plan plan) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Same JVM: medians of %d rounds after %.1f s of warm-up each; JMH: one fork per benchmark"
            + " and size, mean time.%n%n",
        plan.rounds(),
        plan.warmUpNanos() / 1e9);
    System.out.println(
        "| measure | covalue | baseline | ratio, same JVM | ratio, JMH | target | met |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    pair(
        "build and check 100,000 stakeholders, relationships and products, ms",
        "buildCovalue",
        "buildRecords",
        same,
        jmh,
        1.3);
    same.put(
        "buildCovaluePerKind",
        get(same, "buildStakeholders")
            + get(same, "buildRelationships")
            + get(same, "buildProducts"));
    same.put(
        "buildRecordsPerKind",
        get(same, "buildStakeholderRecords")
            + get(same, "buildRelationshipRecords")
            + get(same, "buildProductRecords"));
    pair(
        "the same as three loops, one kind after another (not judged; sum of the next rows), ms",
        "buildCovaluePerKind",
        "buildRecordsPerKind",
        same,
        jmh,
        Double.NaN);
    pair(
        "of which 100,000 stakeholders (not judged), ms",
        "buildStakeholders",
        "buildStakeholderRecords",
        same,
        jmh,
        Double.NaN);
    pair(
        "of which 100,000 relationships (not judged), ms",
        "buildRelationships",
        "buildRelationshipRecords",
        same,
        jmh,
        Double.NaN);
    pair(
        "of which 100,000 products (not judged), ms",
        "buildProducts",
        "buildProductRecords",
        same,
        jmh,
        Double.NaN);
    for (Map.Entry<String, double[]> kind : heap.entrySet()) {
      double[] bytes = kind.getValue();
      heapRow("heap per " + kind.getKey() + ", texts not counted, bytes", bytes[0], bytes[1]);
      heapRow("heap per " + kind.getKey() + ", with its texts, bytes", bytes[2], bytes[3]);
    }
    pair(
        "classify 1,000,000 stakeholders on the map, ms",
        "classifyCovalue",
        "classifyPrimitive",
        same,
        jmh,
        1.5);
    pair(
        "the same ratings in shuffled order (not judged), ms",
        "classifyCovalueShuffled",
        "classifyPrimitiveShuffled",
        same,
        jmh,
        Double.NaN);
    pair(
        "the same, then asking for every placement object (not judged), ms",
        "classifyCovalueWithPlacements",
        "classifyPrimitive",
        same,
        jmh,
        Double.NaN);
    System.out.println();
    System.out.println(
        "| analysis | 10k, ms | 100k, ms | 1M, ms | 100k / 10k | 1M / 100k | JMH 100k / 10k"
            + " | JMH 1M / 100k | target | met |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (String analysis : ANALYSES) {
      scalingRow(Objects.requireNonNull(TITLES.get(analysis)), analysis, same, jmh, true);
    }
    scalingRow(
        "floor, not judged: touching each relationship's three ids once",
        "relationshipWalk",
        same,
        jmh,
        false);
  }

  private static void scalingRow(
      String title, String key, Map<String, Double> same, Map<String, Double> jmh, boolean judged) {
    double small = get(same, key + "@10000");
    double middle = get(same, key + "@100000");
    double large = get(same, key + "@1000000");
    double first = middle / small;
    double second = large / middle;
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.1f | %.0f | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
        title,
        small,
        middle,
        large,
        first,
        second,
        get(jmh, key + "@100000") / get(jmh, key + "@10000"),
        get(jmh, key + "@1000000") / get(jmh, key + "@100000"),
        judged ? "<= 12" : "",
        judged ? (first <= 12 && second <= 12 ? "yes" : "no") : "");
  }

  private static void pair(
      String what,
      String contender,
      String baseline,
      Map<String, Double> same,
      Map<String, Double> jmh,
      double target) {
    double ratio = get(same, contender) / get(same, baseline);
    boolean judged = !Double.isNaN(target);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f | %s | %s | %s |%n",
        what,
        get(same, contender),
        get(same, baseline),
        ratio,
        jmhRatio(jmh, contender, baseline),
        judged ? String.format(Locale.ROOT, "<= %.1f", target) : "",
        judged ? (ratio <= target ? "yes" : "no") : "");
  }

  private static String jmhRatio(Map<String, Double> jmh, String contender, String baseline) {
    double ratio = get(jmh, contender) / get(jmh, baseline);
    return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static void heapRow(String what, double covalue, double record) {
    double ratio = covalue / record;
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.2f | | <= 1.3 | %s |%n",
        what,
        covalue,
        record,
        ratio,
        ratio <= 1.3 ? "yes" : "no");
  }

  private static double get(Map<String, Double> values, String key) {
    return values.getOrDefault(key, Double.NaN);
  }
}
