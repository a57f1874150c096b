package org.covalue.core.party;

import java.util.Optional;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.immutables.value.Value;

/**
 * An organization, a person or a team that takes part in service relationships and journeys. A
 * person or a team may belong to an organization or a team ({@link #memberOf()}), which is how a
 * model says who works for whom.
 *
 * <p>Whether a party is a service provider or a service consumer is not part of the party: it is
 * the role the party plays in each {@code ServiceRelationship}, and the same organization often
 * plays both (ITIL 4: Drive Stakeholder Value, §1.2.3). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an organization.
   *
   * @param id its id
   * @param name its name
   * @return the party
   */
  public static Party organization(PartyId id, String name) {
    return builder().id(id).name(name).kind(PartyKind.ORGANIZATION).build();
  }

  /**
   * Returns a person who belongs to an organization or a team.
   *
   * @param id the person's id
   * @param name the person's name
   * @param memberOf the organization or team the person belongs to
   * @return the party
   */
  public static Party person(PartyId id, String name, PartyId memberOf) {
    return builder().id(id).name(name).kind(PartyKind.PERSON).memberOf(memberOf).build();
  }

  /**
   * Returns a team that belongs to an organization or a team.
   *
   * @param id the team's id
   * @param name the team's name
   * @param memberOf the organization or team it belongs to
   * @return the party
   */
  public static Party team(PartyId id, String name, PartyId memberOf) {
    return builder().id(id).name(name).kind(PartyKind.TEAM).memberOf(memberOf).build();
  }

  /**
   * Returns the id, unique among the parties of a model.
   *
   * @return the id
   */
  public abstract PartyId id();

  /**
   * Returns the party's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns what the party is.
   *
   * @return organization, person or team
   */
  public abstract PartyKind kind();

  /**
   * Returns the organization or team this party belongs to.
   *
   * @return its id, or empty
   */
  public abstract Optional<PartyId> memberOf();

  /**
   * Returns the type of service relationship the party's strategy prefers (ITIL 4: Drive
   * Stakeholder Value, §1.2.3, Table 1.2: an organization may prefer one type, depending on its
   * strategy). {@code org.covalue.core.analysis.RelationshipStrategyAnalysis} reports the party's
   * relationships of other types.
   *
   * @return the preferred type, or empty if the party declares none
   */
  public abstract Optional<ServiceRelationshipType> preferredRelationshipType();

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the copy
   */
  public abstract Party withName(String name);

  /**
   * Returns a copy that belongs to another organization or team.
   *
   * @param memberOf the id of the organization or team
   * @return the copy
   */
  public abstract Party withMemberOf(PartyId memberOf);

  /**
   * Returns a copy with another kind.
   *
   * @param kind the new value
   * @return the copy
   */
  public abstract Party withKind(PartyKind kind);

  /**
   * Returns a copy that prefers another type of relationship.
   *
   * @param preferredRelationshipType the new value
   * @return the copy
   */
  public abstract Party withPreferredRelationshipType(
      ServiceRelationshipType preferredRelationshipType);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Party name")
        .check(
            !memberOf().equals(Optional.of(id())),
            "memberOf",
            "Party " + id() + " cannot be a member of itself",
            id())
        .throwIfAny();
  }

  /**
   * Builds {@link Party} values; id, name and kind are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
