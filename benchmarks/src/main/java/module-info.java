/** JMH benchmarks of covalue's analyses. Not published. */
module org.covalue.benchmarks {
  requires org.covalue.core;
  requires org.covalue.journey;
  requires org.covalue.visibility;
  requires org.covalue.value;
  requires org.covalue.interchange;
  requires static org.jspecify;

// No package holds types yet; each package is exported as soon as it does.
}
