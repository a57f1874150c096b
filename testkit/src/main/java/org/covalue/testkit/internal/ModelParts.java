package org.covalue.testkit.internal;

import java.util.List;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;

/**
 * The element lists of a core model, as the internal generators produce them; the public {@code
 * CoreModel} is made from them.
 *
 * @param parties the parties
 * @param stakeholders the stakeholders
 * @param roleAssignments the consumer role assignments
 * @param relationships the service relationships
 * @param resources the resources
 * @param products the products
 * @param services the services
 * @param offerings the service offerings
 */
public record ModelParts(
    List<Party> parties,
    List<Stakeholder> stakeholders,
    List<RoleAssignment> roleAssignments,
    List<ServiceRelationship> relationships,
    List<Resource> resources,
    List<Product> products,
    List<Service> services,
    List<ServiceOffering> offerings) {

  /**
   * Copies the lists.
   *
   * @param parties the parties
   * @param stakeholders the stakeholders
   * @param roleAssignments the consumer role assignments
   * @param relationships the service relationships
   * @param resources the resources
   * @param products the products
   * @param services the services
   * @param offerings the service offerings
   */
  public ModelParts {
    parties = List.copyOf(parties);
    stakeholders = List.copyOf(stakeholders);
    roleAssignments = List.copyOf(roleAssignments);
    relationships = List.copyOf(relationships);
    resources = List.copyOf(resources);
    products = List.copyOf(products);
    services = List.copyOf(services);
    offerings = List.copyOf(offerings);
  }

  /**
   * Returns a copy with other parties.
   *
   * @param replacement the parties
   * @return the copy
   */
  public ModelParts withParties(List<Party> replacement) {
    return new ModelParts(
        replacement,
        stakeholders,
        roleAssignments,
        relationships,
        resources,
        products,
        services,
        offerings);
  }

  /**
   * Returns a copy with other stakeholders.
   *
   * @param replacement the stakeholders
   * @return the copy
   */
  public ModelParts withStakeholders(List<Stakeholder> replacement) {
    return new ModelParts(
        parties,
        replacement,
        roleAssignments,
        relationships,
        resources,
        products,
        services,
        offerings);
  }

  /**
   * Returns a copy with other role assignments.
   *
   * @param replacement the assignments
   * @return the copy
   */
  public ModelParts withRoleAssignments(List<RoleAssignment> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        replacement,
        relationships,
        resources,
        products,
        services,
        offerings);
  }

  /**
   * Returns a copy with other relationships.
   *
   * @param replacement the relationships
   * @return the copy
   */
  public ModelParts withRelationships(List<ServiceRelationship> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        roleAssignments,
        replacement,
        resources,
        products,
        services,
        offerings);
  }

  /**
   * Returns a copy with other resources.
   *
   * @param replacement the resources
   * @return the copy
   */
  public ModelParts withResources(List<Resource> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        roleAssignments,
        relationships,
        replacement,
        products,
        services,
        offerings);
  }

  /**
   * Returns a copy with other products.
   *
   * @param replacement the products
   * @return the copy
   */
  public ModelParts withProducts(List<Product> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        roleAssignments,
        relationships,
        resources,
        replacement,
        services,
        offerings);
  }

  /**
   * Returns a copy with other services.
   *
   * @param replacement the services
   * @return the copy
   */
  public ModelParts withServices(List<Service> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        roleAssignments,
        relationships,
        resources,
        products,
        replacement,
        offerings);
  }

  /**
   * Returns a copy with other offerings.
   *
   * @param replacement the offerings
   * @return the copy
   */
  public ModelParts withOfferings(List<ServiceOffering> replacement) {
    return new ModelParts(
        parties,
        stakeholders,
        roleAssignments,
        relationships,
        resources,
        products,
        services,
        replacement);
  }
}
