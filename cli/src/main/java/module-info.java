/** The covalue command line. */
module org.covalue.cli {
  requires org.covalue.interchange;
  requires info.picocli;
  requires static org.jspecify;

  exports org.covalue.cli;

  opens org.covalue.cli to
      info.picocli;
}
