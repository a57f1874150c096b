package org.covalue.testkit.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.RandomnessSource;

/**
 * An attempt to build a value from invalid input, with what it is and the violation paths covalue
 * is expected to report; the public {@code InvalidInput} wraps it. The static methods make the
 * kinds of attempt that every value type has: a blank text and a required attribute left out.
 *
 * @param description what is wrong with the input, for a failing test's report
 * @param expectedPaths the paths of which at least one violation must name one
 * @param attempt builds the value; expected to throw
 */
public record BadInput(String description, List<String> expectedPaths, Supplier<?> attempt) {

  /**
   * Checks and copies the parts.
   *
   * @param description what is wrong with the input
   * @param expectedPaths the paths of which at least one violation must name one; not empty
   * @param attempt builds the value
   */
  public BadInput {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid input needs at least one expected path");
    }
    expectedPaths = List.copyOf(expectedPaths);
  }

  /**
   * Returns an invalid input with one expected path.
   *
   * @param description what is wrong with the input
   * @param expectedPath the path a violation must name
   * @param attempt builds the value
   * @return the invalid input
   */
  public static BadInput of(String description, String expectedPath, Supplier<?> attempt) {
    return new BadInput(description, List.of(expectedPath), attempt);
  }

  /**
   * Returns an attempt that gives a drawn blank text where a text must not be blank.
   *
   * @param in the randomness source
   * @param what the value and how it gets the text, such as {@code "stakeholder renamed to"}
   * @param attribute the attribute, which is also the expected path
   * @param attempt builds the value from the blank text
   * @return the invalid input
   */
  public static BadInput blank(
      RandomnessSource in, String what, String attribute, Function<String, ?> attempt) {
    String blank = Texts.blanks().generate(in);
    return of(
        what + " the blank " + attribute + " " + Texts.quote(blank),
        attribute,
        () -> attempt.apply(blank));
  }

  /**
   * Returns an attempt to build a value with one drawn required attribute left out: every other one
   * is set, the left-out one is the expected path.
   *
   * @param <B> the builder type
   * @param in the randomness source
   * @param what the value, such as {@code "stakeholder"}
   * @param builder starts a builder, with any optional attributes already set
   * @param build builds the value
   * @param required the required attributes, each with how to set it; not empty
   * @return the invalid input
   */
  public static <B> BadInput leftOut(
      RandomnessSource in,
      String what,
      Supplier<B> builder,
      Function<B, ?> build,
      List<Required<B>> required) {
    String missing = Draw.oneOf(in, required).name();
    return of(
        what + " built without its " + missing,
        missing,
        () -> {
          B started = builder.get();
          required.stream()
              .filter(attribute -> !attribute.name().equals(missing))
              .forEach(attribute -> attribute.set().accept(started));
          return build.apply(started);
        });
  }

  /**
   * A required attribute of a builder and how to set it from a valid value.
   *
   * @param <B> the builder type
   * @param name the attribute's name
   * @param set sets the attribute
   */
  public record Required<B>(String name, Consumer<B> set) {}

  /**
   * Returns a required attribute.
   *
   * @param <B> the builder type
   * @param name the attribute's name
   * @param set sets the attribute
   * @return the attribute
   */
  public static <B> Required<B> required(String name, Consumer<B> set) {
    return new Required<>(name, set);
  }
}
