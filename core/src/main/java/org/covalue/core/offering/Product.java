package org.covalue.core.offering;

import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A bundle of a provider's resources, put together so that consumers can get value from it (ITIL 4:
 * Drive Stakeholder Value, §1.2.7, Figure 1.10). Products are recursive: a product may use other
 * products as its resources ({@link #components()}), and it may use services that its provider
 * obtains from other providers ({@link #usedServices()}): that is how a consumer becomes a provider
 * in a chain of relationships (§1.2.3, Figure 1.3). A product must use at least one resource,
 * component or service, may not use itself, and across a model the components may not form a cycle
 * (the model validator checks that). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Product {

  Product() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the products of a model.
   *
   * @return the id
   */
  public abstract ProductId id();

  /**
   * Returns the product's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the provider whose resources the product configures.
   *
   * @return the provider's id
   */
  public abstract PartyId provider();

  /**
   * Returns the resources the product configures.
   *
   * @return the resources' ids
   */
  public abstract Set<ResourceId> resources();

  /**
   * Returns the other products this product uses as resources.
   *
   * @return the products' ids; never this product's own
   */
  public abstract Set<ProductId> components();

  /**
   * Returns the services the product relies on: services its provider obtains from other providers
   * through service relationships, or provides itself (§1.2.3, Figure 1.3). {@code
   * org.covalue.core.analysis.ProductSupplyAnalysis} follows them upstream and reports a service
   * that nobody provides to the product's provider.
   *
   * @return the services' ids; may be empty
   */
  public abstract Set<ServiceId> usedServices();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Product withName(String name);

  /**
   * Returns a copy with other resources.
   *
   * @param resources the new value
   * @return the copy
   */
  public abstract Product withResources(Iterable<? extends ResourceId> resources);

  /**
   * Returns a copy with other component products.
   *
   * @param components the new value
   * @return the copy
   */
  public abstract Product withComponents(Iterable<? extends ProductId> components);

  /**
   * Returns a copy that relies on other services.
   *
   * @param usedServices the new value
   * @return the copy
   */
  public abstract Product withUsedServices(Iterable<? extends ServiceId> usedServices);

  @Value.Check
  void check() {
    // The messages are made only for a broken rule: this runs for every product built.
    Violations found = Violations.collect().checkName(name(), "name", "Product name");
    if (resources().isEmpty() && components().isEmpty() && usedServices().isEmpty()) {
      found.add(
          "resources",
          "Product "
              + id()
              + " must configure at least one resource, component product or used service");
    }
    if (components().contains(id())) {
      found.add("components", "Product " + id() + " cannot be a component of itself", id());
    }
    found.throwIfAny();
  }

  /**
   * Builds {@link Product}s; id, name, provider and one resource, component or used service are
   * required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
  }
}
