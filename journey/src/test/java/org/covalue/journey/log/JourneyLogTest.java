package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.ObservedJourney;
import org.junit.jupiter.api.Test;

class JourneyLogTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static List<String> events(JourneyLog log) {
    List<String> events = new ArrayList<>();
    for (int c = 0; c < log.caseCount(); c++) {
      for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
        events.add(log.caseLabel(c) + ":" + log.activity(e) + "@" + log.epochMillis(e));
      }
    }
    return events;
  }

  @Test
  void groupsByCaseInFirstAppearanceAndSortsByTimeKeepingInputOrderOfTies() {
    JourneyLog log =
        JourneyLog.builder()
            .add("b", "x", at(5))
            .add("a", "late", at(9))
            .add("b", "y", at(1))
            .add("a", "tie-1", at(3))
            .add("a", "tie-2", at(3))
            .add("b", "z", at(5))
            .build();
    long t = T0.toEpochMilli();
    assertThat(events(log))
        .containsExactly(
            "b:y@" + (t + 60_000),
            "b:x@" + (t + 300_000),
            "b:z@" + (t + 300_000),
            "a:tie-1@" + (t + 180_000),
            "a:tie-2@" + (t + 180_000),
            "a:late@" + (t + 540_000));
    assertThat(log.eventCount()).isEqualTo(6);
    assertThat(log.caseCount()).isEqualTo(2);
    assertThat(log.activityCount()).isEqualTo(6);
    assertThat(log.activityLabels()).containsExactly("x", "late", "y", "tie-1", "tie-2", "z");
    assertThat(log.time(0)).isEqualTo(at(1));
    assertThat(log.toString()).isEqualTo("JourneyLog[6 events, 2 cases]");
  }

  @Test
  void longCasesOutOfOrderAreSortedStably() {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (int i = 0; i < 200; i++) {
      builder.add("c", "a" + i, at((200 - i) / 3));
    }
    JourneyLog log = builder.build();
    for (int e = 1; e < log.eventCount(); e++) {
      assertThat(log.epochMillis(e)).isGreaterThanOrEqualTo(log.epochMillis(e - 1));
      if (log.epochMillis(e) == log.epochMillis(e - 1)) {
        int previous = Integer.parseInt(log.activity(e - 1).substring(1));
        assertThat(Integer.parseInt(log.activity(e).substring(1))).isGreaterThan(previous);
      }
    }
    assertThat(log.activity(0)).isEqualTo("a198");
    assertThat(log.activity(1)).isEqualTo("a199");
  }

  @Test
  void sortedInputIsKeptAsItIs() {
    JourneyLog log =
        JourneyLog.builder().add("a", "x", at(1)).add("a", "y", at(2)).add("b", "x", at(0)).build();
    assertThat(events(log)).hasSize(3);
    assertThat(log.activity(1)).isEqualTo("y");
    assertThat(log.caseLabel(1)).isEqualTo("b");
  }

  @Test
  void codesFromTextsAndBytesAreTheSameAndCasesWithoutEventsAreLeftOut() {
    JourneyLog.Builder builder = JourneyLog.builder();
    byte[] bytes = "..case-1..Ré".getBytes(StandardCharsets.UTF_8);
    int fromBytes = builder.caseCode(bytes, 2, 6);
    assertThat(builder.caseCode("case-1")).isEqualTo(fromBytes);
    int unused = builder.caseCode("never-used");
    int activity = builder.activityCode(bytes, 10, bytes.length - 10);
    assertThat(builder.activityCode("Ré")).isEqualTo(activity);
    builder.add(fromBytes, activity, 5L);
    builder.add("case-2", "Ré", Instant.ofEpochMilli(7));
    assertThat(unused).isEqualTo(1);
    assertThat(builder.size()).isEqualTo(2);
    JourneyLog log = builder.build();
    assertThat(log.caseCount()).isEqualTo(2);
    assertThat(log.caseLabel(0)).isEqualTo("case-1");
    assertThat(log.caseLabel(1)).isEqualTo("case-2");
    assertThat(log.activity(1)).isEqualTo("Ré");
  }

  @Test
  void resourcesAreKeptWhereGiven() {
    JourneyLog log =
        JourneyLog.builder()
            .add("a", "x", at(1))
            .add("a", "y", at(0), "Ana")
            .add("b", "x", at(0))
            .build();
    assertThat(log.hasResources()).isTrue();
    assertThat(log.resource(0)).contains("Ana");
    assertThat(log.resource(1)).isEmpty();
    assertThat(log.resource(2)).isEmpty();
    JourneyLog without = JourneyLog.builder().add("a", "x", at(1)).build();
    assertThat(without.hasResources()).isFalse();
    assertThat(without.resource(0)).isEmpty();
  }

  @Test
  void manyEventsGrowTheColumnsAndStayCompact() {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (int i = 0; i < 100_000; i++) {
      builder.add("case-" + (i / 4), "step-" + (i % 4), at(i));
    }
    JourneyLog log = builder.build();
    assertThat(log.eventCount()).isEqualTo(100_000);
    assertThat(log.caseCount()).isEqualTo(25_000);
    assertThat(log.estimatedHeapBytes()).isBetween(1_200_000L, 100_000 * 20L);
  }

  @Test
  void blankOrNullTextsAndTimesAreRefusedNamingTheEvent() {
    JourneyLog.Builder builder = JourneyLog.builder().add("a", "x", at(1));
    assertThatThrownBy(() -> builder.add(" ", "x", at(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1].caseId: Journey log case of event 1 must not be blank");
    assertThatThrownBy(() -> builder.add("a", null, at(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1].activity: Journey log activity of event 1 must not be null");
    assertThatThrownBy(() -> builder.add("a", "x", null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1].at: Journey log time of event 1 must not be null");
    assertThatThrownBy(() -> builder.add("a", "x", Instant.MAX))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("beyond the range of milliseconds since 1970");
    assertThatThrownBy(() -> builder.add("a", "x", at(1), "\t"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1].resource: Journey log resource of event 1 must not be blank");
    byte[] spaces = " \t ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builder.activityCode(spaces, 0, 3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("events[1].activity: Journey log activity of event 1 must not be blank");
    byte[] nbsp = "\u2003".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builder.caseCode(nbsp, 0, nbsp.length))
        .isInstanceOf(InvalidModelException.class);
    assertThat(builder.size()).isEqualTo(1);
  }

  @Test
  void codesAndIndexesOutOfRangeAreRefused() {
    JourneyLog.Builder builder = JourneyLog.builder();
    int c = builder.caseCode("a");
    assertThatThrownBy(() -> builder.add(c, 0, 1L)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> builder.add(c + 1, 0, 1L))
        .isInstanceOf(IndexOutOfBoundsException.class);
    int a = builder.activityCode("x");
    assertThatThrownBy(() -> builder.add(c, a, 1L, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> builder.caseCode(new byte[2], 1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    JourneyLog log = builder.add(c, a, 1L).build();
    assertThatThrownBy(() -> log.caseLabel(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.caseStart(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.caseEnd(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.activity(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.epochMillis(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.resource(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.activityCode(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anEmptyLogHasNoCaseAndNoEvent() {
    JourneyLog log = JourneyLog.builder().build();
    assertThat(log.eventCount()).isZero();
    assertThat(log.caseCount()).isZero();
    assertThat(log.activityLabels()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void aCaseBecomesAnObservedJourneyThroughTheMapping() {
    JourneyLog log =
        JourneyLog.builder()
            .add("INC-1", "Register", at(0))
            .add("INC-1", "Resolve", at(30))
            .add("INC-2", "Chat", at(0))
            .build();
    ActivityMapping mapping =
        ActivityMapping.builder()
            .map("Register", CustomerJourneyStep.ENGAGE, TouchpointId.of("t-desk"))
            .map("Resolve", CustomerJourneyStep.CO_CREATE, TouchpointId.of("t-fix"))
            .map("Chat", CustomerJourneyStep.ENGAGE)
            .build();
    ObservedJourney observed = log.observedJourney(0, mapping);
    assertThat(observed.caseId()).isEqualTo(org.covalue.journey.observed.CaseId.of("INC-1"));
    assertThat(observed.events()).hasSize(2);
    assertThat(observed.events().get(1).touchpoint()).isEqualTo(TouchpointId.of("t-fix"));
    assertThat(observed.events().get(1).step()).isEqualTo(CustomerJourneyStep.CO_CREATE);
    assertThat(observed.events().get(1).at()).isEqualTo(at(30));
    assertThatThrownBy(() -> log.observedJourney(1, mapping))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("activities[\"Chat\"]: Activity \"Chat\" has no touchpoint in the mapping");
    assertThatThrownBy(() -> log.observedJourney(0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapping");
  }

  @Test
  void batchesOfCasesGetTheCodesOfOneByOne() {
    byte[] bytes =
        "c1|c2|c1|a-case-label-longer-than-eight|c\u0000x|é|c2".getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] parts = text.split("\\|", -1);
    int[] offsets = new int[parts.length];
    int[] lengths = new int[parts.length];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      offsets[i] = at;
      lengths[i] = parts[i].getBytes(StandardCharsets.UTF_8).length;
      at += lengths[i] + 1;
    }
    JourneyLog.Builder batch = JourneyLog.builder(0);
    int[] codes = new int[parts.length];
    batch.caseCodes(bytes, offsets, lengths, parts.length, codes);
    JourneyLog.Builder single = JourneyLog.builder(100);
    for (int i = 0; i < parts.length; i++) {
      assertThat(codes[i]).isEqualTo(single.caseCode(parts[i]));
    }
    assertThat(codes).containsExactly(0, 1, 0, 2, 3, 4, 1);
    int activity = batch.activityCode("x");
    for (int code : codes) {
      batch.add(code, activity, 1L);
    }
    JourneyLog log = batch.build();
    assertThat(log.caseLabel(3)).isEqualTo("c\u0000x");
    assertThat(log.caseLabel(4)).isEqualTo("é");
    int[] blank = {0, 0};
    byte[] spaced = "ab  ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> batch.caseCodes(spaced, new int[] {0, 2}, new int[] {2, 2}, 2, blank))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> batch.caseCodes(bytes, offsets, lengths, 9, codes))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> JourneyLog.builder(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected events must not be negative, but was -1");
  }

  @Test
  void resourcesMoveWithTheirEventsWhenCasesAreSorted() {
    JourneyLog.Builder builder = JourneyLog.builder();
    for (int i = 0; i < 40; i++) {
      builder.add("long", "a" + i, at(40 - i), "r" + i);
      builder.add("short", "b" + i % 2, at(2 - i % 2), "s" + i % 2);
    }
    JourneyLog log = builder.build();
    for (int c = 0; c < log.caseCount(); c++) {
      for (int e = log.caseStart(c); e < log.caseEnd(c); e++) {
        String activity = log.activity(e);
        assertThat(log.resource(e))
            .contains((activity.startsWith("a") ? "r" : "s") + activity.substring(1));
        if (e > log.caseStart(c)) {
          assertThat(log.epochMillis(e)).isGreaterThanOrEqualTo(log.epochMillis(e - 1));
        }
      }
    }
    assertThat(log.activity(0)).isEqualTo("a39");
    assertThat(log.activity(40)).isEqualTo("b1");
    assertThat(log.activity(41)).isEqualTo("b1");
  }
}
