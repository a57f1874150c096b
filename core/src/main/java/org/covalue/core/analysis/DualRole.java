package org.covalue.core.analysis;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.immutables.value.Value;

/**
 * An organization that is a provider in some relationships and a consumer in others: the link that
 * turns single relationships into chains and networks (ITIL 4: Drive Stakeholder Value, §1.2.3,
 * Figure 1.3). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DualRole {

  DualRole() {}

  static DualRole of(
      PartyId party,
      List<ServiceRelationshipId> asProvider,
      List<ServiceRelationshipId> asConsumer) {
    return ImmutableDualRole.of(party, asProvider, asConsumer);
  }

  /**
   * Returns the organization.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * Returns the relationships in which it provides.
   *
   * @return at least one relationship id, in network order
   */
  @Value.Parameter
  public abstract List<ServiceRelationshipId> asProvider();

  /**
   * Returns the relationships in which it consumes.
   *
   * @return at least one relationship id, in network order
   */
  @Value.Parameter
  public abstract List<ServiceRelationshipId> asConsumer();

  /** Returns the party and the numbers of relationships in each role. */
  @Override
  public String toString() {
    return "DualRole{party="
        + party()
        + ", asProvider="
        + asProvider().size()
        + ", asConsumer="
        + asConsumer().size()
        + "}";
  }
}
