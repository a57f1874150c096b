/**
 * Service value (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): outcomes, costs and risks,
 * utility and warranty, value-driver chains and value leakage.
 */
module org.covalue.value {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires transitive org.covalue.visibility;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

// No package holds types yet; each package is exported as soon as it does.
}
