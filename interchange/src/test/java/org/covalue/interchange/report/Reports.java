package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.covalue.core.Finding;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.sample.IncidentValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Documents and findings the report tests use, and the checks every report must pass. */
final class Reports {

  /**
   * Names and messages meant to break HTML that does not escape them; the last one is a message.
   */
  static final List<String> HOSTILE =
      List.of(
          "Tom \"the boss\" O'Neil",
          "<script>alert(1)</script>",
          "R&D <b>bold</b> &amp; &#60; ]]> -->",
          "<img src=\"http://example.com/x.png\" onerror=\"alert(1)\">",
          "<a href=\"https://example.com\">link</a> <style>body{display:none}</style>",
          "<link rel=\"stylesheet\" href=\"file:///etc/passwd\">",
          "Ünïcödé 中文 😀 line\nbreak\ttab");

  private Reports() {}

  /** The incident sample: stakeholders, a relationship, a journey and a value-driver chain. */
  static CovalueDocument incident() {
    return CovalueDocument.of(IncidentValue.model());
  }

  /**
   * The findings of the incident's value-driver chain with the spare scanners no longer measured:
   * what depends on them is reported as unmeasured.
   */
  static List<Finding> incidentFindings() {
    ValueDriverChain chain = IncidentValue.chain();
    List<ValueDriver> drivers = new ArrayList<>();
    for (ValueDriver driver : chain.drivers()) {
      drivers.add(
          driver.id().value().equals("spare-scanners")
              ? driver.withPerformance(Optional.empty())
              : driver);
    }
    return ValueDriverAnalysis.of(chain.withDrivers(drivers)).findings();
  }

  /** A small model whose every name, and every finding's message, is hostile. */
  static CovalueDocument hostile() {
    List<Party> parties = new ArrayList<>();
    List<Stakeholder> stakeholders = new ArrayList<>();
    List<ServiceRelationship> relationships = new ArrayList<>();
    Level[] levels = Level.values();
    ServiceRelationshipType[] types = ServiceRelationshipType.values();
    for (int i = 0; i < HOSTILE.size() - 1; i++) {
      parties.add(Party.organization(PartyId.of("o" + i), HOSTILE.get(i)));
      stakeholders.add(
          Stakeholder.builder()
              .id(StakeholderId.of("s" + i))
              .name(HOSTILE.get(i))
              .kind(StakeholderKind.OWNER)
              .influence(levels[i % 3])
              .interest(levels[(i / 3) % 3])
              .build());
      if (i > 0) {
        relationships.add(
            ServiceRelationship.builder()
                .id(ServiceRelationshipId.of("r" + i))
                .provider(PartyId.of("o" + (i - 1)))
                .consumer(PartyId.of("o" + i))
                .type(types[i % 3])
                .build());
      }
    }
    return CovalueDocument.of(
        CoreModel.builder()
            .parties(parties)
            .stakeholders(stakeholders)
            .relationships(relationships)
            .build());
  }

  static List<Finding> hostileFindings() {
    List<Finding> findings = new ArrayList<>();
    for (String message : HOSTILE) {
      findings.add(
          Finding.builder(ValueDriverAnalysis.UNMEASURED)
              .severity(Severity.WARNING)
              .message(message)
              .addElement(PartyId.of("o1"))
              .build());
    }
    return findings;
  }

  /**
   * Checks what every report promises and returns it parsed: well-formed XHTML-compatible markup
   * after the doctype, no script, no event handler, nothing fetched from elsewhere, and every image
   * an embedded SVG document that is well-formed itself.
   */
  static Document check(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n");
    Document document = parse(html.substring("<!DOCTYPE html>\n".length()));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    assertThat(document.getElementsByTagName("link").getLength()).isZero();
    assertThat(document.getElementsByTagName("iframe").getLength()).isZero();
    assertThat(document.getElementsByTagName("object").getLength()).isZero();
    assertThat(document.getElementsByTagName("title").getLength()).isEqualTo(1);
    assertThat(document.getElementsByTagName("style").getLength()).isEqualTo(1);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("\u0000");
    assertThat(document.getElementsByTagName("style").item(0).getTextContent())
        .doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("url(");
    List<Element> all = new ArrayList<>();
    collect(document.getDocumentElement(), all);
    for (Element element : all) {
      var attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.item(i).getNodeName();
        String value = attributes.item(i).getNodeValue();
        assertThat(name)
            .as("attribute of <%s>", element.getTagName())
            .doesNotStartWith("on")
            .isNotEqualTo("http-equiv")
            .isNotEqualTo("style");
        assertThat(value).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("file:");
        if (name.equals("href")) {
          assertThat(value).startsWith("#");
        }
        if (name.equals("src")) {
          assertThat(element.getTagName()).isEqualTo("img");
          assertThat(value).startsWith("data:image/svg+xml;base64,");
          String svg =
              new String(
                  Base64.getDecoder().decode(value.substring(value.indexOf(',') + 1)),
                  StandardCharsets.UTF_8);
          Document picture = parse(svg);
          assertThat(picture.getDocumentElement().getTagName()).isEqualTo("svg");
          assertThat(picture.getElementsByTagName("script").getLength()).isZero();
        }
      }
    }
    return document;
  }

  /** The text of the page's body, as a reader sees it without the pictures. */
  static String text(Document document) {
    return document.getElementsByTagName("body").item(0).getTextContent();
  }

  /** The SVG documents embedded in the page, in order. */
  static List<String> pictures(Document document) {
    List<String> svgs = new ArrayList<>();
    NodeList images = document.getElementsByTagName("img");
    for (int i = 0; i < images.getLength(); i++) {
      String src = ((Element) images.item(i)).getAttribute("src");
      svgs.add(
          new String(
              Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
              StandardCharsets.UTF_8));
    }
    return svgs;
  }

  private static void collect(Element element, List<Element> all) {
    all.add(element);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collect(child, all);
      }
    }
  }

  /** Parses a document as XML, refusing any DTD, as a strict consumer would. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed: " + e.getMessage(), e);
    }
  }
}
