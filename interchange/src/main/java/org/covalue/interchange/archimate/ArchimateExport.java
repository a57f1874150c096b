package org.covalue.interchange.archimate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Writes a covalue model as an ArchiMate 3.1 Model Exchange File Format document, for enterprise
 * architects who work in ArchiMate tools (ITIL 4: Drive Stakeholder Value, §1.2 to §1.2.7: the
 * stakeholders, parties and consumer roles, service relationships, offerings, journeys, value
 * streams, outcomes and value-driver chains of the chapter).
 *
 * <pre>{@code
 * String xml = ArchimateExport.DEFAULT.withModelName("Service desk").toXml(valueModel, visibility);
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   ArchimateExport.DEFAULT.write(journeyModel, out);
 * }
 * }</pre>
 *
 * <p><b>One-way by design.</b> ArchiMate has no place for most of what covalue reasons about
 * (ratings, journey steps, link weights, band widths), so the export writes them as properties and
 * never reads a document back: a document is a picture of the model for architecture tools, not a
 * format to exchange models between covalue users (use the JSON document for that). Each element
 * carries the covalue concept and id it stands for ({@code covalue concept}, {@code covalue id}).
 * docs/archimate.md lists the mapping from covalue concepts to ArchiMate elements and
 * relationships, with the ITIL section of each.
 *
 * <p>Only a valid model is exported: the module's validator runs first, and every violation is
 * reported at once in an {@link InvalidModelException}, because references to elements the model
 * does not hold would give relationships without an end. Element identifiers are derived from
 * covalue ids (kind, an underscore, the id with {@code _} written {@code __} and {@code :} written
 * {@code _c}; journey-scoped ids such as touchpoints are prefixed by their journey's), relationship
 * identifiers are numbered in order ({@code r-1}, {@code r-2}, ...), and the same model always
 * gives the same document, byte for byte. Names and texts are escaped by the XML writer; a
 * character XML 1.0 cannot hold (U+FFFE, U+FFFF, which covalue's text checks let through) is
 * written as U+FFFD.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArchimateExport {

  /** The export with the model name {@code covalue model}. */
  public static final ArchimateExport DEFAULT = new ArchimateExport("covalue model");

  private static final String MODEL_ID = "covalue-model";
  private static final String NOTE =
      "Exported one-way by covalue from a model of ITIL 4: Drive Stakeholder Value, chapter 1."
          + " Properties 'covalue concept' and 'covalue id' name what each element stands for.";

  private final String modelName;

  private ArchimateExport(String modelName) {
    this.modelName = modelName;
  }

  /**
   * Returns an export that names the document's model.
   *
   * <pre>{@code
   * ArchimateExport export = ArchimateExport.of("Incident resolution");
   * }</pre>
   *
   * @param modelName the name the ArchiMate tool shows for the model
   * @return the export
   * @throws InvalidModelException if the name is null or not readable text on one line
   */
  public static ArchimateExport of(String modelName) {
    Violations.collect()
        .checkName(Violations.requireNonNull(modelName, "modelName"), "modelName", "Model name")
        .throwIfAny();
    return new ArchimateExport(modelName);
  }

  /**
   * Returns the name the document gives its model.
   *
   * @return the model name
   */
  public String modelName() {
    return modelName;
  }

  /**
   * Returns a copy that names the document's model.
   *
   * @param modelName the name the ArchiMate tool shows for the model
   * @return the copy
   * @throws InvalidModelException if the name is null or not readable text on one line
   */
  public ArchimateExport withModelName(String modelName) {
    return of(modelName);
  }

  /**
   * Returns a core model as a document: parties, stakeholders, consumer roles, coordinations,
   * service relationships, resources, products, services and offerings (§1.2.1 to §1.2.3, §1.2.7).
   *
   * @param model the model
   * @return the document
   * @throws InvalidModelException with every violation {@link CoreModelValidator} finds
   * @throws NullPointerException if the model is null
   */
  public String toXml(CoreModel model) {
    return toString(out -> write(model, out));
  }

  /**
   * Returns a journey model as a document: its core model, value streams and journeys with their
   * touchpoints and service interactions (§1.1, §1.2.4).
   *
   * @param model the model
   * @return the document
   * @throws InvalidModelException with every violation {@link JourneyValidator} finds
   * @throws NullPointerException if the model is null
   */
  public String toXml(JourneyModel model) {
    return toString(out -> write(model, out));
  }

  /**
   * Returns a visibility model as a document: its journey model, practices, environment elements,
   * lines of visibility, dependencies and responsibilities (§1.2.5).
   *
   * @param model the model
   * @return the document
   * @throws InvalidModelException with every violation {@link VisibilityValidator} finds
   * @throws NullPointerException if the model is null
   */
  public String toXml(VisibilityModel model) {
    return toString(out -> write(model, out));
  }

  /**
   * Returns a value model as a document: its journey model, outputs, outcomes with their worth, and
   * value-driver chains (§1.2.6, §1.2.7).
   *
   * @param model the model
   * @return the document
   * @throws InvalidModelException with every violation {@link ValueValidator} finds
   * @throws NullPointerException if the model is null
   */
  public String toXml(ValueModel model) {
    return toString(out -> write(model, out));
  }

  /**
   * Returns a value model and a visibility model over the same journey model as one document, the
   * whole model.
   *
   * @param value the value model
   * @param visibility the visibility model, whose journey model must equal the value model's
   * @return the document
   * @throws InvalidModelException with every violation of either model, or if their journey models
   *     differ
   * @throws NullPointerException if a model is null
   */
  public String toXml(ValueModel value, VisibilityModel visibility) {
    return toString(out -> write(value, visibility, out));
  }

  /**
   * Writes a core model's document; see {@link #toXml(CoreModel)}. The writer is flushed, not
   * closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link CoreModelValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the writer is an {@link OutputStreamWriter} that does not
   *     encode UTF-8, the encoding the document declares
   * @throws NullPointerException if an argument is null
   */
  public void write(CoreModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    require(CoreModelValidator.validate(model));
    Exchange exchange = new Exchange();
    new Mapper(exchange).core(model);
    emit(exchange, out);
  }

  /**
   * Writes a journey model's document; see {@link #toXml(JourneyModel)}. The writer is flushed, not
   * closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link JourneyValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(JourneyModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    require(JourneyValidator.validate(model));
    Exchange exchange = new Exchange();
    new Mapper(exchange).journey(model);
    emit(exchange, out);
  }

  /**
   * Writes a visibility model's document; see {@link #toXml(VisibilityModel)}. The writer is
   * flushed, not closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link VisibilityValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(VisibilityModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    require(VisibilityValidator.validate(model));
    Exchange exchange = new Exchange();
    Mapper mapper = new Mapper(exchange);
    mapper.journey(model.journey());
    mapper.visibility(model);
    mapper.visibilityLinks(model);
    emit(exchange, out);
  }

  /**
   * Writes a value model's document; see {@link #toXml(ValueModel)}. The writer is flushed, not
   * closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link ValueValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(ValueModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    require(ValueValidator.validate(model));
    Exchange exchange = new Exchange();
    Mapper mapper = new Mapper(exchange);
    mapper.journey(model.journey());
    mapper.value(model);
    emit(exchange, out);
  }

  /**
   * Writes the document of a value model and a visibility model over the same journey model; see
   * {@link #toXml(ValueModel, VisibilityModel)}. The writer is flushed, not closed.
   *
   * @param value the value model
   * @param visibility the visibility model, whose journey model must equal the value model's
   * @param out where to write
   * @throws InvalidModelException with every violation of either model, or if their journey models
   *     differ
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(ValueModel value, VisibilityModel visibility, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(out, "out");
    if (!value.journey().equals(visibility.journey())) {
      throw InvalidModelException.of(
          "visibility.journey",
          "The visibility model and the value model must hold the same journey model",
          null);
    }
    Violations found = Violations.collect();
    found.addAll("value", ValueValidator.validate(value));
    for (Violation violation : VisibilityValidator.validate(visibility)) {
      if (!violation.path().startsWith("journey")) {
        found.addAll("visibility", List.of(violation));
      }
    }
    found.throwIfAny();
    Exchange exchange = new Exchange();
    Mapper mapper = new Mapper(exchange);
    mapper.journey(value.journey());
    mapper.visibility(visibility);
    mapper.value(value);
    mapper.visibilityLinks(visibility);
    emit(exchange, out);
  }

  /**
   * Writes a core model's document in UTF-8; see {@link #toXml(CoreModel)}. The stream is flushed,
   * not closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link CoreModelValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(CoreModel model, OutputStream out) {
    Objects.requireNonNull(model, "model");
    toStream(out, writer -> write(model, writer));
  }

  /**
   * Writes a journey model's document in UTF-8; see {@link #toXml(JourneyModel)}. The stream is
   * flushed, not closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link JourneyValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(JourneyModel model, OutputStream out) {
    Objects.requireNonNull(model, "model");
    toStream(out, writer -> write(model, writer));
  }

  /**
   * Writes a visibility model's document in UTF-8; see {@link #toXml(VisibilityModel)}. The stream
   * is flushed, not closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link VisibilityValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(VisibilityModel model, OutputStream out) {
    Objects.requireNonNull(model, "model");
    toStream(out, writer -> write(model, writer));
  }

  /**
   * Writes a value model's document in UTF-8; see {@link #toXml(ValueModel)}. The stream is
   * flushed, not closed.
   *
   * @param model the model
   * @param out where to write
   * @throws InvalidModelException with every violation {@link ValueValidator} finds
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(ValueModel model, OutputStream out) {
    Objects.requireNonNull(model, "model");
    toStream(out, writer -> write(model, writer));
  }

  /**
   * Writes the document of a value model and a visibility model in UTF-8; see {@link
   * #toXml(ValueModel, VisibilityModel)}. The stream is flushed, not closed.
   *
   * @param value the value model
   * @param visibility the visibility model, whose journey model must equal the value model's
   * @param out where to write
   * @throws InvalidModelException with every violation of either model, or if their journey models
   *     differ
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(ValueModel value, VisibilityModel visibility, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(visibility, "visibility");
    toStream(out, writer -> write(value, visibility, writer));
  }

  private static void require(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidModelException(violations);
    }
  }

  private static String toString(Consumer<Writer> write) {
    StringWriter out = new StringWriter();
    write.accept(out);
    return out.toString();
  }

  private static void toStream(OutputStream out, Consumer<Writer> write) {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write.accept(writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(Exchange exchange, Writer out) {
    if (out instanceof OutputStreamWriter encoded
        && !Charset.forName(encoded.getEncoding()).equals(StandardCharsets.UTF_8)) {
      throw new IllegalArgumentException(
          "The document declares UTF-8, but the writer encodes " + encoded.getEncoding());
    }
    for (Exchange.Relationship relationship : exchange.relationships()) {
      if (!exchange.has(relationship.source()) || !exchange.has(relationship.target())) {
        throw new IllegalStateException(
            "Relationship "
                + relationship.id()
                + " has an end that is not in the document: "
                + relationship.source()
                + " -> "
                + relationship.target());
      }
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      new DocumentWriter(xml).write(exchange, MODEL_ID, modelName, NOTE);
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException("The XML writer failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ArchimateExport that && modelName.equals(that.modelName);
  }

  @Override
  public int hashCode() {
    return modelName.hashCode();
  }

  @Override
  public String toString() {
    return "ArchimateExport{modelName=" + modelName + "}";
  }
}
