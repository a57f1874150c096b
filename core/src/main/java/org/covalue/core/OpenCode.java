package org.covalue.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The common form of covalue's open vocabularies: a set of predefined values, each with a meaning,
 * that applications may extend with values of their own, as the chapter marks some lists as open
 * ("include, but are not limited to"). Examples are stakeholder kinds and journey channels.
 *
 * <p>A value is identified by its code: upper-case letters, digits and underscores, starting with a
 * letter, at most 64 characters. Values of one vocabulary are equal when their codes are. Instances
 * are immutable and thread-safe.
 *
 * @param <T> the concrete vocabulary type
 */
public abstract class OpenCode<T extends OpenCode<T>> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final String code;
  private final @Nullable String description;

  /**
   * Creates a value; subclasses create values only through their {@link Vocabulary}.
   *
   * @param code the checked code
   * @param description the meaning of a predefined value, or null for a custom one
   */
  protected OpenCode(String code, @Nullable String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the code.
   *
   * @return such as {@code REGULATOR}
   */
  public final String code() {
    return code;
  }

  /**
   * Returns what a predefined value means.
   *
   * @return a sentence, or empty for a custom value
   */
  public final Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Tells whether this is one of covalue's predefined values.
   *
   * @return true for a predefined value, false for one an application named
   */
  public final boolean isPredefined() {
    return description != null;
  }

  /** Values are equal when they are of the same vocabulary and have the same code. */
  @Override
  @SuppressWarnings("EqualsGetClass") // the subclass is the vocabulary: equal codes of two differ
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && code.equals(((OpenCode<?>) other).code);
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public final String toString() {
    return code;
  }

  /**
   * The predefined values of one vocabulary, and the factory of its custom values. A vocabulary
   * type keeps one instance in a static field, declared before its constants.
   *
   * @param <T> the vocabulary type
   */
  protected static final class Vocabulary<T extends OpenCode<T>> {

    private final String what;
    private final BiFunction<String, @Nullable String, T> factory;
    private final Map<String, T> predefined = new LinkedHashMap<>();

    /**
     * Creates an empty vocabulary.
     *
     * @param what what the values are, as the subject of error messages, such as {@code
     *     "Stakeholder kind"}
     * @param factory the vocabulary type's constructor
     */
    public Vocabulary(String what, BiFunction<String, @Nullable String, T> factory) {
      this.what = what;
      this.factory = factory;
    }

    /**
     * Adds a predefined value; for the vocabulary type's constants.
     *
     * @param code the code
     * @param description what the value means
     * @return the value
     */
    public T predefine(String code, String description) {
      T value = factory.apply(code, description);
      predefined.put(code, value);
      return value;
    }

    /**
     * Returns the predefined value with a code, or a new custom value.
     *
     * @param code the code
     * @return the value
     * @throws InvalidModelException if the code is null or not of the documented form
     */
    public T of(String code) {
      if (code == null) {
        throw InvalidModelException.of("", what + " must not be null", null);
      }
      T known = predefined.get(code);
      if (known != null) {
        return known;
      }
      if (!CODE.matcher(code).matches()) {
        throw InvalidModelException.of(
            "",
            what
                + " must be 1 to 64 upper-case letters, digits or underscores, starting with a"
                + " letter, but was \""
                + code
                + "\"",
            code);
      }
      return factory.apply(code, null);
    }

    /**
     * Returns the predefined values, in the order they were defined.
     *
     * @return an unmodifiable list
     */
    public List<T> predefined() {
      return List.copyOf(predefined.values());
    }
  }
}
