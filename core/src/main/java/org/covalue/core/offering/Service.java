package org.covalue.core.offering;

import java.util.Optional;
import java.util.Set;
import org.covalue.core.ProductId;
import org.covalue.core.ServiceId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * What a provider offers so that consumers reach results they care about while the provider takes
 * on some of the costs and risks the consumers would otherwise carry; the value comes from using it
 * together (ITIL 4: Drive Stakeholder Value, §1.2.7). A service is based on products, and is
 * realized through service interactions along the customer journey; it is not the same as the
 * journey, and all its parties agree its scope ({@link #agreement()}).
 *
 * <p>A service is based on one or more products once it is designed, but a service in progress may
 * name none yet: {@code org.covalue.core.analysis.ServiceAnalysis} reports a service without a
 * product or without an agreed scope, and the builder accepts both (docs/decisions, "services and
 * offerings in progress"). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Service {

  Service() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the services of a model.
   *
   * @return the id
   */
  public abstract ServiceId id();

  /**
   * Returns the service's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns a description of the service, for people.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the products the service is based on.
   *
   * @return the products' ids; one or more once the service is designed, and may be empty while it
   *     is being designed
   */
  public abstract Set<ProductId> products();

  /**
   * Returns the scope of the service as its parties agreed it: purpose and boundaries, who agreed,
   * and when.
   *
   * @return the agreement, or empty if the scope is not agreed yet
   */
  public abstract Optional<ServiceAgreement> agreement();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Service withName(String name);

  /**
   * Returns a copy with another description.
   *
   * @param description the new value
   * @return the copy
   */
  public abstract Service withDescription(String description);

  /**
   * Returns a copy with other products.
   *
   * @param products the new value
   * @return the copy
   */
  public abstract Service withProducts(Iterable<? extends ProductId> products);

  /**
   * Returns a copy with another agreement.
   *
   * @param agreement the new value
   * @return the copy
   */
  public abstract Service withAgreement(ServiceAgreement agreement);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Service name")
        .checkText(description(), "description", "Service description")
        .throwIfAny();
  }

  /**
   * Builds {@link Service}s; id and name are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}
  }
}
