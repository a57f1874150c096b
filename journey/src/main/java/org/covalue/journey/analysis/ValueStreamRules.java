package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.core.analysis.Finding;
import org.covalue.core.analysis.Severity;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.immutables.value.Value;

/**
 * Checks journeys against the five statements ITIL 4: Drive Stakeholder Value makes about customer
 * journeys and value streams (§1.2.4, Figure 1.4), and reports each broken or noteworthy case as a
 * {@link Finding}:
 *
 * <ol>
 *   <li>{@value #PARTY_WITHOUT_VALUE_STREAM} (error): a journey depends on at least one value
 *       stream of each participating party; a participant without a linked value stream breaks it.
 *   <li>{@value #SUPPORTS_ONE_JOURNEY} (info): a value stream usually supports several journeys;
 *       one that supports a single journey of those checked is reported.
 *   <li>{@value #SPANS_VALUE_STREAMS} (info): a journey may span several value streams of a
 *       provider or value streams of several providers; such spans are reported. {@value
 *       #ACTIVITY_OUTSIDE_LINKED_STREAMS} (warning) reports a journey element that uses an activity
 *       of a value stream the journey does not link, and {@value #STREAM_OF_NON_PARTICIPANT}
 *       (warning) a linked value stream owned by a party outside the journey.
 *   <li>{@value #HIDDEN_ACTIVITY_IN_JOURNEY} (error): a journey holds only the value-stream
 *       activities inside the band of visibility; an element that uses a hidden activity breaks it.
 *   <li>{@value #NOT_IN_ANY_JOURNEY} (info): since parts of value streams are invisible to other
 *       parties, some value streams are part of no journey; they are reported.
 * </ol>
 *
 * <p>The check takes time linear in the size of the journeys and value streams. Instances of the
 * result are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueStreamRules {

  /** Rule 1: a participant of a journey has no linked value stream. */
  public static final String PARTY_WITHOUT_VALUE_STREAM =
      "value-streams.party-without-value-stream";

  /** Rule 2: a value stream supports only one of the journeys checked. */
  public static final String SUPPORTS_ONE_JOURNEY = "value-streams.supports-one-journey";

  /** Rule 3: a journey spans several value streams of a provider or of several providers. */
  public static final String SPANS_VALUE_STREAMS = "value-streams.spans-value-streams";

  /** Rule 3: a journey element uses an activity of a value stream the journey does not link. */
  public static final String ACTIVITY_OUTSIDE_LINKED_STREAMS =
      "value-streams.activity-outside-linked-streams";

  /** Rule 3: a journey links a value stream of a party that does not take part in it. */
  public static final String STREAM_OF_NON_PARTICIPANT = "value-streams.stream-of-non-participant";

  /** Rule 4: a journey element uses an activity hidden from the other parties. */
  public static final String HIDDEN_ACTIVITY_IN_JOURNEY =
      "value-streams.hidden-activity-in-journey";

  /** Rule 5: a value stream is part of no journey. */
  public static final String NOT_IN_ANY_JOURNEY = "value-streams.not-in-any-journey";

  private static final ItilReference REFERENCE = ItilReference.section("1.2.4").figure("1.4");

  ValueStreamRules() {}

  /**
   * Checks journeys against the value streams they depend on. Value streams and activities a
   * journey names but the given value streams lack are left to {@link JourneyValidator}.
   *
   * @param journeys the journeys
   * @param valueStreams the value streams of the parties
   * @return the findings, journey by journey, then value stream by value stream
   */
  public static ValueStreamRules check(
      Collection<CustomerJourney> journeys, Collection<ValueStream> valueStreams) {
    List<CustomerJourney> givenJourneys = Violations.copyOfNonNull(journeys, "journeys");
    List<ValueStream> givenStreams = Violations.copyOfNonNull(valueStreams, "valueStreams");
    Map<ValueStreamId, ValueStream> streams = new LinkedHashMap<>();
    Map<ValueStreamActivityId, ValueStream> streamOfActivity = new HashMap<>();
    Map<ValueStreamActivityId, ValueStreamActivity> activities = new HashMap<>();
    for (ValueStream stream : givenStreams) {
      streams.putIfAbsent(stream.id(), stream);
      for (ValueStreamActivity activity : stream.activities()) {
        streamOfActivity.putIfAbsent(activity.id(), stream);
        activities.putIfAbsent(activity.id(), activity);
      }
    }
    Map<ValueStreamId, List<String>> journeysOfStream = new LinkedHashMap<>();
    streams.keySet().forEach(id -> journeysOfStream.put(id, new ArrayList<>()));
    List<Finding> findings = new ArrayList<>();
    for (CustomerJourney journey : givenJourneys) {
      List<ValueStream> linked = new ArrayList<>();
      for (ValueStreamId id : journey.valueStreams()) {
        ValueStream stream = streams.get(id);
        if (stream != null) {
          linked.add(stream);
          journeysOfStream.computeIfAbsent(id, k -> new ArrayList<>()).add(journey.id().value());
        }
      }
      checkParticipants(findings, journey, linked);
      checkSpan(findings, journey, linked);
      checkElements(findings, journey, streamOfActivity, activities);
    }
    for (Map.Entry<ValueStreamId, List<String>> entry : journeysOfStream.entrySet()) {
      List<String> supported = entry.getValue();
      if (supported.isEmpty()) {
        findings.add(
            finding(
                    NOT_IN_ANY_JOURNEY,
                    Severity.INFO,
                    "Value stream " + entry.getKey() + " is part of no journey checked")
                .addElement(entry.getKey().value())
                .build());
      } else if (supported.size() == 1) {
        findings.add(
            finding(
                    SUPPORTS_ONE_JOURNEY,
                    Severity.INFO,
                    "Value stream "
                        + entry.getKey()
                        + " supports only journey "
                        + supported.get(0)
                        + "; value streams usually support several")
                .addElement(entry.getKey().value())
                .addElement(supported.get(0))
                .build());
      }
    }
    return ImmutableValueStreamRules.builder().findings(findings).build();
  }

  private static void checkParticipants(
      List<Finding> findings, CustomerJourney journey, List<ValueStream> linked) {
    Set<PartyId> participants = journey.participants();
    Set<PartyId> owners = new LinkedHashSet<>();
    linked.forEach(stream -> owners.add(stream.owner()));
    for (PartyId participant : participants) {
      if (!owners.contains(participant)) {
        findings.add(
            finding(
                    PARTY_WITHOUT_VALUE_STREAM,
                    Severity.ERROR,
                    "Journey "
                        + journey.id()
                        + " depends on no value stream of "
                        + participant
                        + ", but a journey depends on at least one value stream of each participant")
                .addElement(journey.id().value())
                .addElement(participant.value())
                .build());
      }
    }
    for (ValueStream stream : linked) {
      if (!participants.contains(stream.owner())) {
        findings.add(
            finding(
                    STREAM_OF_NON_PARTICIPANT,
                    Severity.WARNING,
                    "Journey "
                        + journey.id()
                        + " depends on value stream "
                        + stream.id()
                        + " of "
                        + stream.owner()
                        + ", which does not take part in the journey")
                .addElement(journey.id().value())
                .addElement(stream.id().value())
                .build());
      }
    }
  }

  private static void checkSpan(
      List<Finding> findings, CustomerJourney journey, List<ValueStream> linked) {
    Map<PartyId, Integer> providerStreams = new LinkedHashMap<>();
    for (ValueStream stream : linked) {
      if (journey.providers().contains(stream.owner())) {
        providerStreams.merge(stream.owner(), 1, Integer::sum);
      }
    }
    int streamsOfProviders = providerStreams.values().stream().mapToInt(Integer::intValue).sum();
    if (streamsOfProviders > 1) {
      Finding.Builder span =
          finding(
                  SPANS_VALUE_STREAMS,
                  Severity.INFO,
                  "Journey "
                      + journey.id()
                      + " spans "
                      + streamsOfProviders
                      + " value streams of "
                      + providerStreams.size()
                      + (providerStreams.size() == 1 ? " provider" : " providers"))
              .addElement(journey.id().value())
              .putEvidence("valueStreams", (double) streamsOfProviders)
              .putEvidence("providers", (double) providerStreams.size());
      providerStreams.keySet().forEach(provider -> span.addElement(provider.value()));
      findings.add(span.build());
    }
  }

  private static void checkElements(
      List<Finding> findings,
      CustomerJourney journey,
      Map<ValueStreamActivityId, ValueStream> streamOfActivity,
      Map<ValueStreamActivityId, ValueStreamActivity> activities) {
    List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
    elements.addAll(journey.interactions());
    for (JourneyElement element : elements) {
      for (ValueStreamActivityId activityId : element.activities()) {
        ValueStreamActivity activity = activities.get(activityId);
        ValueStream stream = streamOfActivity.get(activityId);
        if (activity == null || stream == null) {
          continue;
        }
        if (!activity.visibleToOtherParties()) {
          findings.add(
              finding(
                      HIDDEN_ACTIVITY_IN_JOURNEY,
                      Severity.ERROR,
                      element.name()
                          + " in journey "
                          + journey.id()
                          + " uses activity '"
                          + activity.name()
                          + "' of "
                          + stream.owner()
                          + ", which is hidden from the other parties;"
                          + " a journey holds only visible activities")
                  .addElement(journey.id().value())
                  .addElement(element.elementId())
                  .addElement(activityId.value())
                  .build());
        }
        if (!journey.valueStreams().contains(stream.id())) {
          findings.add(
              finding(
                      ACTIVITY_OUTSIDE_LINKED_STREAMS,
                      Severity.WARNING,
                      element.name()
                          + " in journey "
                          + journey.id()
                          + " uses activity '"
                          + activity.name()
                          + "' of value stream "
                          + stream.id()
                          + ", which the journey does not depend on")
                  .addElement(journey.id().value())
                  .addElement(element.elementId())
                  .addElement(stream.id().value())
                  .build());
        }
      }
    }
  }

  private static Finding.Builder finding(String rule, Severity severity, String message) {
    return Finding.builder().rule(rule).severity(severity).message(message).reference(REFERENCE);
  }

  /**
   * Returns the findings.
   *
   * @return journey by journey (rules 1, 3 and 4), then value stream by value stream (rules 2 and
   *     5)
   */
  public abstract List<Finding> findings();

  /**
   * Tells whether no rule is broken: there is no finding of severity error.
   *
   * @return true if every finding is an info or a warning
   */
  public boolean isSatisfied() {
    return findings().stream().noneMatch(finding -> finding.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule id, one of this class's constants
   * @return an unmodifiable list of the findings, in order
   */
  public List<Finding> findings(String rule) {
    List<Finding> selected = new ArrayList<>();
    for (Finding finding : findings()) {
      if (finding.rule().equals(rule)) {
        selected.add(finding);
      }
    }
    return Collections.unmodifiableList(selected);
  }
}
