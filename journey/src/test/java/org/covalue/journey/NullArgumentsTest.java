package org.covalue.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.analysis.ExperienceSummary;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyReturn;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.MidWayEntry;
import org.covalue.journey.analysis.ReturnTowardsStart;
import org.covalue.journey.analysis.StakeholderMapHistory;
import org.covalue.journey.analysis.StakeholderMapReview;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.log.Abandonment;
import org.covalue.journey.log.ActivityMapping;
import org.covalue.journey.log.DurationStats;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.covalue.journey.log.Loops;
import org.covalue.journey.log.Move;
import org.covalue.journey.log.Transition;
import org.covalue.journey.log.Variant;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every exported package of covalue-journey refuses a null argument with the
 * exception conventions.md documents: InvalidModelException for model input, NullPointerException
 * for analyses and other operations (docs/decisions/0010 for the one exception).
 */
class NullArgumentsTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  private static CustomerJourney journey() {
    return IncidentResolution.journey(ACME, DESK);
  }

  private static JourneyModel model() {
    return JourneyModel.builder()
        .core(
            CoreModel.builder()
                .addParty(Party.organization(ACME, "Acme"))
                .addParty(Party.organization(DESK, "Desk"))
                .addService(IncidentResolution.service(ACME, DESK))
                .build())
        .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
        .addJourney(journey())
        .build();
  }

  private static JourneyLog log() {
    return JourneyLog.builder()
        .add("c1", "1", Instant.EPOCH)
        .add("c1", "2", Instant.EPOCH.plusSeconds(60))
        .add("c1", "1", Instant.EPOCH.plusSeconds(120))
        .add("c2", "2", Instant.EPOCH)
        .build();
  }

  private static ObservedJourney backTowardsStart() {
    return ObservedJourney.of(
        CaseId.of("late"),
        List.of(
            JourneyEvent.of(
                IncidentResolution.DIAGNOSIS, CustomerJourneyStep.CO_CREATE, Instant.EPOCH),
            JourneyEvent.of(
                IncidentResolution.SELF_HELP,
                CustomerJourneyStep.CO_CREATE,
                Instant.EPOCH.plusSeconds(60))));
  }

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(PartyId.class, () -> ACME)
            .sample(Score.class, () -> Score.of(0.5))
            .sample(JourneyId.class, () -> IncidentResolution.JOURNEY)
            .sample(TouchpointId.class, () -> IncidentResolution.DIAGNOSIS)
            .sample(ServiceInteractionId.class, () -> ServiceInteractionId.of("i"))
            .sample(ValueStreamId.class, () -> IncidentResolution.RESTORE_SERVICE)
            .sample(ValueStreamActivityId.class, () -> ValueStreamActivityId.of("a"))
            .sample(CaseId.class, () -> CaseId.of("c"))
            .sample(Channel.class, () -> Channel.WEB)
            .sample(CustomerJourney.class, NullArgumentsTest::journey)
            .sample(CustomerJourney.Builder.class, CustomerJourney::builder)
            .sample(Touchpoint.class, () -> journey().touchpoints().get(0))
            .sample(Touchpoint.Builder.class, Touchpoint::builder)
            .sample(ServiceInteraction.class, () -> journey().interactions().get(0))
            .sample(ServiceInteraction.Builder.class, ServiceInteraction::builder)
            .sample(
                StakeholderMapAtStep.class,
                () ->
                    StakeholderMapAtStep.of(
                        CustomerJourneyStep.AGREE, StakeholderMap.builder().build()))
            .sample(ValueStream.class, () -> IncidentResolution.valueStreams(ACME, DESK).get(0))
            .sample(ValueStream.Builder.class, ValueStream::builder)
            .sample(
                ValueStreamActivity.class,
                () -> ValueStreamActivity.visible(ValueStreamActivityId.of("a"), "Logs it"))
            .sample(ExperienceSource.class, () -> ExperienceSource.JOURNEY)
            .sample(ExperienceObservation.class, () -> IncidentResolution.experience().get(0))
            .sample(ExperienceObservation.Builder.class, ExperienceObservation::builder)
            .sample(
                JourneyEvent.class,
                () ->
                    JourneyEvent.of(
                        IncidentResolution.DIAGNOSIS, CustomerJourneyStep.CO_CREATE, Instant.EPOCH))
            .sample(ObservedJourney.class, IncidentResolution::backAndForthCase)
            .sample(JourneyModel.class, NullArgumentsTest::model)
            .sample(JourneyModel.Builder.class, JourneyModel::builder)
            .sample(
                ExperienceSummary.class,
                () -> ExperienceSummary.of(IncidentResolution.experience()))
            .sample(
                ExperienceSummary.Average.class,
                () -> ExperienceSummary.of(IncidentResolution.experience()).overall())
            .sample(
                JourneyConformance.class,
                () -> JourneyConformance.of(journey(), IncidentResolution.backAndForthCase()))
            .sample(
                JourneyPaths.class,
                () -> JourneyPaths.of(journey(), IncidentResolution.backAndForthCase()))
            .sample(
                JourneyReturn.class,
                () ->
                    JourneyPaths.of(journey(), IncidentResolution.backAndForthCase())
                        .returns()
                        .get(0))
            .sample(
                MidWayEntry.class,
                () ->
                    JourneyPaths.of(journey(), IncidentResolution.midWayCase())
                        .midWayEntry()
                        .orElseThrow())
            .sample(ValueStreamAnalysis.class, () -> ValueStreamAnalysis.of(model()))
            .analysisPackage("org.covalue.journey.log")
            .operation(JourneyLog.Builder.class, "caseCode")
            .operation(JourneyLog.Builder.class, "caseCodes")
            .operation(JourneyLog.Builder.class, "activityCode")
            .sample(JourneyLog.class, NullArgumentsTest::log)
            .sample(Move.class, () -> JourneyAnalytics.of(log()).loops().moves().get(0))
            .sample(JourneyLog.Builder.class, JourneyLog::builder)
            .sample(
                ActivityMapping.class,
                () ->
                    ActivityMapping.builder()
                        .map("1", CustomerJourneyStep.ENGAGE, IncidentResolution.CONTACT_DESK)
                        .build())
            .sample(ActivityMapping.Builder.class, ActivityMapping::builder)
            .sample(JourneyAnalyzer.class, () -> JourneyAnalyzer.DEFAULT)
            .sample(JourneyAnalytics.class, () -> JourneyAnalytics.of(log()))
            .sample(Transition.class, () -> JourneyAnalytics.of(log()).directlyFollows().get(0))
            .sample(Variant.class, () -> JourneyAnalytics.of(log()).variants().get(0))
            .sample(Loops.class, () -> JourneyAnalytics.of(log()).loops())
            .sample(
                Abandonment.class,
                () ->
                    JourneyAnalyzer.DEFAULT
                        .withFinalActivities(java.util.Set.of("2"))
                        .analyze(log())
                        .abandonment()
                        .orElseThrow())
            .sample(
                DurationStats.class,
                () -> JourneyAnalytics.of(log()).directlyFollows().get(0).durations())
            .sample(JourneyServiceAnalysis.class, () -> JourneyServiceAnalysis.of(model()))
            .sample(JourneyStepConditions.class, () -> JourneyStepConditions.of(model()))
            .sample(
                ReturnTowardsStart.class,
                () ->
                    JourneyPaths.of(journey(), backTowardsStart()).backTowardsStart().orElseThrow())
            .sample(StakeholderMapReview.class, () -> StakeholderMapReview.DEFAULT)
            .sample(
                StakeholderMapHistory.class, () -> StakeholderMapReview.DEFAULT.review(journey()))
            .sample(
                StakeholderMapHistory.Overdue.class,
                () ->
                    StakeholderMapReview.DEFAULT
                        .withMaxStepsWithoutRevision(1)
                        .review(journey())
                        .overdue()
                        .get(0))
            .checkPackages(
                "org.covalue.journey",
                List.of(
                    "org.covalue.journey",
                    "org.covalue.journey.analysis",
                    "org.covalue.journey.experience",
                    "org.covalue.journey.log",
                    "org.covalue.journey.model",
                    "org.covalue.journey.observed",
                    "org.covalue.journey.sample",
                    "org.covalue.journey.valuestream"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked()).hasSizeGreaterThan(150);
    assertThat(ExperiencePerceiver.values()).isNotEmpty();
  }
}
