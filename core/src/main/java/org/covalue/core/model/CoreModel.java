package org.covalue.core.model;

import java.util.List;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.immutables.value.Value;

/**
 * The elements of a core model side by side: parties, stakeholders, consumer role assignments and
 * how their holders coordinate, service relationships, resources, products, services and service
 * offerings (ITIL 4: Drive Stakeholder Value, §1.2.1 to §1.2.3 and §1.2.7).
 *
 * <pre>{@code
 * CoreModel model = CoreModel.builder()
 *     .addParty(northwind)
 *     .addParty(contoso)
 *     .addRelationship(desk)
 *     .build();
 * List<Violation> problems = CoreModelValidator.validate(model);
 * }</pre>
 *
 * <p>Each element is checked when it is built, but a model may hold elements that do not fit
 * together yet, such as a relationship with a party it does not hold, so that a model in progress
 * can still be built, saved and shown. {@code org.covalue.core.analysis.CoreModelValidator} reports
 * every such problem with its path, such as {@code relationships[2].provider}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoreModel {

  CoreModel() {}

  /**
   * Returns a new builder of an empty model.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the empty model.
   *
   * @return a model with no element
   */
  public static CoreModel empty() {
    return builder().build();
  }

  /**
   * Returns the parties: organizations, persons and teams.
   *
   * @return the parties, in the order given
   */
  public abstract List<Party> parties();

  /**
   * Returns the stakeholders.
   *
   * @return the stakeholders, in the order given
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * Returns who holds which consumer role for which consumer organization.
   *
   * @return the assignments, in the order given
   */
  public abstract List<RoleAssignment> roleAssignments();

  /**
   * Returns how holders of consumer roles coordinate with each other (§1.2.2).
   *
   * @return the coordinations, in the order given
   */
  public abstract List<Coordination> coordinations();

  /**
   * Returns the service relationships.
   *
   * @return the relationships, in the order given
   */
  public abstract List<ServiceRelationship> relationships();

  /**
   * Returns the resources.
   *
   * @return the resources, in the order given
   */
  public abstract List<Resource> resources();

  /**
   * Returns the products.
   *
   * @return the products, in the order given
   */
  public abstract List<Product> products();

  /**
   * Returns the services.
   *
   * @return the services, in the order given
   */
  public abstract List<Service> services();

  /**
   * Returns the service offerings.
   *
   * @return the offerings, in the order given
   */
  public abstract List<ServiceOffering> offerings();

  /**
   * Returns the relationships as a network, for the analyses of §1.2.3.
   *
   * @return the network of {@link #relationships()}
   * @throws org.covalue.core.InvalidModelException if two relationships share an id
   */
  @Value.Lazy
  public RelationshipNetwork network() {
    return RelationshipNetwork.of(relationships());
  }

  /**
   * Returns how many elements the model holds, of all kinds.
   *
   * @return the total number of elements
   */
  public int size() {
    return parties().size()
        + stakeholders().size()
        + roleAssignments().size()
        + coordinations().size()
        + relationships().size()
        + resources().size()
        + products().size()
        + services().size()
        + offerings().size();
  }

  /**
   * Returns a copy with other parties.
   *
   * @param parties the new parties
   * @return the copy
   */
  public abstract CoreModel withParties(Iterable<? extends Party> parties);

  /**
   * Returns a copy with other stakeholders.
   *
   * @param stakeholders the new stakeholders
   * @return the copy
   */
  public abstract CoreModel withStakeholders(Iterable<? extends Stakeholder> stakeholders);

  /**
   * Returns a copy with other role assignments.
   *
   * @param roleAssignments the new assignments
   * @return the copy
   */
  public abstract CoreModel withRoleAssignments(Iterable<? extends RoleAssignment> roleAssignments);

  /**
   * Returns a copy with other coordinations.
   *
   * @param coordinations the new coordinations
   * @return the copy
   */
  public abstract CoreModel withCoordinations(Iterable<? extends Coordination> coordinations);

  /**
   * Returns a copy with other relationships.
   *
   * @param relationships the new relationships
   * @return the copy
   */
  public abstract CoreModel withRelationships(
      Iterable<? extends ServiceRelationship> relationships);

  /**
   * Returns a copy with other resources.
   *
   * @param resources the new resources
   * @return the copy
   */
  public abstract CoreModel withResources(Iterable<? extends Resource> resources);

  /**
   * Returns a copy with other products.
   *
   * @param products the new products
   * @return the copy
   */
  public abstract CoreModel withProducts(Iterable<? extends Product> products);

  /**
   * Returns a copy with other services.
   *
   * @param services the new services
   * @return the copy
   */
  public abstract CoreModel withServices(Iterable<? extends Service> services);

  /**
   * Returns a copy with other offerings.
   *
   * @param offerings the new offerings
   * @return the copy
   */
  public abstract CoreModel withOfferings(Iterable<? extends ServiceOffering> offerings);

  /** Returns the number of elements of each kind, not the elements themselves. */
  @Override
  public String toString() {
    return "CoreModel{parties="
        + parties().size()
        + ", stakeholders="
        + stakeholders().size()
        + ", roleAssignments="
        + roleAssignments().size()
        + ", coordinations="
        + coordinations().size()
        + ", relationships="
        + relationships().size()
        + ", resources="
        + resources().size()
        + ", products="
        + products().size()
        + ", services="
        + services().size()
        + ", offerings="
        + offerings().size()
        + "}";
  }

  /**
   * Builds {@link CoreModel}s; every list is optional and starts empty.
   *
   * <p>Add to a list with {@code addX(..)} or {@code addAllX(..)}, or replace it whole with the
   * method of its name. {@code from(model)} copies every list of an existing model. {@code build()}
   * returns the model; rules between elements are the validator's. A null element is refused with
   * an {@link org.covalue.core.InvalidModelException} naming the list; a null list given to a
   * setter throws a {@link NullPointerException} (docs/decisions/0010). A builder is not
   * thread-safe.
   */
  public static final class Builder extends ImmutableCoreModel.Builder {
    Builder() {}
  }
}
