package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.offering.Service;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.value.ContributionId;
import org.covalue.value.Perspective;
import org.covalue.value.ValueDimension;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Step value contributions (§1.2.6): each step adds more than it removes, counting value it enables
 * elsewhere; no interaction, no service.
 */
class StepValueAnalysisTest {

  @Test
  void theSurveyCostsTheUserMoreThanItGivesButCoCreationMakesUpForIt() {
    StepValueAnalysis steps = StepValueAnalysis.of(IncidentValue.model());
    assertThat(steps.balances()).hasSize(4);
    StepBalance survey =
        steps
            .balance(
                IncidentValue.journey().id(),
                CustomerJourneyStep.REALIZE,
                Perspective.SERVICE_CONSUMER)
            .orElseThrow();
    assertThat(survey.net()).isEqualTo(-0.5);
    assertThat(survey.offset()).isEqualTo(2.0);
    assertThat(survey.offsets()).containsExactly(ContributionId.of("user-co-create"));
    assertThat(survey.isNetPositive()).isFalse();
    assertThat(survey.isNetPositiveWithOffsets()).isTrue();
    assertThat(steps.findings())
        .extracting(Finding::rule)
        .containsExactly(StepValueAnalysis.OFFSET_ELSEWHERE);
    Finding finding = steps.findings().get(0);
    assertThat(finding.data())
        .containsEntry("step", "realize")
        .containsEntry("perspective", "service-consumer");
    assertThat(finding.message())
        .isEqualTo(
            "Step realize of journey incident-resolution adds 0.5 and removes 1 for the consumer,"
                + " made up for by 2 added in other steps or journeys");
  }

  @Test
  void withoutTheOffsetTheStepRemovesMoreThanItAdds() {
    ValueModel model = IncidentValue.model();
    ValueModel alone =
        model.withContributions(List.of(model.contributions().get(1).withOffsetBy(List.of())));
    List<Finding> findings = StepValueAnalysis.of(alone).findings();
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
    assertThat(findings.get(0).evidence())
        .containsEntry("added", 0.5)
        .containsEntry("removed", 1.0)
        .containsEntry("net", -0.5)
        .containsEntry("offset", 0.0)
        .containsEntry("threshold", 0.0);
  }

  @Test
  void noInteractionNoService() {
    ValueModel model = IncidentValue.model();
    CustomerJourney journey = IncidentValue.journey();
    ServiceId unused = ServiceId.of("asset-tracking");
    ValueModel bare =
        model.withJourney(
            model
                .journey()
                .withJourneys(List.of(journey.withInteractions(List.of())))
                .withCore(
                    model
                        .core()
                        .withServices(
                            List.of(
                                model.core().services().get(0),
                                Service.builder().id(unused).name("Asset tracking").build()))));
    StepValueAnalysis steps = StepValueAnalysis.of(bare);
    assertThat(steps.findings(StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION))
        .singleElement()
        .satisfies(f -> assertThat(f.elements()).containsExactly(journey.id()));
    assertThat(steps.findings(StepValueAnalysis.SERVICE_WITHOUT_INTERACTION))
        .extracting(f -> (Object) f.elements().get(0))
        .containsExactly(IncidentValue.SERVICE, unused);
    assertThat(StepValueAnalysis.of(model).findings(StepValueAnalysis.SERVICE_WITHOUT_INTERACTION))
        .isEmpty();
  }

  private static final ValueModel MODEL = IncidentValue.model();

  private static StepValueContribution contribution(
      String id, CustomerJourneyStep step, Perspective perspective, double added, double removed) {
    return StepValueContribution.builder()
        .id(ContributionId.of(id))
        .journey(IncidentValue.journey().id())
        .step(step)
        .perspective(perspective)
        .dimension(ValueDimension.FACILITATE_OUTCOME_AND_EXPERIENCE)
        .added(added)
        .removed(removed)
        .addStatement("Statement of " + id)
        .build();
  }

  @Test
  void anOffsetTooSmallIsNamedButDoesNotMakeUpForTheStep() {
    // The survey removes 4 where it adds 0.5; co-creation adds 5 - 3 = 2 elsewhere: not enough.
    StepValueContribution survey = MODEL.contributions().get(1).withRemoved(4);
    ValueModel costly = MODEL.withContributions(List.of(MODEL.contributions().get(0), survey));
    Finding finding = StepValueAnalysis.of(costly).findings().get(0);
    assertThat(finding.rule()).isEqualTo(StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
    assertThat(finding.elements())
        .containsExactly(IncidentValue.journey().id(), ContributionId.of("user-feedback"));
    assertThat(finding.evidence())
        .containsEntry("net", -3.5)
        .containsEntry("offset", 2.0)
        .containsEntry("threshold", 0.0);
    assertThat(finding.message())
        .isEqualTo(
            "Step realize of journey incident-resolution adds 0.5 and removes 4 for the consumer,"
                + " and the 2 it names from other steps or journeys do not make up for it");
  }

  @Test
  void anOffsetThatOnlyEvensTheStepOutDoesNotMakeUpForIt() {
    // 0.5 - 2.5 = -2, and the 2 from co-creation bring it to 0 exactly: not above zero.
    StepValueContribution survey = MODEL.contributions().get(1).withRemoved(2.5);
    StepValueAnalysis steps =
        StepValueAnalysis.of(
            MODEL.withContributions(List.of(MODEL.contributions().get(0), survey)));
    assertThat(steps.findings())
        .extracting(Finding::rule)
        .containsExactly(StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
    // A quarter less removed, and the offset makes up for it.
    StepValueContribution lighter = MODEL.contributions().get(1).withRemoved(2.25);
    assertThat(
            StepValueAnalysis.of(
                    MODEL.withContributions(List.of(MODEL.contributions().get(0), lighter)))
                .findings())
        .extracting(Finding::rule)
        .containsExactly(StepValueAnalysis.OFFSET_ELSEWHERE);
  }

  @Test
  void onlyValueAddedInAnotherStepCountsAsAnOffset() {
    // The survey names: an id the model does not hold, a contribution of its own step and
    // perspective, one of its own step for the provider, the desk's co-creation (net 3 - 2 = 1),
    // and a cost at the engage step (net -1), which offsets nothing.
    StepValueContribution more =
        contribution(
            "survey-reminder", CustomerJourneyStep.REALIZE, Perspective.SERVICE_CONSUMER, 0, 0.5);
    StepValueContribution cost =
        contribution(
            "sign-up-cost", CustomerJourneyStep.ENGAGE, Perspective.SERVICE_CONSUMER, 0, 1);
    StepValueContribution survey =
        MODEL
            .contributions()
            .get(1)
            .withOffsetBy(
                List.of(
                    ContributionId.of("ghost"),
                    more.id(),
                    ContributionId.of("desk-feedback"),
                    ContributionId.of("desk-co-create"),
                    cost.id()));
    ValueModel model =
        MODEL.withContributions(
            List.of(
                MODEL.contributions().get(0),
                survey,
                MODEL.contributions().get(2),
                MODEL.contributions().get(3),
                more,
                cost));
    StepValueAnalysis steps = StepValueAnalysis.of(model);
    StepBalance realize =
        steps
            .balance(
                IncidentValue.journey().id(),
                CustomerJourneyStep.REALIZE,
                Perspective.SERVICE_CONSUMER)
            .orElseThrow();
    // The survey and its reminder: 0.5 added, 1.5 removed.
    assertThat(realize.contributions()).containsExactly(survey.id(), more.id());
    assertThat(realize.added()).isEqualTo(0.5);
    assertThat(realize.removed()).isEqualTo(1.5);
    assertThat(realize.offsets()).containsExactly(ContributionId.of("desk-co-create"), cost.id());
    assertThat(realize.offset()).isEqualTo(1.0);
    // Net -1, made up for by exactly 1: not enough.
    assertThat(steps.findings())
        .extracting(Finding::rule)
        .containsExactly(
            StepValueAnalysis.REMOVES_MORE_THAN_ADDS, StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
    assertThat(steps.findings().get(0).elements())
        .containsExactly(IncidentValue.journey().id(), survey.id(), more.id());
    Finding signUp = steps.findings().get(1);
    assertThat(signUp.data()).containsEntry("step", "engage");
    assertThat(signUp.message())
        .isEqualTo(
            "Step engage of journey incident-resolution adds 0 and removes 1 for the consumer, and"
                + " nothing added elsewhere makes up for it");
    assertThat(steps.balances()).hasSize(5);
    assertThat(steps.toString()).isEqualTo("StepValueAnalysis{balances=5, findings=2}");
  }

  @Test
  void aProvidersStepIsReportedForTheProvider() {
    StepValueContribution fee = MODEL.contributions().get(2).withRemoved(3);
    Finding finding = StepValueAnalysis.of(MODEL.withContributions(List.of(fee))).findings().get(0);
    assertThat(finding.data()).containsEntry("perspective", "service-provider");
    assertThat(finding.evidence()).containsEntry("net", 0.0);
    assertThat(finding.message())
        .isEqualTo(
            "Step co-create of journey incident-resolution adds 3 and removes 3 for the provider,"
                + " and nothing added elsewhere makes up for it");
  }

  @Test
  void aJourneyWithoutInteractionsSaysHowManyTouchpointsItHas() {
    CustomerJourney journey = IncidentValue.journey();
    int touchpoints = journey.touchpoints().size();
    StepValueAnalysis steps =
        StepValueAnalysis.of(
            MODEL.withJourney(
                MODEL.journey().withJourneys(List.of(journey.withInteractions(List.of())))));
    Finding finding = steps.findings(StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION).get(0);
    assertThat(finding.evidence())
        .containsEntry("touchpoints", (double) touchpoints)
        .containsEntry("interactions", 0.0)
        .containsEntry("threshold", 1.0);
    assertThat(finding.message())
        .isEqualTo(
            "Journey incident-resolution has "
                + touchpoints
                + " touchpoints but no service interaction: nothing is co-created along it");
    CustomerJourney single =
        CustomerJourney.builder()
            .from(journey)
            .touchpoints(List.of(journey.touchpoints().get(0)))
            .interactions(List.of())
            .build();
    assertThat(
            StepValueAnalysis.of(MODEL.withJourney(MODEL.journey().withJourneys(List.of(single))))
                .findings(StepValueAnalysis.JOURNEY_WITHOUT_INTERACTION)
                .get(0)
                .message())
        .isEqualTo(
            "Journey incident-resolution has 1 touchpoint but no service interaction: nothing is"
                + " co-created along it");
  }

  @Test
  void aServiceWithoutInteractionSaysWhetherAnyRelationshipIsBasedOnIt() {
    CustomerJourney journey = IncidentValue.journey();
    ServiceId unused = ServiceId.of("asset-tracking");
    ValueModel bare =
        MODEL.withJourney(
            MODEL
                .journey()
                .withJourneys(List.of(journey.withInteractions(List.of())))
                .withCore(
                    MODEL
                        .core()
                        .withServices(
                            List.of(
                                MODEL.core().services().get(0),
                                Service.builder().id(unused).name("Asset tracking").build()))));
    List<Finding> findings =
        StepValueAnalysis.of(bare).findings(StepValueAnalysis.SERVICE_WITHOUT_INTERACTION);
    assertThat(findings.get(0).evidence())
        .containsEntry("relationshipPairs", 1.0)
        .containsEntry("interactions", 0.0)
        .containsEntry("threshold", 1.0);
    assertThat(findings.get(0).message())
        .isEqualTo(
            "Service incident-resolution-service has no service interaction in any journey between"
                + " the parties of the 1 provider-consumer pair of relationships based on it:"
                + " without interaction there is no service");
    assertThat(findings.get(1).evidence()).containsEntry("relationshipPairs", 0.0);
    assertThat(findings.get(1).message())
        .isEqualTo(
            "Service asset-tracking has no service interaction in any journey, and no relationship"
                + " is based on an offering of it: without interaction there is no service");
  }

  @Test
  void relationshipsBetweenTwoPairsOfPartiesAreCountedAsTwoPairs() {
    CustomerJourney journey = IncidentValue.journey();
    ServiceRelationship relationship = MODEL.core().relationships().get(0);
    // The same offering, in a relationship where the warehouse provides and the desk consumes.
    ServiceRelationship reversed =
        ServiceRelationship.builder()
            .from(relationship)
            .id(ServiceRelationshipId.of("warehouse-for-desk"))
            .provider(relationship.consumer())
            .consumer(relationship.provider())
            .build();
    ValueModel bare =
        MODEL.withJourney(
            MODEL
                .journey()
                .withJourneys(List.of(journey.withInteractions(List.of())))
                .withCore(MODEL.core().withRelationships(List.of(relationship, reversed))));
    Finding finding =
        StepValueAnalysis.of(bare).findings(StepValueAnalysis.SERVICE_WITHOUT_INTERACTION).get(0);
    assertThat(finding.evidence()).containsEntry("relationshipPairs", 2.0);
    assertThat(finding.message())
        .contains(
            "between the parties of the 2 provider-consumer pairs of relationships based on it");
  }

  @Test
  void aBalanceIsFoundByJourneyStepAndPerspective() {
    StepValueAnalysis steps = StepValueAnalysis.of(MODEL);
    JourneyId journey = IncidentValue.journey().id();
    assertThat(steps.balance(journey, CustomerJourneyStep.ENGAGE, Perspective.SERVICE_CONSUMER))
        .isEmpty();
    assertThat(
            steps.balance(
                JourneyId.of("other"), CustomerJourneyStep.REALIZE, Perspective.SERVICE_CONSUMER))
        .isEmpty();
    assertThat(
            steps
                .balance(journey, CustomerJourneyStep.REALIZE, Perspective.SERVICE_PROVIDER)
                .orElseThrow()
                .contributions())
        .containsExactly(ContributionId.of("desk-feedback"));
    assertThat(steps)
        .isEqualTo(StepValueAnalysis.of(IncidentValue.model()))
        .hasSameHashCodeAs(StepValueAnalysis.of(IncidentValue.model()));
  }
}
