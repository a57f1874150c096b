package org.covalue.core.offering;

import java.util.Optional;
import org.covalue.core.PartyId;
import org.covalue.core.ResourceId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * Anything an activity needs or a goal depends on: people, information, technology, facilities,
 * money (ITIL 4: Drive Stakeholder Value, §1.2.7). An organization may own a resource, employ it,
 * or contract it from someone else. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Resource {

  Resource() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a resource with an id and a name, and no owner.
   *
   * @param id the id
   * @param name the name
   * @return the resource
   */
  public static Resource of(ResourceId id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns the id, unique among the resources of a model.
   *
   * @return the id
   */
  public abstract ResourceId id();

  /**
   * Returns the resource's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the organization that owns or employs the resource.
   *
   * @return its id, or empty
   */
  public abstract Optional<PartyId> owner();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Resource withName(String name);

  /**
   * Returns a copy with another owner.
   *
   * @param owner the new value
   * @return the copy
   */
  public abstract Resource withOwner(PartyId owner);

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Resource name").throwIfAny();
  }

  /**
   * Builds {@link Resource}s; id and name are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }
}
