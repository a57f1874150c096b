package org.covalue.journey.model;

import java.util.List;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.immutables.value.Value;

/**
 * A core model with the journeys, value streams, observed journeys and experience observations that
 * build on it (ITIL 4: Drive Stakeholder Value, §1.2.4, Figures 1.4 and 1.5).
 *
 * <pre>{@code
 * JourneyModel model = JourneyModel.builder()
 *     .core(coreModel)
 *     .addValueStream(resolveIncidents)
 *     .addJourney(incidentJourney)
 *     .build();
 * List<Violation> problems = JourneyValidator.validate(model);
 * }</pre>
 *
 * <p>As with {@link CoreModel}, each element is checked when it is built, and the rules between
 * elements (a journey that names a party or a value stream the model does not hold) are the
 * validator's, so that a model in progress can still be built. Violation paths start at this model:
 * {@code core.parties[0].id}, {@code journeys[1].touchpoints[2].activities}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyModel {

  JourneyModel() {}

  /**
   * Returns a new builder of a model with an empty core.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the core model: parties, stakeholders, relationships, offerings.
   *
   * @return the core model; empty unless set
   */
  @Value.Default
  public CoreModel core() {
    return CoreModel.empty();
  }

  /**
   * Returns the value streams of the parties.
   *
   * @return the value streams, in the order given
   */
  public abstract List<ValueStream> valueStreams();

  /**
   * Returns the designed customer journeys.
   *
   * @return the journeys, in the order given
   */
  public abstract List<CustomerJourney> journeys();

  /**
   * Returns what consumers were observed to do, case by case.
   *
   * @return the observed journeys, in the order given
   */
  public abstract List<ObservedJourney> observedJourneys();

  /**
   * Returns the observed customer and user experience.
   *
   * @return the observations, in the order given
   */
  public abstract List<ExperienceObservation> experiences();

  /**
   * Returns how many elements the model holds, of all kinds, its core's included.
   *
   * @return the total number of elements
   */
  public int size() {
    return core().size()
        + valueStreams().size()
        + journeys().size()
        + observedJourneys().size()
        + experiences().size();
  }

  /**
   * Returns a copy with another core model.
   *
   * @param core the new core model
   * @return the copy
   */
  public abstract JourneyModel withCore(CoreModel core);

  /**
   * Returns a copy with other value streams.
   *
   * @param valueStreams the new value streams
   * @return the copy
   */
  public abstract JourneyModel withValueStreams(Iterable<? extends ValueStream> valueStreams);

  /**
   * Returns a copy with other journeys.
   *
   * @param journeys the new journeys
   * @return the copy
   */
  public abstract JourneyModel withJourneys(Iterable<? extends CustomerJourney> journeys);

  /**
   * Returns a copy with other observed journeys.
   *
   * @param observedJourneys the new observed journeys
   * @return the copy
   */
  public abstract JourneyModel withObservedJourneys(
      Iterable<? extends ObservedJourney> observedJourneys);

  /**
   * Returns a copy with other experience observations.
   *
   * @param experiences the new observations
   * @return the copy
   */
  public abstract JourneyModel withExperiences(
      Iterable<? extends ExperienceObservation> experiences);

  /** Returns the number of elements of each kind, not the elements themselves. */
  @Override
  public String toString() {
    return "JourneyModel{core="
        + core()
        + ", valueStreams="
        + valueStreams().size()
        + ", journeys="
        + journeys().size()
        + ", observedJourneys="
        + observedJourneys().size()
        + ", experiences="
        + experiences().size()
        + "}";
  }

  /**
   * Builds {@link JourneyModel}s; the core defaults to the empty model and every list starts empty.
   *
   * <p>Add to a list with {@code addX(..)} or {@code addAllX(..)}, or replace it whole with the
   * method of its name. {@code from(model)} copies an existing model. {@code build()} returns the
   * model; rules between elements are the validator's. A null element is refused with an {@link
   * org.covalue.core.InvalidModelException} naming the attribute; a null list given to a setter
   * throws a {@link NullPointerException} (docs/decisions/0010). A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableJourneyModel.Builder {
    Builder() {}
  }
}
