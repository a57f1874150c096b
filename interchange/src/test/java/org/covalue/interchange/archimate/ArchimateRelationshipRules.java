package org.covalue.interchange.archimate;

import java.util.Map;
import java.util.Set;

/**
 * The relationships the export may write, by type, as {@code Source>Target} pairs of element types
 * that the ArchiMate 3.1 relationship table (Appendix B; as encoded in the Archi tool's
 * relationships.xml) allows. Association is allowed between any two elements; a grouping may
 * aggregate any element; influence is allowed between any two motivation elements. A tool such as
 * Archi refuses to import a relationship outside the table, so every exported document is checked
 * against this list.
 */
final class ArchimateRelationshipRules {

  private static final Set<String> MOTIVATION =
      Set.of(
          "Stakeholder",
          "Driver",
          "Assessment",
          "Goal",
          "Outcome",
          "Principle",
          "Requirement",
          "Constraint",
          "Meaning",
          "Value");

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "Aggregation",
          Set.of(
              "BusinessActor>BusinessActor",
              "BusinessCollaboration>BusinessActor",
              "Product>Product",
              "Product>BusinessService",
              "Product>Contract",
              "Product>BusinessObject"),
          "Assignment",
          Set.of(
              "BusinessActor>BusinessRole",
              "BusinessActor>BusinessProcess",
              "BusinessActor>BusinessEvent",
              "BusinessActor>BusinessInteraction",
              "BusinessActor>BusinessFunction"),
          "Composition",
          Set.of("ValueStream>ValueStream", "BusinessProcess>BusinessInteraction"),
          "Realization",
          Set.of(
              "BusinessProcess>ValueStream",
              "BusinessInteraction>ValueStream",
              "BusinessObject>Outcome"),
          "Serving",
          Set.of("BusinessService>BusinessProcess"),
          "Triggering",
          Set.of("ValueStream>ValueStream", "BusinessEvent>BusinessInteraction"),
          "Access",
          Set.of("BusinessService>BusinessObject"));

  private ArchimateRelationshipRules() {}

  static boolean isAllowed(String source, String type, String target) {
    if (type.equals("Association")) {
      return true;
    }
    if (type.equals("Aggregation") && source.equals("Grouping")) {
      return true;
    }
    if (type.equals("Influence")) {
      return MOTIVATION.contains(source) && MOTIVATION.contains(target);
    }
    return ALLOWED.getOrDefault(type, Set.of()).contains(source + ">" + target);
  }
}
