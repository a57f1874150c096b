package org.covalue.visibility;

import java.util.Optional;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A part of the environment in which a service is provided and consumed, physical or digital, such
 * as the consumer's warehouse floor, the provider's data centre, or a shared collaboration space
 * (ITIL 4: Drive Stakeholder Value, §1.2.5, and the environment aspect of experience, Figure 1.5).
 * The band of visibility holds the parts of the environment that both parties can see; the owner's
 * {@link LineOfVisibility} places an element in front of the line or behind it. An element nobody
 * owns, such as the public internet, is placed by the lines of the parties that use it.
 *
 * <pre>{@code
 * EnvironmentElement floor = EnvironmentElement.builder()
 *     .id(EnvironmentElementId.of("warehouse-floor"))
 *     .name("Warehouse floor where the scanners are used")
 *     .owner(PartyId.of("acme"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnvironmentElement {

  EnvironmentElement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an element with an id and a name, owned by nobody.
   *
   * @param id the id
   * @param name the name
   * @return the element
   * @throws org.covalue.core.InvalidModelException if an argument is null or the name is not
   *     readable
   */
  public static EnvironmentElement of(EnvironmentElementId id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns the id, unique among the environment elements of a model.
   *
   * @return the id
   */
  public abstract EnvironmentElementId id();

  /**
   * Returns the element's name.
   *
   * @return a readable name on one line
   */
  public abstract String name();

  /**
   * Returns the party whose environment it is, and whose line of visibility places it.
   *
   * @return its id, or empty for an element nobody owns
   */
  public abstract Optional<PartyId> owner();

  /**
   * Returns a description of the element.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract EnvironmentElement withName(String name);

  /**
   * Returns a copy with another owner.
   *
   * @param owner the new value
   * @return the copy
   */
  public abstract EnvironmentElement withOwner(PartyId owner);

  /**
   * Returns a copy with another description.
   *
   * @param description the new value
   * @return the copy
   */
  public abstract EnvironmentElement withDescription(String description);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Environment element name")
        .checkText(description(), "description", "Environment element description")
        .throwIfAny();
  }

  /**
   * Builds {@link EnvironmentElement}s; id and name are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. {@code from(value)} copies every attribute of an existing value,
   * to change some of them. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableEnvironmentElement.Builder {
    Builder() {}
  }
}
