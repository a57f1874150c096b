package org.covalue.testkit.internal;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of parties and consumer role assignments, valid and invalid. */
public final class PartyGens {

  private PartyGens() {}

  /**
   * Returns party ids.
   *
   * @return the generator
   */
  public static Gen<PartyId> partyIds() {
    return Texts.idTexts().map(PartyId::of);
  }

  /**
   * Returns party kinds.
   *
   * @return the generator
   */
  public static Gen<PartyKind> kinds() {
    return Generate.enumValues(PartyKind.class);
  }

  /**
   * Returns consumer roles.
   *
   * @return the generator
   */
  public static Gen<ConsumerRole> roles() {
    return Generate.enumValues(ConsumerRole.class);
  }

  /**
   * Returns parties of any kind, sometimes members of another party (never of themselves).
   *
   * @return the generator
   */
  public static Gen<Party> parties() {
    return in -> {
      PartyId id = partyIds().generate(in);
      Party.Builder party =
          Party.builder().id(id).name(Texts.names().generate(in)).kind(kinds().generate(in));
      if (Draw.bool(in)) {
        PartyId group = partyIds().generate(in);
        if (!group.equals(id)) {
          party.memberOf(group);
        }
      }
      return party.build();
    };
  }

  /**
   * Returns organizations that belong to no other party.
   *
   * @return the generator
   */
  public static Gen<Party> organizations() {
    return in -> Party.organization(partyIds().generate(in), Texts.names().generate(in));
  }

  /**
   * Returns persons or teams that belong to one of the given organizations or teams.
   *
   * @param groups the ids they may belong to; not empty
   * @return the generator; its parties' ids are never one of {@code groups}
   */
  public static Gen<Party> members(List<PartyId> groups) {
    return in -> {
      PartyId group = Draw.oneOf(in, groups);
      PartyId id = partyIds().generate(in);
      while (groups.contains(id)) {
        id = PartyId.of(id.value().length() < 100 ? id.value() + "m" : "m");
      }
      String name = Texts.names().generate(in);
      return Draw.bool(in) ? Party.person(id, name, group) : Party.team(id, name, group);
    };
  }

  /**
   * Returns role assignments with any ids.
   *
   * @return the generator
   */
  public static Gen<RoleAssignment> roleAssignments() {
    return partyIds().zip(roles(), partyIds(), RoleAssignment::of);
  }

  /**
   * Returns role assignments whose holder and consumer organization come from given lists.
   *
   * @param holders the parties that may hold roles; not empty
   * @param organizations the consumer organizations; not empty
   * @return the generator
   */
  public static Gen<RoleAssignment> roleAssignments(
      List<PartyId> holders, List<PartyId> organizations) {
    return in ->
        RoleAssignment.of(
            Draw.oneOf(in, holders), roles().generate(in), Draw.oneOf(in, organizations));
  }

  /**
   * Returns attempts to build parties from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidParties() {
    return in -> {
      Party valid = parties().generate(in);
      switch (Draw.intBetween(in, 0, 5)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "party built with",
              "name",
              blank -> Party.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.blank(in, "party renamed to", "name", valid::withName);
        }
        case 2 -> {
          return BadInput.of(
              "party " + valid.id() + " made a member of itself",
              "memberOf",
              () -> valid.withMemberOf(valid.id()));
        }
        case 3 -> {
          boolean person = Draw.bool(in);
          String name = Texts.names().generate(in);
          return BadInput.of(
              (person ? "person " : "team ") + valid.id() + " built as a member of itself",
              "memberOf",
              person
                  ? () -> Party.person(valid.id(), name, valid.id())
                  : () -> Party.team(valid.id(), name, valid.id()));
        }
        case 4 -> {
          return BadInput.leftOut(
              in,
              "party",
              Party::builder,
              Party.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("kind", b -> b.kind(valid.kind()))));
        }
        default -> {
          return BadInput.of(
              "organization built with a null name",
              "name",
              () -> Nulls.organizationNamedNull(valid.id()));
        }
      }
    };
  }

  /**
   * Returns attempts to build role assignments with a part missing.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidRoleAssignments() {
    return in -> {
      RoleAssignment valid = roleAssignments().generate(in);
      int which = Draw.intBetween(in, 0, 2);
      String attribute = List.of("party", "role", "consumerOrganization").get(which);
      return BadInput.of(
          "role assignment without its " + attribute,
          attribute,
          () ->
              Nulls.withNull(
                  which,
                  valid.party(),
                  valid.role(),
                  valid.consumerOrganization(),
                  RoleAssignment::of));
    };
  }
}
