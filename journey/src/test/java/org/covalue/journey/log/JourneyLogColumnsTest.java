package org.covalue.journey.log;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the log's columns hold: the heap estimate counts each event's columns and each text once,
 * codes given from bytes are the codes of the same texts, and a builder filled to exactly its
 * expected size builds the same log.
 */
class JourneyLogColumnsTest {

  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void theEstimateGrowsByTheColumnsOfEachEventAndTheBytesOfEachNewText() {
    JourneyLog two = JourneyLog.builder().add("a", "x", T).add("a", "y", T.plusSeconds(1)).build();
    // One more event of a known case and activity: an activity code (4 bytes) and a time (8).
    JourneyLog three =
        JourneyLog.builder()
            .add("a", "x", T)
            .add("a", "y", T.plusSeconds(1))
            .add("a", "x", T.plusSeconds(2))
            .build();
    assertThat(three.estimatedHeapBytes() - two.estimatedHeapBytes()).isEqualTo(4 + 8);
    // A new case "bb" with one event: its case start (4), the event's columns (12), and its
    // label of 2 bytes with one more offset (4).
    JourneyLog newCase =
        JourneyLog.builder()
            .add("a", "x", T)
            .add("a", "y", T.plusSeconds(1))
            .add("bb", "x", T)
            .build();
    assertThat(newCase.estimatedHeapBytes() - two.estimatedHeapBytes()).isEqualTo(4 + 12 + 2 + 4);
    // A new activity "zzz": the event's columns and the label's 3 bytes and offset.
    JourneyLog newActivity =
        JourneyLog.builder()
            .add("a", "x", T)
            .add("a", "y", T.plusSeconds(1))
            .add("a", "zzz", T.plusSeconds(2))
            .build();
    assertThat(newActivity.estimatedHeapBytes() - two.estimatedHeapBytes()).isEqualTo(12 + 3 + 4);
    assertThat(two.estimatedHeapBytes()).isGreaterThan(4L * 2 + 12L * 2 + 1 + 2);
  }

  @Test
  void resourcesAddAColumnAndTheirLabels() {
    JourneyLog plain =
        JourneyLog.builder().add("a", "x", T).add("a", "y", T.plusSeconds(1)).build();
    JourneyLog withResource =
        JourneyLog.builder().add("a", "x", T, "r").add("a", "y", T.plusSeconds(1)).build();
    JourneyLog twoResources =
        JourneyLog.builder()
            .add("a", "x", T, "r")
            .add("a", "y", T.plusSeconds(1))
            .add("a", "x", T.plusSeconds(2), "r")
            .build();
    // A resource column of 2 codes (8 bytes) and the dictionary that holds "r".
    assertThat(withResource.estimatedHeapBytes() - plain.estimatedHeapBytes())
        .isGreaterThanOrEqualTo(2 * 4 + 1 + 4);
    // One more event with a known resource: activity, time and resource codes.
    assertThat(twoResources.estimatedHeapBytes() - withResource.estimatedHeapBytes())
        .isEqualTo(4 + 8 + 4);
  }

  @Test
  void codesFromBytesAreTheCodesOfTheSameTexts() {
    JourneyLog.Builder builder = JourneyLog.builder();
    byte[] bytes = "case-one case-two step-one step-two".getBytes(UTF_8);
    int caseOne = builder.caseCode("case-one");
    int stepOne = builder.activityCode("step-one");
    int caseTwo = builder.caseCode(bytes, 9, 8);
    int stepTwo = builder.activityCode(bytes, 27, 8);
    assertThat(caseTwo).isEqualTo(1).isEqualTo(builder.caseCode("case-two"));
    assertThat(stepTwo).isEqualTo(1).isEqualTo(builder.activityCode("step-two"));
    assertThat(builder.caseCode(bytes, 0, 8)).isEqualTo(caseOne);
    assertThat(builder.activityCode(bytes, 18, 8)).isEqualTo(stepOne);
    // Cases come in the order of their first event, not of their codes.
    JourneyLog log = builder.add(caseTwo, stepTwo, 1).add(caseOne, stepOne, 2).build();
    assertThat(log.caseLabel(0)).isEqualTo("case-two");
    assertThat(log.activity(0)).isEqualTo("step-two");
    assertThat(log.caseLabel(1)).isEqualTo("case-one");
    assertThat(log.activity(1)).isEqualTo("step-one");
  }

  @Test
  void aBuilderFilledToItsExpectedSizeBuildsEveryEvent() {
    for (boolean sorted : new boolean[] {true, false}) {
      JourneyLog.Builder builder = JourneyLog.builder(16);
      for (int i = 0; i < 16; i++) {
        long time = sorted ? i : 100 - i;
        builder.add("case-" + (i / 8), "step-" + i, Instant.ofEpochMilli(time));
      }
      JourneyLog log = builder.build();
      assertThat(log.eventCount()).isEqualTo(16);
      assertThat(log.caseCount()).isEqualTo(2);
      for (int c = 0; c < 2; c++) {
        for (int e = log.caseStart(c) + 1; e < log.caseEnd(c); e++) {
          assertThat(log.epochMillis(e)).isGreaterThan(log.epochMillis(e - 1));
        }
      }
      assertThat(log.activity(0)).isEqualTo(sorted ? "step-0" : "step-7");
    }
  }
}
