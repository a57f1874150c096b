/** The covalue command line. */
module org.covalue.cli {
  requires org.covalue.interchange;
  requires info.picocli;
  requires static org.jspecify;

// No package holds types yet; each package is exported as soon as it does.
}
