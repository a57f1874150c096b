/**
 * Service value (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): outputs and outcomes, costs
 * and risks, utility and warranty, service value assessment, step value contributions, value-driver
 * chains and value leakage.
 */
module org.covalue.value {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires transitive org.covalue.visibility;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.covalue.value;
  exports org.covalue.value.alignment;
  exports org.covalue.value.analysis;
  exports org.covalue.value.contribution;
  exports org.covalue.value.cost;
  exports org.covalue.value.driver;
  exports org.covalue.value.evidence;
  exports org.covalue.value.model;
  exports org.covalue.value.outcome;
  exports org.covalue.value.performance;
  exports org.covalue.value.plan;
  exports org.covalue.value.risk;
  exports org.covalue.value.sample;
}
