package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.ServiceId;
import org.covalue.core.offering.Service;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.value.ContributionId;
import org.covalue.value.Perspective;
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
}
