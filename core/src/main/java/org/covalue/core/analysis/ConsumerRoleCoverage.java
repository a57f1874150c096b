package org.covalue.core.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.party.ConsumerRole;
import org.immutables.value.Value;

/**
 * Who holds each consumer role for one consumer organization, and which roles nobody holds (ITIL 4:
 * Drive Stakeholder Value, §1.2.2, Figure 1.2). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsumerRoleCoverage {

  ConsumerRoleCoverage() {}

  static ConsumerRoleCoverage create(
      PartyId organization, Map<ConsumerRole, ? extends Collection<PartyId>> holders) {
    Map<ConsumerRole, List<PartyId>> copy = new EnumMap<>(ConsumerRole.class);
    for (ConsumerRole role : ConsumerRole.values()) {
      Collection<PartyId> parties = holders.get(role);
      copy.put(role, parties == null ? List.of() : List.copyOf(parties));
    }
    return ImmutableConsumerRoleCoverage.of(organization, copy);
  }

  /**
   * Returns the consumer organization.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract PartyId organization();

  /**
   * Returns who holds each role, for every role.
   *
   * @return an unmodifiable map in the order of {@link ConsumerRole}; a role nobody holds has an
   *     empty list
   */
  @Value.Parameter
  public abstract Map<ConsumerRole, List<PartyId>> holders();

  /**
   * Returns the roles nobody holds.
   *
   * @return an unmodifiable set, in the order of {@link ConsumerRole}; empty when the organization
   *     covers all three roles
   */
  public Set<ConsumerRole> missingRoles() {
    Set<ConsumerRole> missing = EnumSet.noneOf(ConsumerRole.class);
    for (ConsumerRole role : ConsumerRole.values()) {
      if (holders().getOrDefault(role, List.of()).isEmpty()) {
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
    return !missingRoles().isEmpty();
  }
}
