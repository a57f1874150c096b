package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.testkit.Ids;
import org.covalue.testkit.JourneyModel;
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
                      .parties(
                          List.of(
                              Party.organization(consumer, "Consumer"),
                              Party.organization(provider, "Provider")))
                      .valueStreams(IncidentResolution.valueStreams(consumer, provider))
                      .journeys(List.of(journey))
                      .build();
              assertThat(model.validate()).isEmpty();
              ValueStreamRules rules = model.valueStreamRules();
              assertThat(rules.isSatisfied()).isTrue();
              assertThat(journey.participants()).containsExactly(consumer, provider);
              assertThat(journey.touchpoints()).hasSize(9);
              assertThat(journey.interactions()).hasSize(5);
              JourneyConformance midWay =
                  JourneyConformance.check(IncidentResolution.midWayCase(), journey);
              assertThat(midWay.midWayEntry()).isPresent();
              JourneyConformance backAndForth =
                  JourneyConformance.check(IncidentResolution.backAndForthCase(), journey);
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
