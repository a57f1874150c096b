package org.covalue.journey.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;

/**
 * Checks the rules of journeys that need other values, and reports every violation at once:
 * journey, value stream and activity ids used twice, and references to parties, value streams and
 * value-stream activities the model does not hold. A journey's own rules (its touchpoints and
 * interactions agree with each other) are checked when it is built.
 *
 * <pre>{@code
 * List<Violation> problems = JourneyValidator.create()
 *     .parties(parties)
 *     .valueStreams(valueStreams)
 *     .journeys(List.of(journey))
 *     .validate();
 * }</pre>
 *
 * <p>Paths name the list and the index, such as {@code journeys[0].touchpoints[3].activities}.
 * Validation takes time linear in the size of the model. A validator collects its inputs and is not
 * thread-safe; {@link #validate()} has no side effects.
 */
public final class JourneyValidator {

  private List<Party> parties = List.of();
  private List<ValueStream> valueStreams = List.of();
  private List<CustomerJourney> journeys = List.of();

  private JourneyValidator() {}

  /**
   * Starts a validator with no elements.
   *
   * @return a new validator
   */
  public static JourneyValidator create() {
    return new JourneyValidator();
  }

  /**
   * Sets the parties that journeys and value streams may name.
   *
   * @param parties the parties
   * @return this validator
   */
  public JourneyValidator parties(Collection<Party> parties) {
    this.parties = Violations.copyOfNonNull(parties, "parties");
    return this;
  }

  /**
   * Sets the value streams to check; journeys' references are resolved against them.
   *
   * @param valueStreams the value streams, reported as {@code valueStreams[i]}
   * @return this validator
   */
  public JourneyValidator valueStreams(Collection<ValueStream> valueStreams) {
    this.valueStreams = Violations.copyOfNonNull(valueStreams, "valueStreams");
    return this;
  }

  /**
   * Sets the journeys to check.
   *
   * @param journeys the journeys, reported as {@code journeys[i]}
   * @return this validator
   */
  public JourneyValidator journeys(Collection<CustomerJourney> journeys) {
    this.journeys = Violations.copyOfNonNull(journeys, "journeys");
    return this;
  }

  /**
   * Checks the elements given so far.
   *
   * @return every violation found; empty if all is consistent
   */
  public List<Violation> validate() {
    Violations found = Violations.collect();
    Set<PartyId> partyIds = new HashSet<>();
    parties.forEach(party -> partyIds.add(party.id()));
    found.checkUnique("valueStreams", valueStreams, ValueStream::id, "Value stream id");
    found.checkUnique("journeys", journeys, CustomerJourney::id, "Journey id");

    Set<ValueStreamId> streamIds = new HashSet<>();
    Map<ValueStreamActivityId, String> activityOwner = new HashMap<>();
    for (int i = 0; i < valueStreams.size(); i++) {
      ValueStream stream = valueStreams.get(i);
      streamIds.add(stream.id());
      found.checkKnown(partyIds, stream.owner(), "valueStreams[" + i + "].owner", "party");
      List<ValueStreamActivity> activities = stream.activities();
      for (int j = 0; j < activities.size(); j++) {
        String path = "valueStreams[" + i + "].activities[" + j + "]";
        String first = activityOwner.putIfAbsent(activities.get(j).id(), path);
        if (first != null) {
          found.add(
              path + ".id",
              "Value stream activity id "
                  + activities.get(j).id()
                  + " appears twice, first at "
                  + first,
              activities.get(j).id());
        }
      }
    }
    for (int i = 0; i < journeys.size(); i++) {
      checkJourney(
          found,
          "journeys[" + i + "]",
          journeys.get(i),
          partyIds,
          streamIds,
          activityOwner.keySet());
    }
    return found.toList();
  }

  /**
   * Checks the elements given so far and throws if any rule is broken.
   *
   * @throws InvalidModelException carrying every violation, if there is one
   */
  public void requireValid() {
    List<Violation> violations = validate();
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
  }

  private static void checkJourney(
      Violations found,
      String path,
      CustomerJourney journey,
      Set<PartyId> partyIds,
      Set<ValueStreamId> streamIds,
      Set<ValueStreamActivityId> activityIds) {
    found.checkKnown(partyIds, journey.consumer(), path + ".consumer", "party");
    for (PartyId provider : journey.providers()) {
      found.checkKnown(partyIds, provider, path + ".providers", "party");
    }
    for (ValueStreamId stream : journey.valueStreams()) {
      found.checkKnown(streamIds, stream, path + ".valueStreams", "value stream");
    }
    List<Touchpoint> touchpoints = journey.touchpoints();
    for (int j = 0; j < touchpoints.size(); j++) {
      checkActivities(found, path + ".touchpoints[" + j + "]", touchpoints.get(j), activityIds);
    }
    List<ServiceInteraction> interactions = journey.interactions();
    for (int j = 0; j < interactions.size(); j++) {
      checkActivities(found, path + ".interactions[" + j + "]", interactions.get(j), activityIds);
    }
  }

  private static void checkActivities(
      Violations found,
      String path,
      JourneyElement element,
      Set<ValueStreamActivityId> activityIds) {
    for (ValueStreamActivityId activity : element.activities()) {
      found.checkKnown(activityIds, activity, path + ".activities", "value stream activity");
    }
  }
}
