package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.covalue.journey.log.JourneyAnalytics;
import org.junit.jupiter.api.Test;

/**
 * Checks that the event-log generators reach the cases the journey-analytics laws depend on: no
 * case, interleaved cases, equal times within a case, repeats, returns, one-event cases.
 */
class JourneyLogGeneratorCoverageTest {

  @Test
  void logsHaveTiesLoopsInterleavingAndEmptiness() {
    Map<String, Predicate<List<LogRow>>> features = new HashMap<>();
    features.put("no row", List::isEmpty);
    features.put(
        "one-event case",
        rows ->
            JourneyAnalytics.of(JourneyLogs.log(rows)).variants().stream()
                .anyMatch(v -> v.path().size() == 1));
    features.put(
        "a return", rows -> JourneyAnalytics.of(JourneyLogs.log(rows)).loops().returns() > 0);
    features.put(
        "interleaved cases",
        rows -> {
          for (int i = 2; i < rows.size(); i++) {
            if (rows.get(i).caseId().equals(rows.get(i - 2).caseId())
                && !rows.get(i).caseId().equals(rows.get(i - 1).caseId())) {
              return true;
            }
          }
          return false;
        });
    features.put(
        "equal times in a case",
        rows -> {
          for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
              if (rows.get(i).caseId().equals(rows.get(j).caseId())
                  && rows.get(i).epochMillis() == rows.get(j).epochMillis()
                  && !rows.get(i).activity().equals(rows.get(j).activity())) {
                return true;
              }
            }
          }
          return false;
        });
    features.put(
        "five cases or more", rows -> rows.stream().map(LogRow::caseId).distinct().count() >= 5);
    Map<String, Integer> counts = new HashMap<>();
    qt().withExamples(500)
        .forAll(JourneyLogs.rows())
        .checkAssert(
            rows ->
                features.forEach(
                    (name, feature) -> {
                      if (feature.test(rows)) {
                        counts.merge(name, 1, Integer::sum);
                      }
                    }));
    features
        .keySet()
        .forEach(
            name -> assertThat(counts.getOrDefault(name, 0)).as(name).isGreaterThanOrEqualTo(10));
  }

  @Test
  void boundsAreChecked() {
    assertThatThrownBy(() -> JourneyLogs.rows(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A log needs maxCases of 0 or more and maxEvents of 1 or more, but they were -1 and 1");
    assertThatThrownBy(() -> JourneyLogs.rows(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JourneyLogs.partitions(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A split needs at least one part, but was 0");
  }
}
