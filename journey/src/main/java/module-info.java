/**
 * Customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4 and Table 1.1): the seven journey
 * steps, touchpoints and service interactions, value streams, experience, and observed journeys.
 */
module org.covalue.journey {
  requires transitive org.covalue.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.covalue.journey;
  exports org.covalue.journey.analysis;
  exports org.covalue.journey.experience;
  exports org.covalue.journey.log;
  exports org.covalue.journey.model;
  exports org.covalue.journey.observed;
  exports org.covalue.journey.sample;
  exports org.covalue.journey.valuestream;
}
