package org.covalue.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Immutables' message for a builder whose mandatory attributes were not set. */
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * Immutables' message for a null it refused: the attribute's name, followed by "element", "key"
   * or "value" when the null was inside a collection or a map.
   */
  private static final Pattern NULL_ATTRIBUTE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?: (element|key|value))?");

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
    super(describe(requireSome(violations)));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception from the message of covalue's generated value classes, which call this
   * constructor when a builder lacks mandatory attributes or is given a {@code null}. Applications
   * should prefer {@link #InvalidModelException(List)} or {@link #of(String, String, Object)}.
   *
   * <p>A missing-attributes message becomes one violation per missing attribute, with the attribute
   * as its path; an attribute name, alone or followed by "element", "key" or "value", becomes a
   * violation at that path saying that the attribute, or an element, key or value of it, must not
   * be null; any other text becomes one violation at the empty path.
   *
   * @param generatedMessage the message of the generated code
   */
  public InvalidModelException(String generatedMessage) {
    this(fromGeneratedMessage(Objects.requireNonNull(generatedMessage, "generatedMessage")));
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
    for (Violation violation : violations) {
      text.append(System.lineSeparator()).append("- ").append(violation);
    }
    return text.toString();
  }

  private static List<Violation> fromGeneratedMessage(String message) {
    Matcher missing = MISSING_ATTRIBUTES.matcher(message);
    if (missing.matches()) {
      String type = missing.group(1);
      List<Violation> violations = new ArrayList<>();
      for (String attribute : missing.group(2).split(",")) {
        String name = attribute.strip();
        if (!name.isEmpty()) {
          violations.add(Violation.of(name, type + " " + name + " must be set"));
        }
      }
      if (!violations.isEmpty()) {
        return violations;
      }
    }
    if (message.equals("element") || message.equals("key") || message.equals("value")) {
      String article = message.equals("element") ? "An " : "A ";
      return List.of(
          Violation.of("", article + message + " of a collection must not be null", null));
    }
    Matcher refusedNull = NULL_ATTRIBUTE.matcher(message);
    if (refusedNull.matches()) {
      String attribute = refusedNull.group(1);
      String part = refusedNull.group(2);
      String sentence =
          part == null
              ? attribute + " must not be null"
              : ("element".equals(part) ? "An " : "A ")
                  + part
                  + " of "
                  + attribute
                  + " must not be null";
      return List.of(Violation.of(attribute, sentence, null));
    }
    return List.of(Violation.of("", message.isBlank() ? "Invalid value" : message));
  }
}
