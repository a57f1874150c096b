package org.covalue.visibility.internal;

import java.util.Optional;
import org.covalue.core.offering.ServiceOfferingComponentType;

/**
 * One dependency from a node of the dependency graph to another.
 *
 * @param target what the node depends on: an {@code ElementRef}, or a {@code ServiceId} that an
 *     offering describes
 * @param part the offering part the dependency comes from, when the node is an offering
 * @param partType the kind of that part
 */
public record Edge(
    Object target, Optional<String> part, Optional<ServiceOfferingComponentType> partType) {

  /**
   * Returns a dependency that comes from no offering part.
   *
   * @param target what is depended on
   * @return the edge
   */
  public static Edge to(Object target) {
    return new Edge(target, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a dependency of an offering part.
   *
   * @param target what is depended on
   * @param part the part's name
   * @param partType the part's kind
   * @return the edge
   */
  public static Edge ofPart(Object target, String part, ServiceOfferingComponentType partType) {
    return new Edge(target, Optional.of(part), Optional.of(partType));
  }
}
