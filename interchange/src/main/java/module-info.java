/**
 * Formats: the covalue JSON document and its schema, the ArchiMate export, diagrams and reports,
 * event-log readers.
 */
module org.covalue.interchange {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires transitive org.covalue.visibility;
  requires transitive org.covalue.value;
  requires tools.jackson.databind;
  requires static transitive org.jspecify;

// No package holds types yet; each package is exported as soon as it does.
}
