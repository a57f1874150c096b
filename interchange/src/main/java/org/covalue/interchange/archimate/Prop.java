package org.covalue.interchange.archimate;

/**
 * The properties the export writes, each declared once in the document's {@code
 * propertyDefinitions}, in this order.
 */
enum Prop {
  CONCEPT("covalue concept", "string"),
  COVALUE_ID("covalue id", "string"),
  PARTY_KIND("party kind", "string"),
  PREFERRED_RELATIONSHIP_TYPE("preferred relationship type", "string"),
  STAKEHOLDER_KIND("stakeholder kind", "string"),
  INFLUENCE("influence", "string"),
  INFLUENCE_LEVEL("influence level", "string"),
  INTEREST("interest", "string"),
  INTEREST_LEVEL("interest level", "string"),
  POWER("power", "string"),
  LEGITIMACY("legitimacy", "string"),
  URGENCY("urgency", "string"),
  CONSUMER_ROLE("consumer role", "string"),
  COORDINATION_MEANS("coordination means", "string"),
  RELATIONSHIP_TYPE("relationship type", "string"),
  EXPECTED_BAND_OF_VISIBILITY("expected band of visibility", "string"),
  TARGET_CONSUMER_GROUP("target consumer group", "string"),
  OFFERING_COMPONENT("offering component", "string"),
  PERFORMED_BY("performed by", "string"),
  AGREED_ON("agreed on", "date"),
  PERSONA("persona", "string"),
  STEP("customer journey step", "string"),
  CHANNEL("channel", "string"),
  POSITION("position", "number"),
  TRANSITION("transition", "string"),
  VALUE_CO_CREATED("value co-created", "string"),
  VISIBLE_TO_OTHER_PARTIES("visible to other parties", "boolean"),
  OUTPUT_FORM("output form", "string"),
  WORTH("worth", "number"),
  CURRENCY("currency", "string"),
  VALUE_DRIVER_LAYER("value driver layer", "string"),
  PERFORMANCE("performance", "number"),
  WEIGHT("weight", "number"),
  VISIBILITY("visibility", "string"),
  TARGET_GROUP_OF_LINE("line for target consumer group", "string");

  private final String title;
  private final String type;

  Prop(String title, String type) {
    this.title = title;
    this.type = type;
  }

  /** The definition's identifier, an NCName with no underscore, unlike element identifiers. */
  String id() {
    return "p-" + Codes.code(name());
  }

  String title() {
    return title;
  }

  String type() {
    return type;
  }
}
