package org.covalue.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.testkit.internal.BadInput;

/**
 * An attempt to build a covalue value from input that breaks one of covalue's rules, with a
 * description of what is wrong and the violation paths covalue is expected to report: for example,
 * a stakeholder with a blank name, expected to fail with a violation at {@code name}. The {@code
 * invalid...()} generators of this package produce them, for properties of the form "every invalid
 * input is rejected with covalue's exception, naming the field".
 *
 * <p>An attempt is expected to throw an {@link InvalidModelException} at least one of whose
 * violations has one of the {@linkplain #expectedPaths() expected paths}. Most inputs expect one
 * path; where covalue may fairly blame any of several elements (a circle of products is reported at
 * one of its members), every one of them is listed.
 *
 * <p>Instances are immutable; running the attempt has no side effects beyond building values.
 */
public final class InvalidInput {

  private final String description;
  private final List<String> expectedPaths;
  private final Supplier<?> attempt;

  private InvalidInput(String description, List<String> expectedPaths, Supplier<?> attempt) {
    this.description = description;
    this.expectedPaths = expectedPaths;
    this.attempt = attempt;
  }

  /**
   * Returns an invalid input.
   *
   * @param description what is wrong with the input, as a phrase for test reports
   * @param expectedPaths the paths of which a violation must name at least one; not empty
   * @param attempt builds the value from the input; expected to throw
   * @return the invalid input
   * @throws IllegalArgumentException if no path is given
   */
  public static InvalidInput of(
      String description, List<String> expectedPaths, Supplier<?> attempt) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(attempt, "attempt");
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid input needs at least one expected path");
    }
    return new InvalidInput(description, List.copyOf(expectedPaths), attempt);
  }

  /**
   * Returns an invalid input that expects one path.
   *
   * @param description what is wrong with the input, as a phrase for test reports
   * @param expectedPath the path a violation must name; empty for the value as a whole
   * @param attempt builds the value from the input; expected to throw
   * @return the invalid input
   */
  public static InvalidInput of(String description, String expectedPath, Supplier<?> attempt) {
    return of(description, List.of(expectedPath), attempt);
  }

  /**
   * Returns what is wrong with the input.
   *
   * @return a phrase, such as "stakeholder built with the blank name \" \""
   */
  public String description() {
    return description;
  }

  /**
   * Returns the violation paths of which covalue must report at least one.
   *
   * @return an unmodifiable, non-empty list; the empty path means the value as a whole
   */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /**
   * Runs the attempt: builds the value from the invalid input.
   *
   * @return the value built, which should never happen
   * @throws InvalidModelException as expected, when covalue rejects the input
   */
  public Object attempt() {
    return attempt.get();
  }

  /**
   * Runs the attempt and returns covalue's rejection, failing the calling test if there is none.
   *
   * @return the exception covalue threw
   * @throws AssertionError if the attempt builds a value, or throws anything other than an {@link
   *     InvalidModelException}
   */
  public InvalidModelException rejection() {
    Object built;
    try {
      built = attempt.get();
    } catch (InvalidModelException expected) {
      return expected;
    } catch (RuntimeException | Error unexpected) {
      throw new AssertionError(
          "Expected an InvalidModelException for " + this + ", but got " + unexpected, unexpected);
    }
    throw new AssertionError(
        "Expected an InvalidModelException for " + this + ", but got " + built);
  }

  /**
   * Tells whether violations name one of the expected paths.
   *
   * @param violations the violations covalue reported
   * @return true if a violation's path is one of {@link #expectedPaths()}
   */
  public boolean isNamedBy(List<Violation> violations) {
    for (Violation violation : violations) {
      if (expectedPaths.contains(violation.path())) {
        return true;
      }
    }
    return false;
  }

  /** Returns the description and the expected paths, for test reports. */
  @Override
  public String toString() {
    return description + " (expects a violation at " + pathsText(expectedPaths) + ")";
  }

  static InvalidInput from(BadInput input) {
    return of(input.description(), input.expectedPaths(), input.attempt());
  }

  static String pathsText(List<String> paths) {
    StringBuilder text = new StringBuilder();
    for (String path : paths) {
      if (text.length() > 0) {
        text.append(" or ");
      }
      text.append(path.isEmpty() ? "the value as a whole" : path);
    }
    return text.toString();
  }
}
