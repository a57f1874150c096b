/** A user's application module: reads covalue's domain modules and nothing else. */
module com.example.consumer {
  requires org.covalue.journey; // brings org.covalue.core with it (requires transitive)
}
