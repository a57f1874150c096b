package org.covalue.journey.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.covalue.core.Confidence;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;

/**
 * The journey of a user whose work is stopped by an IT incident, from noticing the problem to
 * giving feedback, after Table 1.3 of ITIL 4: Drive Stakeholder Value (§1.2.4).
 *
 * <p><strong>A reconstruction ({@link #CONFIDENCE}):</strong> the content of Table 1.3 was not
 * available to the project. The journey is a generic incident journey: the user notices a problem,
 * tries self-help, contacts the service desk, gets the incident registered with a reference, helps
 * with the diagnosis, receives progress updates, receives the fix, confirms the resolution, and
 * gives feedback. Noticing the problem happens inside the consumer's own operations, behind its
 * line of visibility, so it is an activity of the consumer's value stream ({@link
 * #NOTICE_PROBLEM}); the other eight are touchpoints, which lie in the band of visibility. covalue
 * places the first six touchpoints at the co-create step and the last two at the realize step; that
 * placement is also covalue's. Use the model as test and demo data, not as ITIL content.
 *
 * <p><strong>A journey without an agree step, by design.</strong> An incident journey starts at
 * co-create: the consumer and the provider agreed the incident-resolution service long before the
 * scanner failed, when the service desk was set up. So the journey has no agree touchpoint, and
 * instead involves the service {@link #SERVICE} ({@link CustomerJourney#services()}), whose scope
 * both parties agreed ({@link #service(PartyId, PartyId)}): the checks of Table 1.1 and §1.2.7 then
 * find nothing to report (ITIL 4: Drive Stakeholder Value, §1.1, Table 1.1: expectations are agreed
 * before investing; §1.2.7: the service is not the journey). The journey is a direct part of both
 * value streams: its touchpoints are their visible activities.
 *
 * <p>The model is built for any consumer and provider; every method returns new values.
 */
public final class IncidentResolution {

  /** How sure covalue is of this model: a reconstruction. */
  public static final Confidence CONFIDENCE = Confidence.RECONSTRUCTED;

  /** The journey's id. */
  public static final JourneyId JOURNEY = JourneyId.of("incident-resolution");

  /**
   * The user notices that something does not work: an activity of the consumer's value stream,
   * behind its line of visibility, so not a touchpoint.
   */
  public static final ValueStreamActivityId NOTICE_PROBLEM =
      ValueStreamActivityId.of("notice-problem");

  /** The user looks for a solution in the knowledge base. */
  public static final TouchpointId SELF_HELP = TouchpointId.of("self-help");

  /** The user contacts the service desk. */
  public static final TouchpointId CONTACT_DESK = TouchpointId.of("contact-desk");

  /** The incident is registered and the user gets a reference. */
  public static final TouchpointId INCIDENT_REGISTERED = TouchpointId.of("incident-registered");

  /** The user answers diagnostic questions or grants remote access. */
  public static final TouchpointId DIAGNOSIS = TouchpointId.of("diagnosis");

  /** The user receives progress updates. */
  public static final TouchpointId PROGRESS_UPDATES = TouchpointId.of("progress-updates");

  /** The user receives the fix or a workaround. */
  public static final TouchpointId FIX_RECEIVED = TouchpointId.of("fix-received");

  /** The user confirms the resolution and the incident is closed. */
  public static final TouchpointId CONFIRM_CLOSURE = TouchpointId.of("confirm-closure");

  /** The user gives feedback in a survey. */
  public static final TouchpointId FEEDBACK = TouchpointId.of("feedback");

  /** The provider's value stream that restores service. */
  public static final ValueStreamId RESTORE_SERVICE = ValueStreamId.of("restore-service");

  /** The consumer's value stream that keeps its operations running. */
  public static final ValueStreamId KEEP_OPERATING = ValueStreamId.of("keep-operating");

  /** The incident-resolution service the journey is part of. */
  public static final ServiceId SERVICE = ServiceId.of("incident-resolution-service");

  /** The day the parties agreed the scope of {@link #SERVICE}. */
  public static final LocalDate AGREED_ON = LocalDate.of(2025, 11, 3);

  private static final Instant FIRST_CASE_START = Instant.parse("2026-04-07T07:40:00Z");

  private IncidentResolution() {}

  /**
   * Returns the designed journey.
   *
   * @param consumer the consumer organization whose user has the incident
   * @param provider the provider that runs the service desk
   * @return the journey, seen from the user's perspective
   * @throws NullPointerException if an argument is null
   */
  public static CustomerJourney journey(PartyId consumer, PartyId provider) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(provider, "provider");
    CustomerJourneyStep coCreate = CustomerJourneyStep.CO_CREATE;
    CustomerJourneyStep realize = CustomerJourneyStep.REALIZE;
    return CustomerJourney.builder()
        .id(JOURNEY)
        .name("Resolving an incident")
        .scenario("A warehouse user's handheld scanner stops working during a shift")
        .consumer(consumer)
        .addProvider(provider)
        .persona(ConsumerRole.USER)
        .addValueStreams(RESTORE_SERVICE, KEEP_OPERATING)
        .addDirectPartOf(RESTORE_SERVICE, KEEP_OPERATING)
        .addService(SERVICE)
        .addTouchpoints(
            touchpoint(
                    SELF_HELP,
                    "Tries self-help in the knowledge base",
                    coCreate,
                    Channel.WEB,
                    consumer,
                    provider)
                .build(),
            touchpoint(
                    CONTACT_DESK,
                    "Contacts the service desk",
                    coCreate,
                    Channel.PHONE,
                    consumer,
                    provider)
                .addActivities(activity("report-disruption"), activity("log-incident"))
                .build(),
            touchpoint(
                    INCIDENT_REGISTERED,
                    "Gets the incident registered and a reference",
                    coCreate,
                    Channel.EMAIL,
                    consumer,
                    provider)
                .addActivity(activity("log-incident"))
                .build(),
            touchpoint(
                    DIAGNOSIS,
                    "Answers diagnostic questions or grants remote access",
                    coCreate,
                    Channel.PHONE,
                    consumer,
                    provider)
                .addActivities(activity("support-diagnosis"), activity("diagnose-incident"))
                .build(),
            touchpoint(
                    PROGRESS_UPDATES,
                    "Receives progress updates",
                    coCreate,
                    Channel.EMAIL,
                    consumer,
                    provider)
                .build(),
            touchpoint(
                    FIX_RECEIVED,
                    "Receives the fix or a workaround",
                    coCreate,
                    Channel.IN_PERSON,
                    consumer,
                    provider)
                .addActivity(activity("replace-device"))
                .build(),
            touchpoint(
                    CONFIRM_CLOSURE,
                    "Confirms the resolution and closure",
                    realize,
                    Channel.WEB,
                    consumer,
                    provider)
                .addActivities(activity("verify-fix"), activity("close-incident"))
                .build(),
            touchpoint(
                    FEEDBACK,
                    "Gives feedback in a survey",
                    realize,
                    Channel.EMAIL,
                    consumer,
                    provider)
                .build())
        .addInteractions(
            interaction(
                    "describe-incident",
                    "Describes the incident to an agent",
                    coCreate,
                    Channel.PHONE,
                    CONTACT_DESK,
                    consumer,
                    provider)
                .valueCoCreated("A shared understanding of what is wrong and how urgent it is")
                .build(),
            interaction(
                    "diagnose-together",
                    "Diagnoses the fault together with the agent",
                    coCreate,
                    Channel.PHONE,
                    DIAGNOSIS,
                    consumer,
                    provider)
                .valueCoCreated("The cause is found with the user's knowledge of the situation")
                .build(),
            interaction(
                    "restore-scanner",
                    "Gets a working scanner back",
                    coCreate,
                    Channel.IN_PERSON,
                    FIX_RECEIVED,
                    consumer,
                    provider)
                .valueCoCreated("The user can work again")
                .build(),
            interaction(
                    "agree-resolution",
                    "Agrees that the incident is resolved",
                    realize,
                    Channel.WEB,
                    CONFIRM_CLOSURE,
                    consumer,
                    provider)
                .build(),
            interaction(
                    "rate-service",
                    "Rates the service",
                    realize,
                    Channel.EMAIL,
                    FEEDBACK,
                    consumer,
                    provider)
                .valueCoCreated("Feedback the provider uses to improve")
                .build())
        .build();
  }

  /**
   * Returns the service the journey is part of, with the scope both parties agreed when the service
   * desk was set up: before the journey, which is why the journey has no agree touchpoint.
   *
   * @param consumer the consumer organization
   * @param provider the provider
   * @return the service, based on no product in this sample (add the provider's products to it)
   * @throws NullPointerException if an argument is null
   */
  public static Service service(PartyId consumer, PartyId provider) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(provider, "provider");
    return Service.builder()
        .id(SERVICE)
        .name("Incident resolution")
        .agreement(
            ServiceAgreement.builder()
                .scope(
                    "Restoring the warehouse's handheld devices and the systems they use, through"
                        + " the service desk, on working days from 6:00 to 22:00")
                .agreedOn(AGREED_ON)
                .addParties(provider, consumer)
                .build())
        .build();
  }

  /**
   * Returns the value streams the journey depends on: the provider's, which restores service, and
   * the consumer's, which keeps its operations running. Each has activities the other party cannot
   * see.
   *
   * @param consumer the consumer organization
   * @param provider the provider
   * @return the two value streams
   * @throws NullPointerException if an argument is null
   */
  public static List<ValueStream> valueStreams(PartyId consumer, PartyId provider) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(provider, "provider");
    return List.of(
        ValueStream.builder()
            .id(RESTORE_SERVICE)
            .name("Restore service")
            .owner(provider)
            .addActivities(
                ValueStreamActivity.visible(activity("log-incident"), "Log the incident"),
                ValueStreamActivity.visible(activity("diagnose-incident"), "Diagnose the incident"),
                ValueStreamActivity.hidden(
                    activity("investigate-root-cause"),
                    "Investigate the root cause with suppliers"),
                ValueStreamActivity.visible(
                    activity("replace-device"), "Replace or repair the device"),
                ValueStreamActivity.visible(activity("close-incident"), "Close the incident"),
                ValueStreamActivity.hidden(
                    activity("analyse-feedback"), "Analyse feedback and improve"))
            .build(),
        ValueStream.builder()
            .id(KEEP_OPERATING)
            .name("Keep warehouse operations running")
            .owner(consumer)
            .addActivities(
                ValueStreamActivity.hidden(NOTICE_PROBLEM, "Notice that work is held up"),
                ValueStreamActivity.visible(activity("report-disruption"), "Report the disruption"),
                ValueStreamActivity.visible(activity("support-diagnosis"), "Support the diagnosis"),
                ValueStreamActivity.visible(activity("verify-fix"), "Verify that work can resume"),
                ValueStreamActivity.hidden(
                    activity("reschedule-work"), "Reschedule the work that was held up"))
            .build());
  }

  /**
   * Returns an observed case that goes back and forth: after the first fix the scanner fails again,
   * so the user goes back to the diagnosis, hears about progress, and receives a second fix.
   *
   * @return case INC-1001
   */
  public static ObservedJourney backAndForthCase() {
    return observed(
        "INC-1001",
        FIRST_CASE_START,
        SELF_HELP,
        CONTACT_DESK,
        INCIDENT_REGISTERED,
        DIAGNOSIS,
        FIX_RECEIVED,
        DIAGNOSIS,
        PROGRESS_UPDATES,
        FIX_RECEIVED,
        CONFIRM_CLOSURE,
        FEEDBACK);
  }

  /**
   * Returns an observed case that starts part-way: a team lead reported the incident, so the user
   * first meets the service desk when the agent calls for the diagnosis, and never answers the
   * survey.
   *
   * @return case INC-1002
   */
  public static ObservedJourney midWayCase() {
    return observed(
        "INC-1002",
        FIRST_CASE_START.plus(Duration.ofDays(1)),
        DIAGNOSIS,
        PROGRESS_UPDATES,
        FIX_RECEIVED,
        CONFIRM_CLOSURE);
  }

  /**
   * Returns user-experience observations gathered along the journey.
   *
   * @return the observations
   */
  public static List<ExperienceObservation> experience() {
    return List.of(
        ux(
            CustomerJourneyStep.CO_CREATE,
            SELF_HELP,
            ExperienceSource.JOURNEY,
            0.3,
            0.2,
            "The article did not match the scanner model"),
        ux(
            CustomerJourneyStep.CO_CREATE,
            CONTACT_DESK,
            ExperienceSource.JOURNEY,
            0.8,
            0.7,
            "The agent answered within a minute"),
        ux(
            CustomerJourneyStep.CO_CREATE,
            FIX_RECEIVED,
            ExperienceSource.ENVIRONMENT,
            0.6,
            0.4,
            "The shift lost an hour of picking"),
        ux(
            CustomerJourneyStep.REALIZE,
            FEEDBACK,
            ExperienceSource.BRAND,
            0.7,
            0.8,
            "Would recommend the desk to other sites"));
  }

  private static ExperienceObservation ux(
      CustomerJourneyStep step,
      TouchpointId touchpoint,
      ExperienceSource source,
      double functional,
      double emotional,
      String note) {
    return ExperienceObservation.builder()
        .perceiver(ExperiencePerceiver.USER)
        .source(source)
        .functional(Score.of(functional))
        .emotional(Score.of(emotional))
        .journey(JOURNEY)
        .step(step)
        .touchpoint(touchpoint)
        .note(note)
        .build();
  }

  private static ObservedJourney observed(
      String caseId, Instant start, TouchpointId... touchpoints) {
    List<JourneyEvent> events = new ArrayList<>(touchpoints.length);
    for (int i = 0; i < touchpoints.length; i++) {
      CustomerJourneyStep step =
          touchpoints[i].equals(CONFIRM_CLOSURE) || touchpoints[i].equals(FEEDBACK)
              ? CustomerJourneyStep.REALIZE
              : CustomerJourneyStep.CO_CREATE;
      events.add(JourneyEvent.of(touchpoints[i], step, start.plus(Duration.ofMinutes(17L * i))));
    }
    return ObservedJourney.of(CaseId.of(caseId), events);
  }

  private static Touchpoint.Builder touchpoint(
      TouchpointId id,
      String name,
      CustomerJourneyStep step,
      Channel channel,
      PartyId consumer,
      PartyId provider) {
    return Touchpoint.builder()
        .id(id)
        .name(name)
        .step(step)
        .channel(channel)
        .addParties(consumer, provider);
  }

  private static ServiceInteraction.Builder interaction(
      String id,
      String name,
      CustomerJourneyStep step,
      Channel channel,
      TouchpointId at,
      PartyId consumer,
      PartyId provider) {
    return ServiceInteraction.builder()
        .id(ServiceInteractionId.of(id))
        .name(name)
        .step(step)
        .channel(channel)
        .touchpoint(at)
        .provider(provider)
        .consumer(consumer);
  }

  private static ValueStreamActivityId activity(String id) {
    return ValueStreamActivityId.of(id);
  }
}
