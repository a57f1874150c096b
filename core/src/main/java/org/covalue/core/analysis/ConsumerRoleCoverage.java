package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.jspecify.annotations.Nullable;

/**
 * Who holds each consumer role for one consumer organization, and which roles nobody holds (ITIL 4:
 * Drive Stakeholder Value, §1.2.2, Figure 1.2). An organization nobody holds a role for takes a few
 * dozen bytes, so an analysis of a million consumers stays small. Instances are immutable and
 * thread-safe.
 */
public final class ConsumerRoleCoverage {

  private static final List<List<PartyId>> NOBODY;

  static {
    List<List<PartyId>> empty = new ArrayList<>();
    for (int i = 0; i < ConsumerRole.values().length; i++) {
      empty.add(List.of());
    }
    NOBODY = List.copyOf(empty);
  }

  private final PartyId organization;
  private final List<List<PartyId>> holdersByRole;

  private ConsumerRoleCoverage(PartyId organization, List<List<PartyId>> holdersByRole) {
    this.organization = organization;
    this.holdersByRole = holdersByRole;
  }

  static ConsumerRoleCoverage create(
      PartyId organization, @Nullable List<? extends Collection<PartyId>> holdersByRole) {
    if (holdersByRole == null) {
      return new ConsumerRoleCoverage(organization, NOBODY);
    }
    List<List<PartyId>> copy = new ArrayList<>(holdersByRole.size());
    for (Collection<PartyId> holders : holdersByRole) {
      copy.add(List.copyOf(holders));
    }
    return new ConsumerRoleCoverage(organization, List.copyOf(copy));
  }

  /**
   * Returns the consumer organization.
   *
   * @return its id
   */
  public PartyId organization() {
    return organization;
  }

  /**
   * Returns who holds one role.
   *
   * @param role the role
   * @return an unmodifiable list of the holders, in the order of their assignments; empty if nobody
   *     holds it
   * @throws NullPointerException if the role is null
   */
  public List<PartyId> holders(ConsumerRole role) {
    // Holders are kept in a list indexed by the role's place in ConsumerRole: a list of three
    // shared or small lists costs less than an EnumMap per organization.
    @SuppressWarnings("EnumOrdinal")
    int index = Objects.requireNonNull(role, "role").ordinal();
    return holdersByRole.get(index);
  }

  /**
   * Returns who holds each role, for every role.
   *
   * @return an unmodifiable map in the order of {@link ConsumerRole}; a role nobody holds has an
   *     empty list
   */
  public Map<ConsumerRole, List<PartyId>> holders() {
    Map<ConsumerRole, List<PartyId>> map = new EnumMap<>(ConsumerRole.class);
    for (ConsumerRole role : ConsumerRole.values()) {
      map.put(role, holders(role));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the roles nobody holds.
   *
   * @return an unmodifiable set, in the order of {@link ConsumerRole}; empty when the organization
   *     covers all three roles
   */
  public Set<ConsumerRole> missingRoles() {
    Set<ConsumerRole> missing = EnumSet.noneOf(ConsumerRole.class);
    for (ConsumerRole role : ConsumerRole.values()) {
      if (holders(role).isEmpty()) {
        missing.add(role);
      }
    }
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Tells whether some role is held by nobody.
   *
   * @return true if {@link #missingRoles()} is not empty
   */
  public boolean hasMissingRoles() {
    for (List<PartyId> holders : holdersByRole) {
      if (holders.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  int missingCount() {
    int count = 0;
    for (List<PartyId> holders : holdersByRole) {
      if (holders.isEmpty()) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ConsumerRoleCoverage that)) {
      return false;
    }
    return organization.equals(that.organization) && holdersByRole.equals(that.holdersByRole);
  }

  @Override
  public int hashCode() {
    return organization.hashCode() * 31 + holdersByRole.hashCode();
  }

  /** Returns the organization and who holds each role. */
  @Override
  public String toString() {
    return "ConsumerRoleCoverage{organization=" + organization + ", holders=" + holders() + "}";
  }
}
