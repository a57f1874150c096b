package org.covalue.testkit.internal;

import java.util.List;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.valuestream.ValueStream;

/**
 * The element lists of a journey model, as the internal generators produce them; the public {@code
 * JourneyModel} is made from them.
 *
 * @param parties the parties
 * @param valueStreams the value streams
 * @param journeys the designed journeys
 */
public record JourneyModelParts(
    List<Party> parties, List<ValueStream> valueStreams, List<CustomerJourney> journeys) {

  /**
   * Copies the lists.
   *
   * @param parties the parties
   * @param valueStreams the value streams
   * @param journeys the designed journeys
   */
  public JourneyModelParts {
    parties = List.copyOf(parties);
    valueStreams = List.copyOf(valueStreams);
    journeys = List.copyOf(journeys);
  }

  /**
   * Returns a copy with other parties.
   *
   * @param replacement the parties
   * @return the copy
   */
  public JourneyModelParts withParties(List<Party> replacement) {
    return new JourneyModelParts(replacement, valueStreams, journeys);
  }

  /**
   * Returns a copy with other value streams.
   *
   * @param replacement the value streams
   * @return the copy
   */
  public JourneyModelParts withValueStreams(List<ValueStream> replacement) {
    return new JourneyModelParts(parties, replacement, journeys);
  }

  /**
   * Returns a copy with other journeys.
   *
   * @param replacement the journeys
   * @return the copy
   */
  public JourneyModelParts withJourneys(List<CustomerJourney> replacement) {
    return new JourneyModelParts(parties, valueStreams, replacement);
  }
}
