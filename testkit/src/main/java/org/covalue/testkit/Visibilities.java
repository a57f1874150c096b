package org.covalue.testkit;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.internal.VisibilityGens;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Generators of visibility models and their parts (ITIL 4: Drive Stakeholder Value, §1.2.5 and
 * §1.2.7): lines of visibility, references to elements, environment elements, and whole {@link
 * VisibilityModel}s.
 *
 * <p>{@linkplain #models() Consistent models} pass the {@link VisibilityValidator}: they are built
 * on {@link JourneyModels#models() consistent journey models}, with a service relationship for
 * every provider and consumer of each journey; most organizations draw a general line, and some
 * draw lines tailored to the target consumer groups of their offerings; each line places some of
 * the organization's own elements and some elements nobody owns in front of it or behind it, and
 * leaves others unplaced; dependencies, dependencies of service actions and responsibilities refer
 * to elements the model holds. Bands of such models hold activities, products, resources and
 * environment elements, and have hidden dependencies and elements nobody answers for.
 */
public final class Visibilities {

  /** The scale of {@link #models()} and {@link #invalidModels()}. */
  public static final int DEFAULT_SCALE = 5;

  private Visibilities() {}

  /**
   * Returns consistent models with up to {@value #DEFAULT_SCALE} organizations.
   *
   * @return the generator
   */
  public static Gen<VisibilityModel> models() {
    return models(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models on journey models of up to {@code scale} organizations, with up to
   * {@code scale} environment elements and dependencies.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<VisibilityModel> models(int scale) {
    return VisibilityGens.models(scale);
  }

  /**
   * Returns models with one of their service relationships: a drawn relationship of the model, or,
   * for a model without one, a basic relationship between two parties of a small pool.
   *
   * @param models the models
   * @return the generator of pairs
   */
  public static Gen<Pair<VisibilityModel, ServiceRelationship>> withRelationship(
      Gen<VisibilityModel> models) {
    return in -> {
      VisibilityModel model = models.generate(in);
      List<ServiceRelationship> relationships = model.journey().core().relationships();
      ServiceRelationship relationship =
          relationships.isEmpty()
              ? ServiceRelationship.builder()
                  .id(ServiceRelationshipId.of("r0"))
                  .provider(PartyId.of("p0"))
                  .consumer(PartyId.of("p1"))
                  .type(ServiceRelationshipType.BASIC)
                  .build()
              : Draw.oneOf(in, relationships);
      return Pair.of(model, relationship);
    };
  }

  /**
   * Returns consistent models with one defect each that the visibility validator must report: any
   * defect of {@link JourneyModels#invalidModels()} in the journey model (expected under {@code
   * journey.}), an environment element or practice id used twice, an owner, a line's party or a
   * holder the model does not hold, a party's line drawn twice, a line tailored to a group none of
   * the party's offerings serves, a line that places an element the model does not hold or one
   * another party owns, dependencies and responsibilities of elements the model does not hold, and
   * dependencies of service actions of unknown offerings or that an offering does not have. Each is
   * checked by {@link VisibilityValidator#requireValid(VisibilityModel)}.
   *
   * @return the generator
   */
  public static Gen<InvalidModel<VisibilityModel>> invalidModels() {
    return invalidModels(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models of a given scale with one validator defect each; see {@link
   * #invalidModels()}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<InvalidModel<VisibilityModel>> invalidModels(int scale) {
    return VisibilityGens.brokenModels(scale)
        .map(broken -> InvalidModel.from(broken, VisibilityValidator::requireValid));
  }

  /**
   * Returns loose models: a {@linkplain JourneyModels#looseModels() loose journey model} with
   * environment elements, practices, lines, dependencies and responsibilities each drawn on their
   * own, valid by themselves, with ids and references taken from small pools. They hold any mix of
   * repeated ids, dangling references, lines drawn twice or for groups nobody serves, and lines
   * that place other parties' elements; they suit properties that must hold for any input.
   *
   * @return the generator
   */
  public static Gen<VisibilityModel> looseModels() {
    return VisibilityGens.looseModels();
  }

  /**
   * Returns lines of visibility of any party, general or tailored to a group, placing value-stream
   * activities, products, resources and environment elements on either side.
   *
   * @return the generator
   */
  public static Gen<LineOfVisibility> lines() {
    return VisibilityGens.lines();
  }

  /**
   * Returns references to elements of every kind, touchpoints and interactions with a journey.
   *
   * @return the generator
   */
  public static Gen<ElementRef> elementRefs() {
    return VisibilityGens.elementRefs();
  }

  /**
   * Returns environment elements with any ids, owned by any party or by nobody.
   *
   * @return the generator
   */
  public static Gen<EnvironmentElement> environmentElements() {
    return VisibilityGens.environmentElements();
  }

  /**
   * Returns environment element ids.
   *
   * @return the generator
   */
  public static Gen<EnvironmentElementId> environmentElementIds() {
    return Ids.idTexts().map(EnvironmentElementId::of);
  }

  /**
   * Returns practice ids.
   *
   * @return the generator
   */
  public static Gen<PracticeId> practiceIds() {
    return Ids.idTexts().map(PracticeId::of);
  }

  /**
   * Returns attempts to build visibility values from invalid input: a line that places an element
   * on both sides ({@code hidden}), or places a touchpoint ({@code shown}), or is tailored to a
   * blank group ({@code targetConsumerGroup}); a reference to a touchpoint without its journey
   * ({@code journey}) or to something that is not an element ({@code id}); an environment element
   * or a practice with a blank name ({@code name}); a dependency of an element on itself ({@code
   * dependsOn}); a service action dependency with a blank action ({@code action}); a responsibility
   * held by something other than a party or a practice ({@code holder}).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidValues() {
    return VisibilityGens.invalidValues().map(InvalidInput::from);
  }
}
