/**
 * QuickTheories generators for covalue's model types, for property tests in covalue and in
 * applications that use it. The entry classes are in {@code org.covalue.testkit}; their
 * implementation is in a package this module does not export.
 *
 * <p>QuickTheories 0.26 declares no module name, so the JDK derives the automatic name {@code
 * quicktheories} from its jar file name ({@code quicktheories-0.26.jar}); a user module writes
 * {@code requires quicktheories;} or gets it transitively from this module.
 */
module org.covalue.testkit {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires transitive org.covalue.visibility;
  requires transitive org.covalue.value;
  // QuickTheories 0.26 has no module name; its automatic name comes from the jar file.
  requires transitive quicktheories;
  requires static transitive org.jspecify;
  // Read at compile time only, for the annotations on core's generated classes.
  requires static org.immutables.value;

  exports org.covalue.testkit;
// org.covalue.testkit.internal holds the implementation and is deliberately not exported.
}
