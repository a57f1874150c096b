package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.covalue.journey.CustomerJourneyStep;
import org.junit.jupiter.api.Test;

/**
 * The analytics of logs with many activities, pairs and variants, enough to grow every table of the
 * pass, checked against a naive reference computed here with hash maps of lists.
 */
class AnalysisPassReferenceTest {

  /** One case: its activities in time order and the time of each. */
  private static final class Case {
    private final List<String> path;
    private final long[] times;

    Case(List<String> path, long[] times) {
      this.path = path;
      this.times = times;
    }

    List<String> path() {
      return path;
    }

    long[] times() {
      return times;
    }
  }

  /** What the reference tallies for one directly-follows pair. */
  private static final class Pair {
    long count;
    long total;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long returns;
  }

  private static List<Case> randomCases(
      SplittableRandom random, int caseCount, int activities, int maxLength, int shapes) {
    // Few shapes repeated make variants with many cases; the others are mostly distinct.
    List<List<String>> common = new ArrayList<>();
    for (int s = 0; s < shapes; s++) {
      common.add(randomPath(random, activities, maxLength));
    }
    List<Case> cases = new ArrayList<>();
    for (int c = 0; c < caseCount; c++) {
      List<String> path =
          random.nextBoolean()
              ? common.get(random.nextInt(common.size()))
              : randomPath(random, activities, maxLength);
      long[] times = new long[path.size()];
      long now = random.nextLong(0, 1_000_000);
      for (int i = 0; i < times.length; i++) {
        now += random.nextInt(4) == 0 ? 0 : random.nextLong(1, 5_000_000);
        times[i] = now;
      }
      cases.add(new Case(path, times));
    }
    return cases;
  }

  private static List<String> randomPath(SplittableRandom random, int activities, int maxLength) {
    int length = 1 + random.nextInt(maxLength);
    List<String> path = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      // Activities come back now and then, to make loops.
      path.add(
          i > 0 && random.nextInt(5) == 0
              ? path.get(random.nextInt(i))
              : "activity " + random.nextInt(activities));
    }
    return path;
  }

  private static JourneyLog log(List<Case> cases) {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (int c = 0; c < cases.size(); c++) {
      Case one = cases.get(c);
      int caseCode = builder.caseCode("case " + c);
      for (int i = 0; i < one.path().size(); i++) {
        builder.add(caseCode, builder.activityCode(one.path().get(i)), one.times()[i]);
      }
    }
    return builder.build();
  }

  private static void assertMatchesReference(List<Case> cases) {
    Map<List<String>, Long> variants = new HashMap<>();
    Map<List<String>, Pair> pairs = new HashMap<>();
    Map<Integer, Long> returnsPerCase = new TreeMap<>();
    long casesWithReturns = 0;
    long returns = 0;
    for (Case one : cases) {
      variants.merge(one.path(), 1L, Long::sum);
      Set<String> seen = new HashSet<>();
      seen.add(one.path().get(0));
      int caseReturns = 0;
      for (int i = 1; i < one.path().size(); i++) {
        String from = one.path().get(i - 1);
        String to = one.path().get(i);
        Pair pair = pairs.computeIfAbsent(List.of(from, to), p -> new Pair());
        long millis = one.times()[i] - one.times()[i - 1];
        pair.count++;
        pair.total += millis;
        pair.min = Math.min(pair.min, millis);
        pair.max = Math.max(pair.max, millis);
        // A return: reaching again, from another activity, one the case already reached.
        if (!from.equals(to) && seen.contains(to)) {
          pair.returns++;
          caseReturns++;
        }
        seen.add(to);
      }
      if (caseReturns > 0) {
        casesWithReturns++;
        returns += caseReturns;
        returnsPerCase.merge(caseReturns, 1L, Long::sum);
      }
    }

    JourneyAnalytics analytics = JourneyAnalyzer.DEFAULT.analyze(log(cases));

    Map<List<String>, Long> actualVariants = new HashMap<>();
    for (Variant variant : analytics.variants()) {
      assertThat(actualVariants.put(variant.path(), variant.cases())).isNull();
    }
    assertThat(actualVariants).isEqualTo(variants);

    assertThat(analytics.directlyFollows()).hasSize(pairs.size());
    for (Transition<String> transition : analytics.directlyFollows()) {
      Pair pair = pairs.get(List.of(transition.from(), transition.to()));
      assertThat(pair).as("%s", transition).isNotNull();
      Pair expected = java.util.Objects.requireNonNull(pair);
      DurationStats durations = transition.durations();
      assertThat(transition.count()).isEqualTo(expected.count);
      assertThat(durations.count()).isEqualTo(expected.count);
      assertThat(durations.totalMillis()).isEqualTo(expected.total);
      assertThat(durations.minMillis()).isEqualTo(expected.min);
      assertThat(durations.maxMillis()).isEqualTo(expected.max);
    }

    Map<List<String>, Long> moves = new HashMap<>();
    for (Move<String> move : analytics.loops().moves()) {
      moves.put(List.of(move.from(), move.to()), move.count());
    }
    Map<List<String>, Long> expectedMoves = new HashMap<>();
    pairs.forEach(
        (pair, tally) -> {
          if (tally.returns > 0) {
            expectedMoves.put(pair, tally.returns);
          }
        });
    assertThat(moves).isEqualTo(expectedMoves);
    assertThat(analytics.loops().cases()).isEqualTo(casesWithReturns);
    assertThat(analytics.loops().returns()).isEqualTo(returns);
    assertThat(analytics.loops().returnsPerCase()).isEqualTo(returnsPerCase);
  }

  @Test
  void fewActivitiesManyVariantsMatchTheReference() {
    SplittableRandom random = new SplittableRandom(11);
    assertMatchesReference(randomCases(random, 3000, 12, 9, 40));
  }

  @Test
  void hundredsOfActivitiesAndThousandsOfPairsMatchTheReference() {
    // More than 256 activities: pairs are found by hashing, and there are far more than the
    // first table holds.
    SplittableRandom random = new SplittableRandom(12);
    assertMatchesReference(randomCases(random, 4000, 400, 14, 60));
  }

  @Test
  void longPathsAndManyReturnsPerCaseMatchTheReference() {
    SplittableRandom random = new SplittableRandom(13);
    assertMatchesReference(randomCases(random, 300, 6, 400, 5));
  }

  @Test
  void pathsWithOneHashStayDistinctVariants() {
    // The table is handed the hash of each path: give different paths one hash, and paths of
    // different lengths hashes that agree once the length is mixed in.
    int[] activity = {1, 2, 3, 1, 2, 4, 2, 1, 3, 1, 2, 3};
    AnalysisPass.VariantTable table = new AnalysisPass.VariantTable(activity);
    long hash = 42;
    table.add(hash, 0, 3); // 1 2 3
    table.add(hash, 3, 6); // 1 2 4
    table.add(hash, 6, 9); // 2 1 3
    table.add(hash ^ 3 ^ 2, 9, 11); // 1 2, the start of the first
    table.add(hash, 9, 12); // 1 2 3 again
    List<String> labels = List.of("zero", "a", "b", "c", "d");
    Map<List<String>, Long> variants = new HashMap<>();
    for (Variant variant : table.variants(labels)) {
      variants.put(variant.path(), variant.cases());
    }
    assertThat(variants)
        .isEqualTo(
            Map.of(
                List.of("a", "b", "c"), 2L,
                List.of("a", "b", "d"), 1L,
                List.of("b", "a", "c"), 1L,
                List.of("a", "b"), 1L));
  }

  @Test
  void stepsOfMappedActivitiesMatchTheReference() {
    SplittableRandom random = new SplittableRandom(14);
    CustomerJourneyStep[] steps = CustomerJourneyStep.values();
    int activities = 30;
    Map<String, CustomerJourneyStep> mapped = new HashMap<>();
    for (int k = 0; k < activities; k++) {
      // Every seventh activity stays unmapped; the others cycle through the steps, the first
      // step included.
      if (k % 7 != 3) {
        mapped.put("activity " + k, steps[k % steps.length]);
      }
    }
    List<Case> cases = randomCases(random, 2000, activities, 25, 30);

    long unmapped = 0;
    Map<List<CustomerJourneyStep>, Pair> pairs = new HashMap<>();
    Map<CustomerJourneyStep, Pair> dwell = new HashMap<>();
    Map<Integer, Long> returnsPerCase = new TreeMap<>();
    long casesWithReturns = 0;
    long returns = 0;
    long abandoned = 0;
    Map<String, Long> lastOfAbandoned = new HashMap<>();
    for (Case one : cases) {
      CustomerJourneyStep previous = null;
      long previousTime = 0;
      CustomerJourneyStep stay = null;
      long stayStart = 0;
      int caseReturns = 0;
      boolean realized = false;
      for (int i = 0; i < one.path().size(); i++) {
        CustomerJourneyStep step = mapped.get(one.path().get(i));
        if (step == null) {
          unmapped++;
          continue;
        }
        long now = one.times()[i];
        if (previous != null) {
          Pair pair = pairs.computeIfAbsent(List.of(previous, step), p -> new Pair());
          record(pair, now - previousTime);
          // Going back to an earlier step of the journey is a return.
          if (step.compareTo(previous) < 0) {
            pair.returns++;
            caseReturns++;
          }
        }
        // A stay at a step lasts until the case reaches another step; the last stay has no end.
        if (step != stay) {
          if (stay != null) {
            record(dwell.computeIfAbsent(stay, p -> new Pair()), now - stayStart);
          }
          stay = step;
          stayStart = now;
        }
        realized |= step == CustomerJourneyStep.REALIZE;
        previous = step;
        previousTime = now;
      }
      if (caseReturns > 0) {
        casesWithReturns++;
        returns += caseReturns;
        returnsPerCase.merge(caseReturns, 1L, Long::sum);
      }
      if (!realized) {
        abandoned++;
        lastOfAbandoned.merge(one.path().get(one.path().size() - 1), 1L, Long::sum);
      }
    }

    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT.withMapping(ActivityMapping.of(mapped)).analyze(log(cases));

    assertThat(analytics.unmappedEvents()).isEqualTo(unmapped);
    assertThat(analytics.stepDirectlyFollows()).hasSize(pairs.size());
    for (Transition<CustomerJourneyStep> transition : analytics.stepDirectlyFollows()) {
      Pair expected =
          java.util.Objects.requireNonNull(pairs.get(List.of(transition.from(), transition.to())));
      assertStats(transition.durations(), expected);
    }
    Map<List<CustomerJourneyStep>, Long> moves = new HashMap<>();
    for (Move<CustomerJourneyStep> move : analytics.stepLoops().moves()) {
      moves.put(List.of(move.from(), move.to()), move.count());
    }
    Map<List<CustomerJourneyStep>, Long> expectedMoves = new HashMap<>();
    pairs.forEach(
        (pair, tally) -> {
          if (tally.returns > 0) {
            expectedMoves.put(pair, tally.returns);
          }
        });
    assertThat(moves).isEqualTo(expectedMoves);
    assertThat(analytics.stepLoops().cases()).isEqualTo(casesWithReturns);
    assertThat(analytics.stepLoops().returns()).isEqualTo(returns);
    assertThat(analytics.stepLoops().returnsPerCase()).isEqualTo(returnsPerCase);
    assertThat(analytics.dwellTimes().keySet()).isEqualTo(dwell.keySet());
    dwell.forEach(
        (step, expected) ->
            assertStats(
                java.util.Objects.requireNonNull(analytics.dwellTimes().get(step)), expected));
    Abandonment abandonment = analytics.abandonment().orElseThrow();
    assertThat(abandonment.cases()).isEqualTo(abandoned);
    assertThat(abandonment.lastActivities()).isEqualTo(lastOfAbandoned);
  }

  private static void record(Pair pair, long millis) {
    pair.count++;
    pair.total += millis;
    pair.min = Math.min(pair.min, millis);
    pair.max = Math.max(pair.max, millis);
  }

  private static void assertStats(DurationStats durations, Pair expected) {
    assertThat(durations.count()).isEqualTo(expected.count);
    assertThat(durations.totalMillis()).isEqualTo(expected.total);
    assertThat(durations.minMillis()).isEqualTo(expected.min);
    assertThat(durations.maxMillis()).isEqualTo(expected.max);
  }
}
