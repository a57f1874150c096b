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
  requires java.xml;
  requires static transitive org.jspecify;

  exports org.covalue.interchange.archimate;
  exports org.covalue.interchange.eventlog;
  exports org.covalue.interchange.json;
  exports org.covalue.interchange.picture;
  exports org.covalue.interchange.report;
}
