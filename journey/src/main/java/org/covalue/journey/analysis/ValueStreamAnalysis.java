package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.immutables.value.Value;

/**
 * Journeys read against the five statements ITIL 4: Drive Stakeholder Value makes about customer
 * journeys and value streams (§1.2.4, Figure 1.4), each broken or noteworthy case a {@link
 * Finding}:
 *
 * <ol>
 *   <li>{@link #PARTY_WITHOUT_VALUE_STREAM} (error): a journey depends on at least one value stream
 *       of each participating party; a participant without a linked value stream breaks it.
 *   <li>{@link #SUPPORTS_ONE_JOURNEY} (info): a value stream usually supports several journeys; one
 *       that supports a single journey of those analysed is reported.
 *   <li>{@link #SPANS_VALUE_STREAMS} (info): a journey may span several value streams of a provider
 *       or value streams of several providers; such spans are reported. {@link
 *       #ACTIVITY_OUTSIDE_LINKED_STREAMS} (warning) reports a journey element that uses an activity
 *       of a value stream the journey does not link, and {@link #STREAM_OF_NON_PARTICIPANT}
 *       (warning) a linked value stream owned by a party outside the journey.
 *   <li>{@link #HIDDEN_ACTIVITY_IN_JOURNEY} (error): a journey holds only the value-stream
 *       activities inside the band of visibility; an element that uses a hidden activity breaks it.
 *   <li>{@link #NOT_IN_ANY_JOURNEY} (info): since parts of value streams are invisible to other
 *       parties, some value streams are part of no journey; they are reported. A journey may depend
 *       on a value stream ({@link CustomerJourney#valueStreams()}) or be a direct part of it
 *       ({@link CustomerJourney#directPartOf()}); as the figure states it, some value streams are a
 *       direct part of no journey: {@link #ONLY_DEPENDED_ON} (info) reports a value stream that
 *       journeys depend on without any being a direct part of it. {@link #ALL_ACTIVITIES_HIDDEN}
 *       reports a journey linked to a value stream whose activities are all hidden from the other
 *       parties: a warning when the journey is said to be a direct part of it (it cannot be a
 *       direct part of what no other party sees), information when it only depends on it.
 * </ol>
 *
 * <p>Every statement counts both kinds of link, except where it names one.
 *
 * <pre>{@code
 * ValueStreamAnalysis analysis = ValueStreamAnalysis.of(model);
 * analysis.hasErrors();   // true if statement 1 or 4 is broken
 * }</pre>
 *
 * <p>The analysis takes time linear in the size of the journeys and value streams. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueStreamAnalysis implements HasFindings {

  private static final ItilReference FIGURE_1_4 = ItilReference.section("1.2.4").figure("1.4");

  /** Statement 1: a participant of a journey has no linked value stream. */
  public static final Rule PARTY_WITHOUT_VALUE_STREAM =
      Rule.of(
          "value-streams.party-without-value-stream",
          Severity.ERROR,
          FIGURE_1_4,
          "A journey depends on no value stream of one of its participants");

  /** Statement 2: a value stream supports only one of the journeys analysed. */
  public static final Rule SUPPORTS_ONE_JOURNEY =
      Rule.of(
          "value-streams.supports-one-journey",
          Severity.INFO,
          FIGURE_1_4,
          "A value stream supports only one of the journeys analysed, where value streams usually"
              + " support several");

  /** Statement 3: a journey spans several value streams of a provider or of several providers. */
  public static final Rule SPANS_VALUE_STREAMS =
      Rule.of(
          "value-streams.spans-value-streams",
          Severity.INFO,
          FIGURE_1_4,
          "A journey spans several value streams of its providers");

  /**
   * Statement 3: a journey element uses an activity of a value stream the journey does not link.
   */
  public static final Rule ACTIVITY_OUTSIDE_LINKED_STREAMS =
      Rule.of(
          "value-streams.activity-outside-linked-streams",
          Severity.WARNING,
          FIGURE_1_4,
          "A journey element uses an activity of a value stream the journey does not depend on");

  /** Statement 3: a journey links a value stream of a party that does not take part in it. */
  public static final Rule STREAM_OF_NON_PARTICIPANT =
      Rule.of(
          "value-streams.stream-of-non-participant",
          Severity.WARNING,
          FIGURE_1_4,
          "A journey depends on a value stream of a party that does not take part in it");

  /** Statement 4: a journey element uses an activity hidden from the other parties. */
  public static final Rule HIDDEN_ACTIVITY_IN_JOURNEY =
      Rule.of(
          "value-streams.hidden-activity-in-journey",
          Severity.ERROR,
          FIGURE_1_4,
          "A journey element uses a value-stream activity hidden from the other parties");

  /**
   * Statement 5 as the figure states it: a value stream that journeys depend on but are a direct
   * part of none of.
   */
  public static final Rule ONLY_DEPENDED_ON =
      Rule.of(
          "value-streams.only-depended-on",
          Severity.INFO,
          FIGURE_1_4,
          "Journeys depend on a value stream but none is a direct part of it, as parts of value"
              + " streams are invisible to other parties");

  /**
   * Statements 4 and 5: a journey is linked to a value stream whose activities are all hidden from
   * the other parties; a warning when the journey is said to be a direct part of it.
   */
  public static final Rule ALL_ACTIVITIES_HIDDEN =
      Rule.of(
          "value-streams.all-activities-hidden",
          Severity.WARNING,
          FIGURE_1_4,
          "A journey is linked to a value stream whose activities are all hidden from the other"
              + " parties; information when it only depends on it");

  /** Statement 5: a value stream is part of no journey. */
  public static final Rule NOT_IN_ANY_JOURNEY =
      Rule.of(
          "value-streams.not-in-any-journey",
          Severity.INFO,
          FIGURE_1_4,
          "A value stream is part of none of the journeys analysed");

  ValueStreamAnalysis() {}

  /**
   * Analyses journeys against the value streams they depend on. Value streams and activities a
   * journey names but the given value streams lack are left to {@link JourneyValidator}.
   *
   * @param journeys the journeys
   * @param valueStreams the value streams of the parties
   * @return the findings, journey by journey, then value stream by value stream
   * @throws NullPointerException if an argument or an element of one is null
   */
  public static ValueStreamAnalysis of(
      Collection<CustomerJourney> journeys, Collection<ValueStream> valueStreams) {
    List<CustomerJourney> givenJourneys = List.copyOf(Objects.requireNonNull(journeys, "journeys"));
    List<ValueStream> givenStreams =
        List.copyOf(Objects.requireNonNull(valueStreams, "valueStreams"));
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
    Map<ValueStreamId, List<JourneyId>> journeysOfStream = new LinkedHashMap<>();
    streams.keySet().forEach(id -> journeysOfStream.put(id, new ArrayList<>()));
    Map<ValueStreamId, Integer> directParts = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (CustomerJourney journey : givenJourneys) {
      List<ValueStream> linked = new ArrayList<>();
      for (ValueStreamId id : journey.linkedValueStreams()) {
        ValueStream stream = streams.get(id);
        if (stream != null) {
          linked.add(stream);
          // Every known stream has its list from the start.
          Objects.requireNonNull(journeysOfStream.get(id)).add(journey.id());
          if (journey.directPartOf().contains(id)) {
            directParts.merge(id, 1, Integer::sum);
          }
        }
      }
      checkParticipants(findings, journey, linked);
      checkHidden(findings, journey, linked);
      checkSpan(findings, journey, linked);
      checkElements(findings, journey, streamOfActivity, activities);
    }
    for (Map.Entry<ValueStreamId, List<JourneyId>> entry : journeysOfStream.entrySet()) {
      ValueStreamId stream = entry.getKey();
      List<JourneyId> supported = entry.getValue();
      if (supported.isEmpty()) {
        findings.add(
            Finding.builder(NOT_IN_ANY_JOURNEY)
                .message(() -> "Value stream " + stream + " is part of no journey analysed")
                .addElement(stream)
                .build());
      } else if (!directParts.containsKey(stream)) {
        int count = supported.size();
        findings.add(
            Finding.builder(ONLY_DEPENDED_ON)
                .message(
                    () ->
                        (count == 1 ? "A journey depends" : count + " journeys depend")
                            + " on value stream "
                            + stream
                            + ", but none is a direct part of it")
                .addElement(stream)
                .putEvidence("journeys", count)
                .build());
      }
      if (supported.size() == 1) {
        JourneyId only = supported.get(0);
        findings.add(
            Finding.builder(SUPPORTS_ONE_JOURNEY)
                .message(
                    () ->
                        "Value stream "
                            + stream
                            + " supports only journey "
                            + only
                            + "; value streams usually support several")
                .addElement(stream)
                .addElement(only)
                .build());
      }
    }
    return ImmutableValueStreamAnalysis.builder().findings(findings).build();
  }

  /**
   * Analyses the journeys and value streams of a journey model.
   *
   * @param model the model
   * @return the findings, journey by journey, then value stream by value stream
   * @throws NullPointerException if the model is null
   */
  public static ValueStreamAnalysis of(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    return of(model.journeys(), model.valueStreams());
  }

  private static void checkParticipants(
      List<Finding> findings, CustomerJourney journey, List<ValueStream> linked) {
    Set<PartyId> participants = journey.participants();
    Set<PartyId> owners = new LinkedHashSet<>();
    linked.forEach(stream -> owners.add(stream.owner()));
    JourneyId id = journey.id();
    for (PartyId participant : participants) {
      if (!owners.contains(participant)) {
        findings.add(
            Finding.builder(PARTY_WITHOUT_VALUE_STREAM)
                .message(
                    () ->
                        "Journey "
                            + id
                            + " depends on no value stream of "
                            + participant
                            + ", but a journey depends on at least one value stream of each"
                            + " participant")
                .addElement(id)
                .addElement(participant)
                .build());
      }
    }
    for (ValueStream stream : linked) {
      if (!participants.contains(stream.owner())) {
        ValueStreamId streamId = stream.id();
        PartyId owner = stream.owner();
        findings.add(
            Finding.builder(STREAM_OF_NON_PARTICIPANT)
                .message(
                    () ->
                        "Journey "
                            + id
                            + " depends on value stream "
                            + streamId
                            + " of "
                            + owner
                            + ", which does not take part in the journey")
                .addElement(id)
                .addElement(streamId)
                .addElement(owner)
                .build());
      }
    }
  }

  private static void checkHidden(
      List<Finding> findings, CustomerJourney journey, List<ValueStream> linked) {
    JourneyId id = journey.id();
    for (ValueStream stream : linked) {
      boolean allHidden = true;
      for (ValueStreamActivity activity : stream.activities()) {
        allHidden &= !activity.isVisibleToOtherParties();
      }
      if (!allHidden) {
        continue;
      }
      boolean direct = journey.directPartOf().contains(stream.id());
      ValueStreamId streamId = stream.id();
      PartyId owner = stream.owner();
      findings.add(
          Finding.builder(ALL_ACTIVITIES_HIDDEN)
              .severity(direct ? Severity.WARNING : Severity.INFO)
              .message(
                  () ->
                      "Journey "
                          + id
                          + (direct ? " is said to be a direct part of" : " depends on")
                          + " value stream "
                          + streamId
                          + " of "
                          + owner
                          + ", whose activities are all hidden from the other parties"
                          + (direct
                              ? "; a journey can only be a direct part of what they see"
                              : ""))
              .addElement(id)
              .addElement(streamId)
              .addElement(owner)
              .putData("link", direct ? "direct-part" : "depends-on")
              .putEvidence("activities", stream.activities().size())
              .build());
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
    int streams = providerStreams.values().stream().mapToInt(Integer::intValue).sum();
    if (streams > 1) {
      JourneyId id = journey.id();
      int providers = providerStreams.size();
      findings.add(
          Finding.builder(SPANS_VALUE_STREAMS)
              .message(
                  () ->
                      "Journey "
                          + id
                          + " spans "
                          + streams
                          + " value streams of "
                          + providers
                          + (providers == 1 ? " provider" : " providers"))
              .addElement(id)
              .addAllElements(providerStreams.keySet())
              .putEvidence("valueStreams", streams)
              .putEvidence("providers", providers)
              .build());
    }
  }

  private static void checkElements(
      List<Finding> findings,
      CustomerJourney journey,
      Map<ValueStreamActivityId, ValueStream> streamOfActivity,
      Map<ValueStreamActivityId, ValueStreamActivity> activities) {
    List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
    elements.addAll(journey.interactions());
    JourneyId id = journey.id();
    for (JourneyElement element : elements) {
      String elementName = element.name();
      TypedId<?> elementId = element.id();
      for (ValueStreamActivityId activityId : element.activities()) {
        ValueStreamActivity activity = activities.get(activityId);
        ValueStream stream = streamOfActivity.get(activityId);
        if (activity == null || stream == null) {
          continue;
        }
        String activityName = activity.name();
        if (!activity.isVisibleToOtherParties()) {
          PartyId owner = stream.owner();
          findings.add(
              Finding.builder(HIDDEN_ACTIVITY_IN_JOURNEY)
                  .message(
                      () ->
                          elementName
                              + " in journey "
                              + id
                              + " uses activity '"
                              + activityName
                              + "' of "
                              + owner
                              + ", which is hidden from the other parties;"
                              + " a journey holds only visible activities")
                  .addElement(id)
                  .addElement(elementId)
                  .addElement(activityId)
                  .build());
        }
        if (!journey.linkedValueStreams().contains(stream.id())) {
          ValueStreamId streamId = stream.id();
          findings.add(
              Finding.builder(ACTIVITY_OUTSIDE_LINKED_STREAMS)
                  .message(
                      () ->
                          elementName
                              + " in journey "
                              + id
                              + " uses activity '"
                              + activityName
                              + "' of value stream "
                              + streamId
                              + ", which the journey does not depend on")
                  .addElement(id)
                  .addElement(elementId)
                  .addElement(streamId)
                  .build());
        }
      }
    }
  }

  /**
   * Returns the findings. Those of {@link #ALL_ACTIVITIES_HIDDEN} name the journey, the value
   * stream and its owner, with the data {@code link} ({@code direct-part} or {@code depends-on})
   * and the evidence {@code activities}; those of {@link #ONLY_DEPENDED_ON} name the value stream,
   * with the evidence {@code journeys}, the number of journeys that depend on it.
   *
   * @return journey by journey (statements 1, 3, 4 and 5), then value stream by value stream
   *     (statements 2 and 5)
   */
  @Override
  public abstract List<Finding> findings();

  /** Returns the number of findings and of errors among them. */
  @Override
  public String toString() {
    long errors = findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    return "ValueStreamAnalysis{findings=" + findings().size() + ", errors=" + errors + "}";
  }
}
