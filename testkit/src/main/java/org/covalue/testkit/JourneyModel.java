package org.covalue.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.covalue.core.Violation;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.valuestream.ValueStream;
import org.jspecify.annotations.Nullable;

/**
 * The parties, value streams and designed customer journeys of a model, side by side, as the {@link
 * JourneyModels} generators produce them (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.4).
 * Like {@link CoreModel}, it is a test fixture, not a covalue type: analyses take what they need.
 * It offers shortcuts to the {@link JourneyValidator} and to {@link ValueStreamRules}.
 *
 * <p>A journey model holds what it is given, valid or not. Instances are immutable and thread-safe.
 */
public final class JourneyModel {

  private final List<Party> parties;
  private final List<ValueStream> valueStreams;
  private final List<CustomerJourney> journeys;

  private JourneyModel(Builder builder) {
    this.parties = List.copyOf(builder.parties);
    this.valueStreams = List.copyOf(builder.valueStreams);
    this.journeys = List.copyOf(builder.journeys);
  }

  /**
   * Returns a builder of an empty model.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this model's elements.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().parties(parties).valueStreams(valueStreams).journeys(journeys);
  }

  /**
   * Returns the parties.
   *
   * @return an unmodifiable list
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * Returns the value streams.
   *
   * @return an unmodifiable list
   */
  public List<ValueStream> valueStreams() {
    return valueStreams;
  }

  /**
   * Returns the designed journeys.
   *
   * @return an unmodifiable list
   */
  public List<CustomerJourney> journeys() {
    return journeys;
  }

  /**
   * Returns a journey validator loaded with every element of the model.
   *
   * @return a new validator
   */
  public JourneyValidator validator() {
    return JourneyValidator.create().parties(parties).valueStreams(valueStreams).journeys(journeys);
  }

  /**
   * Checks the rules that span the model's elements.
   *
   * @return every violation the {@link JourneyValidator} finds; empty if the model is consistent
   */
  public List<Violation> validate() {
    return validator().validate();
  }

  /**
   * Checks the journeys against the value streams (Figure 1.4).
   *
   * @return the findings of {@link ValueStreamRules#check(Collection, Collection)}
   */
  public ValueStreamRules valueStreamRules() {
    return ValueStreamRules.check(journeys, valueStreams);
  }

  /**
   * Returns how many elements the model holds, over its three lists.
   *
   * @return the total size
   */
  public int size() {
    return parties.size() + valueStreams.size() + journeys.size();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof JourneyModel that)) {
      return false;
    }
    return parties.equals(that.parties)
        && valueStreams.equals(that.valueStreams)
        && journeys.equals(that.journeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parties, valueStreams, journeys);
  }

  /** Returns every list with its elements, for test reports. */
  @Override
  public String toString() {
    return "JourneyModel{parties="
        + parties
        + ", valueStreams="
        + valueStreams
        + ", journeys="
        + journeys
        + "}";
  }

  /**
   * Builds {@link JourneyModel}s; every list starts empty, and each setter replaces its list.
   * Builders are mutable and not thread-safe.
   */
  public static final class Builder {

    private List<Party> parties = List.of();
    private List<ValueStream> valueStreams = List.of();
    private List<CustomerJourney> journeys = List.of();

    private Builder() {}

    /**
     * Sets the parties.
     *
     * @param parties the parties
     * @return this builder
     */
    public Builder parties(Collection<? extends Party> parties) {
      this.parties = List.copyOf(parties);
      return this;
    }

    /**
     * Sets the value streams.
     *
     * @param valueStreams the value streams
     * @return this builder
     */
    public Builder valueStreams(Collection<? extends ValueStream> valueStreams) {
      this.valueStreams = List.copyOf(valueStreams);
      return this;
    }

    /**
     * Sets the designed journeys.
     *
     * @param journeys the journeys
     * @return this builder
     */
    public Builder journeys(Collection<? extends CustomerJourney> journeys) {
      this.journeys = List.copyOf(journeys);
      return this;
    }

    /**
     * Builds the model. It is not validated: call {@link JourneyModel#validate()} for that.
     *
     * @return the model
     */
    public JourneyModel build() {
      return new JourneyModel(this);
    }
  }
}
