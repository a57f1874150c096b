package org.covalue.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.core.party.ConsumerRole;
import org.junit.jupiter.api.Test;

class JourneyModelTest {

  static final PartyId ACME = PartyId.of("acme");
  static final PartyId DESK = PartyId.of("desk");
  static final PartyId OTHER = PartyId.of("other");

  static Touchpoint touchpoint(String id, CustomerJourneyStep step) {
    return Touchpoint.builder()
        .id(TouchpointId.of(id))
        .name("Touchpoint " + id)
        .step(step)
        .channel(Channel.WEB)
        .addParties(ACME, DESK)
        .build();
  }

  static ServiceInteraction interaction(String id, CustomerJourneyStep step, String touchpoint) {
    return ServiceInteraction.builder()
        .id(ServiceInteractionId.of(id))
        .name("Interaction " + id)
        .step(step)
        .channel(Channel.WEB)
        .provider(DESK)
        .consumer(ACME)
        .touchpoint(TouchpointId.of(touchpoint))
        .build();
  }

  static CustomerJourney.Builder journey() {
    return CustomerJourney.builder()
        .id(JourneyId.of("j"))
        .name("Journey")
        .consumer(ACME)
        .addProvider(DESK)
        .persona(ConsumerRole.USER);
  }

  @Test
  void aTouchpointIsInTheBandSoEveryPartyItInvolvesSeesIt() {
    Touchpoint selfHelp = touchpoint("self-help", CustomerJourneyStep.CO_CREATE);
    assertThat(selfHelp.isVisibleTo(ACME)).isTrue();
    assertThat(selfHelp.isVisibleTo(DESK)).isTrue();
    assertThat(selfHelp.isVisibleTo(OTHER)).isFalse();
    assertThat(selfHelp.id()).isEqualTo(TouchpointId.of("self-help"));
    assertThat(selfHelp.withStep(CustomerJourneyStep.REALIZE).step())
        .isEqualTo(CustomerJourneyStep.REALIZE);
  }

  @Test
  void anAdvertIsAOneWayTouchpointWithAPotentialConsumer() {
    Touchpoint advert =
        Touchpoint.builder()
            .id(TouchpointId.of("advert"))
            .name("Sees an advert for the service desk")
            .step(CustomerJourneyStep.EXPLORE)
            .channel(Channel.ADVERTISING)
            .addParty(ACME)
            .build();
    assertThat(advert.parties()).containsExactly(ACME);
    assertThat(advert.isVisibleTo(ACME)).isTrue();
  }

  @Test
  void touchpointRulesAreReportedTogether() {
    assertThatThrownBy(
            () ->
                Touchpoint.builder()
                    .id(TouchpointId.of("t"))
                    .name(" ")
                    .step(CustomerJourneyStep.AGREE)
                    .channel(Channel.EMAIL)
                    .transition(TransitionDirection.OFFBOARD)
                    .build())
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("name", "Touchpoint name must not be blank", " "),
                Violation.of("parties", "Touchpoint t must involve at least one party"),
                Violation.of(
                    "transition",
                    "Only a touchpoint of the onboard step has a transition direction, but t is at AGREE",
                    "OFFBOARD")));
  }

  @Test
  void onboardTouchpointsSayWhichWayTheyGo() {
    Touchpoint leaving =
        Touchpoint.builder()
            .from(touchpoint("hand-back", CustomerJourneyStep.ONBOARD))
            .transition(TransitionDirection.OFFBOARD)
            .build();
    assertThat(leaving.transition()).contains(TransitionDirection.OFFBOARD);
  }

  @Test
  void interactionsAreReciprocal() {
    ServiceInteraction interaction = interaction("i", CustomerJourneyStep.CO_CREATE, "t");
    assertThat(interaction.parties()).containsExactly(DESK, ACME);
    assertThat(interaction.isVisibleTo(DESK)).isTrue();
    assertThat(interaction.isVisibleTo(ACME)).isTrue();
    assertThat(interaction.isVisibleTo(OTHER)).isFalse();
    assertThat(interaction.id()).isEqualTo(ServiceInteractionId.of("i"));
    assertThatThrownBy(() -> ServiceInteraction.builder().from(interaction).consumer(DESK).build())
        .hasMessage(
            "consumer: A service interaction is reciprocal, but desk is both provider and consumer");
  }

  @Test
  void journeyGroupsItsTouchpointsAndInteractionsByStep() {
    CustomerJourney journey =
        journey()
            .addTouchpoints(
                touchpoint("a", CustomerJourneyStep.ENGAGE),
                touchpoint("b", CustomerJourneyStep.AGREE),
                touchpoint("c", CustomerJourneyStep.ENGAGE))
            .addInteraction(interaction("i", CustomerJourneyStep.AGREE, "b"))
            .addValueStream(ValueStreamId.of("vs"))
            .scenario("buying")
            .build();
    assertThat(journey.steps())
        .containsExactly(CustomerJourneyStep.ENGAGE, CustomerJourneyStep.AGREE);
    assertThat(journey.startStep()).isEqualTo(CustomerJourneyStep.ENGAGE);
    assertThat(journey.touchpointsAt(CustomerJourneyStep.ENGAGE))
        .extracting(t -> t.id().value())
        .containsExactly("a", "c");
    assertThat(journey.interactionsAt(CustomerJourneyStep.AGREE)).hasSize(1);
    assertThat(journey.interactionsAt(CustomerJourneyStep.ENGAGE)).isEmpty();
    assertThat(journey.touchpoint(TouchpointId.of("c"))).isPresent();
    assertThat(journey.touchpoint(TouchpointId.of("z"))).isEmpty();
    assertThat(journey.positionOf(TouchpointId.of("c"))).hasValue(2);
    assertThat(journey.positionOf(TouchpointId.of("z"))).isEmpty();
    assertThat(journey.participants()).containsExactly(ACME, DESK);
    assertThat(journey.scenario()).contains("buying");
    assertThat(CustomerJourney.builder().from(journey).build()).isEqualTo(journey);
    assertThat(
            journey
                .withTouchpoints(List.of(touchpoint("b", CustomerJourneyStep.AGREE)))
                .touchpoints())
        .hasSize(1);
  }

  @Test
  void aJourneyMayStartAtAnyStepAndGoBack() {
    CustomerJourney journey =
        journey()
            .addTouchpoints(
                touchpoint("use", CustomerJourneyStep.CO_CREATE),
                touchpoint("renegotiate", CustomerJourneyStep.AGREE))
            .build();
    assertThat(journey.startStep()).isEqualTo(CustomerJourneyStep.CO_CREATE);
  }

  @Test
  void journeyRulesAreReportedTogetherWithPaths() {
    Touchpoint stranger =
        Touchpoint.builder()
            .from(touchpoint("x", CustomerJourneyStep.ENGAGE))
            .parties(List.of(OTHER))
            .build();
    ServiceInteraction wrongStep = interaction("i", CustomerJourneyStep.AGREE, "a");
    ServiceInteraction dangling = interaction("k", CustomerJourneyStep.AGREE, "nowhere");
    ServiceInteraction wrongParties =
        ServiceInteraction.builder()
            .from(interaction("m", CustomerJourneyStep.ENGAGE, "a"))
            .provider(OTHER)
            .consumer(DESK)
            .build();
    assertThatThrownBy(
            () ->
                journey()
                    .persona(ConsumerRole.SPONSOR)
                    .addTouchpoints(
                        touchpoint("a", CustomerJourneyStep.ENGAGE),
                        stranger,
                        touchpoint("a", CustomerJourneyStep.AGREE))
                    .addInteractions(wrongStep, dangling, wrongParties)
                    .build())
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations, list(Violation.class))
        .extracting(Violation::path)
        .containsExactly(
            "persona",
            "touchpoints[2].id",
            "touchpoints[1].parties",
            "touchpoints[1].parties",
            "interactions[0].step",
            "interactions[1].touchpoint",
            "interactions[2].provider",
            "interactions[2].consumer");
  }

  @Test
  void journeyNeedsProvidersTouchpointsAndADistinctConsumer() {
    assertThatThrownBy(
            () ->
                CustomerJourney.builder()
                    .id(JourneyId.of("j"))
                    .name("J")
                    .consumer(ACME)
                    .addProvider(ACME)
                    .persona(ConsumerRole.CUSTOMER)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("providers: Journey j has acme as both consumer and provider")
        .hasMessageContaining("touchpoints: Journey j needs at least one touchpoint");
    assertThatThrownBy(
            () ->
                journey()
                    .providers(List.of())
                    .addTouchpoint(touchpoint("a", CustomerJourneyStep.ENGAGE))
                    .build())
        .hasMessageContaining("providers: Journey j needs at least one provider");
  }
}
