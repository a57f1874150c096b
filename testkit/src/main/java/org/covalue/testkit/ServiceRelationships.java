package org.covalue.testkit;

import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.OrganizationalLevel;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.RelationshipTypeAttribute;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.testkit.internal.RelationshipGens;
import org.covalue.testkit.internal.RelationshipGens.CycleMode;
import org.quicktheories.core.Gen;

/**
 * Generators of service relationships and relationship networks (ITIL 4: Drive Stakeholder Value,
 * §1.2.3, Figure 1.3, Table 1.2).
 *
 * <p>A generated network is drawn over two to a given number of organizations with distinct ids.
 * About half the networks have a chain through several organizations, so the middle ones both
 * provide and consume (dual roles); a few more relationships join random pairs, sometimes in
 * parallel. {@linkplain #acyclicNetworks() Acyclic} networks orient every relationship along one
 * order of the organizations, so no organization depends on itself; {@linkplain #cyclicNetworks()
 * cyclic} ones add a circle of two to four organizations; {@linkplain #networks() plain} ones
 * orient relationships at random, so cycles come and go. The relationships' order is drawn too.
 */
public final class ServiceRelationships {

  /** The most organizations the networks of the no-argument methods have. */
  public static final int DEFAULT_MAX_ORGANIZATIONS = 8;

  private ServiceRelationships() {}

  /**
   * Returns the three relationship types.
   *
   * @return the generator
   */
  public static Gen<ServiceRelationshipType> types() {
    return RelationshipGens.types();
  }

  /**
   * Returns the widths of a band of visibility (§1.2.5).
   *
   * @return the generator
   */
  public static Gen<BandWidth> bandWidths() {
    return RelationshipGens.bandWidths();
  }

  /**
   * Returns the organizational levels at which relationships are conducted.
   *
   * @return the generator
   */
  public static Gen<OrganizationalLevel> organizationalLevels() {
    return RelationshipGens.organizationalLevels();
  }

  /**
   * Returns the attributes by which the relationship types of Table 1.2 differ.
   *
   * @return the generator
   */
  public static Gen<RelationshipTypeAttribute> typeAttributes() {
    return RelationshipGens.typeAttributes();
  }

  /**
   * Returns relationships between two distinct organizations with any ids, sometimes based on
   * offerings, with free descriptors or a description.
   *
   * @return the generator
   */
  public static Gen<ServiceRelationship> relationships() {
    return RelationshipGens.relationships();
  }

  /**
   * Returns networks over up to {@value #DEFAULT_MAX_ORGANIZATIONS} organizations, with or without
   * cycles.
   *
   * @return the generator
   */
  public static Gen<RelationshipNetwork> networks() {
    return networks(DEFAULT_MAX_ORGANIZATIONS);
  }

  /**
   * Returns networks over two to {@code maxOrganizations} organizations, with or without cycles.
   *
   * @param maxOrganizations the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code maxOrganizations} is below 2
   */
  public static Gen<RelationshipNetwork> networks(int maxOrganizations) {
    return RelationshipGens.networks(maxOrganizations, CycleMode.ANY);
  }

  /**
   * Returns networks without cycles over up to {@value #DEFAULT_MAX_ORGANIZATIONS} organizations.
   *
   * @return the generator
   */
  public static Gen<RelationshipNetwork> acyclicNetworks() {
    return acyclicNetworks(DEFAULT_MAX_ORGANIZATIONS);
  }

  /**
   * Returns networks without cycles over two to {@code maxOrganizations} organizations.
   *
   * @param maxOrganizations the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code maxOrganizations} is below 2
   */
  public static Gen<RelationshipNetwork> acyclicNetworks(int maxOrganizations) {
    return RelationshipGens.networks(maxOrganizations, CycleMode.NONE);
  }

  /**
   * Returns networks with at least one cycle over up to {@value #DEFAULT_MAX_ORGANIZATIONS}
   * organizations.
   *
   * @return the generator
   */
  public static Gen<RelationshipNetwork> cyclicNetworks() {
    return cyclicNetworks(DEFAULT_MAX_ORGANIZATIONS);
  }

  /**
   * Returns networks with at least one cycle over two to {@code maxOrganizations} organizations.
   *
   * @param maxOrganizations the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code maxOrganizations} is below 2
   */
  public static Gen<RelationshipNetwork> cyclicNetworks(int maxOrganizations) {
    return RelationshipGens.networks(maxOrganizations, CycleMode.AT_LEAST_ONE);
  }

  /**
   * Returns attempts to build relationships from invalid input: a provider that is also the
   * consumer ({@code consumer}), a blank descriptor name ({@code descriptors}) or a required
   * attribute left out.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidRelationships() {
    return RelationshipGens.invalidRelationships().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build networks that hold a relationship id twice. Each is expected to fail
   * with a violation at {@code relationships[i].id}, i the later position.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidNetworks() {
    return RelationshipGens.invalidNetworks().map(InvalidInput::from);
  }
}
