package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.ServiceId;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.StakeholderMapHistory;
import org.covalue.journey.analysis.StakeholderMapReview;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the chapter checks of covalue-journey (issue 11): Table 1.1's step conditions, journeys
 * and their services, and stakeholder maps over time. Each rule stays silent on a journey that
 * meets its condition by construction, agrees with a plain reading of its Javadoc, and does not
 * depend on the order of the model's lists or on the ids.
 */
class ChapterChecksPropertiesTest {

  private static final int EXAMPLES = 300;

  private static final Set<CustomerJourneyStep> INVESTING =
      EnumSet.of(CustomerJourneyStep.ONBOARD, CustomerJourneyStep.CO_CREATE);

  private static ObservedJourney following(CustomerJourney journey, String caseId) {
    List<JourneyEvent> events = new ArrayList<>();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    for (Touchpoint touchpoint : journey.touchpoints()) {
      events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
      at = at.plusSeconds(60);
    }
    return ObservedJourney.of(CaseId.of(caseId), events);
  }

  // ---- Table 1.1 ----

  @Test
  void journeysInTheUsualOrderOfStepsNeverInvestBeforeAgreeingNorOfferBeforeEngaging() {
    qt().withExamples(EXAMPLES)
        .forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<Touchpoint> sorted = new ArrayList<>(journey.touchpoints());
              sorted.sort(Comparator.comparing(Touchpoint::step));
              CustomerJourney ordered = journey.withTouchpoints(sorted);
              JourneyStepConditions conditions = JourneyStepConditions.of(ordered);
              assertThat(conditions.findings(JourneyStepConditions.INVEST_BEFORE_AGREE)).isEmpty();
              assertThat(conditions.findings(JourneyStepConditions.OFFER_BEFORE_ENGAGE)).isEmpty();
            });
  }

  @Test
  void eachConditionFollowsAPlainReadingOfTable11() {
    qt().withExamples(EXAMPLES)
        .forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<CustomerJourneyStep> steps = new ArrayList<>();
              journey.touchpoints().forEach(t -> steps.add(t.step()));
              int agree = steps.indexOf(CustomerJourneyStep.AGREE);
              int engage = steps.indexOf(CustomerJourneyStep.ENGAGE);
              long investedEarly =
                  agree < 0
                      ? 0
                      : steps.subList(0, agree).stream().filter(INVESTING::contains).count();
              boolean transition =
                  agree >= 0
                      && steps
                          .subList(agree + 1, steps.size())
                          .contains(CustomerJourneyStep.ONBOARD);
              long offeredEarly =
                  engage < 0
                      ? 0
                      : steps.subList(0, engage).stream()
                          .filter(s -> s == CustomerJourneyStep.OFFER)
                          .count();
              JourneyStepConditions conditions = JourneyStepConditions.of(journey);
              assertThat(conditions.findings(JourneyStepConditions.INVEST_BEFORE_AGREE))
                  .hasSize(investedEarly > 0 ? 1 : 0);
              assertThat(conditions.findings(JourneyStepConditions.AGREE_WITHOUT_TRANSITION))
                  .hasSize(agree >= 0 && !transition ? 1 : 0);
              assertThat(conditions.findings(JourneyStepConditions.OFFER_BEFORE_ENGAGE))
                  .hasSize(offeredEarly > 0 ? 1 : 0);
              for (Finding f : conditions.findings(JourneyStepConditions.INVEST_BEFORE_AGREE)) {
                assertThat(f.evidence().get("count")).isEqualTo((double) investedEarly);
                assertThat(f.evidence().get("agreeIndex")).isEqualTo((double) agree);
              }
              for (Finding f : conditions.findings(JourneyStepConditions.OFFER_BEFORE_ENGAGE)) {
                assertThat(f.evidence().get("count")).isEqualTo((double) offeredEarly);
                assertThat(f.evidence().get("engageIndex")).isEqualTo((double) engage);
              }
            });
  }

  @Test
  void aCaseThatFollowsItsDesignBreaksTheSameConditionsAsTheDesign() {
    qt().withExamples(EXAMPLES)
        .forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<Finding> designed = JourneyStepConditions.of(journey).findings();
              List<Finding> observed = JourneyStepConditions.of(following(journey, "c")).findings();
              assertThat(observed).hasSameSizeAs(designed);
              for (int i = 0; i < designed.size(); i++) {
                assertThat(observed.get(i).rule()).isEqualTo(designed.get(i).rule());
                assertThat(observed.get(i).data()).isEqualTo(designed.get(i).data());
                assertThat(observed.get(i).evidence()).isEqualTo(designed.get(i).evidence());
                assertThat(observed.get(i).elements().subList(1, observed.get(i).elements().size()))
                    .isEqualTo(
                        designed.get(i).elements().subList(1, designed.get(i).elements().size()));
              }
            });
  }

  @Test
  void stepConditionsDoNotDependOnTheTouchpointIds() {
    qt().withExamples(EXAMPLES)
        .forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              ObservedJourney observed = following(journey, "c");
              List<JourneyEvent> renamed = new ArrayList<>();
              for (JourneyEvent event : observed.events()) {
                renamed.add(
                    JourneyEvent.of(
                        TouchpointId.of("renamed-" + event.touchpoint().value()),
                        event.step(),
                        event.at()));
              }
              List<Finding> before = JourneyStepConditions.of(observed).findings();
              List<Finding> after =
                  JourneyStepConditions.of(ObservedJourney.of(CaseId.of("d"), renamed)).findings();
              assertThat(after).hasSameSizeAs(before);
              for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).rule()).isEqualTo(before.get(i).rule());
                assertThat(after.get(i).data()).isEqualTo(before.get(i).data());
                assertThat(after.get(i).evidence()).isEqualTo(before.get(i).evidence());
              }
            });
  }

  @Test
  void modelFindingsDoNotDependOnTheOrderOfJourneysAndCases() {
    Gen<List<JourneyModel>> reordered =
        in -> {
          JourneyModel model = JourneyModels.models().generate(in);
          return List.of(
              model,
              model
                  .withJourneys(Draw.shuffle(in, model.journeys()))
                  .withObservedJourneys(Draw.shuffle(in, model.observedJourneys())));
        };
    qt().withExamples(EXAMPLES)
        .forAll(reordered)
        .checkAssert(
            pair -> {
              assertThat(Laws.multiset(JourneyStepConditions.of(pair.get(1)).findings()))
                  .isEqualTo(Laws.multiset(JourneyStepConditions.of(pair.get(0)).findings()));
              assertThat(Laws.multiset(JourneyServiceAnalysis.of(pair.get(1)).findings()))
                  .isEqualTo(Laws.multiset(JourneyServiceAnalysis.of(pair.get(0)).findings()));
            });
  }

  // ---- journeys and services (§1.2.7) ----

  @Test
  void journeysInvolvingAgreedServicesAreNeverReported() {
    qt().withExamples(EXAMPLES)
        .forAll(JourneyModels.models().mix(JourneyModels.looseModels(), 40))
        .checkAssert(
            model -> {
              ServiceId agreed = ServiceId.of("agreed-service");
              List<Service> services = new ArrayList<>();
              for (Service service : model.core().services()) {
                services.add(service.withAgreement(agreement()));
              }
              services.add(
                  Service.builder().id(agreed).name("Agreed").agreement(agreement()).build());
              List<CustomerJourney> journeys = new ArrayList<>();
              for (CustomerJourney journey : model.journeys()) {
                List<ServiceId> involved = new ArrayList<>(journey.services());
                involved.add(agreed);
                journeys.add(journey.withServices(involved));
              }
              JourneyModel fixed =
                  model.withCore(model.core().withServices(services)).withJourneys(journeys);
              assertThat(JourneyServiceAnalysis.of(fixed).findings()).isEmpty();
            });
  }

  @Test
  void aJourneyWithoutServicesIsReportedOnce() {
    qt().withExamples(EXAMPLES)
        .forAll(JourneyModels.models().mix(JourneyModels.looseModels(), 40))
        .checkAssert(
            model -> {
              long without = model.journeys().stream().filter(j -> j.services().isEmpty()).count();
              assertThat(
                      JourneyServiceAnalysis.of(model).findings(JourneyServiceAnalysis.NO_SERVICE))
                  .hasSize((int) without);
            });
  }

  private static ServiceAgreement agreement() {
    return ServiceAgreement.builder()
        .scope("Agreed scope")
        .agreedOn(java.time.LocalDate.of(2026, 1, 1))
        .addParty(org.covalue.core.PartyId.of("someone"))
        .build();
  }

  // ---- stakeholder maps over time (§1.2.1) ----

  @Test
  void aJourneyThatRevisesItsMapAtEveryStepIsNeverOverdue() {
    qt().withExamples(EXAMPLES)
        .forAll(Journeys.journeys())
        .checkAssert(
            journey -> {
              List<StakeholderMapAtStep> maps = new ArrayList<>();
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                maps.add(StakeholderMapAtStep.of(step, StakeholderMap.builder().build()));
              }
              CustomerJourney revised =
                  CustomerJourney.builder().from(journey).stakeholderMaps(maps).build();
              StakeholderMapHistory history =
                  StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(1).review(revised);
              assertThat(history.findings()).isEmpty();
              assertThat(history.revisions()).hasSize(6);
            });
  }

  @Test
  void overdueRevisionsFollowAPlainCountOfTheStepsReached() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Journeys.journeys(), org.quicktheories.generators.SourceDSL.integers().between(1, 7))
        .checkAssert(
            (journey, max) -> {
              Set<CustomerJourneyStep> kept = EnumSet.noneOf(CustomerJourneyStep.class);
              journey.stakeholderMaps().forEach(m -> kept.add(m.step()));
              List<CustomerJourneyStep> expected = new ArrayList<>();
              int since = 0;
              boolean reported = false;
              for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
                if (kept.contains(step)) {
                  since = 0;
                  reported = false;
                } else if (journey.steps().contains(step) && ++since > max && !reported) {
                  expected.add(step);
                  reported = true;
                }
              }
              StakeholderMapHistory history =
                  StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(max).review(journey);
              List<CustomerJourneyStep> found = new ArrayList<>();
              history.overdue().forEach(o -> found.add(o.step()));
              assertThat(found).isEqualTo(expected);
              assertThat(history.findings()).hasSize(expected.size());
              assertThat(history.revisions())
                  .hasSize(Math.max(0, journey.stakeholderMaps().size() - 1));
              if (max < 7) {
                assertThat(
                        StakeholderMapReview.DEFAULT
                            .withMaxStepsWithoutRevision(max + 1)
                            .review(journey)
                            .findings()
                            .size())
                    .isLessThanOrEqualTo(history.findings().size());
              }
            });
  }
}
