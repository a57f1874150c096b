/**
 * Visibility (ITIL 4: Drive Stakeholder Value, §1.2.5): each party's line of visibility and the
 * band of visibility between them.
 */
module org.covalue.visibility {
  requires transitive org.covalue.core;
  requires transitive org.covalue.journey;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

// No package holds types yet; each package is exported as soon as it does.
}
