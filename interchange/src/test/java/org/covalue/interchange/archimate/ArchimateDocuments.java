package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Test support: validates documents against the ArchiMate 3.1 exchange-format schemas in {@code
 * ../shared/data/archimate-xsd} (from the project root), with {@code xml.xsd} resolved to the local
 * copy and no network access, and reads a document's concepts back for assertions. A missing schema
 * directory fails the test; it never skips.
 */
final class ArchimateDocuments {

  static final Path XSD_DIRECTORY =
      Path.of("..", "..", "shared", "data", "archimate-xsd").toAbsolutePath().normalize();

  static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static @Nullable Schema schema;
  private static int validated;

  private ArchimateDocuments() {}

  /** Returns how many documents this JVM validated, for the figures in reports. */
  static synchronized int validatedCount() {
    return validated;
  }

  static synchronized Schema schema() throws SAXException {
    Schema loaded = schema;
    if (loaded != null) {
      return loaded;
    }
    Path model = XSD_DIRECTORY.resolve("archimate3_Model.xsd");
    Path xml = XSD_DIRECTORY.resolve("xml.xsd");
    assertThat(model)
        .as("the ArchiMate schema, ../shared/data/archimate-xsd from the project root")
        .isRegularFile();
    assertThat(xml).as("the local xml.xsd beside it").isRegularFile();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setResourceResolver(
        (type, namespaceUri, publicId, systemId, baseUri) -> {
          if ("http://www.w3.org/XML/1998/namespace".equals(namespaceUri)) {
            return localInput(xml, publicId);
          }
          return null;
        });
    loaded = factory.newSchema(new StreamSource(model.toFile()));
    schema = loaded;
    return loaded;
  }

  private static LSInput localInput(Path file, @Nullable String publicId) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file, e);
    }
    return new LocalInput(file.toUri().toString(), publicId, bytes);
  }

  /** Validates a document and fails with the schema's message if it is not valid. */
  static void assertValid(String document) {
    try {
      Validator validator = schema().newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(document)));
    } catch (SAXException | IOException e) {
      throw new AssertionError(
          "The document is not valid against archimate3_Model.xsd: "
              + e.getMessage()
              + "\n"
              + (document.length() > 4000 ? document.substring(0, 4000) + "..." : document),
          e);
    }
    synchronized (ArchimateDocuments.class) {
      validated++;
    }
  }

  /** Parses a document, namespace-aware, with DTDs refused. */
  static Document parse(String document) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Cannot parse the document", e);
    }
  }

  /** One concept as read back: its type, name, ends and properties by definition name. */
  record Concept(
      String id,
      String type,
      @Nullable String name,
      @Nullable String source,
      @Nullable String target,
      Map<String, String> properties,
      Map<String, String> attributes) {}

  static List<Concept> elements(Document document) {
    return concepts(document, "element");
  }

  static List<Concept> relationships(Document document) {
    return concepts(document, "relationship");
  }

  private static List<Concept> concepts(Document document, String tag) {
    Map<String, String> definitions = new LinkedHashMap<>();
    NodeList defs = document.getElementsByTagNameNS(NAMESPACE, "propertyDefinition");
    for (int i = 0; i < defs.getLength(); i++) {
      Element def = (Element) defs.item(i);
      definitions.put(def.getAttribute("identifier"), childText(def, "name"));
    }
    List<Concept> concepts = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      Map<String, String> properties = new LinkedHashMap<>();
      NodeList props = node.getElementsByTagNameNS(NAMESPACE, "property");
      for (int j = 0; j < props.getLength(); j++) {
        Element prop = (Element) props.item(j);
        properties.put(
            definitions.getOrDefault(prop.getAttribute("propertyDefinitionRef"), "?"),
            childText(prop, "value"));
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String attribute : List.of("modifier", "accessType", "isDirected")) {
        if (node.hasAttribute(attribute)) {
          attributes.put(attribute, node.getAttribute(attribute));
        }
      }
      concepts.add(
          new Concept(
              node.getAttribute("identifier"),
              node.getAttributeNS(XSI, "type"),
              node.getElementsByTagNameNS(NAMESPACE, "name").getLength() == 0
                  ? null
                  : childText(node, "name"),
              node.hasAttribute("source") ? node.getAttribute("source") : null,
              node.hasAttribute("target") ? node.getAttribute("target") : null,
              properties,
              attributes));
    }
    return concepts;
  }

  private static String childText(Element parent, String tag) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child
          && tag.equals(child.getLocalName())
          && NAMESPACE.equals(child.getNamespaceURI())) {
        return child.getTextContent();
      }
    }
    return "";
  }

  /** Checks identifiers are unique and every relationship's ends are elements of the document. */
  static void assertConsistent(Document document) {
    Set<String> ids = new HashSet<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (Concept element : elements(document)) {
      assertThat(ids.add(element.id())).as("identifier %s is unique", element.id()).isTrue();
      types.put(element.id(), element.type());
    }
    for (Concept relationship : relationships(document)) {
      assertThat(ids.add(relationship.id()))
          .as("identifier %s is unique", relationship.id())
          .isTrue();
      assertThat(types).containsKey(relationship.source()).containsKey(relationship.target());
      String source = String.valueOf(types.get(relationship.source()));
      String target = String.valueOf(types.get(relationship.target()));
      assertThat(ArchimateRelationshipRules.isAllowed(source, relationship.type(), target))
          .as("%s %s %s is allowed by ArchiMate 3.1", source, relationship.type(), target)
          .isTrue();
    }
  }

  /** An {@link LSInput} over bytes already read. */
  private static final class LocalInput implements LSInput {
    private final String systemId;
    private final @Nullable String publicId;
    private final byte[] bytes;

    LocalInput(String systemId, @Nullable String publicId, byte[] bytes) {
      this.systemId = systemId;
      this.publicId = publicId;
      this.bytes = bytes;
    }

    @Override
    public @Nullable Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public @Nullable String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public @Nullable String getPublicId() {
      return publicId;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public @Nullable String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public @Nullable String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
