package org.covalue.core.relationship;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.core.internal.EdgeIndex;
import org.covalue.core.internal.ObjectIndex;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The chains and networks of service relationships that form because organizations provide and
 * consume services at the same time (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3). The
 * network is a directed graph: each relationship is an edge from its consumer to its provider.
 * Analyses of it are in {@code org.covalue.core.analysis.RelationshipNetworkAnalysis}.
 *
 * <p>A network holds each relationship once (by id), in the order given. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class RelationshipNetwork {

  RelationshipNetwork() {}

  /**
   * Returns the network of the given relationships.
   *
   * @param relationships the relationships, each id once
   * @return the network
   * @throws org.covalue.core.InvalidModelException if the relationships or one of them is null, or
   *     an id appears twice
   */
  public static RelationshipNetwork of(Iterable<? extends ServiceRelationship> relationships) {
    Violations.requireNonNull(relationships, "relationships");
    Collection<? extends ServiceRelationship> given;
    if (relationships instanceof Collection<? extends ServiceRelationship> collection) {
      given = collection; // no growing copy of a million relationships
    } else {
      List<ServiceRelationship> copy = new ArrayList<>();
      relationships.forEach(copy::add);
      given = copy;
    }
    return ImmutableRelationshipNetwork.builder()
        .relationships(Violations.copyOfNonNull(given, "relationships"))
        .build();
  }

  /**
   * Returns the network of the given relationships.
   *
   * @param relationships the relationships, each id once
   * @return the network
   * @throws org.covalue.core.InvalidModelException if an id appears twice
   */
  public static RelationshipNetwork of(ServiceRelationship... relationships) {
    return of(Arrays.asList(Violations.requireNonNull(relationships, "relationships")));
  }

  /**
   * Returns the relationships.
   *
   * @return the relationships, in the order given
   */
  public abstract List<ServiceRelationship> relationships();

  /**
   * Returns every organization that takes part in a relationship of the network.
   *
   * @return an unmodifiable set of the parties' ids, in the order they first appear (provider
   *     before consumer)
   */
  public Set<PartyId> parties() {
    ObjectIndex<PartyId> parties = index().nodes();
    return new AbstractSet<>() {
      @Override
      public Iterator<PartyId> iterator() {
        return parties.values().iterator();
      }

      @Override
      public int size() {
        return parties.size();
      }

      @Override
      public boolean contains(@Nullable Object party) {
        return party instanceof PartyId && parties.indexOf(party) >= 0;
      }
    };
  }

  /**
   * Returns the relationships in which a party is the provider.
   *
   * @param party the party
   * @return an unmodifiable list of the relationships, in network order; empty if there are none
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> asProvider(PartyId party) {
    return relationshipsAt(party, true);
  }

  /**
   * Returns the relationships in which a party is the consumer.
   *
   * @param party the party
   * @return an unmodifiable list of the relationships, in network order; empty if there are none
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> asConsumer(PartyId party) {
    return relationshipsAt(party, false);
  }

  /**
   * Returns the relationships a party takes part in, in either role.
   *
   * @param party the party
   * @return an unmodifiable list of the relationships, in network order
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> relationshipsOf(PartyId party) {
    EdgeIndex<PartyId> index = index();
    int number = index.nodes().indexOf(Objects.requireNonNull(party, "party"));
    if (number < 0) {
      return List.of();
    }
    // Merge the two ascending runs of relationship numbers back into network order.
    int provided = index.tailCount(number);
    int consumed = index.headCount(number);
    List<ServiceRelationship> found = new ArrayList<>(provided + consumed);
    int i = 0;
    int j = 0;
    while (i < provided || j < consumed) {
      boolean takeProvided =
          j >= consumed || (i < provided && index.tailEdge(number, i) < index.headEdge(number, j));
      found.add(
          relationships()
              .get(takeProvided ? index.tailEdge(number, i++) : index.headEdge(number, j++)));
    }
    return Collections.unmodifiableList(found);
  }

  private List<ServiceRelationship> relationshipsAt(PartyId party, boolean asProvider) {
    EdgeIndex<PartyId> index = index();
    int number = index.nodes().indexOf(Objects.requireNonNull(party, "party"));
    if (number < 0) {
      return List.of();
    }
    int size = asProvider ? index.tailCount(number) : index.headCount(number);
    List<ServiceRelationship> all = relationships();
    return new AbstractList<>() {
      @Override
      public ServiceRelationship get(int i) {
        Objects.checkIndex(i, size);
        return all.get(asProvider ? index.tailEdge(number, i) : index.headEdge(number, i));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The network as arrays: each relationship an edge from its provider to its consumer, each party
   * numbered in the order it first appears (provider before consumer), and for each party the
   * numbers of the relationships in which it provides and consumes. About 40 bytes per
   * relationship, computed once, on first use.
   *
   * @return the index
   */
  @Value.Lazy
  EdgeIndex<PartyId> index() {
    return EdgeIndex.of(
        relationships(), ServiceRelationship::provider, ServiceRelationship::consumer);
  }

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkUnique("relationships", relationships(), ServiceRelationship::id, "Relationship id");
    found.throwIfAny();
  }
}
