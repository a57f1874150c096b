package org.covalue.testkit.internal;

import java.util.List;
import java.util.Optional;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of customer and user experience observations, valid and invalid. */
public final class ExperienceGens {

  private ExperienceGens() {}

  /**
   * Returns the two perceivers: customer and user.
   *
   * @return the generator
   */
  public static Gen<ExperiencePerceiver> perceivers() {
    return Generate.enumValues(ExperiencePerceiver.class);
  }

  /**
   * Returns sources of experience: predefined ones and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<ExperienceSource> sources() {
    return in ->
        Draw.bool(in)
            ? Draw.oneOf(in, ExperienceSource.predefined())
            : ExperienceSource.of(Texts.kindCodes().generate(in));
  }

  /**
   * Starts an observation with drawn perceiver, source and ratings: the functional side, the
   * emotional side or both, about evenly.
   */
  private static ExperienceObservation.Builder rated(RandomnessSource in) {
    ExperienceObservation.Builder observation =
        ExperienceObservation.builder()
            .perceiver(perceivers().generate(in))
            .source(sources().generate(in));
    int sides = Draw.intBetween(in, 0, 2);
    if (sides != 1) {
      observation.functional(KernelGens.scores().generate(in));
    }
    if (sides != 0) {
      observation.emotional(KernelGens.scores().generate(in));
    }
    if (Draw.bool(in)) {
      observation.note(Texts.names().generate(in));
    }
    return observation;
  }

  /**
   * Returns observations with any journey, step and touchpoint, each present or not.
   *
   * @return the generator
   */
  public static Gen<ExperienceObservation> observations() {
    return in -> {
      ExperienceObservation.Builder observation = rated(in);
      if (Draw.bool(in)) {
        observation.journey(JourneyId.of(Texts.idTexts().generate(in)));
      }
      if (Draw.bool(in)) {
        observation.step(JourneyGens.steps().generate(in));
      }
      if (Draw.bool(in)) {
        observation.touchpoint(TouchpointId.of(Texts.idTexts().generate(in)));
      }
      return observation.build();
    };
  }

  /**
   * Returns observations about a designed journey: about one of its touchpoints and that
   * touchpoint's step, about a step only, or about the journey as a whole.
   *
   * @param journey the journey
   * @return the generator
   */
  public static Gen<ExperienceObservation> observationsOf(CustomerJourney journey) {
    return in -> {
      ExperienceObservation.Builder observation = rated(in).journey(journey.id());
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          Touchpoint touchpoint = Draw.oneOf(in, journey.touchpoints());
          observation.touchpoint(touchpoint.id()).step(touchpoint.step());
        }
        case 1 -> observation.step(Draw.oneOf(in, List.copyOf(journey.steps())));
        default -> {
          // about the journey as a whole
        }
      }
      return observation.build();
    };
  }

  /**
   * Returns attempts to make sources of experience from codes of the wrong form.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidSources() {
    return in -> {
      String code = Texts.invalidKindCodes().generate(in);
      return BadInput.of(
          "experience source made from " + Texts.quote(code), "", () -> ExperienceSource.of(code));
    };
  }

  /**
   * Returns attempts to build observations that rate neither side, or lack their perceiver or
   * source.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidObservations() {
    return in -> {
      ExperienceObservation valid = observations().generate(in);
      if (Draw.bool(in)) {
        return BadInput.of(
            "experience observation without ratings",
            "functional",
            () ->
                ExperienceObservation.builder()
                    .from(valid)
                    .functional(Optional.empty())
                    .emotional(Optional.empty())
                    .build());
      }
      return BadInput.leftOut(
          in,
          "experience observation",
          () ->
              ExperienceObservation.builder()
                  .functional(valid.functional())
                  .emotional(valid.emotional())
                  .journey(valid.journey())
                  .step(valid.step())
                  .touchpoint(valid.touchpoint())
                  .note(valid.note()),
          ExperienceObservation.Builder::build,
          List.of(
              BadInput.required("perceiver", b -> b.perceiver(valid.perceiver())),
              BadInput.required("source", b -> b.source(valid.source()))));
    };
  }
}
