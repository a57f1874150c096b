package org.covalue.core.relationship;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
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
    List<ServiceRelationship> copy = new ArrayList<>();
    relationships.forEach(copy::add);
    return ImmutableRelationshipNetwork.builder()
        .relationships(Violations.copyOfNonNull(copy, "relationships"))
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
    Index index = index();
    return new AbstractSet<>() {
      @Override
      public Iterator<PartyId> iterator() {
        return index.parties.values().iterator();
      }

      @Override
      public int size() {
        return index.parties.size();
      }

      @Override
      public boolean contains(@Nullable Object party) {
        return party instanceof PartyId && index.parties.indexOf(party) >= 0;
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
    Index index = index();
    int number = index.parties.indexOf(Objects.requireNonNull(party, "party"));
    return number < 0 ? List.of() : relationshipsAt(index.asProvider, index.providerStart, number);
  }

  /**
   * Returns the relationships in which a party is the consumer.
   *
   * @param party the party
   * @return an unmodifiable list of the relationships, in network order; empty if there are none
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> asConsumer(PartyId party) {
    Index index = index();
    int number = index.parties.indexOf(Objects.requireNonNull(party, "party"));
    return number < 0 ? List.of() : relationshipsAt(index.asConsumer, index.consumerStart, number);
  }

  /**
   * Returns the relationships a party takes part in, in either role.
   *
   * @param party the party
   * @return an unmodifiable list of the relationships, in network order
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> relationshipsOf(PartyId party) {
    Index index = index();
    int number = index.parties.indexOf(Objects.requireNonNull(party, "party"));
    if (number < 0) {
      return List.of();
    }
    // Merge the two ascending runs of relationship numbers back into network order.
    int i = index.providerStart[number];
    int iEnd = index.providerStart[number + 1];
    int j = index.consumerStart[number];
    int jEnd = index.consumerStart[number + 1];
    List<ServiceRelationship> found = new ArrayList<>(iEnd - i + jEnd - j);
    while (i < iEnd || j < jEnd) {
      boolean takeProvided = j >= jEnd || (i < iEnd && index.asProvider[i] < index.asConsumer[j]);
      found.add(relationships().get(takeProvided ? index.asProvider[i++] : index.asConsumer[j++]));
    }
    return Collections.unmodifiableList(found);
  }

  private List<ServiceRelationship> relationshipsAt(int[] numbers, int[] start, int party) {
    int from = start[party];
    int to = start[party + 1];
    List<ServiceRelationship> all = relationships();
    return new AbstractList<>() {
      @Override
      public ServiceRelationship get(int i) {
        Objects.checkIndex(i, to - from);
        return all.get(numbers[from + i]);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /**
   * The network as arrays: each party's number, and for each party the numbers of the relationships
   * in which it provides and consumes (compressed rows). About 40 bytes per relationship, computed
   * once, on first use.
   */
  @Value.Lazy
  Index index() {
    return new Index(relationships());
  }

  /** See {@link #index()}. */
  static final class Index {
    final ObjectIndex<PartyId> parties;
    final int[] providerStart;
    final int[] asProvider;
    final int[] consumerStart;
    final int[] asConsumer;

    Index(List<ServiceRelationship> relationships) {
      int n = relationships.size();
      parties = new ObjectIndex<>(n + 1);
      int[] provider = new int[n];
      int[] consumer = new int[n];
      for (int r = 0; r < n; r++) {
        provider[r] = parties.add(relationships.get(r).provider());
        consumer[r] = parties.add(relationships.get(r).consumer());
      }
      providerStart = new int[parties.size() + 1];
      asProvider = rows(provider, providerStart);
      consumerStart = new int[parties.size() + 1];
      asConsumer = rows(consumer, consumerStart);
    }

    /** Groups relationship numbers by party, keeping network order within each party. */
    private static int[] rows(int[] partyOf, int[] start) {
      for (int party : partyOf) {
        start[party + 1]++;
      }
      for (int p = 1; p < start.length; p++) {
        start[p] += start[p - 1];
      }
      int[] next = start.clone();
      int[] numbers = new int[partyOf.length];
      for (int r = 0; r < partyOf.length; r++) {
        numbers[next[partyOf[r]]++] = r;
      }
      return numbers;
    }
  }

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkUnique("relationships", relationships(), ServiceRelationship::id, "Relationship id");
    found.throwIfAny();
  }
}
