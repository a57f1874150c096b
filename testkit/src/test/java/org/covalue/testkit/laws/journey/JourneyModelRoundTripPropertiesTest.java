package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.testkit.JourneyModels;
import org.junit.jupiter.api.Test;

/**
 * The one round-trip law of covalue-journey: its values follow the project's Immutables style, so a
 * journey model and every element in it, down to touchpoints and interactions, rebuilt from
 * themselves with {@code builder().from(..)} or copied with {@code withX(..)}, are equal to what
 * they were built from. The {@code from}, {@code with} and {@code equals} of each type need no law
 * of their own.
 */
class JourneyModelRoundTripPropertiesTest {

  private static <T> List<T> each(List<T> elements, UnaryOperator<T> rebuild) {
    List<T> rebuilt = new ArrayList<>();
    elements.forEach(element -> rebuilt.add(rebuild.apply(element)));
    return rebuilt;
  }

  private static CustomerJourney rebuild(CustomerJourney journey) {
    return CustomerJourney.builder()
        .from(journey)
        .touchpoints(each(journey.touchpoints(), t -> Touchpoint.builder().from(t).build()))
        .interactions(
            each(journey.interactions(), i -> ServiceInteraction.builder().from(i).build()))
        .build();
  }

  @Test
  void aModelAndEveryElementRebuiltFromThemselvesAreEqual() {
    qt().withExamples(200)
        .forAll(JourneyModels.models().mix(JourneyModels.looseModels(), 30))
        .checkAssert(
            model -> {
              JourneyModel rebuilt =
                  JourneyModel.builder()
                      .core(CoreModel.builder().from(model.core()).build())
                      .valueStreams(
                          each(model.valueStreams(), v -> ValueStream.builder().from(v).build()))
                      .journeys(each(model.journeys(), j -> rebuild(j)))
                      .observedJourneys(
                          each(
                              model.observedJourneys(),
                              o -> ObservedJourney.of(o.caseId(), o.events())))
                      .experiences(
                          each(
                              model.experiences(),
                              e -> ExperienceObservation.builder().from(e).build()))
                      .build();
              assertThat(rebuilt).isEqualTo(model).hasSameHashCodeAs(model);
              assertThat(rebuilt.toString()).isEqualTo(model.toString());
              assertThat(JourneyModel.builder().from(model).build()).isEqualTo(model);
              assertThat(
                      JourneyModel.builder()
                          .build()
                          .withCore(model.core())
                          .withValueStreams(model.valueStreams())
                          .withJourneys(model.journeys())
                          .withObservedJourneys(model.observedJourneys())
                          .withExperiences(model.experiences()))
                  .isEqualTo(model);
              assertThat(model.size())
                  .isEqualTo(
                      model.core().size()
                          + model.valueStreams().size()
                          + model.journeys().size()
                          + model.observedJourneys().size()
                          + model.experiences().size());
            });
  }
}
