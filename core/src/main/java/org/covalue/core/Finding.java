package org.covalue.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One thing an analysis found, explained so that a tool can show it to a person: the {@link Rule}
 * that produced it (with its place in ITIL 4: Drive Stakeholder Value), how much it asks for
 * attention, what it means as a sentence, the model elements involved as {@linkplain TypedId typed
 * ids}, the numbers behind it by name ({@link #evidence()}) and the structured facts a tool needs,
 * such as the consumer role that nobody holds or the journey step concerned ({@link #data()}).
 *
 * <pre>{@code
 * Finding gap = Finding.builder(ConsumerRoleAnalysis.ROLE_NOT_COVERED)
 *     .message("Nobody holds the sponsor role for Contoso")
 *     .addElement(PartyId.of("contoso"))
 *     .putData("role", "sponsor")
 *     .build();
 * }</pre>
 *
 * <p>An analysis may give the message as a {@link Supplier}, so that the text of a finding is only
 * formed when someone reads it: analyses that report a finding per element of a large model then
 * stay small. Two findings are equal when their rule, severity, elements, evidence, data and
 * message are. Instances are immutable and thread-safe.
 */
public final class Finding {

  private static final String[] NO_NAMES = {};
  private static final double[] NO_NUMBERS = {};

  private final Rule rule;
  private final Severity severity;
  private final List<TypedId<?>> elements;
  private final String[] evidenceNames;
  private final double[] evidenceValues;
  private final String[] dataNames;
  private final String[] dataValues;
  private final Object message;

  private Finding(Builder builder, Object message) {
    this.rule = builder.rule;
    this.severity = builder.severity;
    this.elements = List.copyOf(builder.elements);
    this.evidenceNames = builder.evidenceNames.toArray(NO_NAMES);
    this.evidenceValues = toArray(builder.evidenceValues);
    this.dataNames = builder.dataNames.toArray(NO_NAMES);
    this.dataValues = builder.dataValues.toArray(NO_NAMES);
    this.message = message;
  }

  private static double[] toArray(List<Double> values) {
    if (values.isEmpty()) {
      return NO_NUMBERS;
    }
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /**
   * Returns a builder of a finding of a rule, with the rule's default severity.
   *
   * @param rule the rule the finding comes from
   * @return a new builder
   * @throws InvalidModelException if the rule is null
   */
  public static Builder builder(Rule rule) {
    if (rule == null) {
      throw InvalidModelException.of("rule", "Finding rule must not be null", null);
    }
    return new Builder(rule);
  }

  /**
   * Returns the rule that produced the finding.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns how much the finding asks for attention.
   *
   * @return the severity: the rule's default unless the analysis chose another for this finding
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what was found, as a sentence for people.
   *
   * @return a message that is not blank
   */
  public String message() {
    if (message instanceof String text) {
      return text;
    }
    @SuppressWarnings("unchecked") // the builder stores only a String or a Supplier<String>
    Supplier<String> supplier = (Supplier<String>) message;
    return Objects.requireNonNull(supplier.get(), "message");
  }

  /**
   * Returns the model elements the finding is about, each with its kind.
   *
   * @return an unmodifiable list, most relevant first; may be empty
   */
  public List<TypedId<?>> elements() {
    return elements;
  }

  /**
   * Returns the numbers behind the finding, by name, such as {@code asProvider} or {@code
   * eventIndex}.
   *
   * @return an unmodifiable map in the order the analysis gave them; may be empty
   */
  public Map<String, Double> evidence() {
    if (evidenceNames.length == 0) {
      return Map.of();
    }
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < evidenceNames.length; i++) {
      map.put(evidenceNames[i], evidenceValues[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the structured facts of the finding, by name, such as {@code role → sponsor} or {@code
   * step → co-create}: what a tool needs to act on the finding without reading its message.
   *
   * @return an unmodifiable map in the order the analysis gave them; may be empty
   */
  public Map<String, String> data() {
    if (dataNames.length == 0) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < dataNames.length; i++) {
      map.put(dataNames[i], dataValues[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns where in ITIL 4: Drive Stakeholder Value the finding's rule comes from.
   *
   * @return the rule's reference
   */
  public ItilReference reference() {
    return rule.reference();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding that)) {
      return false;
    }
    return rule.equals(that.rule)
        && severity == that.severity
        && elements.equals(that.elements)
        && Arrays.equals(evidenceNames, that.evidenceNames)
        && Arrays.equals(evidenceValues, that.evidenceValues)
        && Arrays.equals(dataNames, that.dataNames)
        && Arrays.equals(dataValues, that.dataValues)
        && message().equals(that.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        rule,
        severity,
        elements,
        Arrays.hashCode(evidenceNames),
        Arrays.hashCode(evidenceValues),
        Arrays.hashCode(dataNames),
        Arrays.hashCode(dataValues),
        message());
  }

  /** Returns the severity, the rule's id and the message, for logs and tests. */
  @Override
  public String toString() {
    return severity + " " + rule.id() + ": " + message();
  }

  /**
   * Builds a {@link Finding}. The rule is given to {@link Finding#builder(Rule)}; the message is
   * required; severity defaults to the rule's; elements, evidence and data are optional. {@code
   * build()} throws an {@link InvalidModelException} naming every attribute that is missing or
   * breaks a rule: a blank message, a blank or repeated evidence or data name, a number that is not
   * finite, a blank data value. A builder is not thread-safe.
   */
  public static final class Builder {

    private final Rule rule;
    private Severity severity;
    private @Nullable Object message;
    private final List<TypedId<?>> elements = new ArrayList<>(2);
    private final List<String> evidenceNames = new ArrayList<>(2);
    private final List<Double> evidenceValues = new ArrayList<>(2);
    private final List<String> dataNames = new ArrayList<>(2);
    private final List<String> dataValues = new ArrayList<>(2);
    private final Violations found = Violations.collect();
    private boolean messageRefused;

    private Builder(Rule rule) {
      this.rule = rule;
      this.severity = rule.defaultSeverity();
    }

    /**
     * Sets the severity, for a finding that asks for more or less attention than its rule's
     * default.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      if (severity == null) {
        found.add("severity", "Finding severity must not be null");
      } else {
        this.severity = severity;
      }
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message a sentence for people
     * @return this builder
     */
    public Builder message(String message) {
      if (message == null) {
        found.add("message", "Finding message must not be null");
        messageRefused = true;
      } else if (message.isBlank() || Violations.unreadable(message, true).isPresent()) {
        found.checkText(message, "message", "Finding message");
        messageRefused = true;
      } else {
        this.message = message;
      }
      return this;
    }

    /**
     * Sets a message that is only formed when {@link Finding#message()} is called, each time it is
     * called. The supplier must be pure and return a sentence that is not blank; it should hold
     * only what it needs (ids and numbers, not a whole model).
     *
     * @param message what forms the sentence
     * @return this builder
     */
    public Builder message(Supplier<String> message) {
      if (message == null) {
        found.add("message", "Finding message must not be null");
        messageRefused = true;
      } else {
        this.message = message;
      }
      return this;
    }

    /**
     * Adds an element the finding is about.
     *
     * @param element the element's id
     * @return this builder
     */
    public Builder addElement(TypedId<?> element) {
      if (element == null) {
        found.add("elements[" + elements.size() + "]", "A finding element must not be null", null);
      } else {
        elements.add(element);
      }
      return this;
    }

    /**
     * Adds elements the finding is about.
     *
     * @param elements the elements' ids, in order
     * @return this builder
     */
    public Builder addAllElements(Collection<? extends TypedId<?>> elements) {
      if (elements == null) {
        found.add("elements", "Finding elements must not be null");
      } else {
        for (TypedId<?> element : elements) {
          addElement(element);
        }
      }
      return this;
    }

    /**
     * Adds a number behind the finding.
     *
     * @param name what the number measures, such as {@code asProvider}
     * @param value the number; finite
     * @return this builder
     */
    public Builder putEvidence(String name, double value) {
      String path = "evidence." + name;
      if (checkName(name, evidenceNames, "evidence")) {
        if (Double.isFinite(value)) {
          evidenceNames.add(name);
          evidenceValues.add(value);
        } else {
          found.add(path, "Finding evidence " + name + " must be a finite number", value);
        }
      }
      return this;
    }

    /**
     * Adds a structured fact of the finding.
     *
     * @param name what the fact is, such as {@code role}
     * @param value the fact, such as {@code sponsor}; not blank
     * @return this builder
     */
    public Builder putData(String name, @Nullable String value) {
      if (checkName(name, dataNames, "data")) {
        if (value == null) {
          found.add("data." + name, "Finding data " + name + " must not be null");
        } else if (value.isBlank() || Violations.unreadable(value, false).isPresent()) {
          found.checkName(value, "data." + name, "Finding data " + name);
        } else {
          dataNames.add(name);
          dataValues.add(value);
        }
      }
      return this;
    }

    /**
     * Adds a structured fact whose value is a constant of an enumeration, written as its code: the
     * constant's name in lower case with hyphens, such as {@code co-create} for {@code CO_CREATE}.
     *
     * @param name what the fact is, such as {@code step}
     * @param value the constant
     * @return this builder
     */
    public Builder putData(String name, Enum<?> value) {
      if (value == null) {
        return putData(name, (String) null);
      }
      return putData(name, value.name().toLowerCase(Locale.ROOT).replace('_', '-').intern());
    }

    private boolean checkName(@Nullable String name, List<String> names, String what) {
      if (name == null) {
        found.add(what, "A finding " + what + " name must not be null");
        return false;
      }
      if (name.isBlank() || Violations.unreadable(name, false).isPresent()) {
        found.checkName(name, what, "A finding " + what + " name");
        return false;
      }
      if (names.contains(name)) {
        found.add(what + "." + name, "Finding " + what + " " + name + " is given twice", name);
        return false;
      }
      return true;
    }

    /**
     * Returns the finding.
     *
     * @return the finding
     * @throws InvalidModelException if the message is missing or anything given broke a rule
     */
    public Finding build() {
      Object text = message;
      if (text == null && !messageRefused) {
        found.add("message", "Finding message must be set");
      }
      found.throwIfAny();
      return new Finding(this, Objects.requireNonNull(text));
    }
  }
}
