/**
 * The shared kernel and core vocabulary of covalue: typed ids, levels and scores, the library
 * exception, stakeholders and their map, parties and consumer roles, service relationships and
 * their networks, services, offerings, products and resources.
 *
 * <p>The module depends on the JDK only. JSpecify's nullness annotations are read at compile time;
 * the Immutables annotation processor generates the value classes and leaves no runtime dependency
 * behind.
 */
module org.covalue.core {
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.covalue.core;
  exports org.covalue.core.analysis;
  exports org.covalue.core.model;
  exports org.covalue.core.offering;
  exports org.covalue.core.party;
  exports org.covalue.core.relationship;
  exports org.covalue.core.stakeholder;
}
