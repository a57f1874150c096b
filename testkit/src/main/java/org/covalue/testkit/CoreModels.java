package org.covalue.testkit;

import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.testkit.internal.CoreModelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of whole core models, {@link CoreModel}s: parties, stakeholders, consumer role
 * assignments, service relationships, resources, products, services and offerings together (ITIL 4:
 * Drive Stakeholder Value, §1.2).
 *
 * <p>{@linkplain #models() Consistent models} pass {@link CoreModelValidator}: ids are unique per
 * list, every reference resolves, persons and teams belong to organizations or teams (never to
 * persons, never in a circle), relationships are between organizations and based only on their
 * provider's offerings, and component products form no circle. Relationship networks may hold
 * cycles, which are legitimate. The order of parties, relationships and products is drawn, so
 * elements do not always come after the ones they refer to.
 */
public final class CoreModels {

  /** The scale of {@link #models()} and {@link #invalidModels()}. */
  public static final int DEFAULT_SCALE = 5;

  private CoreModels() {}

  /**
   * Returns consistent models with up to {@value #DEFAULT_SCALE} elements in most lists.
   *
   * @return the generator
   */
  public static Gen<CoreModel> models() {
    return models(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models: two to {@code scale} organizations, and up to {@code scale} members,
   * resources, products, services, offerings and stakeholders, up to {@code 2 * scale} role
   * assignments, and the relationships of a network over the organizations.
   *
   * @param scale the size of most lists; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<CoreModel> models(int scale) {
    return CoreModelGens.models(scale, false);
  }

  /**
   * Returns consistent models with one deliberate defect each, of one of these kinds: an id used
   * twice in one list (also a role assignment repeated), a reference to a party, resource, product,
   * service or offering the model does not hold (from any element that holds such a reference), a
   * party that is a member of a person, teams that are members of each other in a circle, a
   * relationship based on an offering of another provider, and products that use each other as
   * components in a circle. Each is checked by {@link CoreModelValidator#requireValid(CoreModel)}.
   *
   * @return the generator
   */
  public static Gen<InvalidModel<CoreModel>> invalidModels() {
    return invalidModels(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models of a given scale with one deliberate defect each; see {@link
   * #invalidModels()}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<InvalidModel<CoreModel>> invalidModels(int scale) {
    return CoreModelGens.brokenModels(scale)
        .map(broken -> InvalidModel.from(broken, CoreModelValidator::requireValid));
  }

  /**
   * Returns loose models: each element is drawn on its own, valid by itself, with its id and the
   * ids it refers to taken from small pools. Loose models hold any mix of resolved and dangling
   * references, repeated ids, memberships of persons and circles of memberships or of products.
   * They suit properties that must hold for any input, such as "validation never throws", and
   * comparisons of the validator with simple reference checks.
   *
   * @return the generator
   */
  public static Gen<CoreModel> looseModels() {
    return CoreModelGens.looseModels();
  }
}
