package org.covalue.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.PartyId;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * The providers a consumer depends on, directly or through other providers, up to its ultimate
 * providers: those that consume nothing in the network themselves (ITIL 4: Drive Stakeholder Value,
 * §1.2.3, Figure 1.3).
 *
 * <p>Each upstream provider is listed once, with the shortest chain of relationships that reaches
 * it; {@link #chainTo(PartyId)} returns that chain. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupplyChain {

  SupplyChain() {}

  /**
   * Returns what a consumer depends on in a network, up to its ultimate providers, by a
   * breadth-first walk from the consumer to its providers, their providers, and so on. Takes time
   * linear in the number of relationships.
   *
   * @param network the network
   * @param consumer the consumer to start from
   * @return the supply chain; its {@link #upstream()} is empty if the consumer consumes nothing in
   *     the network
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the consumer takes part in no relationship of the network
   */
  public static SupplyChain of(RelationshipNetwork network, PartyId consumer) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(consumer, "consumer");
    if (!network.parties().contains(consumer)) {
      throw new IllegalArgumentException(
          "Party " + consumer + " takes part in no relationship of the network");
    }
    List<Link> upstream = new ArrayList<>();
    Map<PartyId, Integer> distance = new HashMap<>();
    distance.put(consumer, 0);
    Deque<PartyId> queue = new ArrayDeque<>();
    queue.add(consumer);
    while (!queue.isEmpty()) {
      PartyId current = queue.remove();
      int next = distance.getOrDefault(current, 0) + 1;
      for (ServiceRelationship relationship : network.asConsumer(current)) {
        PartyId provider = relationship.provider();
        if (distance.putIfAbsent(provider, next) == null) {
          upstream.add(Link.of(provider, next, relationship));
          queue.add(provider);
        }
      }
    }
    List<PartyId> ultimate = new ArrayList<>();
    for (Link link : upstream) {
      if (network.asConsumer(link.provider()).isEmpty()) {
        ultimate.add(link.provider());
      }
    }
    return ImmutableSupplyChain.of(consumer, upstream, ultimate);
  }

  /**
   * Returns the consumer the chain starts from.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract PartyId consumer();

  /**
   * Returns every provider the consumer depends on, each with the relationship that first reaches
   * it, nearest first.
   *
   * @return the links in breadth-first order from the consumer: nearer providers first, and
   *     providers at the same distance in the order the walk reaches them
   */
  @Value.Parameter
  public abstract List<Link> upstream();

  /**
   * Returns the upstream providers that consume nothing themselves.
   *
   * @return their ids, in the order of {@link #upstream()}; empty if the consumer depends on no
   *     one, or only on a cycle
   */
  @Value.Parameter
  public abstract List<PartyId> ultimateProviders();

  /**
   * Returns the shortest chain of relationships from the consumer to an upstream provider.
   *
   * @param provider an upstream provider
   * @return the relationships from the consumer's own to the one with the provider; empty if the
   *     party is not upstream of the consumer
   * @throws NullPointerException if the provider is null
   */
  public List<ServiceRelationship> chainTo(PartyId provider) {
    Objects.requireNonNull(provider, "provider");
    Map<PartyId, Link> links = byProvider();
    if (!links.containsKey(provider)) {
      return List.of();
    }
    List<ServiceRelationship> chain = new ArrayList<>();
    Optional<Link> link = Optional.ofNullable(links.get(provider));
    while (link.isPresent()) {
      ServiceRelationship via = link.get().via();
      chain.add(via);
      link = Optional.ofNullable(links.get(via.consumer()));
    }
    Collections.reverse(chain);
    return Collections.unmodifiableList(chain);
  }

  @Value.Lazy
  Map<PartyId, Link> byProvider() {
    Map<PartyId, Link> index = new HashMap<>();
    for (Link link : upstream()) {
      index.put(link.provider(), link);
    }
    return index;
  }

  /**
   * One upstream provider, how far it is from the consumer, and the relationship through which it
   * is first reached. Instances are immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Link {

    Link() {}

    static Link of(PartyId provider, int distance, ServiceRelationship via) {
      return ImmutableLink.of(provider, distance, via);
    }

    /**
     * Returns the provider.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract PartyId provider();

    /**
     * Returns how many relationships separate the consumer from the provider.
     *
     * @return 1 for a direct provider, more for indirect ones
     */
    @Value.Parameter
    public abstract int distance();

    /**
     * Returns the relationship in which this party provides on the shortest chain.
     *
     * @return the relationship; its provider is {@link #provider()}
     */
    @Value.Parameter
    public abstract ServiceRelationship via();
  }

  /** Returns the consumer and the numbers of upstream and ultimate providers. */
  @Override
  public String toString() {
    return "SupplyChain{consumer="
        + consumer()
        + ", upstream="
        + upstream().size()
        + ", ultimateProviders="
        + ultimateProviders().size()
        + "}";
  }
}
