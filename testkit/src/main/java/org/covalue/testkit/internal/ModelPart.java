package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.quicktheories.core.RandomnessSource;

/**
 * One list of a model, by the name its validator uses in paths, with how to read it and how to copy
 * the model with another list; and the defects every such list can be given.
 *
 * @param <M> the model type
 * @param <T> the element type
 * @param name the list's name in violation paths, such as {@code parties}
 * @param get reads the list
 * @param set copies the model with another list
 */
public record ModelPart<M, T>(
    String name, Function<M, List<T>> get, BiFunction<M, List<T>, M> set) {

  /** The parties of a core model. */
  public static final ModelPart<CoreModel, Party> PARTIES =
      new ModelPart<>("parties", CoreModel::parties, CoreModel::withParties);

  /** The stakeholders of a core model. */
  public static final ModelPart<CoreModel, Stakeholder> STAKEHOLDERS =
      new ModelPart<>("stakeholders", CoreModel::stakeholders, CoreModel::withStakeholders);

  /** The role assignments of a core model. */
  public static final ModelPart<CoreModel, RoleAssignment> ROLE_ASSIGNMENTS =
      new ModelPart<>(
          "roleAssignments", CoreModel::roleAssignments, CoreModel::withRoleAssignments);

  /** How holders of consumer roles coordinate, in a core model. */
  public static final ModelPart<CoreModel, Coordination> COORDINATIONS =
      new ModelPart<>("coordinations", CoreModel::coordinations, CoreModel::withCoordinations);

  /** The service relationships of a core model. */
  public static final ModelPart<CoreModel, ServiceRelationship> RELATIONSHIPS =
      new ModelPart<>("relationships", CoreModel::relationships, CoreModel::withRelationships);

  /** The resources of a core model. */
  public static final ModelPart<CoreModel, Resource> RESOURCES =
      new ModelPart<>("resources", CoreModel::resources, CoreModel::withResources);

  /** The products of a core model. */
  public static final ModelPart<CoreModel, Product> PRODUCTS =
      new ModelPart<>("products", CoreModel::products, CoreModel::withProducts);

  /** The services of a core model. */
  public static final ModelPart<CoreModel, Service> SERVICES =
      new ModelPart<>("services", CoreModel::services, CoreModel::withServices);

  /** The service offerings of a core model. */
  public static final ModelPart<CoreModel, ServiceOffering> OFFERINGS =
      new ModelPart<>("offerings", CoreModel::offerings, CoreModel::withOfferings);

  /** The value streams of a journey model. */
  public static final ModelPart<JourneyModel, ValueStream> VALUE_STREAMS =
      new ModelPart<>("valueStreams", JourneyModel::valueStreams, JourneyModel::withValueStreams);

  /** The designed journeys of a journey model. */
  public static final ModelPart<JourneyModel, CustomerJourney> JOURNEYS =
      new ModelPart<>("journeys", JourneyModel::journeys, JourneyModel::withJourneys);

  /**
   * Returns a mutable copy of the list.
   *
   * @param model the model
   * @return the copy
   */
  public List<T> of(M model) {
    return new ArrayList<>(get.apply(model));
  }

  /**
   * Copies a model with another list.
   *
   * @param model the model
   * @param elements the new list
   * @return the copy
   */
  public M with(M model, List<T> elements) {
    return set.apply(model, elements);
  }

  /**
   * Repeats a drawn element at a later position, so that its key is used twice.
   *
   * @param in the randomness source
   * @param model the model; the list is not empty
   * @param suffix what follows {@code name[i]} in the expected path: {@code .id}, or nothing for an
   *     element without an id
   * @return the broken model, expecting the later position
   */
  public Broken<M> repeated(RandomnessSource in, M model, String suffix) {
    List<T> elements = of(model);
    int[] at = Draw.repeatLater(in, elements);
    return new Broken<>(
        with(model, elements),
        name + " holds its element [" + at[0] + "] again at [" + at[1] + "]",
        List.of(name + "[" + at[1] + "]" + suffix));
  }

  /**
   * Makes a drawn element refer to an id the model does not hold.
   *
   * @param <I> the id type
   * @param in the randomness source
   * @param model the model; the list is not empty
   * @param attribute the attribute that refers, which ends the expected path
   * @param id the id factory
   * @param refer copies an element with the reference
   * @return the broken model
   */
  public <I extends TypedId<?>> Broken<M> dangling(
      RandomnessSource in,
      M model,
      String attribute,
      Function<String, I> id,
      BiFunction<T, I, T> refer) {
    return dangling(in, model, element -> attribute, id, refer);
  }

  /**
   * Makes a drawn element refer to an id the model does not hold, at a path that depends on the
   * element.
   *
   * @param <I> the id type
   * @param in the randomness source
   * @param model the model; the list is not empty
   * @param attribute the path of the reference within the element, as it will be once changed
   * @param id the id factory
   * @param refer copies an element with the reference
   * @return the broken model
   */
  public <I extends TypedId<?>> Broken<M> dangling(
      RandomnessSource in,
      M model,
      Function<T, String> attribute,
      Function<String, I> id,
      BiFunction<T, I, T> refer) {
    List<T> elements = of(model);
    int i = Draw.intBetween(in, 0, elements.size() - 1);
    I missing = id.apply(Texts.missingIdText(in));
    String path = name + "[" + i + "]." + attribute.apply(elements.get(i));
    elements.set(i, refer.apply(elements.get(i), missing));
    return new Broken<>(
        with(model, elements), path + " names the unknown " + missing.describe(), List.of(path));
  }
}
