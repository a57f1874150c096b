package org.covalue.interchange.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Rule;
import org.covalue.core.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the covalue JSON document, which holds a whole model: the core model, the
 * journey model, the visibility model and the value model (ITIL 4: Drive Stakeholder Value, chapter
 * 1), each part once; and writes findings as JSON. docs/json-format.md describes the format; the
 * JSON Schemas {@link #documentSchema()} and {@link #findingsSchema()} state it.
 *
 * <pre>{@code
 * String json = CovalueJson.DEFAULT.write(CovalueDocument.of(IncidentValue.model()));
 * CovalueDocument back = CovalueJson.DEFAULT
 *     .withLimits(JsonLimits.DEFAULT.withMaxDocumentLength(1 << 20))
 *     .read(json);
 * }</pre>
 *
 * <p>A document the reader refuses raises {@link InvalidModelException}, whose violations name
 * every problem at once, each at its JSON pointer (RFC 6901) such as {@code
 * /core/stakeholders/0/id}: malformed JSON, a document beyond the {@link JsonLimits}, an unknown
 * {@code covalueFormat}, unknown fields, wrong types, missing values, values the model refuses, and
 * (when validating, the default) dangling and duplicate ids found by the modules' validators.
 * Output is deterministic: the same model gives the same text, fields always in the same order.
 *
 * <p>{@link #DEFAULT} indents the output, validates what it reads and applies {@link
 * JsonLimits#DEFAULT}. Instances are immutable and thread-safe.
 */
public final class CovalueJson {

  /** The version of the document format this library reads and writes: {@value}. */
  public static final int FORMAT = 1;

  /** Indented output, validated input, default limits. */
  public static final CovalueJson DEFAULT = new CovalueJson(JsonLimits.DEFAULT, true, true);

  /** The most problems one refusal lists; the rest are counted. */
  static final int MAX_PROBLEMS = 1000;

  private static final JsonMapper WRITER_MAPPER = JsonMapper.builder().build();

  private static final ObjectWriter PRETTY =
      WRITER_MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectWriter COMPACT = WRITER_MAPPER.writer();

  /** How Jackson names the constraint that a document broke, to name ours instead. */
  private static final Pattern JACKSON_LIMIT =
      Pattern.compile(", from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");

  private final JsonLimits limits;
  private final boolean indent;
  private final boolean validate;
  private final JsonMapper readerMapper;

  private CovalueJson(JsonLimits limits, boolean indent, boolean validate) {
    this.limits = limits;
    this.indent = indent;
    this.validate = validate;
    this.readerMapper = readerMapper(limits);
  }

  /**
   * Returns settings with explicit limits, indentation and validation.
   *
   * @param limits how large a document may be read
   * @param indent true to indent the output, false for one line
   * @param validate true to refuse documents whose ids dangle or repeat
   * @return the settings
   * @throws InvalidModelException if the limits are null
   */
  public static CovalueJson of(JsonLimits limits, boolean indent, boolean validate) {
    return new CovalueJson(Violations.requireNonNull(limits, "limits"), indent, validate);
  }

  /**
   * Returns these settings with other limits.
   *
   * @param limits how large a document may be read
   * @return the new settings
   * @throws InvalidModelException if the limits are null
   */
  public CovalueJson withLimits(JsonLimits limits) {
    return new CovalueJson(Violations.requireNonNull(limits, "limits"), indent, validate);
  }

  /**
   * Returns these settings indenting the output or writing it on one line.
   *
   * @param indent true to indent, with two spaces and {@code \n} line ends
   * @return the new settings
   */
  public CovalueJson withIndent(boolean indent) {
    return new CovalueJson(limits, indent, validate);
  }

  /**
   * Returns these settings validating what they read or not. Without validation the reader still
   * refuses what no model value can hold (a blank name, a score of 2), but accepts a model in
   * progress whose ids dangle or repeat, as the builders of the aggregates do.
   *
   * @param validate true to run the modules' validators on what is read
   * @return the new settings
   */
  public CovalueJson withValidation(boolean validate) {
    return new CovalueJson(limits, indent, validate);
  }

  /**
   * Returns the limits of what is read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns whether the output is indented.
   *
   * @return true if indented, false if on one line
   */
  public boolean isIndented() {
    return indent;
  }

  /**
   * Returns whether what is read is validated.
   *
   * @return true if the modules' validators run on what is read
   */
  public boolean isValidating() {
    return validate;
  }

  /**
   * Reads a document from JSON text.
   *
   * @param json the document
   * @return the model it holds
   * @throws InvalidModelException if the text is null, or listing every problem of the document,
   *     each at its JSON pointer
   */
  public CovalueDocument read(String json) {
    Violations.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = readerMapper.readTree(json);
    } catch (JacksonException e) {
      throw refusal(e);
    }
    return DocumentReader.read(root, validate, MAX_PROBLEMS);
  }

  /**
   * Reads a document from a stream of UTF-8 (or UTF-16, UTF-32) JSON; the caller closes the stream.
   * The document length limit counts bytes.
   *
   * @param in the document
   * @return the model it holds
   * @throws InvalidModelException if the stream is null, or listing every problem of the document,
   *     each at its JSON pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public CovalueDocument read(InputStream in) {
    Violations.requireNonNull(in, "in");
    JsonNode root;
    try {
      root = readerMapper.readTree(in);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("The JSON document could not be read", e.getCause());
    } catch (JacksonException e) {
      throw refusal(e);
    }
    return DocumentReader.read(root, validate, MAX_PROBLEMS);
  }

  /**
   * Writes a document as JSON text.
   *
   * @param document the model
   * @return the JSON text, ending without a line break
   * @throws NullPointerException if the document is null
   */
  public String write(CovalueDocument document) {
    ObjectNode root = DocumentWriter.document(Objects.requireNonNull(document, "document"));
    return (indent ? PRETTY : COMPACT).writeValueAsString(root);
  }

  /**
   * Writes a document as JSON, in UTF-8, to a stream; the caller closes the stream.
   *
   * @param document the model
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(CovalueDocument document, OutputStream out) {
    ObjectNode root = DocumentWriter.document(Objects.requireNonNull(document, "document"));
    Objects.requireNonNull(out, "out");
    byte[] bytes =
        (indent ? PRETTY : COMPACT).writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("The JSON document could not be written", e);
    }
  }

  /**
   * Writes findings as JSON text: {@code {"covalueFormat": 1, "findings": [...]}}, each finding
   * with its {@code rule} id, {@code severity}, ITIL {@code section} (and {@code artefact}, a
   * figure or table, when it names one), {@code elements} (each {@code {"kind", "id"}}), {@code
   * evidence} (numbers by name), {@code data} (facts by name) and {@code message}, in the order
   * given.
   *
   * <pre>{@code
   * String json = CovalueJson.DEFAULT.writeFindings(LeakageDetector.DEFAULT.detect(model).findings());
   * }</pre>
   *
   * @param findings the findings
   * @return the JSON text
   * @throws NullPointerException if the list or one of its findings is null
   */
  public String writeFindings(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    for (int i = 0; i < findings.size(); i++) {
      Objects.requireNonNull(findings.get(i), "findings[" + i + "]");
    }
    List<Finding> checked = List.copyOf(findings);
    ObjectNode root = WRITER_MAPPER.createObjectNode();
    root.put("covalueFormat", FORMAT);
    root.set("findings", DocumentWriter.findings(checked));
    return (indent ? PRETTY : COMPACT).writeValueAsString(root);
  }

  /**
   * Writes a rule catalogue as JSON text: {@code {"covalueFormat": 1, "rules": [...]}}, each rule
   * with its {@code id}, default {@code severity}, ITIL {@code section} (and {@code artefact}, a
   * figure or table, when it names one) and {@code description}, in the order given: what the rule
   * id, severity and section of a finding written by {@link #writeFindings(List)} refer to.
   *
   * <pre>{@code
   * String json = CovalueJson.DEFAULT.writeRules(CoreRules.all());
   * }</pre>
   *
   * @param rules the rules
   * @return the JSON text
   * @throws NullPointerException if the list or one of its rules is null
   */
  public String writeRules(List<Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    for (int i = 0; i < rules.size(); i++) {
      Objects.requireNonNull(rules.get(i), "rules[" + i + "]");
    }
    ObjectNode root = WRITER_MAPPER.createObjectNode();
    root.put("covalueFormat", FORMAT);
    root.set("rules", DocumentWriter.rules(List.copyOf(rules)));
    return (indent ? PRETTY : COMPACT).writeValueAsString(root);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the document, as shipped in this library's jar and
   * in {@code docs/covalue-document.schema.json}.
   *
   * @return the schema text
   */
  public static String documentSchema() {
    return resource("covalue-document.schema.json");
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of findings written by {@link #writeFindings(List)}, as
   * shipped in this library's jar and in {@code docs/covalue-findings.schema.json}.
   *
   * @return the schema text
   */
  public static String findingsSchema() {
    return resource("covalue-findings.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = CovalueJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The resource " + name + " could not be read", e);
    }
  }

  private static JsonMapper readerMapper(JsonLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxTokenCount(limits.maxTokenCount())
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private static InvalidModelException refusal(JacksonException e) {
    String where = location(e.getLocation());
    String message =
        e instanceof StreamConstraintsException
            ? "The document exceeds a limit"
                + where
                + ": "
                + JACKSON_LIMIT
                    .matcher(e.getOriginalMessage())
                    .replaceAll(", JsonLimits max$1")
                    .replace("JsonLimits maxNameLength", "JsonLimits maxStringLength")
            : "The document is not well-formed JSON" + where + ": " + e.getOriginalMessage();
    InvalidModelException refusal = InvalidModelException.of("", message, null);
    refusal.initCause(e);
    return refusal;
  }

  private static String location(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
