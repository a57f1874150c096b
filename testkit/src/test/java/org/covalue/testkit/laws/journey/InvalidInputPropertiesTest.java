package org.covalue.testkit.laws.journey;

import static org.quicktheories.QuickTheory.qt;

import org.covalue.testkit.Experiences;
import org.covalue.testkit.InvalidInput;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Journeys;
import org.covalue.testkit.ObservedJourneys;
import org.covalue.testkit.ValueStreams;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of invalid journey input: every invalid input any journey generator produces is rejected
 * with covalue's {@link org.covalue.core.InvalidModelException}, never another exception, and its
 * violations name the expected path with a message.
 */
class InvalidInputPropertiesTest {

  private static void check(Gen<InvalidInput> inputs) {
    qt().withExamples(400).forAll(inputs).checkAssert(Laws::assertRejected);
  }

  @Test
  void invalidChannelsAreRejected() {
    check(Journeys.invalidChannels());
  }

  @Test
  void invalidTouchpointsAreRejected() {
    check(Journeys.invalidTouchpoints());
  }

  @Test
  void invalidInteractionsAreRejected() {
    check(Journeys.invalidInteractions());
  }

  @Test
  void invalidJourneysAreRejected() {
    qt().withExamples(800).forAll(Journeys.invalidJourneys()).checkAssert(Laws::assertRejected);
  }

  @Test
  void invalidActivitiesAreRejected() {
    check(ValueStreams.invalidActivities());
  }

  @Test
  void invalidValueStreamsAreRejected() {
    check(ValueStreams.invalidValueStreams());
  }

  @Test
  void invalidEventsAreRejected() {
    check(ObservedJourneys.invalidEvents());
  }

  @Test
  void invalidObservedJourneysAreRejected() {
    check(ObservedJourneys.invalidObservedJourneys());
  }

  @Test
  void invalidExperienceSourcesAreRejected() {
    check(Experiences.invalidSources());
  }

  @Test
  void invalidObservationsAreRejected() {
    check(Experiences.invalidObservations());
  }

  @Test
  void invalidJourneyModelsAreRejectedByRequireValid() {
    check(JourneyModels.invalidModels().map(InvalidModel::asInvalidInput));
  }
}
