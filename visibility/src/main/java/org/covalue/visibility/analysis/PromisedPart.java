package org.covalue.visibility.analysis;

import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.immutables.value.Value;

/**
 * A part of a product that an offering promises its target consumer group (ITIL 4: Drive
 * Stakeholder Value, §1.2.7): goods that are the product or one of its parts, access to one of its
 * resources, or a service action the users perform, alone or jointly, that relies on one of its
 * parts. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PromisedPart {

  PromisedPart() {}

  static PromisedPart of(
      ServiceOfferingId offering,
      String part,
      ServiceOfferingComponentType partType,
      TypedId<?> element) {
    return ImmutablePromisedPart.builder()
        .offering(offering)
        .part(part)
        .partType(partType)
        .element(element)
        .build();
  }

  /**
   * Returns the offering that makes the promise.
   *
   * @return its id
   */
  public abstract ServiceOfferingId offering();

  /**
   * Returns the name of the offering part that makes the promise.
   *
   * @return the name of the goods, the access or the service action
   */
  public abstract String part();

  /**
   * Returns the kind of the offering part.
   *
   * @return goods, access to resources or a service action
   */
  public abstract ServiceOfferingComponentType partType();

  /**
   * Returns the part of the product promised.
   *
   * @return the id of the product, a component product or a resource
   */
  public abstract TypedId<?> element();
}
