package org.covalue.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

class StakeholderMapAtStepTest {

  private static final StakeholderMap EXPLORE = StakeholderMap.builder().label("explore").build();
  private static final StakeholderMap AGREE =
      StakeholderMap.builder()
          .label("after agreement")
          .addStakeholder(
              Stakeholder.builder()
                  .id(StakeholderId.of("cfo"))
                  .name("Chief financial officer")
                  .kind(StakeholderKind.OWNER)
                  .influence(Level.HIGH)
                  .interest(Level.HIGH)
                  .build())
          .build();

  @Test
  void placesAMapAtAStepOfTheJourney() {
    StakeholderMapAtStep atAgree = StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, AGREE);
    assertThat(atAgree.step()).isEqualTo(CustomerJourneyStep.AGREE);
    assertThat(atAgree.map()).isEqualTo(AGREE);
    assertThat(atAgree)
        .isEqualTo(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, AGREE))
        .isNotEqualTo(StakeholderMapAtStep.of(CustomerJourneyStep.ONBOARD, AGREE));
  }

  @Test
  void aJourneyKeepsItsMapsByStepAndAnswersTheMapThatHoldsAtAStep() {
    CustomerJourney journey =
        CustomerJourney.builder()
            .from(IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk")))
            .addStakeholderMap(StakeholderMapAtStep.of(CustomerJourneyStep.EXPLORE, EXPLORE))
            .addStakeholderMap(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, AGREE))
            .build();
    assertThat(journey.stakeholderMapAt(CustomerJourneyStep.EXPLORE)).contains(EXPLORE);
    assertThat(journey.stakeholderMapAt(CustomerJourneyStep.OFFER)).contains(EXPLORE);
    assertThat(journey.stakeholderMapAt(CustomerJourneyStep.AGREE)).contains(AGREE);
    assertThat(journey.stakeholderMapAt(CustomerJourneyStep.REALIZE)).contains(AGREE);
    StakeholderMapRevision revision =
        StakeholderMapRevision.between(
            journey.stakeholderMapAt(CustomerJourneyStep.ENGAGE).orElseThrow(),
            journey.stakeholderMapAt(CustomerJourneyStep.ONBOARD).orElseThrow());
    assertThat(revision.entered()).hasSize(1);
  }

  @Test
  void beforeTheFirstSnapshotThereIsNoMap() {
    CustomerJourney journey =
        CustomerJourney.builder()
            .from(IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk")))
            .addStakeholderMap(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, AGREE))
            .build();
    assertThat(journey.stakeholderMapAt(CustomerJourneyStep.OFFER)).isEmpty();
  }

  @Test
  void atMostOneMapPerStepInTheOrderOfTheSteps() {
    CustomerJourney.Builder journey =
        CustomerJourney.builder()
            .from(IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk")))
            .addStakeholderMap(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, AGREE))
            .addStakeholderMap(StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, EXPLORE));
    assertThatThrownBy(journey::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "stakeholderMaps[1].step: Journey incident-resolution keeps at most one stakeholder map"
                + " per step, in the order of the steps, but the map at Agree follows one at Agree");
  }
}
