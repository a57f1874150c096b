package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Severity;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.junit.jupiter.api.Test;

class ValueStreamAnalysisTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");
  private static final PartyId CLOUD = PartyId.of("cloud");

  private static ValueStream stream(String id, PartyId owner, ValueStreamActivity... activities) {
    return ValueStream.builder()
        .id(ValueStreamId.of(id))
        .name(id)
        .owner(owner)
        .addActivities(activities)
        .build();
  }

  private static ValueStreamActivity visible(String id) {
    return ValueStreamActivity.visible(ValueStreamActivityId.of(id), "Activity " + id);
  }

  private static ValueStreamActivity hidden(String id) {
    return ValueStreamActivity.hidden(ValueStreamActivityId.of(id), "Activity " + id);
  }

  private static CustomerJourney journey(String id, List<String> streams, String... activities) {
    Touchpoint.Builder touchpoint =
        Touchpoint.builder()
            .id(TouchpointId.of("t"))
            .name("Touchpoint of " + id)
            .step(CustomerJourneyStep.CO_CREATE)
            .channel(Channel.WEB)
            .addParties(ACME, DESK);
    for (String activity : activities) {
      touchpoint.addActivity(ValueStreamActivityId.of(activity));
    }
    CustomerJourney.Builder journey =
        CustomerJourney.builder()
            .id(JourneyId.of(id))
            .name(id)
            .consumer(ACME)
            .addProvider(DESK)
            .persona(ConsumerRole.CUSTOMER)
            .addTouchpoint(touchpoint.build());
    streams.forEach(s -> journey.addValueStream(ValueStreamId.of(s)));
    return journey.build();
  }

  private final List<ValueStream> streams =
      List.of(
          stream("desk-main", DESK, visible("d1"), hidden("d2")),
          stream("desk-extra", DESK, visible("d3")),
          stream("acme-ops", ACME, visible("a1")),
          stream("cloud-ops", CLOUD, visible("c1")),
          stream("unused", DESK, hidden("u1")));

  @Test
  void rule1EachParticipantNeedsALinkedValueStream() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(List.of(journey("j", List.of("desk-main"))), streams);
    List<Finding> missing = rules.findings(ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM);
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).elements()).containsExactly(JourneyId.of("j"), ACME);
    assertThat(missing.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(missing.get(0).reference()).isEqualTo(ItilReference.section("1.2.4").figure("1.4"));
    assertThat(rules.hasErrors()).isTrue();
  }

  @Test
  void rule2AValueStreamUsuallySupportsSeveralJourneys() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(
            List.of(
                journey("j1", List.of("desk-main", "acme-ops")),
                journey("j2", List.of("desk-main", "acme-ops", "desk-extra"))),
            streams);
    assertThat(rules.findings(ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY))
        .extracting(Finding::message)
        .containsExactly(
            "Value stream desk-extra supports only journey j2; value streams usually support several");
    assertThat(rules.hasErrors()).isFalse();
  }

  @Test
  void rule3SpansAndStreamsOutsideTheJourney() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(
            List.of(
                journey(
                    "j", List.of("desk-main", "desk-extra", "acme-ops", "cloud-ops"), "a1", "d3")),
            streams);
    Finding span = rules.findings(ValueStreamAnalysis.SPANS_VALUE_STREAMS).get(0);
    assertThat(span.message()).isEqualTo("Journey j spans 2 value streams of 1 provider");
    assertThat(span.evidence()).containsEntry("valueStreams", 2.0).containsEntry("providers", 1.0);
    assertThat(rules.findings(ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT))
        .extracting(Finding::elements)
        .containsExactly(List.of(JourneyId.of("j"), ValueStreamId.of("cloud-ops"), CLOUD));
    ValueStreamAnalysis outside =
        ValueStreamAnalysis.of(
            List.of(journey("j", List.of("desk-main", "acme-ops"), "d3")), streams);
    assertThat(outside.findings(ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS))
        .extracting(Finding::elements)
        .containsExactly(
            List.of(JourneyId.of("j"), TouchpointId.of("t"), ValueStreamId.of("desk-extra")));
  }

  @Test
  void rule4AJourneyHoldsOnlyVisibleActivities() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(
            List.of(journey("j", List.of("desk-main", "acme-ops"), "d1", "d2")), streams);
    List<Finding> hidden = rules.findings(ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY);
    assertThat(hidden).hasSize(1);
    assertThat(hidden.get(0).elements())
        .containsExactly(JourneyId.of("j"), TouchpointId.of("t"), ValueStreamActivityId.of("d2"));
    assertThat(hidden.get(0).message())
        .contains("'Activity d2' of desk, which is hidden from the other parties");
    assertThat(rules.hasErrors()).isTrue();
  }

  @Test
  void rule5SomeValueStreamsArePartOfNoJourney() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(List.of(journey("j", List.of("desk-main", "acme-ops"))), streams);
    assertThat(rules.findings(ValueStreamAnalysis.NOT_IN_ANY_JOURNEY))
        .extracting(f -> f.elements().get(0).value())
        .containsExactly("desk-extra", "cloud-ops", "unused");
  }

  @Test
  void unknownStreamsAndActivitiesAreLeftToTheValidator() {
    ValueStreamAnalysis rules =
        ValueStreamAnalysis.of(
            List.of(journey("j", List.of("nope", "desk-main", "acme-ops"), "zz")), streams);
    assertThat(rules.findings())
        .extracting(Finding::rule)
        .doesNotContain(
            ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
            ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
            ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM);
  }

  /**
   * Figure 1.4, statement 5, as the figure states it: depending on a stream is not being part of
   * it.
   */
  @Test
  void rule5AStreamJourneysOnlyDependOnIsADirectPartOfNone() {
    CustomerJourney dependsOnly = journey("j", List.of("desk-main", "acme-ops"), "d1");
    ValueStreamAnalysis rules = ValueStreamAnalysis.of(List.of(dependsOnly), streams);
    assertThat(rules.findings(ValueStreamAnalysis.ONLY_DEPENDED_ON))
        .extracting(f -> f.elements().get(0).value())
        .containsExactly("desk-main", "acme-ops");
    assertThat(rules.findings(ValueStreamAnalysis.ONLY_DEPENDED_ON).get(0).evidence())
        .containsEntry("journeys", 1.0);
    assertThat(rules.findings(ValueStreamAnalysis.ONLY_DEPENDED_ON).get(0).message())
        .isEqualTo("A journey depends on value stream desk-main, but none is a direct part of it");
    CustomerJourney another = journey("k", List.of("desk-main"), "d1");
    assertThat(
            ValueStreamAnalysis.of(List.of(dependsOnly, another), streams)
                .findings(ValueStreamAnalysis.ONLY_DEPENDED_ON)
                .get(0)
                .message())
        .isEqualTo("2 journeys depend on value stream desk-main, but none is a direct part of it");
    CustomerJourney direct = dependsOnly.withDirectPartOf(List.of(ValueStreamId.of("desk-main")));
    assertThat(
            ValueStreamAnalysis.of(List.of(direct), streams)
                .findings(ValueStreamAnalysis.ONLY_DEPENDED_ON))
        .extracting(f -> f.elements().get(0).value())
        .containsExactly("acme-ops");
  }

  @Test
  void aDirectPartLinkCountsAsADependencyForStatementOne() {
    CustomerJourney direct =
        journey("j", List.of())
            .withDirectPartOf(List.of(ValueStreamId.of("desk-main"), ValueStreamId.of("acme-ops")));
    ValueStreamAnalysis rules = ValueStreamAnalysis.of(List.of(direct), streams);
    assertThat(rules.findings(ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM)).isEmpty();
  }

  @Test
  void aStreamWhoseActivitiesAreAllHiddenCannotBeADirectPart() {
    CustomerJourney dependsOnUnused = journey("j", List.of("desk-main", "acme-ops", "unused"));
    Finding info =
        ValueStreamAnalysis.of(List.of(dependsOnUnused), streams)
            .findings(ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN)
            .get(0);
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.elements())
        .containsExactly(JourneyId.of("j"), ValueStreamId.of("unused"), DESK);
    assertThat(info.data()).containsExactly(entry("link", "depends-on"));
    assertThat(info.evidence()).containsExactly(entry("activities", 1.0));
    CustomerJourney partOfUnused =
        dependsOnUnused.withDirectPartOf(List.of(ValueStreamId.of("unused")));
    Finding warning =
        ValueStreamAnalysis.of(List.of(partOfUnused), streams)
            .findings(ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN)
            .get(0);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.data()).containsExactly(entry("link", "direct-part"));
    assertThat(warning.message())
        .isEqualTo(
            "Journey j is said to be a direct part of value stream unused of desk, whose activities"
                + " are all hidden from the other parties; a journey can only be a direct part of"
                + " what they see");
  }
}
