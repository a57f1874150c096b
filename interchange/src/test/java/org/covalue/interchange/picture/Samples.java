package org.covalue.interchange.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.w3c.dom.Document;

/** Models the picture tests draw, hostile names, and an XML parser that refuses DTDs. */
final class Samples {

  static final PartyId CONTOSO = PartyId.of("contoso");
  static final PartyId NORTHWIND = PartyId.of("northwind");

  /** Names meant to break a format that does not escape them; each is a valid covalue name. */
  static final List<String> HOSTILE =
      List.of(
          "Tom \"the boss\" O'Neil",
          "<script>alert(1)</script>",
          "R&D <b>bold</b> &amp; &#60; ]]> -->",
          "end",
          "subgraph x[\"y\"] end",
          "a --> b -.->|hi| c",
          "section Explore: 5: Me",
          "Task: 1: Actor, #quot; ; # % %% {init: {}}",
          "click p0 call alert()",
          "x[(y)] {z} |w| `code`",
          "back\\slash \\N \\G \\l \\\"",
          "quadrant-1 Own: [0.1, 0.2]",
          "Ünïcödé 中文 Ωж 😀 \u200Bzero\u00A0width",
          "x".repeat(600) + " long",
          "style p0 fill:#f00");

  private Samples() {}

  /** A map with one stakeholder in each quadrant and a hostile name. */
  static StakeholderMap map() {
    return StakeholderMap.builder()
        .label("explore")
        .addStakeholders(
            stakeholder("cfo", "Chief financial officer", Level.HIGH, Level.HIGH),
            stakeholder("regulator", "Data protection authority", Level.HIGH, Score.of(0.2)),
            stakeholder("users", "Warehouse users", Level.LOW, Level.HIGH),
            stakeholder("press", "Local press", Level.LOW, Level.LOW),
            stakeholder("hostile", "<Tom & \"Jerry\">", Score.of(0.9), Score.of(0.5)))
        .build();
  }

  static Stakeholder stakeholder(
      String id, String name, org.covalue.core.Rating influence, org.covalue.core.Rating interest) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(name)
        .kind(StakeholderKind.OWNER)
        .influence(influence)
        .interest(interest)
        .build();
  }

  /** The incident journey of covalue-journey's sample, with its parties and experience. */
  static JourneyModel incidentModel() {
    CustomerJourney journey = IncidentResolution.journey(CONTOSO, NORTHWIND);
    CoreModel core =
        CoreModel.builder()
            .addParties(
                Party.organization(CONTOSO, "Contoso Logistics"),
                Party.organization(NORTHWIND, "Northwind IT Services"))
            .addService(IncidentResolution.service(CONTOSO, NORTHWIND))
            .build();
    return JourneyModel.builder()
        .core(core)
        .addAllValueStreams(IncidentResolution.valueStreams(CONTOSO, NORTHWIND))
        .addJourney(journey)
        .addAllExperiences(IncidentResolution.experience())
        .build();
  }

  /** Parses a document as XML, refusing any DTD, as a strict consumer would. */
  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns the text of every text and title element of an SVG document, one per entry. */
  static List<String> texts(Document document) {
    List<String> texts = new ArrayList<>();
    for (String tag : List.of("text", "title")) {
      var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        texts.add(nodes.item(i).getTextContent());
      }
    }
    return texts;
  }

  /**
   * Checks that a DOT text keeps every model text inside double-quoted strings: with the quoted
   * strings taken out, only DOT's own syntax is left, and the braces balance.
   */
  static String dotSkeleton(String dot) {
    StringBuilder skeleton = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < dot.length(); i++) {
      char c = dot.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
          skeleton.append("\"\"");
        }
      } else if (c == '"') {
        quoted = true;
      } else {
        skeleton.append(c);
      }
    }
    if (quoted) {
      throw new AssertionError("A DOT string is not closed");
    }
    return skeleton.toString();
  }

  /** Turns Mermaid's numeric entity codes back into characters. */
  static String decodeMermaid(String text) {
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int end = c == '#' ? text.indexOf(';', i) : -1;
      if (end > i + 1) {
        decoded.appendCodePoint(Integer.parseInt(text.substring(i + 1, end)));
        i = end;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
  }
}
