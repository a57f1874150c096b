package org.covalue.core;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The common form of covalue's typed identifiers ({@link StakeholderId}, {@link PartyId}, ...): a
 * short text that names one element of a model, wrapped in a type per kind of element so that a
 * party id cannot be passed where a stakeholder id is expected.
 *
 * <p>An id is 1 to 128 characters: letters and digits (ASCII), {@code .}, {@code _}, {@code :} and
 * {@code -}, starting with a letter, a digit or {@code _}. The restriction keeps ids usable
 * unchanged in JSON pointers, diagrams and exchange formats. Every id knows the {@linkplain #kind()
 * kind} of element it names, so that a tool can tell a party from a touchpoint in a {@link
 * Finding}'s elements without parsing text. Ids compare by their text. Instances are immutable and
 * thread-safe.
 *
 * <p>Other covalue modules define their own id types by extending this class; a subclass passes the
 * kind of element, as a lower-case code such as {@code "touchpoint"} or {@code
 * "value-stream-activity"}, to the constructor.
 *
 * @param <T> the concrete id type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T> {

  /** The longest id, in characters. */
  private static final int MAX_LENGTH = 128;

  /**
   * Which ASCII characters an id may hold; all but '.', ':' and '-' may start it. A table, not a
   * regular expression: ids are checked for every value built, and matching a character class took
   * most of the time of building a model (docs/everyday-benchmarks.md).
   */
  private static final boolean[] ID_CHARACTER = new boolean[128];

  static {
    String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-";
    for (int i = 0; i < allowed.length(); i++) {
      ID_CHARACTER[allowed.charAt(i)] = true;
    }
  }

  private static final Pattern KIND = Pattern.compile("[a-z]{1,40}(?:-[a-z]{1,40}){0,4}");

  /**
   * The kinds already found well-formed. Each id class passes one constant kind, so its form is
   * checked once, not for every id built; the set stays as small as the number of id classes.
   */
  private static final Set<String> KINDS = ConcurrentHashMap.newKeySet();

  private final String kind;
  private final String value;

  /**
   * The hash, worked out once: a look-up in a large map then reads it from the id itself instead of
   * from its two strings, which are elsewhere in memory. On a 64-bit JVM with compressed references
   * (the default below 32 GB of heap) the field fits in the object's padding: an id takes no more
   * heap.
   */
  private final int hash;

  /**
   * Checks and keeps the id's kind and text.
   *
   * @param kind what the id identifies, as a lower-case code such as {@code "stakeholder"} or
   *     {@code "service-relationship"}
   * @param value the text of the id
   * @throws IllegalArgumentException if the kind is not such a code (a programming error of the
   *     subclass)
   * @throws InvalidModelException if the text is null or not of the documented form
   */
  protected TypedId(String kind, @Nullable String value) {
    if (kind == null || !(KINDS.contains(kind) || checkKind(kind))) {
      throw new IllegalArgumentException(
          "An id kind must be lower-case words joined by '-', but was " + kind);
    }
    this.kind = kind;
    this.value = check(kind, value);
    this.hash = kind.hashCode() * 31 + this.value.hashCode();
  }

  private static boolean checkKind(String kind) {
    if (!KIND.matcher(kind).matches()) {
      return false;
    }
    KINDS.add(kind);
    return true;
  }

  private static String subject(String kind) {
    String words = kind.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + " id";
  }

  /** Checks an id's text; the subject of the message is made only when it is wrong. */
  private static String check(String kind, @Nullable String value) {
    if (value == null) {
      throw InvalidModelException.of("", subject(kind) + " must not be null", null);
    }
    if (!hasIdForm(value)) {
      throw InvalidModelException.of(
          "",
          subject(kind)
              + " must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter,"
              + " a digit or '_', but was "
              + Violations.quote(value),
          value);
    }
    return value;
  }

  private static boolean hasIdForm(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '.' || first == ':' || first == '-') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= ID_CHARACTER.length || !ID_CHARACTER[c]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the kind of element the id names.
   *
   * @return a lower-case code such as {@code "party"}, {@code "touchpoint"} or {@code
   *     "value-stream-activity"}
   */
  public final String kind() {
    return kind;
  }

  /**
   * Returns the id's text.
   *
   * @return the text, as given to {@code of(..)}
   */
  public final String value() {
    return value;
  }

  /**
   * Returns the kind and the text, for messages and tools: {@code "party contoso"}.
   *
   * @return the kind's words, a space and the text
   */
  public final String describe() {
    return kind.replace('-', ' ') + " " + value;
  }

  /** Compares ids of one kind by their text, in {@link String#compareTo} order. */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /** Two ids are equal when they are of the same type and have the same text. */
  @Override
  @SuppressWarnings("EqualsGetClass") // the subclass is the kind: ids of two kinds are never equal
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((TypedId<?>) other).value);
  }

  /**
   * Returns a hash code computed from the kind and the text only, so that it is the same in every
   * run of every JVM.
   */
  @Override
  public final int hashCode() {
    return hash;
  }

  /** Returns the id's text. */
  @Override
  public final String toString() {
    return value;
  }
}
