package org.covalue.testkit;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.testkit.internal.PartyGens;
import org.quicktheories.core.Gen;

/**
 * Generators of parties (organizations, persons and teams) and of the consumer roles they hold
 * (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2).
 */
public final class Parties {

  private Parties() {}

  /**
   * Returns the three kinds of party.
   *
   * @return the generator
   */
  public static Gen<PartyKind> kinds() {
    return PartyGens.kinds();
  }

  /**
   * Returns the three consumer roles.
   *
   * @return the generator
   */
  public static Gen<ConsumerRole> roles() {
    return PartyGens.roles();
  }

  /**
   * Returns parties of any kind with any ids, sometimes members of another party (never of
   * themselves). The party they belong to is not generated with them.
   *
   * @return the generator
   */
  public static Gen<Party> parties() {
    return PartyGens.parties();
  }

  /**
   * Returns organizations that belong to no other party.
   *
   * @return the generator
   */
  public static Gen<Party> organizations() {
    return PartyGens.organizations();
  }

  /**
   * Returns persons and teams that belong to one of the given organizations or teams.
   *
   * @param groups the ids of the organizations or teams they may belong to; not empty
   * @return the generator
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static Gen<Party> members(List<PartyId> groups) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "members needs at least one organization or team to belong to");
    }
    return PartyGens.members(List.copyOf(groups));
  }

  /**
   * Returns role assignments with any ids.
   *
   * @return the generator
   */
  public static Gen<RoleAssignment> roleAssignments() {
    return PartyGens.roleAssignments();
  }

  /**
   * Returns role assignments whose holder and consumer organization are taken from given lists, so
   * that they refer to parties of a model.
   *
   * @param holders the persons, teams or organizations that may hold a role; not empty
   * @param consumerOrganizations the organizations roles are held for; not empty
   * @return the generator
   * @throws IllegalArgumentException if a list is empty
   */
  public static Gen<RoleAssignment> roleAssignments(
      List<PartyId> holders, List<PartyId> consumerOrganizations) {
    if (holders.isEmpty() || consumerOrganizations.isEmpty()) {
      throw new IllegalArgumentException(
          "roleAssignments needs at least one holder and one organization");
    }
    return PartyGens.roleAssignments(List.copyOf(holders), List.copyOf(consumerOrganizations));
  }

  /**
   * Returns attempts to build parties from invalid input: a blank or null name, a party that is a
   * member of itself, or a required attribute left out. Each is expected to fail with a violation
   * at the attribute's name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidParties() {
    return PartyGens.invalidParties().map(InvalidInput::from);
  }

  /**
   * Returns attempts to make role assignments with the holder, the role or the organization
   * missing. Each is expected to fail with a violation at that part's name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidRoleAssignments() {
    return PartyGens.invalidRoleAssignments().map(InvalidInput::from);
  }
}
