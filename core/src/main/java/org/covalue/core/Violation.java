package org.covalue.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a model: where it is (a path such as {@code journey.touchpoints[3].step}),
 * what rule it breaks (a full sentence) and, where it is safe to show, the rejected value.
 *
 * <p>Paths use dots between attribute names and brackets for list indices. The empty path means the
 * value as a whole. Instances are immutable and thread-safe.
 */
public final class Violation {

  /** Longest rendering of a rejected value that a violation keeps; longer ones are shortened. */
  static final int MAX_REJECTED_VALUE_LENGTH = 120;

  /** Longest message a violation keeps; a longer one is shortened and ends with an ellipsis. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  private final String path;
  private final String message;
  private final @Nullable String rejectedValue;

  private Violation(String path, String message, @Nullable String rejectedValue) {
    this.path = path;
    this.message = message;
    this.rejectedValue = rejectedValue;
  }

  /**
   * Creates a violation without a rejected value.
   *
   * @param path where the violation is; empty for the value as a whole
   * @param message the rule that is broken, as a sentence; shortened to at most {@value
   *     #MAX_MESSAGE_LENGTH} characters
   * @return the violation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(String path, String message) {
    return create(path, message, null);
  }

  /**
   * Creates a violation that records the rejected value, rendered with {@link String#valueOf} and
   * shortened to at most 120 characters.
   *
   * @param path where the violation is; empty for the value as a whole
   * @param message the rule that is broken, as a sentence; shortened to at most {@value
   *     #MAX_MESSAGE_LENGTH} characters
   * @param rejectedValue the value that breaks the rule; {@code null} when the value was missing
   * @return the violation
   * @throws NullPointerException if the path or the message is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(String path, String message, @Nullable Object rejectedValue) {
    return create(path, message, render(rejectedValue));
  }

  private static Violation create(String path, String message, @Nullable String rejectedValue) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("Violation message must not be blank");
    }
    String kept =
        message.length() <= MAX_MESSAGE_LENGTH
            ? message
            : message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
    return new Violation(path, kept, rejectedValue);
  }

  private static String render(@Nullable Object value) {
    return Violations.shorten(value);
  }

  /**
   * Returns where the violation is.
   *
   * @return the path; empty for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns the broken rule as a sentence.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the rejected value as text, if it was recorded.
   *
   * @return the rejected value, or empty
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * Returns this violation moved below a parent path, for validators that check the parts of a
   * larger value: {@code Violation.of("name", m).under("stakeholders[2]")} has the path {@code
   * stakeholders[2].name}.
   *
   * @param parentPath the path of the enclosing value; empty leaves the path as it is
   * @return a violation with the longer path and the same message and rejected value
   */
  public Violation under(String parentPath) {
    return new Violation(Paths.join(parentPath, path), message, rejectedValue);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Violation that)) {
      return false;
    }
    return path.equals(that.path)
        && message.equals(that.message)
        && Objects.equals(rejectedValue, that.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message, rejectedValue);
  }

  /**
   * Returns the path and the message, as {@code path: message}, or the message alone for the empty
   * path.
   */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
