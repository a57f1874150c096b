package org.covalue.journey.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;

/**
 * Checks the rules of a journey model that span several values, and reports every violation at
 * once: the core model's rules ({@link CoreModelValidator}, under {@code core}), journey, value
 * stream, activity and case ids used twice, and references to parties, value streams, value-stream
 * activities, services, journeys and touchpoints the model does not hold. A journey's own rules
 * (its touchpoints and interactions agree with each other) are checked when it is built.
 *
 * <pre>{@code
 * List<Violation> problems = JourneyValidator.validate(model);
 * JourneyValidator.requireValid(model); // or throw them all at once
 * }</pre>
 *
 * <p>Paths name the list and the index, such as {@code journeys[0].touchpoints[3].activities}.
 * Validation takes time linear in the size of the model. The class offers static methods only.
 */
public final class JourneyValidator {

  private final JourneyModel model;

  private JourneyValidator(JourneyModel model) {
    this.model = model;
  }

  /**
   * Checks a journey model's rules that span several elements, its core's included.
   *
   * @param model the model
   * @return every violation found: the core's first, then value streams, journeys, observed
   *     journeys and experiences; empty if the model is valid
   * @throws NullPointerException if the model is null
   */
  public static List<Violation> validate(JourneyModel model) {
    return new JourneyValidator(Objects.requireNonNull(model, "model")).run();
  }

  /**
   * Checks a model and returns it if it breaks no rule.
   *
   * @param model the model
   * @return the model
   * @throws InvalidModelException carrying every violation, if there is one
   * @throws NullPointerException if the model is null
   */
  public static JourneyModel requireValid(JourneyModel model) {
    List<Violation> violations = validate(model);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
    return model;
  }

  private List<Violation> run() {
    Violations found = Violations.collect();
    found.addAll("core", CoreModelValidator.validate(model.core()));
    List<ValueStream> valueStreams = model.valueStreams();
    List<CustomerJourney> journeys = model.journeys();
    Set<PartyId> partyIds = new HashSet<>();
    model.core().parties().forEach(party -> partyIds.add(party.id()));
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
    Set<ServiceId> serviceIds = new HashSet<>();
    model.core().services().forEach(service -> serviceIds.add(service.id()));
    for (int i = 0; i < journeys.size(); i++) {
      String path = "journeys[" + i + "]";
      CustomerJourney journey = journeys.get(i);
      checkJourney(found, path, journey, partyIds, streamIds, activityOwner.keySet());
      for (ValueStreamId stream : journey.directPartOf()) {
        found.checkKnown(streamIds, stream, path + ".directPartOf", "value stream");
      }
      for (ServiceId service : journey.services()) {
        found.checkKnown(serviceIds, service, path + ".services", "service");
      }
    }
    found.checkUnique(
        "observedJourneys", model.observedJourneys(), ObservedJourney::caseId, "caseId", "Case id");
    checkExperiences(found, journeys);
    return found.toList();
  }

  private void checkExperiences(Violations found, List<CustomerJourney> journeys) {
    Map<JourneyId, CustomerJourney> journeyIndex = new HashMap<>();
    journeys.forEach(journey -> journeyIndex.putIfAbsent(journey.id(), journey));
    List<ExperienceObservation> experiences = model.experiences();
    for (int i = 0; i < experiences.size(); i++) {
      ExperienceObservation experience = experiences.get(i);
      String path = "experiences[" + i + "]";
      Optional<JourneyId> journeyId = experience.journey();
      Optional<TouchpointId> touchpoint = experience.touchpoint();
      if (journeyId.isEmpty()) {
        continue;
      }
      CustomerJourney journey = journeyIndex.get(journeyId.get());
      if (journey == null) {
        found.checkKnown(journeyIndex.keySet(), journeyId.get(), path + ".journey", "journey");
      } else if (touchpoint.isPresent() && journey.touchpoint(touchpoint.get()).isEmpty()) {
        found.add(
            path + ".touchpoint",
            "Unknown touchpoint "
                + touchpoint.get()
                + ": journey "
                + journey.id()
                + " has no touchpoint with that id",
            touchpoint.get());
      }
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
