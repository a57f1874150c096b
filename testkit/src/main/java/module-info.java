/**
 * QuickTheories generators for covalue's model types, for property tests in covalue and in applications that use it.
 */
module org.covalue.testkit {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires transitive org.covalue.visibility;
  requires transitive org.covalue.value;
  // QuickTheories 0.26 has no module name; its automatic name comes from the jar file.
  requires transitive quicktheories;
  requires static transitive org.jspecify;

  // No package holds types yet; each package is exported as soon as it does.
}
