/**
 * A user's test module. covalue-testkit and QuickTheories 0.26 are automatic modules (neither has
 * a module-info); an automatic module reads every module but makes no other module readable, so
 * the user requires the covalue modules whose types the tests name.
 */
module com.example.laws {
  requires org.covalue.testkit;
  requires org.covalue.core;
  requires quicktheories;
}
