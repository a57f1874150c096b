/**
 * Visibility (ITIL 4: Drive Stakeholder Value, §1.2.5 and §1.2.7): each party's line of visibility,
 * the band of visibility of a service relationship and its width, the hidden dependencies of the
 * band, who manages it, and the visible part of a product for a target consumer group.
 */
module org.covalue.visibility {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.covalue.visibility;
  exports org.covalue.visibility.analysis;
  exports org.covalue.visibility.model;
  exports org.covalue.visibility.sample;
// org.covalue.visibility.internal holds the implementation and is deliberately not exported.
}
