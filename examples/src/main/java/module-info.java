/**
 * Runnable examples of covalue, one per concept of ITIL 4: Drive Stakeholder Value, chapter 1, and
 * the demo that the README's first command runs.
 */
module org.covalue.examples {
  // ServiceDeskScenario's public methods return core's (and, as the demo grows, journey's) types.
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires org.covalue.visibility;
  requires org.covalue.value;
  requires org.covalue.interchange;
  requires static org.jspecify;
  requires static org.immutables.value;
  // Test code only: ReadmeSnippetsTest compiles the README's Java blocks with javax.tools.
  // Compile-time only; at run time the tests' JVM resolves java.compiler anyway.
  requires static java.compiler;

  exports org.covalue.examples;
}
