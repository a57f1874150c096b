package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourneyStep;
import org.junit.jupiter.api.Test;

/**
 * The results of the analytics are values: equal when their contents are, unequal when any part
 * differs, and their hash codes follow their contents.
 */
class ResultEqualityTest {

  private static DurationStats stats(long... values) {
    DurationSketch sketch = new DurationSketch(0.01);
    long total = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long value : values) {
      sketch.add(value);
      total += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return new DurationStats(values.length, total, min, max, sketch, List.of(0.5));
  }

  /** Asserts that two values built alike are equal, with one hash, and differ from others. */
  private static void assertValue(Object value, Object same, Object... others) {
    assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("other type");
    for (Object other : others) {
      assertThat(value).isNotEqualTo(other);
      assertThat(value.hashCode())
          .as("hash of %s and %s", value, other)
          .isNotEqualTo(other.hashCode());
    }
  }

  @Test
  void variantsAreEqualByPathAndCases() {
    assertValue(
        new Variant(List.of("a", "b"), 3),
        new Variant(List.of("a", "b"), 3),
        new Variant(List.of("a", "c"), 3),
        new Variant(List.of("a", "b"), 4));
  }

  @Test
  void movesAreEqualByEndsAndCount() {
    assertValue(
        new Move<>("a", "b", 2),
        new Move<>("a", "b", 2),
        new Move<>("c", "b", 2),
        new Move<>("a", "c", 2),
        new Move<>("a", "b", 3));
  }

  @Test
  void transitionsAreEqualByEndsAndDurations() {
    assertValue(
        new Transition<>("a", "b", stats(1, 5)),
        new Transition<>("a", "b", stats(1, 5)),
        new Transition<>("c", "b", stats(1, 5)),
        new Transition<>("a", "c", stats(1, 5)),
        new Transition<>("a", "b", stats(1, 6)));
  }

  @Test
  void durationStatisticsAreEqualByTheirFiguresAndSketch() {
    assertValue(stats(1, 5, 5), stats(5, 1, 5), stats(1, 5), stats(1, 5, 6), stats(2, 5, 5));
    // Same count, total, minimum and maximum; only the value in the middle differs.
    assertValue(stats(1, 5, 9), stats(1, 5, 9), stats(1, 500, 9, 0, -496));
  }

  @Test
  void loopsAreEqualByCasesReturnsHistogramAndMoves() {
    TreeMap<Integer, Long> histogram = new TreeMap<>(Map.of(1, 2L));
    TreeMap<Integer, Long> otherHistogram = new TreeMap<>(Map.of(2, 2L));
    List<Move<String>> moves = List.of(new Move<>("b", "a", 2));
    assertValue(
        new Loops<>(2, 2, histogram, moves),
        new Loops<>(2, 2, new TreeMap<>(histogram), List.of(new Move<>("b", "a", 2))),
        new Loops<>(3, 2, histogram, moves),
        new Loops<>(2, 3, histogram, moves),
        new Loops<>(2, 2, otherHistogram, moves),
        new Loops<>(2, 2, histogram, List.of(new Move<>("c", "a", 2))));
  }

  @Test
  void abandonmentsAreEqualByCasesAndLastActivities() {
    assertValue(
        new Abandonment(2, Map.of("a", 2L)),
        new Abandonment(2, Map.of("a", 2L)),
        new Abandonment(3, Map.of("a", 2L)),
        new Abandonment(2, Map.of("b", 2L)));
  }

  @Test
  void mappingsAreEqualByStepsAndTouchpoints() {
    ActivityMapping steps = ActivityMapping.of(Map.of("a", CustomerJourneyStep.ENGAGE));
    assertValue(
        steps,
        ActivityMapping.of(Map.of("a", CustomerJourneyStep.ENGAGE)),
        ActivityMapping.of(Map.of("a", CustomerJourneyStep.REALIZE)),
        ActivityMapping.of(Map.of("b", CustomerJourneyStep.ENGAGE)),
        ActivityMapping.NONE);
  }

  @Test
  void analyzersAreEqualBySettings() {
    JourneyAnalyzer analyzer = JourneyAnalyzer.DEFAULT.withPercentiles(0, 1);
    assertThat(analyzer.percentiles()).containsExactly(0.0, 1.0);
    assertValue(
        analyzer,
        JourneyAnalyzer.DEFAULT.withPercentiles(1, 0, 1),
        JourneyAnalyzer.DEFAULT,
        analyzer.withRelativeAccuracy(0.05),
        analyzer.withFinalActivities(java.util.Set.of("a")),
        analyzer.withExpectedStarts(java.util.Set.of("a")));
  }

  @Test
  void theBlankActivityOfASetIsNamedByItsPosition() {
    LinkedHashSet<String> labels = new LinkedHashSet<>(List.of("a", "b", " "));
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withFinalActivities(labels))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("finalActivities[2]");
  }

  @Test
  void analyticsAreEqualWhenTheirLogsGiveTheSameFigures() {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    JourneyLog log =
        JourneyLog.builder().add("c1", "a", t).add("c1", "b", t.plusSeconds(60)).build();
    JourneyLog same =
        JourneyLog.builder().add("x", "a", t).add("x", "b", t.plusSeconds(60)).build();
    JourneyLog longer =
        JourneyLog.builder()
            .add("c1", "a", t)
            .add("c1", "b", t.plusSeconds(60))
            .add("c2", "a", t)
            .build();
    assertValue(JourneyAnalytics.of(log), JourneyAnalytics.of(same), JourneyAnalytics.of(longer));
  }
}
