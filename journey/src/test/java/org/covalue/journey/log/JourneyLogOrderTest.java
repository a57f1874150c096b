package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The order a built log promises, checked against a plain reference: cases in the order of their
 * first event, each case's events sorted stably by time, whatever order the events came in, with or
 * without resources, for cases of every size around the sorting's thresholds.
 */
class JourneyLogOrderTest {

  /** One event as added: its position in the input tells ties apart. */
  private record Event(int input, String caseId, String activity, long time, String resource) {}

  /** The reference: group by case in first-appearance order, then a stable sort by time. */
  private static List<String> expected(List<Event> events) {
    Map<String, List<Event>> byCase = new LinkedHashMap<>();
    for (Event event : events) {
      byCase.computeIfAbsent(event.caseId(), c -> new ArrayList<>()).add(event);
    }
    List<String> lines = new ArrayList<>();
    for (List<Event> caseEvents : byCase.values()) {
      List<Event> sorted = new ArrayList<>(caseEvents);
      sorted.sort(Comparator.comparingLong(Event::time)); // List.sort is stable
      for (Event event : sorted) {
        lines.add(line(event.caseId(), event.activity(), event.time(), event.resource()));
      }
    }
    return lines;
  }

  private static String line(String caseId, String activity, long time, String resource) {
    return caseId + "|" + activity + "|" + time + "|" + resource;
  }

  private static List<String> actual(JourneyLog log) {
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < log.caseCount(); c++) {
      for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
        Optional<String> resource = log.resource(e);
        lines.add(line(log.caseLabel(c), log.activity(e), log.epochMillis(e), resource.orElse("")));
      }
    }
    return lines;
  }

  private static JourneyLog build(List<Event> events, boolean byCodes) {
    return build(byCodes ? JourneyLog.builder(0) : JourneyLog.builder(), events, byCodes);
  }

  private static JourneyLog build(JourneyLog.Builder builder, List<Event> events, boolean byCodes) {
    for (Event event : events) {
      if (byCodes) {
        int caseCode = builder.caseCode(event.caseId());
        int activityCode = builder.activityCode(event.activity());
        if (event.resource().isEmpty()) {
          builder.add(caseCode, activityCode, event.time());
        } else {
          builder.add(caseCode, activityCode, event.time(), builder.resourceCode(event.resource()));
        }
      } else if (event.resource().isEmpty()) {
        builder.add(event.caseId(), event.activity(), Instant.ofEpochMilli(event.time()));
      } else {
        builder.add(
            event.caseId(), event.activity(), Instant.ofEpochMilli(event.time()), event.resource());
      }
    }
    assertThat(builder.size()).isEqualTo(events.size());
    return builder.build();
  }

  /** How the events of each case are timed, before the cases are put in some input order. */
  private enum Timing {
    ASCENDING,
    DESCENDING,
    FEW_DISTINCT_TIMES,
    RANDOM,
    ONE_LATE_EVENT_FIRST
  }

  private static long[] times(Timing timing, int size, SplittableRandom random) {
    long[] times = new long[size];
    for (int i = 0; i < size; i++) {
      times[i] =
          switch (timing) {
            case ASCENDING -> 1000L + 7L * i;
            case DESCENDING -> 1000L + 7L * (size - i);
            case FEW_DISTINCT_TIMES -> 1000L + random.nextInt(3);
            case RANDOM -> random.nextLong(-5_000, 5_000);
            case ONE_LATE_EVENT_FIRST -> i == 0 ? 1_000_000L : 1000L + i;
          };
    }
    return times;
  }

  private static List<Event> randomLog(
      SplittableRandom random, boolean interleaved, int resources) {
    int[] sizes = {1, 2, 31, 32, 33, 34, 63, 64, 65, 66, 100, 129, 257, 700};
    int caseCount = 1 + random.nextInt(8);
    List<List<Event>> cases = new ArrayList<>();
    int input = 0;
    for (int c = 0; c < caseCount; c++) {
      int size = sizes[random.nextInt(sizes.length)];
      Timing timing = Timing.values()[random.nextInt(Timing.values().length)];
      long[] times = times(timing, size, random);
      List<Event> caseEvents = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String resource =
            resources == 0 || random.nextInt(resources) != 0 ? "" : "r" + random.nextInt(4);
        caseEvents.add(
            new Event(input++, "case-" + c, "act-" + random.nextInt(size), times[i], resource));
      }
      cases.add(caseEvents);
    }
    List<Event> events = new ArrayList<>();
    if (interleaved) {
      // Take the next event of a random case that has some left: cases' events stay in their
      // own order but mix with the others'.
      int[] next = new int[caseCount];
      int left = input;
      while (left > 0) {
        int c = random.nextInt(caseCount);
        if (next[c] < cases.get(c).size()) {
          events.add(cases.get(c).get(next[c]++));
          left--;
        }
      }
    } else {
      cases.forEach(events::addAll);
    }
    return events;
  }

  @Test
  void eventsAreGroupedByCaseAndSortedStablyByTimeWhateverTheInputOrder() {
    SplittableRandom random = new SplittableRandom(20261128);
    for (int round = 0; round < 300; round++) {
      boolean interleaved = round % 2 == 1;
      int resources = round % 3 == 0 ? 0 : round % 3 == 1 ? 1 : 3;
      List<Event> events = randomLog(random, interleaved, resources);
      List<String> expected = expected(events);
      assertThat(actual(build(events, round % 4 < 2)))
          .as("round %d", round)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void casesCodedInAnotherOrderStillComeInTheOrderOfTheirFirstEvent() {
    // The codes are taken before any event, in a shuffled order and with cases that never get an
    // event in between: the log's order is the events', not the codes'.
    SplittableRandom random = new SplittableRandom(20261129);
    for (int round = 0; round < 200; round++) {
      List<Event> events = randomLog(random, round % 2 == 1, round % 3);
      List<String> ids = new ArrayList<>();
      events.forEach(
          event -> {
            if (!ids.contains(event.caseId())) {
              ids.add(event.caseId());
            }
          });
      for (int unused = 0; unused < round % 4; unused++) {
        ids.add("unused-" + unused);
      }
      for (int i = ids.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        ids.set(i, ids.set(j, ids.get(i)));
      }
      JourneyLog.Builder builder = JourneyLog.builder(0);
      ids.forEach(builder::caseCode);
      JourneyLog log = build(builder, events, true);
      assertThat(actual(log)).as("round %d", round).containsExactlyElementsOf(expected(events));
      assertThat(log.caseCount()).isEqualTo(ids.size() - round % 4);
    }
  }

  @Test
  void aCaseCodedFirstButAddedLastComesLast() {
    JourneyLog.Builder builder = JourneyLog.builder();
    int late = builder.caseCode("late");
    int early = builder.caseCode("early");
    int step = builder.activityCode("step");
    builder.add(early, step, 1).add(early, step, 2).add(late, step, 3);
    JourneyLog log = builder.build();
    assertThat(log.caseLabel(0)).isEqualTo("early");
    assertThat(log.caseLabel(1)).isEqualTo("late");
    assertThat(actual(log)).containsExactly("early|step|1|", "early|step|2|", "late|step|3|");
  }

  @Test
  void aLogOfOneCaseAddedBackwardsComesOutForwards() {
    for (int size : new int[] {2, 32, 33, 64, 65, 1000}) {
      for (boolean withResources : new boolean[] {false, true}) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          events.add(
              new Event(i, "only", "step-" + i, 10L * (size - i), withResources ? "r" + i : ""));
        }
        JourneyLog log = build(events, false);
        assertThat(actual(log)).as("size %d", size).containsExactlyElementsOf(expected(events));
        assertThat(log.activity(0)).isEqualTo("step-" + (size - 1));
        assertThat(log.epochMillis(size - 1)).isEqualTo(10L * size);
      }
    }
  }

  @Test
  void casesThatReappearAfterOthersAreRegroupedEvenWhenEachIsInTimeOrder() {
    // Every case is in time order, but "a" comes back after "b": the events must still move.
    List<Event> events =
        List.of(
            new Event(0, "a", "x", 1, ""),
            new Event(1, "b", "x", 2, ""),
            new Event(2, "a", "y", 3, ""),
            new Event(3, "b", "y", 4, ""));
    assertThat(actual(build(events, false)))
        .containsExactly("a|x|1|", "a|y|3|", "b|x|2|", "b|y|4|");
  }

  @Test
  void aCaseCodedButNeverUsedTakesNoPlaceAndKeepsTheOthersInOrder() {
    JourneyLog.Builder builder = JourneyLog.builder();
    int first = builder.caseCode("first");
    builder.caseCode("unused");
    int last = builder.caseCode("last");
    int step = builder.activityCode("step");
    builder.add(first, step, 5).add(first, step, 6).add(last, step, 2).add(last, step, 1);
    JourneyLog log = builder.build();
    assertThat(actual(log))
        .containsExactly("first|step|5|", "first|step|6|", "last|step|1|", "last|step|2|");
    assertThat(log.caseCount()).isEqualTo(2);
  }

  @Test
  void columnsGrowPastTheExpectedSizeAndKeepResourcesAddedLate() {
    // A builder that expects few events grows; resources that start late leave the earlier
    // events without one.
    JourneyLog.Builder builder = JourneyLog.builder(1);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String resource = i >= 40 && i % 2 == 0 ? "r" + (i % 5) : "";
      events.add(new Event(i, "case-" + (i % 3), "a" + (i % 7), 1000 - i, resource));
    }
    for (Event event : events) {
      if (event.resource().isEmpty()) {
        builder.add(event.caseId(), event.activity(), Instant.ofEpochMilli(event.time()));
      } else {
        builder.add(
            event.caseId(), event.activity(), Instant.ofEpochMilli(event.time()), event.resource());
      }
    }
    assertThat(actual(builder.build())).containsExactlyElementsOf(expected(events));
  }
}
