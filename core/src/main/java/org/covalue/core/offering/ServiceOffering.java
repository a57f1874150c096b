package org.covalue.core.offering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * How a provider presents one or more services to the group of consumers it aims at, written down
 * precisely enough to be agreed (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.10). What the
 * consumers get is made of goods, access to resources and service actions. An offering describes at
 * least one service; an offering that includes no part yet can be built, as a draft, and {@code
 * org.covalue.core.analysis.ServiceAnalysis} reports it (docs/decisions, "services and offerings in
 * progress").
 *
 * <pre>{@code
 * ServiceOffering desk = ServiceOffering.builder()
 *     .id(ServiceOfferingId.of("service-desk"))
 *     .name("Service desk for office staff")
 *     .provider(PartyId.of("it-services"))
 *     .targetConsumerGroup("Office staff of small companies")
 *     .addService(ServiceId.of("incident-resolution"))
 *     .addGoods(Goods.of("Replacement laptop"))
 *     .addResourceAccess(ResourceAccess.of("Self-service portal", ResourceId.of("portal")))
 *     .addServiceAction(ServiceAction.of("Reset password", ServiceActionPerformer.JOINT))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceOffering {

  ServiceOffering() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the offerings of a model.
   *
   * @return the id
   */
  public abstract ServiceOfferingId id();

  /**
   * Returns the offering's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the provider that offers it.
   *
   * @return the provider's id
   */
  public abstract PartyId provider();

  /**
   * Returns the group of consumers the offering is designed for.
   *
   * @return a description that is not blank
   */
  public abstract String targetConsumerGroup();

  /**
   * Returns the services the offering describes.
   *
   * @return at least one service id
   */
  public abstract Set<ServiceId> services();

  /**
   * Returns the goods the offering hands over.
   *
   * @return the goods, in the order given
   */
  public abstract List<Goods> goods();

  /**
   * Returns the access to resources the offering grants.
   *
   * @return the accesses, in the order given
   */
  public abstract List<ResourceAccess> resourceAccesses();

  /**
   * Returns the service actions the offering includes.
   *
   * @return the actions, in the order given
   */
  public abstract List<ServiceAction> serviceActions();

  /**
   * Returns every part of the offering: goods, then access to resources, then service actions.
   *
   * @return an unmodifiable list; empty for an offering that includes no part yet
   */
  public List<OfferingComponent> components() {
    List<OfferingComponent> all =
        new ArrayList<>(goods().size() + resourceAccesses().size() + serviceActions().size());
    all.addAll(goods());
    all.addAll(resourceAccesses());
    all.addAll(serviceActions());
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract ServiceOffering withName(String name);

  /**
   * Returns a copy with another target consumer group.
   *
   * @param targetConsumerGroup the new value
   * @return the copy
   */
  public abstract ServiceOffering withTargetConsumerGroup(String targetConsumerGroup);

  /**
   * Returns a copy with other services.
   *
   * @param services the new value
   * @return the copy
   */
  public abstract ServiceOffering withServices(Iterable<? extends ServiceId> services);

  /**
   * Returns a copy with other goods.
   *
   * @param goods the new value
   * @return the copy
   */
  public abstract ServiceOffering withGoods(Iterable<? extends Goods> goods);

  /**
   * Returns a copy with other access to resources.
   *
   * @param resourceAccesses the new value
   * @return the copy
   */
  public abstract ServiceOffering withResourceAccesses(
      Iterable<? extends ResourceAccess> resourceAccesses);

  /**
   * Returns a copy with other service actions.
   *
   * @param serviceActions the new value
   * @return the copy
   */
  public abstract ServiceOffering withServiceActions(
      Iterable<? extends ServiceAction> serviceActions);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Service offering name")
        .checkName(
            targetConsumerGroup(), "targetConsumerGroup", "Service offering target consumer group")
        .check(
            !services().isEmpty(),
            "services",
            "Service offering " + id() + " must describe at least one service",
            null)
        .throwIfAny();
  }

  /**
   * Builds {@link ServiceOffering}s; id, name, provider, target group and one service are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableServiceOffering.Builder {
    Builder() {}
  }
}
