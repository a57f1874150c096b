package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.junit.jupiter.api.Test;

class JourneyValidatorTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");
  private final List<Party> parties =
      List.of(Party.organization(ACME, "Acme"), Party.organization(DESK, "Desk"));

  @Test
  void reportsUnknownPartiesValueStreamsAndActivities() {
    CustomerJourney journey = IncidentResolution.journey(ACME, DESK);
    Touchpoint first = journey.touchpoints().get(0);
    CustomerJourney broken =
        CustomerJourney.builder()
            .from(journey)
            .addValueStream(ValueStreamId.of("missing-stream"))
            .touchpoints(
                List.of(
                    Touchpoint.builder()
                        .from(first)
                        .addActivity(ValueStreamActivityId.of("ghost"))
                        .build()))
            .interactions(List.of())
            .directPartOf(List.of())
            .services(List.of())
            .build();
    List<Violation> violations =
        JourneyValidator.validate(
            JourneyModel.builder()
                .core(CoreModel.builder().parties(List.of(parties.get(0))).build())
                .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
                .journeys(List.of(broken))
                .build());
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "valueStreams[0].owner",
                "Unknown party desk: the model holds no party with that id",
                "desk"),
            Violation.of(
                "journeys[0].providers",
                "Unknown party desk: the model holds no party with that id",
                "desk"),
            Violation.of(
                "journeys[0].valueStreams",
                "Unknown value stream missing-stream: the model holds no value stream with that id",
                "missing-stream"),
            Violation.of(
                "journeys[0].touchpoints[0].activities",
                "Unknown value stream activity ghost: the model holds no value stream activity with that id",
                "ghost"));
  }

  @Test
  void duplicateIdsAcrossJourneysAndValueStreams() {
    CustomerJourney journey = IncidentResolution.journey(ACME, DESK);
    List<ValueStream> streams = IncidentResolution.valueStreams(ACME, DESK);
    ValueStream copy =
        ValueStream.builder()
            .id(ValueStreamId.of("copy"))
            .name("Copy")
            .owner(ACME)
            .addActivity(
                ValueStreamActivity.visible(ValueStreamActivityId.of("log-incident"), "Again"))
            .build();
    List<Violation> violations =
        JourneyValidator.validate(
            JourneyModel.builder()
                .core(CoreModel.builder().parties(parties).build())
                .valueStreams(List.of(streams.get(0), streams.get(1), copy, streams.get(0)))
                .journeys(List.of(journey, journey))
                .build());
    assertThat(violations)
        .extracting(Violation::path)
        .contains("valueStreams[3].id", "journeys[1].id", "valueStreams[2].activities[0].id");
    assertThat(violations)
        .filteredOn(v -> v.path().equals("valueStreams[2].activities[0].id"))
        .extracting(Violation::message)
        .containsExactly(
            "Value stream activity id log-incident appears twice, first at valueStreams[0].activities[0]");
  }

  @Test
  void requireValidThrowsAll() {
    assertThatThrownBy(
            () ->
                JourneyValidator.requireValid(
                    JourneyModel.builder()
                        .journeys(List.of(IncidentResolution.journey(ACME, DESK)))
                        .build()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("15 violations:")
        .hasMessageContaining("- journeys[0].consumer: Unknown party acme");
    JourneyValidator.requireValid(
        JourneyModel.builder()
            .core(
                CoreModel.builder()
                    .parties(parties)
                    .addService(IncidentResolution.service(ACME, DESK))
                    .build())
            .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
            .journeys(List.of(IncidentResolution.journey(ACME, DESK)))
            .build());
  }
}
