package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;
import org.covalue.testkit.JourneyLogs;
import org.covalue.testkit.LogRow;
import org.junit.jupiter.api.Test;

/**
 * Laws of journey analytics over event logs (§1.2.4): order of rows, merging of parts, counts that
 * add up, ties kept in input order, and agreement with a plain reference computation.
 */
class JourneyAnalyticsPropertiesTest {

  /** Settings that switch every figure on: steps, an end, expected starts, two percentiles. */
  private static final JourneyAnalyzer FULL = JourneyLogs.FULL_ANALYZER;

  private static JourneyAnalytics analyze(List<LogRow> rows) {
    return FULL.analyze(JourneyLogs.log(rows));
  }

  /** Each case's activities and times in time order, ties in row order: the reference. */
  private static Map<String, List<LogRow>> reference(List<LogRow> rows) {
    Map<String, List<LogRow>> cases = new LinkedHashMap<>();
    for (LogRow row : rows) {
      cases.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row);
    }
    cases.values().forEach(c -> c.sort(Comparator.comparingLong(LogRow::epochMillis)));
    return cases;
  }

  @Test
  void anyOrderOfRowsThatKeepsEachCasesOrderGivesTheSameAnalytics() {
    qt().forAll(
            JourneyLogs.rows()
                .flatMap(
                    rows -> JourneyLogs.interleavings(rows).map(other -> List.of(rows, other))))
        .checkAssert(pair -> assertThat(analyze(pair.get(1))).isEqualTo(analyze(pair.get(0))));
  }

  @Test
  void theAnalyticsOfPartsMergeIntoTheAnalyticsOfTheWhole() {
    qt().forAll(
            JourneyLogs.rows()
                .flatMap(
                    rows ->
                        JourneyLogs.partitions(rows, 3)
                            .map(parts -> List.of(List.of(rows), parts))))
        .checkAssert(
            pair -> {
              JourneyAnalytics whole = analyze(pair.get(0).get(0));
              List<List<LogRow>> parts = pair.get(1);
              JourneyAnalytics a = analyze(parts.get(0));
              JourneyAnalytics b = analyze(parts.get(1));
              JourneyAnalytics c = analyze(parts.get(2));
              assertThat(a.merge(b).merge(c)).isEqualTo(whole);
              assertThat(a.merge(b.merge(c))).isEqualTo(whole);
              assertThat(c.merge(a).merge(b)).isEqualTo(whole);
              assertThat(b.merge(a)).isEqualTo(a.merge(b));
              assertThat(JourneyAnalytics.mergeAll(List.of(c, b, a))).isEqualTo(whole);
            });
  }

  @Test
  void countsAddUp() {
    qt().forAll(JourneyLogs.rows())
        .checkAssert(
            rows -> {
              JourneyAnalytics analytics = analyze(rows);
              long cases = rows.stream().map(LogRow::caseId).distinct().count();
              assertThat(analytics.cases()).isEqualTo(cases);
              assertThat(analytics.events()).isEqualTo(rows.size());
              assertThat(analytics.directlyFollows().stream().mapToLong(Transition::count).sum())
                  .isEqualTo(rows.size() - cases);
              assertThat(analytics.variants().stream().mapToLong(Variant::cases).sum())
                  .isEqualTo(cases);
              assertThat(sum(analytics.startActivities())).isEqualTo(cases);
              assertThat(sum(analytics.endActivities())).isEqualTo(cases);
              assertThat(sum(analytics.activities())).isEqualTo(rows.size());
              long mapped = analytics.events() - analytics.unmappedEvents();
              long casesWithMapped =
                  reference(rows).values().stream()
                      .filter(
                          c ->
                              c.stream()
                                  .anyMatch(r -> FULL.mapping().step(r.activity()).isPresent()))
                      .count();
              assertThat(
                      analytics.stepDirectlyFollows().stream().mapToLong(Transition::count).sum())
                  .isEqualTo(mapped - casesWithMapped);
              assertThat(
                      analytics.loops().returnsPerCase().values().stream()
                          .mapToLong(Long::longValue)
                          .sum())
                  .isEqualTo(analytics.loops().cases());
              assertThat(
                      analytics.loops().returnsPerCase().entrySet().stream()
                          .mapToLong(e -> e.getKey() * e.getValue())
                          .sum())
                  .isEqualTo(analytics.loops().returns());
              assertThat(analytics.abandonment().orElseThrow().cases())
                  .isEqualTo(sum(analytics.abandonment().orElseThrow().lastActivities()));
              long withoutRealize =
                  reference(rows).values().stream()
                      .filter(
                          c ->
                              c.stream()
                                  .noneMatch(
                                      r ->
                                          FULL.mapping()
                                              .step(r.activity())
                                              .filter(CustomerJourneyStep.REALIZE::equals)
                                              .isPresent()))
                      .count();
              assertThat(analytics.casesWithoutRealize()).hasValue(withoutRealize);
              // An abandoned case reached neither a final activity nor Realize.
              assertThat(analytics.abandonment().orElseThrow().cases())
                  .isLessThanOrEqualTo(withoutRealize);
            });
  }

  @Test
  void pathsAndDirectlyFollowsAgreeWithAPlainReferenceAndTiesKeepRowOrder() {
    qt().forAll(JourneyLogs.rows())
        .checkAssert(JourneyAnalyticsPropertiesTest::agreesWithThePlainReference);
  }

  /**
   * Wide logs: hundreds of cases and activities, labels short and long, many variants and pairs, so
   * that every table of the analysis grows past its first size and still agrees.
   */
  @Test
  void wideLogsAgreeWithAPlainReference() {
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(seed -> agreesWithThePlainReference(wideRows(new Random(seed))));
  }

  private static List<LogRow> wideRows(Random random) {
    int activities = 1 + random.nextInt(400);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < activities; i++) {
      labels.add(
          switch (i % 4) {
            case 0 -> "a" + i;
            case 1 -> "activity number " + i + " of a long label";
            case 2 -> "étape " + i;
            default -> Integer.toString(i);
          });
    }
    int cases = random.nextInt(700);
    List<LogRow> rows = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      String caseId = c % 3 == 0 ? "case " + c : "INC-" + (100_000 + c) + "-with-a-longer-id";
      long time = 1_600_000_000_000L + random.nextInt(1_000_000);
      int events = 1 + random.nextInt(12);
      for (int e = 0; e < events; e++) {
        time += random.nextInt(4) == 0 ? 0 : random.nextInt(10_000_000);
        rows.add(new LogRow(caseId, labels.get(random.nextInt(labels.size())), time));
      }
    }
    java.util.Collections.shuffle(rows, random);
    // Keep each case's rows in time order, ties in any order the shuffle left them.
    Map<String, List<LogRow>> byCase = new LinkedHashMap<>();
    rows.forEach(row -> byCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(row));
    byCase.values().forEach(c -> c.sort(Comparator.comparingLong(LogRow::epochMillis)));
    List<LogRow> ordered = new ArrayList<>();
    byCase.values().forEach(ordered::addAll);
    return ordered;
  }

  private static void agreesWithThePlainReference(List<LogRow> rows) {
    Map<List<String>, Long> variants = new HashMap<>();
    Map<List<String>, List<Long>> follows = new HashMap<>();
    Map<String, Long> starts = new HashMap<>();
    for (List<LogRow> events : reference(rows).values()) {
      List<String> path = new ArrayList<>();
      events.forEach(e -> path.add(e.activity()));
      variants.merge(path, 1L, Long::sum);
      starts.merge(path.get(0), 1L, Long::sum);
      for (int i = 1; i < events.size(); i++) {
        follows
            .computeIfAbsent(List.of(path.get(i - 1), path.get(i)), k -> new ArrayList<>())
            .add(events.get(i).epochMillis() - events.get(i - 1).epochMillis());
      }
    }
    JourneyAnalytics analytics = analyze(rows);
    Map<List<String>, Long> seen = new HashMap<>();
    analytics.variants().forEach(v -> seen.put(v.path(), v.cases()));
    assertThat(seen).isEqualTo(variants);
    assertThat(analytics.startActivities()).isEqualTo(starts);
    assertThat(analytics.directlyFollows()).hasSize(follows.size());
    for (Transition<String> t : analytics.directlyFollows()) {
      List<Long> times = new ArrayList<>(follows.get(List.of(t.from(), t.to())));
      times.sort(null);
      assertThat(t.count()).isEqualTo(times.size());
      assertThat(t.durations().totalMillis())
          .isEqualTo(times.stream().mapToLong(Long::longValue).sum());
      assertThat(t.durations().minMillis()).isEqualTo(times.get(0));
      assertThat(t.durations().maxMillis()).isEqualTo(times.get(times.size() - 1));
      for (double q : new double[] {0.25, 0.5, 0.75}) {
        long exact = times.get((int) Math.floor(q * (times.size() - 1)));
        assertThat(Math.abs(t.durations().percentileMillis(q) - exact))
            .isLessThanOrEqualTo(0.01 * exact * (1 + 1e-9));
      }
    }
    for (int i = 1; i < analytics.variants().size(); i++) {
      assertThat(analytics.variants().get(i).cases())
          .isLessThanOrEqualTo(analytics.variants().get(i - 1).cases());
    }
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
