package org.covalue.journey.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.junit.jupiter.api.Test;

class JourneyAnalyzerTest {

  @Test
  void defaultsAreDocumented() {
    JourneyAnalyzer analyzer = JourneyAnalyzer.DEFAULT;
    assertThat(analyzer.mapping()).isSameAs(ActivityMapping.NONE);
    assertThat(analyzer.finalActivities()).isEmpty();
    assertThat(analyzer.expectedStarts()).isEmpty();
    assertThat(analyzer.percentiles()).containsExactly(0.5, 0.9, 0.99);
    assertThat(analyzer.relativeAccuracy()).isEqualTo(0.01);
    assertThat(analyzer.hasEnd()).isFalse();
  }

  @Test
  void withersChangeOneSettingAndKeepTheOthers() {
    ActivityMapping mapping = ActivityMapping.of(Map.of("a", CustomerJourneyStep.REALIZE));
    JourneyAnalyzer analyzer =
        JourneyAnalyzer.DEFAULT
            .withMapping(mapping)
            .withFinalActivities(Set.of("z", "y"))
            .withExpectedStarts(Set.of("a"))
            .withPercentiles(0.9, 0.1, 0.9)
            .withRelativeAccuracy(0.05);
    assertThat(analyzer.mapping()).isEqualTo(mapping);
    assertThat(analyzer.finalActivities()).containsExactly("y", "z");
    assertThat(analyzer.expectedStarts()).containsExactly("a");
    assertThat(analyzer.percentiles()).containsExactly(0.1, 0.9);
    assertThat(analyzer.relativeAccuracy()).isEqualTo(0.05);
    assertThat(analyzer.hasEnd()).isTrue();
    assertThat(JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of("z")).hasEnd()).isTrue();
    assertThat(JourneyAnalyzer.DEFAULT.withMapping(mapping).hasEnd()).isTrue();
    JourneyAnalyzer again =
        JourneyAnalyzer.DEFAULT
            .withRelativeAccuracy(0.05)
            .withPercentiles(0.1, 0.9)
            .withExpectedStarts(Set.of("a"))
            .withFinalActivities(Set.of("y", "z"))
            .withMapping(mapping);
    assertThat(again).isEqualTo(analyzer).hasSameHashCodeAs(analyzer);
    assertThat(again.withRelativeAccuracy(0.01)).isNotEqualTo(analyzer);
    assertThat(again.withPercentiles(0.5)).isNotEqualTo(analyzer);
    assertThat(again.withExpectedStarts(Set.of())).isNotEqualTo(analyzer);
    assertThat(again.withFinalActivities(Set.of())).isNotEqualTo(analyzer);
    assertThat(again.withMapping(ActivityMapping.NONE)).isNotEqualTo(analyzer);
    assertThat(analyzer).isNotEqualTo("analyzer");
    assertThat(analyzer.toString())
        .isEqualTo(
            "JourneyAnalyzer{mapping=ActivityMapping{a -> REALIZE}, finalActivities=[y, z],"
                + " expectedStarts=[a], percentiles=[0.1, 0.9], relativeAccuracy=0.05}");
  }

  @Test
  void outOfRangeSettingsAreRefusedNamingThem() {
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withPercentiles(0.5, 2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("percentiles[1]: Percentile must be between 0 and 1, but was 2.0");
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withPercentiles(-0.0001))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withPercentiles(Double.NaN))
        .isInstanceOf(InvalidModelException.class);
    for (double accuracy : new double[] {0, 1, -0.1, Double.NaN}) {
      assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withRelativeAccuracy(accuracy))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "relativeAccuracy: Relative accuracy must be more than 0 and less than 1, but was "
                  + accuracy);
    }
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withFinalActivities(Set.of(" ")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("finalActivities[0]: Activity in finalActivities must not be blank");
    Set<String> withNull = new HashSet<>(Arrays.asList((String) null));
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withExpectedStarts(withNull))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("expectedStarts[0]: Activity in expectedStarts must not be null");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void nullArgumentsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withMapping(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapping");
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withFinalActivities(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("finalActivities");
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withExpectedStarts(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("expectedStarts");
    assertThatThrownBy(() -> JourneyAnalyzer.DEFAULT.withPercentiles((double[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("percentiles");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, or reads a key it knows is there
  void mappingsPlaceActivitiesAtStepsAndTouchpoints() {
    ActivityMapping mapping =
        ActivityMapping.builder()
            .map("Register", CustomerJourneyStep.ENGAGE, TouchpointId.of("t-desk"))
            .map("Closed", CustomerJourneyStep.REALIZE)
            .build();
    assertThat(mapping.step("Register")).contains(CustomerJourneyStep.ENGAGE);
    assertThat(mapping.touchpoint("Register")).contains(TouchpointId.of("t-desk"));
    assertThat(mapping.touchpoint("Closed")).isEmpty();
    assertThat(mapping.step("Other")).isEmpty();
    assertThat(mapping.activities()).containsExactly("Register", "Closed");
    assertThat(mapping.isEmpty()).isFalse();
    assertThat(ActivityMapping.NONE.isEmpty()).isTrue();
    assertThat(mapping.toString())
        .isEqualTo("ActivityMapping{Register -> ENGAGE at t-desk, Closed -> REALIZE}");
    ActivityMapping same =
        ActivityMapping.builder()
            .map("Closed", CustomerJourneyStep.REALIZE)
            .map("Register", CustomerJourneyStep.ENGAGE, TouchpointId.of("t-desk"))
            .build();
    assertThat(same).isEqualTo(mapping).hasSameHashCodeAs(mapping);
    assertThat(ActivityMapping.of(Map.of("Closed", CustomerJourneyStep.REALIZE)))
        .isNotEqualTo(mapping)
        .isNotEqualTo("mapping");
    assertThat(
            ActivityMapping.builder()
                .map("Register", CustomerJourneyStep.ENGAGE, TouchpointId.of("t-other"))
                .map("Closed", CustomerJourneyStep.REALIZE)
                .build())
        .isNotEqualTo(mapping);
    assertThatThrownBy(() -> mapping.step(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activity");
    assertThatThrownBy(() -> mapping.touchpoint(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activity");
  }

  @Test
  void badMappingsAreReportedAllAtOnce() {
    assertThatThrownBy(
            () ->
                ActivityMapping.builder()
                    .map("a", CustomerJourneyStep.ENGAGE)
                    .map("a", CustomerJourneyStep.AGREE)
                    .map(" ", CustomerJourneyStep.AGREE)
                    .map(null, null)
                    .map("b", CustomerJourneyStep.AGREE, null)
                    .build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.toString())
                    .containsExactly(
                        "activities[1].activity: Activity mapping maps activity a twice",
                        "activities[2].activity: Activity mapping activity must not be blank",
                        "activities[3].activity: Activity mapping activity must not be null",
                        "activities[3].step: Activity mapping step must not be null",
                        "activities[4].touchpoint: Activity mapping touchpoint must not be null"));
    assertThatThrownBy(() -> ActivityMapping.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("steps: steps must not be null");
    assertThat(List.of(ActivityMapping.NONE)).hasSize(1);
  }
}
