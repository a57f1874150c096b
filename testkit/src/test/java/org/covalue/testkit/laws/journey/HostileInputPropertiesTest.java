package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.Violation;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input for journeys (issue 8): long text in every pattern-checked field, invisible and
 * control text in every text field, and journeys of many events that go back in time are refused
 * with InvalidModelException, with a message of bounded size that names the field.
 */
class HostileInputPropertiesTest {

  private static final int MAX_MESSAGE = 3_000;
  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  private static String longText(int length, int seed) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + (i * 7 + seed) % 26));
    }
    return text.toString();
  }

  private static Map<String, Function<String, Object>> patternChecked() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("JourneyId", JourneyId::of);
    fields.put("TouchpointId", TouchpointId::of);
    fields.put("ServiceInteractionId", ServiceInteractionId::of);
    fields.put("ValueStreamId", ValueStreamId::of);
    fields.put("ValueStreamActivityId", ValueStreamActivityId::of);
    fields.put("CaseId", CaseId::of);
    fields.put("Channel", text -> Channel.of(text.toUpperCase(Locale.ROOT)));
    fields.put("ExperienceSource", text -> ExperienceSource.of(text.toUpperCase(Locale.ROOT)));
    return fields;
  }

  @Test
  void longTextInEveryPatternCheckedFieldIsRefusedWithAShortMessage() {
    Map<String, Function<String, Object>> fields = patternChecked();
    qt().withExamples(40)
        .forAll(integers().between(130, 200_000), integers().between(0, 25))
        .checkAssert(
            (length, seed) -> {
              String text = longText(length, seed);
              fields.forEach(
                  (field, factory) ->
                      assertThatThrownBy(() -> factory.apply(text))
                          .as(field)
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE)));
            });
  }

  private static Touchpoint.Builder touchpoint() {
    return Touchpoint.builder()
        .id(TouchpointId.of("t"))
        .name("Touchpoint")
        .step(CustomerJourneyStep.CO_CREATE)
        .channel(Channel.WEB)
        .addParties(ACME, DESK);
  }

  private static ServiceInteraction.Builder interaction() {
    return ServiceInteraction.builder()
        .id(ServiceInteractionId.of("i"))
        .name("Interaction")
        .step(CustomerJourneyStep.CO_CREATE)
        .channel(Channel.WEB)
        .provider(DESK)
        .consumer(ACME);
  }

  private static CustomerJourney.Builder journey() {
    return CustomerJourney.builder()
        .id(JourneyId.of("j"))
        .name("Journey")
        .consumer(ACME)
        .addProvider(DESK)
        .persona(ConsumerRole.USER)
        .addTouchpoint(touchpoint().build());
  }

  /** Every text field of journey, each named by the path of its violation. */
  private static Map<String, Function<String, Object>> textFields() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("Touchpoint name", text -> touchpoint().name(text).build());
    fields.put("Touchpoint description", text -> touchpoint().description(text).build());
    fields.put("ServiceInteraction name", text -> interaction().name(text).build());
    fields.put(
        "ServiceInteraction valueCoCreated", text -> interaction().valueCoCreated(text).build());
    fields.put("CustomerJourney name", text -> journey().name(text).build());
    fields.put("CustomerJourney scenario", text -> journey().scenario(text).build());
    fields.put(
        "ValueStream name",
        text -> ValueStream.builder().id(ValueStreamId.of("v")).name(text).owner(DESK).build());
    fields.put(
        "ValueStreamActivity name",
        text -> ValueStreamActivity.visible(ValueStreamActivityId.of("a"), text));
    fields.put(
        "ExperienceObservation note",
        text ->
            ExperienceObservation.builder()
                .perceiver(ExperiencePerceiver.USER)
                .source(ExperienceSource.JOURNEY)
                .functional(Score.of(0.5))
                .note(text)
                .build());
    return fields;
  }

  private static Gen<String> unreadable() {
    List<String> texts =
        List.of("\u200B", "\u2060\u200D", "\u3000", "\u0000", "Desk\u0007", "a\u001Bb", "x\uD800");
    return integers().between(0, texts.size() - 1).map(texts::get);
  }

  @Test
  void invisibleAndControlTextInEveryTextFieldIsRefusedNamingTheField() {
    Map<String, Function<String, Object>> fields = textFields();
    qt().forAll(unreadable())
        .checkAssert(
            text ->
                fields.forEach(
                    (field, factory) -> {
                      String attribute = field.substring(field.indexOf(' ') + 1);
                      assertThatThrownBy(() -> factory.apply(text))
                          .as("%s with %s", field, text.codePoints().boxed().toList())
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e ->
                                  assertThat(e.violations())
                                      .extracting(Violation::path)
                                      .contains(attribute));
                    }));
  }

  @Test
  void aLongJourneyBackInTimeIsRefusedWithOneBoundedViolation() {
    qt().withExamples(10)
        .forAll(integers().between(2, 50_000))
        .checkAssert(
            size -> {
              List<JourneyEvent> events = new ArrayList<>(size);
              Instant start = Instant.parse("2026-01-01T00:00:00Z");
              for (int i = 0; i < size; i++) {
                events.add(
                    JourneyEvent.of(
                        TouchpointId.of("t" + (i % 7)),
                        CustomerJourneyStep.CO_CREATE,
                        start.minusSeconds(i)));
              }
              assertThatThrownBy(() -> ObservedJourney.of(CaseId.of("c"), events))
                  .isInstanceOfSatisfying(
                      InvalidModelException.class,
                      e -> {
                        assertThat(e.violations()).hasSize(1);
                        assertThat(e.violations().get(0).path()).isEqualTo("events[1].at");
                        assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
                      });
              List<JourneyEvent> forward = new ArrayList<>(events);
              java.util.Collections.reverse(forward);
              assertThat(ObservedJourney.of(CaseId.of("c"), forward).events()).hasSize(size);
            });
  }
}
