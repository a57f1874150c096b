package org.covalue.core.analysis;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.immutables.value.Value;

/**
 * A group of organizations that provide services to each other in a circle: each one depends,
 * directly or through others, on every other one of the group (a strongly connected part of the
 * relationship network; ITIL 4: Drive Stakeholder Value, §1.2.3). Such loops are legitimate, as
 * when two firms serve each other, but they make value and risk flow back on themselves. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RelationshipCycle {

  RelationshipCycle() {}

  static RelationshipCycle of(List<PartyId> parties, List<ServiceRelationshipId> relationships) {
    return ImmutableRelationshipCycle.of(parties, relationships);
  }

  /**
   * Returns the organizations of the group.
   *
   * @return at least two ids, in network order
   */
  @Value.Parameter
  public abstract List<PartyId> parties();

  /**
   * Returns the relationships between organizations of the group.
   *
   * @return their ids, in network order
   */
  @Value.Parameter
  public abstract List<ServiceRelationshipId> relationships();

  /** Returns the numbers of parties and relationships in the circle, and its first parties. */
  @Override
  public String toString() {
    return "RelationshipCycle{parties="
        + parties().size()
        + " ("
        + Graphs.listed(Graphs.firstOf(parties()), parties().size())
        + "), relationships="
        + relationships().size()
        + "}";
  }
}
