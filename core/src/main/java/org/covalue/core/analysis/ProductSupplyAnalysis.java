package org.covalue.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * How what an organization obtains from its providers flows into the products it builds and the
 * offerings it makes to its own consumers: the consumer that becomes a provider (ITIL 4: Drive
 * Stakeholder Value, §1.2.3, Figure 1.3). A product relies on services ({@link
 * Product#usedServices()}); its provider obtains each through a service relationship in which it is
 * the consumer and that is based on an offering describing the service, or provides the service
 * itself. Each such link is a {@link ServiceSource}; a service that reaches the product's provider
 * in neither way is a finding of {@link #SERVICE_NOT_PROVIDED}.
 *
 * <p>The analysis also follows the chain of dependencies from an upstream resource to a downstream
 * offering: an offering depends on the services it describes, the products of its goods and the
 * resources it grants access to; a service on its products; a product on its resources, component
 * products and used services; and so on across organizations.
 *
 * <pre>{@code
 * ProductSupplyAnalysis supply = ProductSupplyAnalysis.of(model);
 * supply.unprovided();                          // services products rely on that nobody provides
 * supply.downstreamOfferings(ResourceId.of("data-centre"));
 * supply.chain(ResourceId.of("data-centre"), ServiceOfferingId.of("desk-offering"));
 * }</pre>
 *
 * <p>The analysis works on any model, valid or not: references to elements the model lacks are left
 * to {@link CoreModelValidator}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductSupplyAnalysis implements HasFindings {

  /** A product relies on a service that nobody provides to the product's provider. */
  public static final Rule SERVICE_NOT_PROVIDED =
      Rule.of(
          "product-supply.service-not-provided",
          Severity.WARNING,
          ItilReference.section("1.2.3").figure("1.3"),
          "A product relies on a service that no relationship provides to the product's provider,"
              + " and that the provider does not offer itself");

  ProductSupplyAnalysis() {}

  /**
   * Links every service a product of the model relies on to the relationships and offerings through
   * which its provider obtains it.
   *
   * @param model the model
   * @return the sources, with a finding for each service nobody provides
   * @throws NullPointerException if the model is null
   */
  public static ProductSupplyAnalysis of(CoreModel model) {
    Objects.requireNonNull(model, "model");
    Map<ServiceOfferingId, List<ServiceOffering>> offerings = new HashMap<>();
    Map<ServiceId, List<ServiceOffering>> describing = new HashMap<>();
    for (ServiceOffering offering : model.offerings()) {
      offerings.computeIfAbsent(offering.id(), o -> new ArrayList<>()).add(offering);
      for (ServiceId service : offering.services()) {
        describing.computeIfAbsent(service, s -> new ArrayList<>()).add(offering);
      }
    }
    Map<PartyId, List<ServiceRelationship>> consumes = new HashMap<>();
    for (ServiceRelationship relationship : model.relationships()) {
      consumes.computeIfAbsent(relationship.consumer(), p -> new ArrayList<>()).add(relationship);
    }
    List<ServiceSource> sources = new ArrayList<>();
    for (Product product : model.products()) {
      PartyId provider = product.provider();
      for (ServiceId service : product.usedServices()) {
        List<ServiceOffering> offeredIn = describing.getOrDefault(service, List.of());
        List<ServiceOfferingId> own = new ArrayList<>();
        for (ServiceOffering offering : offeredIn) {
          if (offering.provider().equals(provider)) {
            own.add(offering.id());
          }
        }
        List<ServiceRelationshipId> via = new ArrayList<>();
        for (ServiceRelationship relationship : consumes.getOrDefault(provider, List.of())) {
          if (isBasedOnOfferingOf(relationship, service, offerings)) {
            via.add(relationship.id());
          }
        }
        sources.add(ServiceSource.of(product.id(), provider, service, via, own, offeredIn.size()));
      }
    }
    return ImmutableProductSupplyAnalysis.builder().model(model).sources(sources).build();
  }

  /**
   * Tells whether a relationship is based on an offering that describes a service; in a model that
   * holds two offerings with one id, either counts.
   */
  private static boolean isBasedOnOfferingOf(
      ServiceRelationship relationship,
      ServiceId service,
      Map<ServiceOfferingId, List<ServiceOffering>> offerings) {
    for (ServiceOfferingId id : relationship.offerings()) {
      for (ServiceOffering offering : offerings.getOrDefault(id, List.of())) {
        if (offering.services().contains(service)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the model analysed.
   *
   * @return the model
   */
  public abstract CoreModel model();

  /**
   * Returns, for every product and every service it relies on, how the product's provider obtains
   * the service.
   *
   * @return the sources: by product in the model's order, then by service
   */
  public abstract List<ServiceSource> sources();

  /**
   * Returns the sources of services that nobody provides to the product's provider.
   *
   * @return the sources that are not {@linkplain ServiceSource#isProvided() provided}, in the order
   *     of {@link #sources()}
   */
  public List<ServiceSource> unprovided() {
    List<ServiceSource> unprovided = new ArrayList<>();
    for (ServiceSource source : sources()) {
      if (!source.isProvided()) {
        unprovided.add(source);
      }
    }
    return Collections.unmodifiableList(unprovided);
  }

  /**
   * Returns a finding of {@link #SERVICE_NOT_PROVIDED} per unprovided source, naming the product,
   * the service and the product's provider, with the data {@code reason}: {@code not-offered} when
   * no offering of the model describes the service, {@code not-obtained} when some do but the
   * provider has no relationship based on one; and the evidence {@code offerings}, the number of
   * offerings that describe the service.
   *
   * @return the findings, in the order of {@link #unprovided()}
   */
  @Override
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (ServiceSource source : unprovided()) {
      ProductId product = source.product();
      ServiceId service = source.service();
      PartyId provider = source.provider();
      boolean offered = source.offerings() > 0;
      findings.add(
          Finding.builder(SERVICE_NOT_PROVIDED)
              .message(
                  () ->
                      "Product "
                          + product
                          + " of "
                          + provider
                          + " relies on service "
                          + service
                          + (offered
                              ? ", but no relationship in which " + provider + " consumes offers it"
                              : ", which no offering of the model describes"))
              .addElement(product)
              .addElement(service)
              .addElement(provider)
              .putData("reason", offered ? "not-obtained" : "not-offered")
              .putEvidence("offerings", source.offerings())
              .build());
    }
    return Collections.unmodifiableList(findings);
  }

  /**
   * Returns the resources an offering depends on, directly or through services, products and the
   * services those products use, across organizations.
   *
   * @param offering the offering's id
   * @return the resources' ids, nearest first; empty if the model has no such offering
   * @throws NullPointerException if the id is null
   */
  public Set<ResourceId> upstreamResources(ServiceOfferingId offering) {
    Objects.requireNonNull(offering, "offering");
    Set<ResourceId> found = new LinkedHashSet<>();
    for (TypedId<?> node : reach(offering, upstream()).keySet()) {
      if (node instanceof ResourceId upstreamResource) {
        found.add(upstreamResource);
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /**
   * Returns the offerings that depend on a resource, directly or through products, services and the
   * products that use those services, across organizations.
   *
   * @param resource the resource's id
   * @return the offerings' ids, nearest first; empty if nothing depends on the resource
   * @throws NullPointerException if the id is null
   */
  public Set<ServiceOfferingId> downstreamOfferings(ResourceId resource) {
    Objects.requireNonNull(resource, "resource");
    Set<ServiceOfferingId> found = new LinkedHashSet<>();
    for (TypedId<?> node : reach(resource, downstream()).keySet()) {
      if (node instanceof ServiceOfferingId downstreamOffering) {
        found.add(downstreamOffering);
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /**
   * Returns a shortest chain of dependencies from an upstream resource to a downstream offering,
   * such as resource, product, service, product, service, offering.
   *
   * @param resource where the chain starts
   * @param offering where the chain ends
   * @return the ids along the chain, the resource first and the offering last; empty if the
   *     offering does not depend on the resource
   * @throws NullPointerException if an argument is null
   */
  public List<TypedId<?>> chain(ResourceId resource, ServiceOfferingId offering) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(offering, "offering");
    Map<TypedId<?>, Optional<TypedId<?>>> reached = reach(resource, downstream());
    if (!reached.containsKey(offering)) {
      return List.of();
    }
    List<TypedId<?>> chain = new ArrayList<>();
    Optional<TypedId<?>> node = Optional.of(offering);
    while (node.isPresent()) {
      chain.add(node.get());
      node = Objects.requireNonNull(reached.get(node.get()));
    }
    Collections.reverse(chain);
    return Collections.unmodifiableList(chain);
  }

  /**
   * A breadth-first walk: each node reached, the start included, with the node it was reached from
   * (none for the start).
   */
  private static Map<TypedId<?>, Optional<TypedId<?>>> reach(
      TypedId<?> start, Map<TypedId<?>, List<TypedId<?>>> edges) {
    Map<TypedId<?>, Optional<TypedId<?>>> reached = new LinkedHashMap<>();
    reached.put(start, Optional.empty());
    Deque<TypedId<?>> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      TypedId<?> current = queue.remove();
      for (TypedId<?> next : edges.getOrDefault(current, List.of())) {
        if (!reached.containsKey(next)) {
          reached.put(next, Optional.of(current));
          queue.add(next);
        }
      }
    }
    return reached;
  }

  /** From each element to the elements it depends on. */
  @Value.Lazy
  Map<TypedId<?>, List<TypedId<?>>> upstream() {
    Map<TypedId<?>, List<TypedId<?>>> edges = new HashMap<>();
    CoreModel model = model();
    for (ServiceOffering offering : model.offerings()) {
      List<TypedId<?>> to = edges.computeIfAbsent(offering.id(), k -> new ArrayList<>());
      to.addAll(offering.services());
      for (Goods goods : offering.goods()) {
        goods.product().ifPresent(to::add);
      }
      for (ResourceAccess access : offering.resourceAccesses()) {
        to.add(access.resource());
      }
    }
    for (Service service : model.services()) {
      edges.computeIfAbsent(service.id(), k -> new ArrayList<>()).addAll(service.products());
    }
    for (Product product : model.products()) {
      List<TypedId<?>> to = edges.computeIfAbsent(product.id(), k -> new ArrayList<>());
      to.addAll(product.resources());
      to.addAll(product.components());
      to.addAll(product.usedServices());
    }
    return edges;
  }

  /** From each element to the elements that depend on it. */
  @Value.Lazy
  Map<TypedId<?>, List<TypedId<?>>> downstream() {
    Map<TypedId<?>, List<TypedId<?>>> edges = new HashMap<>();
    for (Map.Entry<TypedId<?>, List<TypedId<?>>> entry : upstream().entrySet()) {
      for (TypedId<?> to : entry.getValue()) {
        edges.computeIfAbsent(to, k -> new ArrayList<>()).add(entry.getKey());
      }
    }
    return edges;
  }

  /** Returns the numbers of sources and of unprovided services. */
  @Override
  public String toString() {
    return "ProductSupplyAnalysis{sources="
        + sources().size()
        + ", unprovided="
        + unprovided().size()
        + "}";
  }

  /**
   * How the provider of a product obtains one service the product relies on. Instances are
   * immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class ServiceSource {

    ServiceSource() {}

    static ServiceSource of(
        ProductId product,
        PartyId provider,
        ServiceId service,
        List<ServiceRelationshipId> relationships,
        List<ServiceOfferingId> ownOfferings,
        int offerings) {
      return ImmutableServiceSource.of(
          product, provider, service, relationships, ownOfferings, offerings);
    }

    /**
     * Returns the product.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract ProductId product();

    /**
     * Returns the product's provider, who needs the service.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract PartyId provider();

    /**
     * Returns the service the product relies on.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract ServiceId service();

    /**
     * Returns the relationships in which the product's provider consumes and that are based on an
     * offering describing the service.
     *
     * @return their ids, in the model's order
     */
    @Value.Parameter
    public abstract List<ServiceRelationshipId> relationships();

    /**
     * Returns the offerings of the product's provider itself that describe the service.
     *
     * @return their ids, in the model's order
     */
    @Value.Parameter
    public abstract List<ServiceOfferingId> ownOfferings();

    /**
     * Returns how many offerings of the model, of any provider, describe the service.
     *
     * @return zero or more
     */
    @Value.Parameter
    public abstract int offerings();

    /**
     * Tells whether the product's provider obtains the service through a relationship or offers it
     * itself.
     *
     * @return true if there is a relationship or an own offering
     */
    public boolean isProvided() {
      return !relationships().isEmpty() || !ownOfferings().isEmpty();
    }
  }
}
