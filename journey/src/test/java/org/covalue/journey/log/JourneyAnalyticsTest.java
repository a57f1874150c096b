package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.journey.CustomerJourneyStep.AGREE;
import static org.covalue.journey.CustomerJourneyStep.CO_CREATE;
import static org.covalue.journey.CustomerJourneyStep.ENGAGE;
import static org.covalue.journey.CustomerJourneyStep.REALIZE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.junit.jupiter.api.Test;

class JourneyAnalyticsTest {

  private static final ActivityMapping MAPPING =
      ActivityMapping.builder()
          .map("1", ENGAGE, TouchpointId.of("t-register"))
          .map("8", CO_CREATE)
          .map("9", AGREE)
          .map("6", REALIZE)
          .build();

  private static Instant at(int seconds) {
    return Instant.ofEpochSecond(1_700_000_000L + seconds);
  }

  /** Adds a case: activity, seconds, activity, seconds, ... */
  private static void addCase(JourneyLog.Builder builder, String caseId, Object... events) {
    for (int i = 0; i < events.length; i += 2) {
      builder.add(caseId, (String) events[i], at((Integer) events[i + 1]));
    }
  }

  private static JourneyLog log(String... caseIds) {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (String caseId : caseIds) {
      switch (caseId) {
        case "A" -> addCase(builder, "A", "1", 0, "8", 10, "9", 20, "8", 50, "6", 60);
        case "B" -> addCase(builder, "B", "1", 0, "1", 5, "8", 15, "6", 75);
        case "C" -> addCase(builder, "C", "8", 0, "6", 100);
        case "D" -> addCase(builder, "D", "1", 0, "8", 10, "6", 20);
        case "E" -> addCase(builder, "E", "1", 0, "8", 10, "6", 20);
        default -> throw new IllegalArgumentException(caseId);
      }
    }
    return builder.build();
  }

  private static Transition<String> transition(JourneyAnalytics analytics, String from, String to) {
    return analytics.directlyFollows().stream()
        .filter(t -> t.from().equals(from) && t.to().equals(to))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void countsCasesEventsActivitiesStartsAndEnds() {
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A", "B", "C", "D", "E"));
    assertThat(analytics.cases()).isEqualTo(5);
    assertThat(analytics.events()).isEqualTo(17);
    assertThat(analytics.activities())
        .containsExactly(
            Map.entry("8", 6L), Map.entry("1", 5L), Map.entry("6", 5L), Map.entry("9", 1L));
    assertThat(analytics.startActivities()).containsExactly(Map.entry("1", 4L), Map.entry("8", 1L));
    assertThat(analytics.endActivities()).containsExactly(Map.entry("6", 5L));
    assertThat(analytics.midWayStarts()).isEmpty();
    assertThat(analytics.analyzer()).isEqualTo(JourneyAnalyzer.DEFAULT);
    assertThat(analytics.toString())
        .isEqualTo(
            "JourneyAnalytics[5 cases, 17 events, 4 activities, 4 variants, 5 directly-follows"
                + " pairs, 1 cases went back, 1 returns]");
  }

  @Test
  void variantsAreMostFrequentFirstThenByPath() {
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A", "B", "C", "D", "E"));
    assertThat(analytics.variants())
        .extracting(Variant::path, Variant::cases)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("1", "8", "6"), 2L),
            org.assertj.core.groups.Tuple.tuple(List.of("1", "1", "8", "6"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("1", "8", "9", "8", "6"), 1L),
            org.assertj.core.groups.Tuple.tuple(List.of("8", "6"), 1L));
    assertThat(analytics.variants().get(0).toString()).isEqualTo("1 > 8 > 6: 2 cases");
    assertThat(analytics.variants().get(3).toString()).isEqualTo("8 > 6: 1 case");
  }

  @Test
  void directlyFollowsCountsAndTimes() {
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A", "B", "C", "D", "E"));
    assertThat(analytics.directlyFollows())
        .extracting(t -> t.from() + ">" + t.to() + "=" + t.count())
        .containsExactly("8>6=5", "1>8=4", "1>1=1", "8>9=1", "9>8=1");
    Transition<String> toClosed = transition(analytics, "8", "6");
    assertThat(toClosed.durations().totalMillis()).isEqualTo(190_000);
    assertThat(toClosed.durations().meanMillis()).isEqualTo(38_000);
    assertThat(toClosed.durations().minMillis()).isEqualTo(10_000);
    assertThat(toClosed.durations().maxMillis()).isEqualTo(100_000);
    assertThat(toClosed.durations().medianMillis()).isBetween(9_900.0, 10_100.0);
    assertThat(toClosed.durations().percentiles()).containsOnlyKeys(0.5, 0.9, 0.99);
    assertThat(transition(analytics, "1", "1").durations().meanMillis()).isEqualTo(5_000);
    assertThat(transition(analytics, "9", "8").durations().meanMillis()).isEqualTo(30_000);
    assertThat(analytics.directlyFollows().stream().mapToLong(Transition::count).sum())
        .isEqualTo(analytics.events() - analytics.cases());
    assertThat(toClosed.toString()).isEqualTo("8 -> 6: 5 times, mean 38.0 s, median 10.1 s");
  }

  @Test
  void loopsAreReturnsToAnEarlierActivityNotRepeats() {
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A", "B", "C", "D", "E"));
    Loops<String> loops = analytics.loops();
    assertThat(loops.cases()).isEqualTo(1);
    assertThat(loops.returns()).isEqualTo(1);
    assertThat(loops.returnsPerCase()).containsExactly(Map.entry(1, 1L));
    assertThat(loops.moves()).extracting(Move::toString).containsExactly("9 -> back to 8: 1");
    assertThat(loops.returnsTo()).containsExactly(Map.entry("8", 1L));
    JourneyAnalytics twice =
        JourneyAnalytics.of(
            JourneyLog.builder()
                .add("x", "a", at(0))
                .add("x", "b", at(1))
                .add("x", "a", at(2))
                .add("x", "b", at(3))
                .add("x", "a", at(4))
                .build());
    assertThat(twice.loops().returns()).isEqualTo(3);
    assertThat(twice.loops().returnsPerCase()).containsExactly(Map.entry(3, 1L));
    assertThat(twice.loops().moves())
        .extracting(Move::toString)
        .containsExactly("b -> back to a: 2", "a -> back to b: 1");
  }

  @Test
  void withoutAMappingThereAreNoStepFigures() {
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A", "B"));
    assertThat(analytics.stepDirectlyFollows()).isEmpty();
    assertThat(analytics.dwellTimes()).isEmpty();
    assertThat(analytics.stepLoops().returns()).isZero();
    assertThat(analytics.unmappedEvents()).isEqualTo(9);
    assertThat(analytics.abandonment()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void stepsComeFromTheMapping() {
    JourneyAnalytics analytics = JourneyAnalyzer.DEFAULT.withMapping(MAPPING).analyze(log("A"));
    assertThat(analytics.stepDirectlyFollows())
        .extracting(t -> t.from() + ">" + t.to() + "=" + t.durations().totalMillis())
        .containsExactly(
            "ENGAGE>CO_CREATE=10000",
            "AGREE>CO_CREATE=30000",
            "CO_CREATE>AGREE=10000",
            "CO_CREATE>REALIZE=10000");
    assertThat(analytics.stepLoops().returns()).isEqualTo(1);
    assertThat(analytics.stepLoops().moves())
        .extracting(Move::toString)
        .containsExactly("CO_CREATE -> back to AGREE: 1");
    assertThat(analytics.dwellTimes().keySet()).containsExactly(ENGAGE, AGREE, CO_CREATE);
    assertThat(analytics.dwellTimes().get(CO_CREATE).count()).isEqualTo(2);
    assertThat(analytics.dwellTimes().get(CO_CREATE).totalMillis()).isEqualTo(20_000);
    assertThat(analytics.dwellTimes().get(AGREE).totalMillis()).isEqualTo(30_000);
    assertThat(analytics.unmappedEvents()).isZero();
    assertThat(analytics.abandonment()).hasValueSatisfying(a -> assertThat(a.cases()).isZero());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void unmappedEventsArePassedOverInTheStepFigures() {
    ActivityMapping partial = ActivityMapping.of(Map.of("1", ENGAGE, "6", REALIZE));
    JourneyAnalytics analytics = JourneyAnalyzer.DEFAULT.withMapping(partial).analyze(log("A"));
    assertThat(analytics.unmappedEvents()).isEqualTo(3);
    assertThat(analytics.stepDirectlyFollows())
        .extracting(t -> t.from() + ">" + t.to() + "=" + t.durations().totalMillis())
        .containsExactly("ENGAGE>REALIZE=60000");
    assertThat(analytics.dwellTimes().get(ENGAGE).totalMillis()).isEqualTo(60_000);
  }

  @Test
  void abandonedCasesNeverReachAFinalActivityNorRealize() {
    JourneyLog log =
        JourneyLog.builder()
            .add("x", "1", at(0))
            .add("x", "6", at(1))
            .add("y", "1", at(0))
            .add("y", "9", at(1))
            .build();
    Abandonment byFinal =
        JourneyAnalyzer.DEFAULT
            .withFinalActivities(Set.of("6"))
            .analyze(log)
            .abandonment()
            .orElseThrow();
    assertThat(byFinal.cases()).isEqualTo(1);
    assertThat(byFinal.lastActivities()).containsExactly(Map.entry("9", 1L));
    assertThat(byFinal.toString()).isEqualTo("1 cases abandoned, last at {9=1}");
    Abandonment byRealize =
        JourneyAnalyzer.DEFAULT
            .withMapping(ActivityMapping.of(Map.of("6", REALIZE)))
            .analyze(log)
            .abandonment()
            .orElseThrow();
    assertThat(byRealize).isEqualTo(byFinal);
    Abandonment noRealize =
        JourneyAnalyzer.DEFAULT
            .withMapping(ActivityMapping.of(Map.of("1", ENGAGE)))
            .analyze(log)
            .abandonment()
            .orElseThrow();
    assertThat(noRealize.cases()).isEqualTo(2);
    assertThat(noRealize.lastActivities()).containsExactly(Map.entry("6", 1L), Map.entry("9", 1L));
    Abandonment finalNotInLog =
        JourneyAnalyzer.DEFAULT
            .withFinalActivities(Set.of("Closed"))
            .analyze(log)
            .abandonment()
            .orElseThrow();
    assertThat(finalNotInLog.cases()).isEqualTo(2);
  }

  @Test
  void casesWithoutRealizeNeverPassAnActivityMappedToRealize() {
    // x reaches "6" (Realize); y ends at "9", a final activity, but never passes Realize; z stops
    // at "1". Only z is abandoned; y and z never realized the value.
    JourneyLog log =
        JourneyLog.builder()
            .add("x", "1", at(0))
            .add("x", "6", at(1))
            .add("y", "1", at(0))
            .add("y", "9", at(1))
            .add("z", "1", at(0))
            .build();
    JourneyAnalyzer analyzer =
        JourneyAnalyzer.DEFAULT.withMapping(MAPPING).withFinalActivities(Set.of("9"));
    JourneyAnalytics analytics = analyzer.analyze(log);
    assertThat(analytics.casesWithoutRealize()).hasValue(2);
    assertThat(analytics.abandonment().orElseThrow().cases()).isEqualTo(1);
    assertThat(analytics.abandonment().orElseThrow().lastActivities())
        .containsExactly(Map.entry("1", 1L));

    // A mapping that places nothing at Realize: no case can reach it.
    ActivityMapping noRealize = ActivityMapping.of(Map.of("1", ENGAGE, "9", AGREE));
    assertThat(JourneyAnalyzer.DEFAULT.withMapping(noRealize).analyze(log).casesWithoutRealize())
        .hasValue(3);
    // Without a mapping the steps of the events are not known, so nothing is counted.
    assertThat(JourneyAnalytics.of(log).casesWithoutRealize()).isEmpty();
    // Cases with no mapped event at all never reach Realize either.
    ActivityMapping onlyRealize = ActivityMapping.of(Map.of("6", REALIZE));
    assertThat(JourneyAnalyzer.DEFAULT.withMapping(onlyRealize).analyze(log).casesWithoutRealize())
        .hasValue(2);
  }

  @Test
  void casesWithoutRealizeAddUpWhenMergedAndStayUncountedWithoutAMapping() {
    JourneyAnalyzer mapped = JourneyAnalyzer.DEFAULT.withMapping(MAPPING);
    JourneyLog realized = log("A", "B");
    JourneyLog unrealized =
        JourneyLog.builder().add("u", "1", at(0)).add("v", "8", at(0)).add("v", "9", at(9)).build();
    assertThat(mapped.analyze(realized).casesWithoutRealize()).hasValue(0);
    assertThat(mapped.analyze(unrealized).casesWithoutRealize()).hasValue(2);
    assertThat(mapped.analyze(realized).merge(mapped.analyze(unrealized)).casesWithoutRealize())
        .hasValue(2);
    assertThat(mapped.analyze(unrealized).merge(mapped.analyze(unrealized)).casesWithoutRealize())
        .hasValue(4);
    assertThat(JourneyAnalytics.of(realized).merge(JourneyAnalytics.of(unrealized)))
        .satisfies(merged -> assertThat(merged.casesWithoutRealize()).isEmpty());
  }

  @Test
  void midWayStartsAreStartsOutsideTheExpectedOnes() {
    JourneyAnalytics analytics =
        JourneyAnalyzer.DEFAULT.withExpectedStarts(Set.of("1")).analyze(log("A", "B", "C"));
    assertThat(analytics.midWayStarts()).contains(Map.of("8", 1L));
    assertThat(
            JourneyAnalyzer.DEFAULT
                .withExpectedStarts(Set.of("1", "8"))
                .analyze(log("C"))
                .midWayStarts())
        .contains(Map.of());
  }

  @Test
  void partsMergeIntoTheWholeInAnyOrder() {
    JourneyAnalyzer analyzer =
        JourneyAnalyzer.DEFAULT.withMapping(MAPPING).withFinalActivities(Set.of("6"));
    JourneyAnalytics whole = analyzer.analyze(log("A", "B", "C", "D", "E"));
    JourneyAnalytics left = analyzer.analyze(log("A", "C"));
    JourneyAnalytics right = analyzer.analyze(log("B", "D", "E"));
    JourneyAnalytics empty = analyzer.analyze(JourneyLog.builder().build());
    assertThat(left.merge(right)).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(right.merge(left)).isEqualTo(whole);
    assertThat(empty.merge(whole)).isEqualTo(whole);
    assertThat(JourneyAnalytics.mergeAll(List.of(right, empty, left))).isEqualTo(whole);
    assertThat(left).isNotEqualTo(whole).isNotEqualTo("analytics");
    assertThat(JourneyAnalytics.of(log("A")).merge(JourneyAnalytics.of(log("B"))))
        .isEqualTo(JourneyAnalytics.of(log("B", "A")));
  }

  @Test
  void onlyResultsOfEqualSettingsMerge() {
    JourneyAnalytics plain = JourneyAnalytics.of(log("A"));
    JourneyAnalytics mapped = JourneyAnalyzer.DEFAULT.withMapping(MAPPING).analyze(log("B"));
    assertThatThrownBy(() -> plain.merge(mapped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Only analytics made with equal settings merge, but ");
    assertThatThrownBy(() -> JourneyAnalytics.mergeAll(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Merging needs at least one analytics result");
  }

  @Test
  void resultsSurviveJavaSerialization() throws Exception {
    JourneyAnalyzer analyzer =
        JourneyAnalyzer.DEFAULT
            .withMapping(MAPPING)
            .withFinalActivities(Set.of("6"))
            .withExpectedStarts(Set.of("1"))
            .withPercentiles(0.25, 0.75)
            .withRelativeAccuracy(0.02);
    JourneyAnalytics analytics = analyzer.analyze(log("A", "B", "C"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(analytics);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    assertThat(read).isEqualTo(analytics);
    assertThat(((JourneyAnalytics) read).analyzer()).isEqualTo(analyzer);
    assertThat(((JourneyAnalytics) read).merge(analyzer.analyze(log("D"))))
        .isEqualTo(analyzer.analyze(log("A", "B", "C", "D")));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void nullArgumentsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> JourneyAnalytics.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("log");
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.analyze(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("log");
    JourneyAnalytics analytics = JourneyAnalytics.of(log("A"));
    assertThatThrownBy(() -> analytics.merge(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> JourneyAnalytics.mergeAll(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts");
    assertThatThrownBy(() -> JourneyAnalytics.mergeAll(java.util.Arrays.asList(analytics, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts element");
  }

  @Test
  void aStepEnumOrderDecidesStepReturns() {
    assertThat(CustomerJourneyStep.AGREE.isBefore(CustomerJourneyStep.CO_CREATE)).isTrue();
  }
}
