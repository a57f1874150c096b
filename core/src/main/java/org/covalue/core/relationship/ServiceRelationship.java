package org.covalue.core.relationship;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * How two parties work together around services, one providing and one consuming (ITIL 4: Drive
 * Stakeholder Value, §1.2.3). It spans what the provider does to provide, what the consumer does to
 * consume, and what both do to manage the relationship. Provider and consumer are roles the two
 * organizations play in this relationship, not kinds of organization; the same organization is
 * often the consumer of one relationship and the provider of another. ITIL 4 counts a person, or a
 * group of people with its own functions and responsibilities, as an organization, so any {@code
 * Party} (an organization, a team, or an individual consumer) may take either role.
 *
 * <pre>{@code
 * ServiceRelationship desk = ServiceRelationship.builder()
 *     .id(ServiceRelationshipId.of("desk-for-acme"))
 *     .provider(PartyId.of("it-services"))
 *     .consumer(PartyId.of("acme"))
 *     .type(ServiceRelationshipType.COOPERATIVE)
 *     .addOffering(ServiceOfferingId.of("service-desk"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceRelationship {

  ServiceRelationship() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the relationships of a model.
   *
   * @return the id
   */
  public abstract ServiceRelationshipId id();

  /**
   * Returns the organization in the provider role.
   *
   * @return its id
   */
  public abstract PartyId provider();

  /**
   * Returns the organization in the consumer role.
   *
   * @return its id; never the provider's
   */
  public abstract PartyId consumer();

  /**
   * Returns the type of relationship.
   *
   * @return basic, cooperative or partnership
   */
  public abstract ServiceRelationshipType type();

  /**
   * Returns the service offerings the relationship is based on.
   *
   * @return the offerings' ids; may be empty
   */
  public abstract Set<ServiceOfferingId> offerings();

  /**
   * Returns further attributes of the relationship, for what the fixed attributes do not cover
   * (such as trust or risk sharing): free names and values.
   *
   * @return an unmodifiable map; names are not blank
   */
  public abstract Map<String, String> descriptors();

  /**
   * Returns a description of the relationship.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy of another type.
   *
   * @param type the new type
   * @return the copy
   */
  public abstract ServiceRelationship withType(ServiceRelationshipType type);

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract ServiceRelationship withId(ServiceRelationshipId id);

  /**
   * Returns a copy with another provider.
   *
   * @param provider the new value
   * @return the copy
   */
  public abstract ServiceRelationship withProvider(PartyId provider);

  /**
   * Returns a copy with another consumer.
   *
   * @param consumer the new value
   * @return the copy
   */
  public abstract ServiceRelationship withConsumer(PartyId consumer);

  /**
   * Returns a copy with other offerings.
   *
   * @param offerings the new value
   * @return the copy
   */
  public abstract ServiceRelationship withOfferings(
      Iterable<? extends ServiceOfferingId> offerings);

  /**
   * Returns a copy with other descriptors.
   *
   * @param descriptors the new value
   * @return the copy
   */
  public abstract ServiceRelationship withDescriptors(Map<String, ? extends String> descriptors);

  /**
   * Returns a copy with another description.
   *
   * @param description the new value
   * @return the copy
   */
  public abstract ServiceRelationship withDescription(String description);

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    if (provider().equals(consumer())) {
      // The message is made only for a broken rule: this runs for every relationship built.
      found.add(
          "consumer",
          "A service relationship needs two organizations, but "
              + provider()
              + " is both provider and consumer",
          consumer());
    }
    // A loop rather than forEach with a lambda that captures the collector: no allocation when,
    // as for most relationships, there is no descriptor.
    for (Map.Entry<String, String> descriptor : descriptors().entrySet()) {
      String name = descriptor.getKey();
      found.checkName(name, "descriptors", "A descriptor name");
      found.checkName(
          descriptor.getValue(),
          "descriptors." + Violations.shorten(name),
          "The value of a descriptor");
    }
    found.checkText(description(), "description", "Relationship description");
    found.throwIfAny();
  }

  /**
   * Builds {@link ServiceRelationship}s; id, provider, consumer and type are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableServiceRelationship.Builder {
    Builder() {}
  }
}
