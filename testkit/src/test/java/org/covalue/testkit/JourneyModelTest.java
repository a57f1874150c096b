package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.party.Party;
import org.covalue.journey.analysis.ValueStreamRules;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

class JourneyModelTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");
  private static final List<Party> PARTIES =
      List.of(Party.organization(ACME, "Acme"), Party.organization(DESK, "Desk"));

  private static JourneyModel incidents() {
    return JourneyModel.builder()
        .parties(PARTIES)
        .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
        .journeys(List.of(IncidentResolution.journey(ACME, DESK)))
        .build();
  }

  @Test
  void anEmptyModelIsValidAndHasNoFinding() {
    JourneyModel empty = JourneyModel.builder().build();
    assertThat(empty.size()).isZero();
    assertThat(empty.validate()).isEmpty();
    assertThat(empty.valueStreamRules().findings()).isEmpty();
  }

  @Test
  void theValidatorAndTheRulesSeeTheElements() {
    JourneyModel model = incidents();
    assertThat(model.size()).isEqualTo(5);
    assertThat(model.validate()).isEmpty();
    assertThat(model.valueStreamRules().isSatisfied()).isTrue();
    JourneyModel withoutDesk = model.toBuilder().parties(PARTIES.subList(0, 1)).build();
    assertThat(withoutDesk.validate())
        .extracting(v -> v.path())
        .containsExactly("valueStreams[0].owner", "journeys[0].providers");
    assertThatThrownBy(() -> withoutDesk.validator().requireValid())
        .isInstanceOf(InvalidModelException.class);
    JourneyModel withoutStreams = model.toBuilder().valueStreams(List.of()).build();
    assertThat(
            withoutStreams.valueStreamRules().findings(ValueStreamRules.PARTY_WITHOUT_VALUE_STREAM))
        .hasSize(2);
  }

  @Test
  void modelsAreEqualByTheirElements() {
    JourneyModel model = incidents();
    assertThat(model.toBuilder().build()).isEqualTo(model).hasSameHashCodeAs(model);
    assertThat(model.toBuilder().parties(List.of(PARTIES.get(1), PARTIES.get(0))).build())
        .isNotEqualTo(model);
    assertThat(model.toString())
        .startsWith("JourneyModel{parties=[")
        .contains("incident-resolution");
  }

  @Test
  void anInvalidModelNeedsAnExpectedPathAndRunsTheValidator() {
    JourneyModel withoutParties = incidents().toBuilder().parties(List.of()).build();
    assertThatThrownBy(() -> InvalidJourneyModel.of(withoutParties, "no parties", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    InvalidJourneyModel invalid =
        InvalidJourneyModel.of(
            withoutParties, "no party is there", List.of("journeys[0].consumer"));
    assertThat(invalid.asInvalidInput().rejection().violations())
        .extracting(v -> v.path())
        .contains("journeys[0].consumer", "journeys[0].providers");
    assertThat(invalid.toString())
        .startsWith(
            "journey model in which no party is there (expects a violation at journeys[0].consumer)");
  }

  @Test
  void aBreachNeedsAnExpectedFinding() {
    assertThatThrownBy(
            () ->
                ValueStreamRuleBreach.of(
                    incidents(), ValueStreamRules.HIDDEN_ACTIVITY_IN_JOURNEY, "nothing", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A rule breach needs at least one expected finding");
    ValueStreamRuleBreach breach =
        ValueStreamRuleBreach.of(
            incidents(),
            ValueStreamRules.PARTY_WITHOUT_VALUE_STREAM,
            "a test",
            List.of(List.of("j", "p")));
    assertThat(breach.expectedFindings()).containsExactly(List.of("j", "p"));
    assertThat(breach.toString())
        .startsWith("model breaking value-streams.party-without-value-stream, in which a test");
  }
}
