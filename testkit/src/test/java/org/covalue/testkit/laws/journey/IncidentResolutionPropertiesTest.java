package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.testkit.Ids;
import org.junit.jupiter.api.Test;

/**
 * Laws of the incident-resolution sample (a reconstruction of Table 1.3): it is consistent for any
 * two parties.
 */
class IncidentResolutionPropertiesTest {

  @Test
  void theSampleModelIsConsistentForAnyConsumerAndProvider() {
    qt().withExamples(200)
        .forAll(Ids.partyIds(), Ids.partyIds())
        .assuming((consumer, provider) -> !consumer.equals(provider))
        .checkAssert(
            (consumer, provider) -> {
              CustomerJourney journey = IncidentResolution.journey(consumer, provider);
              JourneyModel model =
                  JourneyModel.builder()
                      .core(
                          CoreModel.builder()
                              .addParty(Party.organization(consumer, "Consumer"))
                              .addParty(Party.organization(provider, "Provider"))
                              .addService(IncidentResolution.service(consumer, provider))
                              .build())
                      .valueStreams(IncidentResolution.valueStreams(consumer, provider))
                      .addJourney(journey)
                      .addObservedJourney(IncidentResolution.midWayCase())
                      .addObservedJourney(IncidentResolution.backAndForthCase())
                      .experiences(IncidentResolution.experience())
                      .build();
              assertThat(JourneyValidator.validate(model)).isEmpty();
              assertThat(ValueStreamAnalysis.of(model).hasErrors()).isFalse();
              // The journey has no agree step by design: its service was agreed before it.
              assertThat(JourneyStepConditions.of(model).findings()).isEmpty();
              assertThat(JourneyServiceAnalysis.of(model).findings()).isEmpty();
              assertThat(ServiceAnalysis.of(model.core()).findings())
                  .extracting(Finding::rule)
                  .containsExactly(ServiceAnalysis.NO_PRODUCT);
              assertThat(journey.participants()).containsExactly(consumer, provider);
              assertThat(journey.touchpoints()).hasSize(8);
              assertThat(journey.interactions()).hasSize(5);
              JourneyPaths midWay = JourneyPaths.of(journey, IncidentResolution.midWayCase());
              assertThat(midWay.midWayEntry()).isPresent();
              JourneyPaths backAndForth =
                  JourneyPaths.of(journey, IncidentResolution.backAndForthCase());
              assertThat(backAndForth.returns()).isNotEmpty();
            });
  }

  @Test
  void theDesignDoesNotDependOnTheParties() {
    qt().withExamples(50)
        .forAll(Ids.partyIds(), Ids.partyIds())
        .assuming((a, b) -> !a.equals(b))
        .checkAssert(
            (a, b) -> {
              CustomerJourney one = IncidentResolution.journey(a, b);
              CustomerJourney other =
                  IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk"));
              assertThat(one.id()).isEqualTo(IncidentResolution.JOURNEY);
              assertThat(one.valueStreams())
                  .containsExactly(
                      IncidentResolution.RESTORE_SERVICE, IncidentResolution.KEEP_OPERATING);
              assertThat(one.touchpoints())
                  .extracting(t -> t.id() + "@" + t.step())
                  .isEqualTo(
                      other.touchpoints().stream().map(t -> t.id() + "@" + t.step()).toList());
            });
  }
}
