package org.covalue.core.party;

import org.covalue.core.PartyId;
import org.immutables.value.Value;

/**
 * States that a party holds a consumer role for a consumer organization (ITIL 4: Drive Stakeholder
 * Value, §1.2.2, Figure 1.2): for example, that the head of finance is the sponsor of the company's
 * service desk consumption. Parties and roles relate many-to-many: one person may hold several
 * roles, and a role may be held by several persons or teams. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RoleAssignment {

  RoleAssignment() {}

  /**
   * Returns an assignment.
   *
   * @param party the person, team or organization that holds the role
   * @param role the role
   * @param consumerOrganization the consumer organization the role is held for
   * @return the assignment
   */
  public static RoleAssignment of(PartyId party, ConsumerRole role, PartyId consumerOrganization) {
    return ImmutableRoleAssignment.of(party, role, consumerOrganization);
  }

  /**
   * Returns who holds the role.
   *
   * @return the party's id
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * Returns the role held.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract ConsumerRole role();

  /**
   * Returns the consumer organization the role is held for. It may be the party itself, as when an
   * individual consumer is customer, user and sponsor at once.
   *
   * @return the organization's id
   */
  @Value.Parameter
  public abstract PartyId consumerOrganization();
}
