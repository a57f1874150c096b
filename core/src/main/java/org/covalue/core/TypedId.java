package org.covalue.core;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The common form of covalue's typed identifiers ({@link StakeholderId}, {@link PartyId}, ...): a
 * short text that names one element of a model, wrapped in a type per kind of element so that a
 * party id cannot be passed where a stakeholder id is expected.
 *
 * <p>An id is 1 to 128 characters: letters and digits (ASCII), {@code .}, {@code _}, {@code :} and
 * {@code -}, starting with a letter, a digit or {@code _}. The restriction keeps ids usable
 * unchanged in JSON pointers, diagrams and exchange formats. Ids compare by their text. Instances
 * are immutable and thread-safe.
 *
 * <p>Other covalue modules define their own id types by extending this class; a subclass passes the
 * kind of element, as the subject of error messages ("Touchpoint id"), to the constructor.
 *
 * @param <T> the concrete id type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._:-]{0,127}");

  private final String value;

  /**
   * Checks and keeps the id's text.
   *
   * @param kind what the id identifies, such as {@code "Stakeholder id"}, for error messages
   * @param value the text of the id
   * @throws InvalidModelException if the text is null or not of the documented form
   */
  protected TypedId(String kind, @Nullable String value) {
    this.value = check(kind, value);
  }

  private static String check(String kind, @Nullable String value) {
    if (value == null) {
      throw InvalidModelException.of("", kind + " must not be null", null);
    }
    if (!FORM.matcher(value).matches()) {
      throw InvalidModelException.of(
          "",
          kind
              + " must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter,"
              + " a digit or '_', but was \""
              + value
              + "\"",
          value);
    }
    return value;
  }

  /**
   * Returns the id's text.
   *
   * @return the text, as given to {@code of(..)}
   */
  public final String value() {
    return value;
  }

  /** Compares ids of one kind by their text, in {@link String#compareTo} order. */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /** Two ids are equal when they are of the same kind and have the same text. */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((TypedId<?>) other).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the id's text. */
  @Override
  public final String toString() {
    return value;
  }
}
