package org.covalue.core.relationship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

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
   * @return the parties' ids, in the order they first appear (provider before consumer)
   */
  @Value.Lazy
  public Set<PartyId> parties() {
    Set<PartyId> parties = new LinkedHashSet<>();
    for (ServiceRelationship relationship : relationships()) {
      parties.add(relationship.provider());
      parties.add(relationship.consumer());
    }
    return Collections.unmodifiableSet(parties);
  }

  /**
   * Returns the relationships in which a party is the provider.
   *
   * @param party the party
   * @return the relationships, in network order; empty if there are none
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> asProvider(PartyId party) {
    return byProvider().getOrDefault(Objects.requireNonNull(party, "party"), List.of());
  }

  /**
   * Returns the relationships in which a party is the consumer.
   *
   * @param party the party
   * @return the relationships, in network order; empty if there are none
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> asConsumer(PartyId party) {
    return byConsumer().getOrDefault(Objects.requireNonNull(party, "party"), List.of());
  }

  /**
   * Returns the relationships a party takes part in, in either role.
   *
   * @param party the party
   * @return the relationships, in network order
   * @throws NullPointerException if the party is null
   */
  public List<ServiceRelationship> relationshipsOf(PartyId party) {
    List<ServiceRelationship> provides = asProvider(party);
    List<ServiceRelationship> consumes = asConsumer(party);
    List<ServiceRelationship> found = new ArrayList<>(provides.size() + consumes.size());
    // Merge the two lists back into network order.
    Map<ServiceRelationship, Integer> order = position();
    int i = 0;
    int j = 0;
    while (i < provides.size() || j < consumes.size()) {
      boolean takeProvided =
          j >= consumes.size()
              || (i < provides.size()
                  && order.getOrDefault(provides.get(i), 0)
                      < order.getOrDefault(consumes.get(j), 0));
      found.add(takeProvided ? provides.get(i++) : consumes.get(j++));
    }
    return Collections.unmodifiableList(found);
  }

  @Value.Lazy
  Map<ServiceRelationship, Integer> position() {
    Map<ServiceRelationship, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < relationships().size(); i++) {
      index.put(relationships().get(i), i);
    }
    return index;
  }

  @Value.Lazy
  Map<PartyId, List<ServiceRelationship>> byProvider() {
    Map<PartyId, List<ServiceRelationship>> index = new HashMap<>();
    for (ServiceRelationship relationship : relationships()) {
      index.computeIfAbsent(relationship.provider(), p -> new ArrayList<>()).add(relationship);
    }
    index.replaceAll((party, list) -> Collections.unmodifiableList(list));
    return index;
  }

  @Value.Lazy
  Map<PartyId, List<ServiceRelationship>> byConsumer() {
    Map<PartyId, List<ServiceRelationship>> index = new HashMap<>();
    for (ServiceRelationship relationship : relationships()) {
      index.computeIfAbsent(relationship.consumer(), p -> new ArrayList<>()).add(relationship);
    }
    index.replaceAll((party, list) -> Collections.unmodifiableList(list));
    return index;
  }

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.checkUnique("relationships", relationships(), ServiceRelationship::id, "Relationship id");
    found.throwIfAny();
  }
}
