package org.covalue.interchange.archimate;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** Writes an {@link Exchange} as an exchange-format document with StAX, indented two spaces. */
final class DocumentWriter {

  static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String SCHEMA_LOCATION =
      NAMESPACE + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd";

  private final XMLStreamWriter out;
  private int depth;

  DocumentWriter(XMLStreamWriter out) {
    this.out = out;
  }

  void write(Exchange exchange, String modelId, String name, String documentation)
      throws XMLStreamException {
    out.writeStartDocument("UTF-8", "1.0");
    newLine();
    out.setDefaultNamespace(NAMESPACE);
    out.writeStartElement(NAMESPACE, "model");
    out.writeDefaultNamespace(NAMESPACE);
    out.writeNamespace("xsi", XSI);
    out.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
    out.writeAttribute("identifier", modelId);
    depth++;
    text("name", name);
    text("documentation", documentation);

    List<Exchange.Element> elements = exchange.elements();
    if (!elements.isEmpty()) {
      start("elements");
      for (Exchange.Element element : elements) {
        start("element");
        out.writeAttribute("identifier", element.id());
        out.writeAttribute(XSI, "type", element.type());
        text("name", element.name());
        optionalText("documentation", element.documentation());
        properties(element.properties());
        end();
      }
      end();
    }
    List<Exchange.Relationship> relationships = exchange.relationships();
    if (!relationships.isEmpty()) {
      start("relationships");
      for (Exchange.Relationship relationship : relationships) {
        start("relationship");
        out.writeAttribute("identifier", relationship.id());
        out.writeAttribute("source", relationship.source());
        out.writeAttribute("target", relationship.target());
        out.writeAttribute(XSI, "type", relationship.type());
        if (relationship.modifier() != null) {
          out.writeAttribute("modifier", relationship.modifier());
        }
        if (relationship.accessType() != null) {
          out.writeAttribute("accessType", relationship.accessType());
        }
        if (relationship.directed()) {
          out.writeAttribute("isDirected", "true");
        }
        optionalText("name", relationship.name());
        properties(relationship.properties());
        end();
      }
      end();
    }
    List<Exchange.Definition> definitions = exchange.definitions();
    if (!definitions.isEmpty()) {
      start("propertyDefinitions");
      for (Exchange.Definition definition : definitions) {
        start("propertyDefinition");
        out.writeAttribute("identifier", definition.id());
        out.writeAttribute("type", definition.type());
        text("name", definition.name());
        end();
      }
      end();
    }
    depth--;
    newLine();
    out.writeEndElement();
    newLine();
    out.writeEndDocument();
    out.flush();
  }

  private void properties(List<Exchange.PropertyValue> properties) throws XMLStreamException {
    if (properties.isEmpty()) {
      return;
    }
    start("properties");
    for (Exchange.PropertyValue property : properties) {
      start("property");
      out.writeAttribute("propertyDefinitionRef", property.definition());
      text("value", property.value());
      end();
    }
    end();
  }

  private void start(String name) throws XMLStreamException {
    newLine();
    out.writeStartElement(NAMESPACE, name);
    depth++;
  }

  private void end() throws XMLStreamException {
    depth--;
    newLine();
    out.writeEndElement();
  }

  private void optionalText(String name, @Nullable String text) throws XMLStreamException {
    if (text != null) {
      text(name, text);
    }
  }

  private void text(String name, String text) throws XMLStreamException {
    newLine();
    out.writeStartElement(NAMESPACE, name);
    out.writeCharacters(Codes.xmlText(text));
    out.writeEndElement();
  }

  private void newLine() throws XMLStreamException {
    out.writeCharacters("\n");
    for (int i = 0; i < depth; i++) {
      out.writeCharacters("  ");
    }
  }
}
