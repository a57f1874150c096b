package org.covalue.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.covalue.core.PartyId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a core model, side by side, as the {@link CoreModels} generators produce them:
 * parties, stakeholders, consumer role assignments, service relationships, resources, products,
 * services and service offerings (ITIL 4: Drive Stakeholder Value, §1.2). covalue's domain modules
 * have no such whole-model type on purpose (analyses take what they need); this one is a test
 * fixture, with shortcuts to the {@link CoreModelValidator} and to the network and map views.
 *
 * <p>A core model holds what it is given, valid or not: {@link #validate()} tells which rules it
 * breaks. Instances are immutable and thread-safe.
 */
public final class CoreModel {

  private final List<Party> parties;
  private final List<Stakeholder> stakeholders;
  private final List<RoleAssignment> roleAssignments;
  private final List<ServiceRelationship> relationships;
  private final List<Resource> resources;
  private final List<Product> products;
  private final List<Service> services;
  private final List<ServiceOffering> offerings;

  private CoreModel(Builder builder) {
    this.parties = List.copyOf(builder.parties);
    this.stakeholders = List.copyOf(builder.stakeholders);
    this.roleAssignments = List.copyOf(builder.roleAssignments);
    this.relationships = List.copyOf(builder.relationships);
    this.resources = List.copyOf(builder.resources);
    this.products = List.copyOf(builder.products);
    this.services = List.copyOf(builder.services);
    this.offerings = List.copyOf(builder.offerings);
  }

  /**
   * Returns a builder of an empty model.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this model's elements.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .parties(parties)
        .stakeholders(stakeholders)
        .roleAssignments(roleAssignments)
        .relationships(relationships)
        .resources(resources)
        .products(products)
        .services(services)
        .offerings(offerings);
  }

  /**
   * Returns the parties.
   *
   * @return an unmodifiable list
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * Returns the ids of the parties that are organizations, in the parties' order.
   *
   * @return an unmodifiable list
   */
  public List<PartyId> organizations() {
    List<PartyId> organizations = new ArrayList<>();
    for (Party party : parties) {
      if (party.kind() == PartyKind.ORGANIZATION) {
        organizations.add(party.id());
      }
    }
    return List.copyOf(organizations);
  }

  /**
   * Returns the stakeholders.
   *
   * @return an unmodifiable list
   */
  public List<Stakeholder> stakeholders() {
    return stakeholders;
  }

  /**
   * Returns the consumer role assignments.
   *
   * @return an unmodifiable list
   */
  public List<RoleAssignment> roleAssignments() {
    return roleAssignments;
  }

  /**
   * Returns the service relationships.
   *
   * @return an unmodifiable list
   */
  public List<ServiceRelationship> relationships() {
    return relationships;
  }

  /**
   * Returns the resources.
   *
   * @return an unmodifiable list
   */
  public List<Resource> resources() {
    return resources;
  }

  /**
   * Returns the products.
   *
   * @return an unmodifiable list
   */
  public List<Product> products() {
    return products;
  }

  /**
   * Returns the services.
   *
   * @return an unmodifiable list
   */
  public List<Service> services() {
    return services;
  }

  /**
   * Returns the service offerings.
   *
   * @return an unmodifiable list
   */
  public List<ServiceOffering> offerings() {
    return offerings;
  }

  /**
   * Returns the relationships as a network (ITIL 4: Drive Stakeholder Value, §1.2.3).
   *
   * @return the network of {@link #relationships()}
   * @throws org.covalue.core.InvalidModelException if a relationship id appears twice
   */
  public RelationshipNetwork network() {
    return RelationshipNetwork.of(relationships);
  }

  /**
   * Returns the stakeholders as an undated, unlabelled stakeholder map (ITIL 4: Drive Stakeholder
   * Value, §1.2.1).
   *
   * @return the map of {@link #stakeholders()}
   * @throws org.covalue.core.InvalidModelException if a stakeholder id appears twice
   */
  public StakeholderMap stakeholderMap() {
    return StakeholderMap.builder().stakeholders(stakeholders).build();
  }

  /**
   * Returns a validator loaded with every element of the model.
   *
   * @return a new validator
   */
  public CoreModelValidator validator() {
    return CoreModelValidator.create()
        .parties(parties)
        .stakeholders(stakeholders)
        .roleAssignments(roleAssignments)
        .relationships(relationships)
        .resources(resources)
        .products(products)
        .services(services)
        .offerings(offerings);
  }

  /**
   * Checks the rules that span the model's elements.
   *
   * @return every violation the {@link CoreModelValidator} finds; empty if the model is consistent
   */
  public List<Violation> validate() {
    return validator().validate();
  }

  /**
   * Returns how many elements the model holds, over all its lists.
   *
   * @return the total size
   */
  public int size() {
    return parties.size()
        + stakeholders.size()
        + roleAssignments.size()
        + relationships.size()
        + resources.size()
        + products.size()
        + services.size()
        + offerings.size();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CoreModel that)) {
      return false;
    }
    return parties.equals(that.parties)
        && stakeholders.equals(that.stakeholders)
        && roleAssignments.equals(that.roleAssignments)
        && relationships.equals(that.relationships)
        && resources.equals(that.resources)
        && products.equals(that.products)
        && services.equals(that.services)
        && offerings.equals(that.offerings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        parties,
        stakeholders,
        roleAssignments,
        relationships,
        resources,
        products,
        services,
        offerings);
  }

  /** Returns every list with its elements, for test reports. */
  @Override
  public String toString() {
    return "CoreModel{parties="
        + parties
        + ", stakeholders="
        + stakeholders
        + ", roleAssignments="
        + roleAssignments
        + ", relationships="
        + relationships
        + ", resources="
        + resources
        + ", products="
        + products
        + ", services="
        + services
        + ", offerings="
        + offerings
        + "}";
  }

  /**
   * Builds {@link CoreModel}s; every list starts empty, and each setter replaces its list. Builders
   * are mutable and not thread-safe.
   */
  public static final class Builder {

    private List<Party> parties = List.of();
    private List<Stakeholder> stakeholders = List.of();
    private List<RoleAssignment> roleAssignments = List.of();
    private List<ServiceRelationship> relationships = List.of();
    private List<Resource> resources = List.of();
    private List<Product> products = List.of();
    private List<Service> services = List.of();
    private List<ServiceOffering> offerings = List.of();

    private Builder() {}

    /**
     * Sets the parties.
     *
     * @param parties the parties
     * @return this builder
     */
    public Builder parties(Collection<? extends Party> parties) {
      this.parties = List.copyOf(parties);
      return this;
    }

    /**
     * Sets the stakeholders.
     *
     * @param stakeholders the stakeholders
     * @return this builder
     */
    public Builder stakeholders(Collection<? extends Stakeholder> stakeholders) {
      this.stakeholders = List.copyOf(stakeholders);
      return this;
    }

    /**
     * Sets the consumer role assignments.
     *
     * @param roleAssignments the assignments
     * @return this builder
     */
    public Builder roleAssignments(Collection<? extends RoleAssignment> roleAssignments) {
      this.roleAssignments = List.copyOf(roleAssignments);
      return this;
    }

    /**
     * Sets the service relationships.
     *
     * @param relationships the relationships
     * @return this builder
     */
    public Builder relationships(Collection<? extends ServiceRelationship> relationships) {
      this.relationships = List.copyOf(relationships);
      return this;
    }

    /**
     * Sets the resources.
     *
     * @param resources the resources
     * @return this builder
     */
    public Builder resources(Collection<? extends Resource> resources) {
      this.resources = List.copyOf(resources);
      return this;
    }

    /**
     * Sets the products.
     *
     * @param products the products
     * @return this builder
     */
    public Builder products(Collection<? extends Product> products) {
      this.products = List.copyOf(products);
      return this;
    }

    /**
     * Sets the services.
     *
     * @param services the services
     * @return this builder
     */
    public Builder services(Collection<? extends Service> services) {
      this.services = List.copyOf(services);
      return this;
    }

    /**
     * Sets the service offerings.
     *
     * @param offerings the offerings
     * @return this builder
     */
    public Builder offerings(Collection<? extends ServiceOffering> offerings) {
      this.offerings = List.copyOf(offerings);
      return this;
    }

    /**
     * Builds the model. It is not validated: call {@link CoreModel#validate()} for that.
     *
     * @return the model
     */
    public CoreModel build() {
      return new CoreModel(this);
    }
  }
}
