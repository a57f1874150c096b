package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.data.Offset;
import org.covalue.core.Score;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.analysis.ExperienceSummary;
import org.covalue.journey.analysis.ExperienceSummary.Average;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.testkit.Experiences;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.internal.Draw;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the experience summary (§1.2.4, Figure 1.5): counts add up, averages are means and lie
 * within their ratings, groups partition the observations, and the order of observations does not
 * matter beyond floating-point rounding.
 */
class ExperienceSummaryPropertiesTest {

  /** Rounding allowed when comparing means of scores summed in different orders. */
  private static final double TOLERANCE = 1e-12;

  /**
   * Lists of up to 15 observations, some about one journey so that steps and touchpoints repeat.
   */
  private static Gen<List<ExperienceObservation>> observationLists() {
    return in -> {
      CustomerJourney journey = Journeys.journeys(4).generate(in);
      Gen<ExperienceObservation> mixed =
          Experiences.observations().mix(Experiences.observationsOf(journey), 50);
      return Draw.listOf(in, mixed, 0, 15);
    };
  }

  /** Two orders of the same observations. */
  private record Shuffled(
      List<ExperienceObservation> original, List<ExperienceObservation> shuffled) {}

  private static Gen<Shuffled> shuffledLists() {
    return in -> {
      List<ExperienceObservation> observations = observationLists().generate(in);
      return new Shuffled(observations, Draw.shuffle(in, observations));
    };
  }

  private static List<Double> values(
      List<ExperienceObservation> observations,
      Function<ExperienceObservation, Optional<Score>> side) {
    List<Double> values = new ArrayList<>();
    for (ExperienceObservation observation : observations) {
      side.apply(observation).ifPresent(score -> values.add(score.value()));
    }
    return values;
  }

  private static void assertAverageOf(Average average, List<ExperienceObservation> group) {
    assertThat(average.observations()).isEqualTo(group.size());
    assertMean(average.functional(), values(group, ExperienceObservation::functional));
    assertMean(average.emotional(), values(group, ExperienceObservation::emotional));
  }

  private static void assertMean(Optional<Score> mean, List<Double> values) {
    assertThat(mean.isPresent()).isEqualTo(!values.isEmpty());
    if (values.isEmpty()) {
      return;
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double value = mean.orElseThrow().value();
    assertThat(value).isBetween(min - TOLERANCE, max + TOLERANCE);
    assertThat(value).isCloseTo(sum / values.size(), Offset.offset(TOLERANCE));
  }

  private static <K> List<ExperienceObservation> group(
      List<ExperienceObservation> observations,
      Function<ExperienceObservation, Optional<K>> key,
      K value) {
    List<ExperienceObservation> group = new ArrayList<>();
    for (ExperienceObservation observation : observations) {
      if (key.apply(observation).equals(Optional.of(value))) {
        group.add(observation);
      }
    }
    return group;
  }

  @Test
  void countsAddUp() {
    qt().forAll(observationLists())
        .checkAssert(
            observations -> {
              ExperienceSummary summary = ExperienceSummary.of(observations);
              assertThat(summary.overall().observations()).isEqualTo(observations.size());
              assertThat(
                      summary.byPerceiver().values().stream().mapToInt(Average::observations).sum())
                  .isEqualTo(observations.size());
              assertThat(summary.bySource().values().stream().mapToInt(Average::observations).sum())
                  .isEqualTo(observations.size());
              assertThat(summary.byStep().values().stream().mapToInt(Average::observations).sum())
                  .isEqualTo((int) observations.stream().filter(o -> o.step().isPresent()).count());
            });
  }

  @Test
  void eachAverageIsTheMeanOfItsRatingsAndLiesBetweenTheirMinimumAndMaximum() {
    qt().forAll(observationLists())
        .checkAssert(
            observations -> {
              ExperienceSummary summary = ExperienceSummary.of(observations);
              assertAverageOf(summary.overall(), observations);
              summary
                  .byPerceiver()
                  .forEach(
                      (perceiver, average) ->
                          assertAverageOf(
                              average,
                              group(observations, o -> Optional.of(o.perceiver()), perceiver)));
              summary
                  .bySource()
                  .forEach(
                      (source, average) ->
                          assertAverageOf(
                              average, group(observations, o -> Optional.of(o.source()), source)));
              summary
                  .byStep()
                  .forEach(
                      (step, average) ->
                          assertAverageOf(
                              average, group(observations, ExperienceObservation::step, step)));
            });
  }

  @Test
  void groupsPartitionTheObservationsAndEachSummarisesItsOwn() {
    qt().forAll(observationLists())
        .checkAssert(
            observations -> {
              ExperienceSummary summary = ExperienceSummary.of(observations);
              Set<ExperiencePerceiver> perceivers = EnumSet.noneOf(ExperiencePerceiver.class);
              Set<ExperienceSource> sources = new LinkedHashSet<>();
              Set<CustomerJourneyStep> steps = EnumSet.noneOf(CustomerJourneyStep.class);
              for (ExperienceObservation observation : observations) {
                perceivers.add(observation.perceiver());
                sources.add(observation.source());
                observation.step().ifPresent(steps::add);
              }
              assertThat(summary.byPerceiver().keySet()).containsExactlyElementsOf(perceivers);
              assertThat(summary.bySource().keySet()).containsExactlyElementsOf(sources);
              assertThat(summary.byStep().keySet()).containsExactlyElementsOf(steps);
              for (Map.Entry<ExperiencePerceiver, Average> entry :
                  summary.byPerceiver().entrySet()) {
                assertThat(entry.getValue())
                    .isEqualTo(
                        ExperienceSummary.of(
                                group(
                                    observations, o -> Optional.of(o.perceiver()), entry.getKey()))
                            .overall());
              }
              for (Map.Entry<ExperienceSource, Average> entry : summary.bySource().entrySet()) {
                assertThat(entry.getValue())
                    .isEqualTo(
                        ExperienceSummary.of(
                                group(observations, o -> Optional.of(o.source()), entry.getKey()))
                            .overall());
              }
              for (Map.Entry<CustomerJourneyStep, Average> entry : summary.byStep().entrySet()) {
                assertThat(entry.getValue())
                    .isEqualTo(
                        ExperienceSummary.of(
                                group(observations, ExperienceObservation::step, entry.getKey()))
                            .overall());
              }
            });
  }

  @Test
  void theOrderOfObservationsDoesNotMatter() {
    qt().forAll(shuffledLists())
        .checkAssert(
            lists -> {
              ExperienceSummary before = ExperienceSummary.of(lists.original());
              ExperienceSummary after = ExperienceSummary.of(lists.shuffled());
              assertClose(after.overall(), before.overall());
              assertThat(after.byPerceiver().keySet()).isEqualTo(before.byPerceiver().keySet());
              assertThat(after.bySource().keySet()).isEqualTo(before.bySource().keySet());
              assertThat(after.byStep().keySet()).isEqualTo(before.byStep().keySet());
              before.byPerceiver().forEach((k, v) -> assertClose(get(after.byPerceiver(), k), v));
              before.bySource().forEach((k, v) -> assertClose(get(after.bySource(), k), v));
              before.byStep().forEach((k, v) -> assertClose(get(after.byStep(), k), v));
            });
  }

  private static <K> Average get(Map<K, Average> averages, K key) {
    return Optional.ofNullable(averages.get(key)).orElseThrow();
  }

  private static void assertClose(Average actual, Average expected) {
    assertThat(actual.observations()).isEqualTo(expected.observations());
    assertThat(actual.functional().isPresent()).isEqualTo(expected.functional().isPresent());
    assertThat(actual.emotional().isPresent()).isEqualTo(expected.emotional().isPresent());
    expected
        .functional()
        .ifPresent(
            f ->
                assertThat(actual.functional().orElseThrow().value())
                    .isCloseTo(f.value(), Offset.offset(TOLERANCE)));
    expected
        .emotional()
        .ifPresent(
            e ->
                assertThat(actual.emotional().orElseThrow().value())
                    .isCloseTo(e.value(), Offset.offset(TOLERANCE)));
  }

  @Test
  void nothingObservedGivesEmptyAverages() {
    ExperienceSummary empty = ExperienceSummary.of(List.of());
    assertThat(empty.overall().observations()).isZero();
    assertThat(empty.overall().functional()).isEmpty();
    assertThat(empty.overall().emotional()).isEmpty();
    assertThat(empty.byPerceiver()).isEmpty();
    assertThat(empty.bySource()).isEmpty();
    assertThat(empty.byStep()).isEmpty();
  }
}
