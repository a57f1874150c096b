package org.covalue.journey.analysis;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Score;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.immutables.value.Value;

/**
 * The average functional and emotional ratings of a set of experience observations, overall and by
 * perceiver (customer experience, user experience), by source and by journey step (ITIL 4: Drive
 * Stakeholder Value, §1.2.4, Figure 1.5). Takes time linear in the number of observations.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperienceSummary {

  ExperienceSummary() {}

  /**
   * Summarises observations.
   *
   * @param observations the observations
   * @return the averages
   * @throws NullPointerException if the observations or one of them is null
   */
  public static ExperienceSummary of(Collection<ExperienceObservation> observations) {
    Totals overall = new Totals();
    Map<ExperiencePerceiver, Totals> byPerceiver = new EnumMap<>(ExperiencePerceiver.class);
    Map<ExperienceSource, Totals> bySource = new LinkedHashMap<>();
    Map<CustomerJourneyStep, Totals> byStep = new EnumMap<>(CustomerJourneyStep.class);
    for (ExperienceObservation observation :
        List.copyOf(Objects.requireNonNull(observations, "observations"))) {
      overall.add(observation);
      byPerceiver.computeIfAbsent(observation.perceiver(), k -> new Totals()).add(observation);
      bySource.computeIfAbsent(observation.source(), k -> new Totals()).add(observation);
      Optional<CustomerJourneyStep> step = observation.step();
      if (step.isPresent()) {
        byStep.computeIfAbsent(step.get(), k -> new Totals()).add(observation);
      }
    }
    return ImmutableExperienceSummary.builder()
        .overall(overall.toAverage())
        .byPerceiver(averages(byPerceiver))
        .bySource(averages(bySource))
        .byStep(averages(byStep))
        .build();
  }

  private static <K> Map<K, Average> averages(Map<K, Totals> totals) {
    Map<K, Average> averages = new LinkedHashMap<>();
    totals.forEach((key, total) -> averages.put(key, total.toAverage()));
    return averages;
  }

  /**
   * Returns the averages of all observations.
   *
   * @return the overall averages
   */
  public abstract Average overall();

  /**
   * Returns the averages per perceiver: CX for customers, UX for users.
   *
   * @return the perceivers that have observations, in the order of {@link ExperiencePerceiver}
   */
  public abstract Map<ExperiencePerceiver, Average> byPerceiver();

  /**
   * Returns the averages per source of experience.
   *
   * @return the sources that have observations, in the order first observed
   */
  public abstract Map<ExperienceSource, Average> bySource();

  /**
   * Returns the averages per journey step, for observations that name one.
   *
   * @return the steps that have observations, in their usual order
   */
  public abstract Map<CustomerJourneyStep, Average> byStep();

  /** The averages of a group of observations. Instances are immutable and thread-safe. */
  @Value.Immutable
  public abstract static class Average {

    Average() {}

    /**
     * Returns how many observations the group holds.
     *
     * @return the count
     */
    public abstract int observations();

    /**
     * Returns the average functional rating.
     *
     * @return the mean of the functional scores, or empty if none rates the functional side
     */
    public abstract Optional<Score> functional();

    /**
     * Returns the average emotional rating.
     *
     * @return the mean of the emotional scores, or empty if none rates the emotional side
     */
    public abstract Optional<Score> emotional();
  }

  private static final class Totals {
    private int observations;
    private int functionalCount;
    private double functionalSum;
    private int emotionalCount;
    private double emotionalSum;

    void add(ExperienceObservation observation) {
      observations++;
      Optional<Score> functional = observation.functional();
      if (functional.isPresent()) {
        functionalCount++;
        functionalSum += functional.get().value();
      }
      Optional<Score> emotional = observation.emotional();
      if (emotional.isPresent()) {
        emotionalCount++;
        emotionalSum += emotional.get().value();
      }
    }

    Average toAverage() {
      return ImmutableAverage.builder()
          .observations(observations)
          .functional(mean(functionalSum, functionalCount))
          .emotional(mean(emotionalSum, emotionalCount))
          .build();
    }

    private static Optional<Score> mean(double sum, int count) {
      // A mean of scores in [0, 1] lies in [0, 1]; min guards against rounding above 1.
      return count == 0 ? Optional.empty() : Optional.of(Score.of(Math.min(1.0, sum / count)));
    }
  }
}
