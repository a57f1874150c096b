package org.covalue.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception covalue throws for invalid input: a value that breaks a rule of the model, a
 * builder missing a mandatory attribute, or a document a reader cannot accept.
 *
 * <p>It carries every {@link Violation} found, each with its path, and {@link #getMessage()} lists
 * them all, so that a person or a tool can fix everything in one pass. It is unchecked and extends
 * {@link IllegalArgumentException}, as invalid arguments are a programming or data error the caller
 * decides how to handle.
 */
public final class InvalidModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Most violations that {@link #getMessage()} lists; the others are counted. */
  public static final int MAX_LISTED_VIOLATIONS = 20;

  /** The violations, never empty; a List.copyOf copy, so serializable. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list of serializable elements
  private final List<Violation> violations;

  /**
   * Creates the exception for a list of violations.
   *
   * @param violations what is wrong; at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidModelException(List<Violation> violations) {
    super((String) null);
    this.violations = List.copyOf(requireSome(violations));
  }

  /**
   * Returns the violations as text, formed when asked: the only one, or the number of violations
   * followed by the first {@value #MAX_LISTED_VIOLATIONS}, one per line, and how many more there
   * are. Each violation's message is at most {@value Violation#MAX_MESSAGE_LENGTH} characters, so
   * the text is of bounded size however many violations there are.
   */
  @Override
  public String getMessage() {
    return describe(violations);
  }

  /**
   * Creates the exception for a builder of covalue's generated value classes that lacks mandatory
   * attributes: one violation per attribute, at the attribute's path, such as "Stakeholder name
   * must be set". Generated code calls it; applications should prefer {@link
   * #InvalidModelException(List)} or {@link #of(String, String, Object)}.
   *
   * @param missingAttributes the names of the attributes that were not set
   */
  public InvalidModelException(String[] missingAttributes) {
    this(missing(GeneratedCaller.typeName(), missingAttributes));
  }

  /**
   * Creates the exception for a {@code null} that a builder of covalue's generated value classes
   * refused: the attribute's name, alone or followed by "element", "key" or "value" when the null
   * was inside a collection or a map, becomes a violation at the attribute's path, such as
   * "Stakeholder name must not be null". Generated code calls it; applications should prefer {@link
   * #InvalidModelException(List)} or {@link #of(String, String, Object)}.
   *
   * @param attribute the refused attribute, as generated code names it
   */
  public InvalidModelException(String attribute) {
    this(refusedNull(GeneratedCaller.typeName(), Objects.requireNonNull(attribute, "attribute")));
  }

  /**
   * Creates the exception for one violation.
   *
   * @param path where the violation is
   * @param message the broken rule, as a sentence
   * @param rejectedValue the rejected value, if safe to show; may be null
   * @return the exception, to be thrown by the caller
   */
  public static InvalidModelException of(
      String path, String message, @Nullable Object rejectedValue) {
    return new InvalidModelException(List.of(Violation.of(path, message, rejectedValue)));
  }

  /**
   * Returns every violation, in the order they were found.
   *
   * @return the violations; never empty, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns an exception with the same violations moved below a parent path; see {@link
   * Violation#under(String)}. The cause of the new exception is this one.
   *
   * @param parentPath the path of the enclosing value
   * @return the new exception
   */
  public InvalidModelException under(String parentPath) {
    List<Violation> moved = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      moved.add(violation.under(parentPath));
    }
    InvalidModelException exception = new InvalidModelException(moved);
    exception.initCause(this);
    return exception;
  }

  private static List<Violation> requireSome(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An InvalidModelException needs at least one violation");
    }
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    StringBuilder text = new StringBuilder().append(violations.size()).append(" violations:");
    int listed = Math.min(violations.size(), MAX_LISTED_VIOLATIONS);
    for (int i = 0; i < listed; i++) {
      text.append(System.lineSeparator()).append("- ").append(violations.get(i));
    }
    if (listed < violations.size()) {
      text.append(System.lineSeparator())
          .append("- and ")
          .append(String.format(Locale.ROOT, "%,d", violations.size() - listed))
          .append(" more");
    }
    return text.toString();
  }

  private static List<Violation> missing(String type, String[] attributes) {
    List<Violation> violations = new ArrayList<>(attributes.length);
    for (String attribute : attributes) {
      violations.add(Violation.of(attribute, type + " " + attribute + " must be set"));
    }
    if (violations.isEmpty()) {
      violations.add(Violation.of("", type + " lacks attributes that must be set"));
    }
    return violations;
  }

  private static List<Violation> refusedNull(String type, String attribute) {
    int valueForKey = attribute.indexOf(" value for key: ");
    if (valueForKey > 0) {
      String name = attribute.substring(0, valueForKey);
      String key = attribute.substring(valueForKey + " value for key: ".length());
      return List.of(
          Violation.of(
              name,
              "The value of key "
                  + Violations.quote(key)
                  + " of "
                  + type
                  + " "
                  + name
                  + " must not be null",
              null));
    }
    for (String part : new String[] {"element", "key", "value"}) {
      if (attribute.endsWith(" " + part)) {
        String name = attribute.substring(0, attribute.length() - part.length() - 1);
        String article = part.equals("element") ? "An " : "A ";
        return List.of(
            Violation.of(
                name, article + part + " of " + type + " " + name + " must not be null", null));
      }
    }
    if (attribute.equals("element") || attribute.equals("key") || attribute.equals("value")) {
      String article = attribute.equals("element") ? "An " : "A ";
      return List.of(
          Violation.of("", article + attribute + " of a " + type + " must not be null", null));
    }
    return List.of(Violation.of(attribute, type + " " + attribute + " must not be null", null));
  }

  /** Finds, on the error path only, which generated value class called the exception. */
  private static final class GeneratedCaller {

    private static final String PREFIX = "Immutable";

    private GeneratedCaller() {}

    /** Returns the value type whose generated code is the caller, such as "Stakeholder". */
    static String typeName() {
      return StackWalker.getInstance()
          .walk(
              frames ->
                  frames
                      .map(StackWalker.StackFrame::getClassName)
                      .filter(GeneratedCaller::isGenerated)
                      .findFirst())
          .map(GeneratedCaller::valueType)
          .orElse("Value");
    }

    private static boolean isGenerated(String className) {
      return className.startsWith("org.covalue.") && simpleName(className).startsWith(PREFIX);
    }

    private static String simpleName(String className) {
      return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String valueType(String className) {
      String name = simpleName(className).substring(PREFIX.length());
      int nested = name.indexOf('$');
      return nested < 0 ? name : name.substring(0, nested);
    }
  }
}
