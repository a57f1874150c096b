package org.covalue.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.covalue.core.internal.ObjectIndex;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one check so that all of them are reported at once, the way covalue's
 * validators and value checks do. Use one instance per check, on one thread:
 *
 * <pre>{@code
 * Violations found = Violations.collect();
 * if (name.isBlank()) {
 *   found.add("name", "Stakeholder name must not be blank", name);
 * }
 * found.throwIfAny();
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe.
 */
public final class Violations {

  /** Stands for a null key in {@link #checkUnique(String, List, Function, String, String)}. */
  private static final Object NULL_KEY = new Object();

  private final List<Violation> found = new ArrayList<>();

  /**
   * Returns a value as text of at most 120 characters, for messages: a longer text is cut and ends
   * with an ellipsis, so that a huge rejected value cannot make a huge message.
   *
   * @param value the value; {@code null} gives {@code "null"}
   * @return the text, shortened if needed
   */
  public static String shorten(@Nullable Object value) {
    String text = String.valueOf(value);
    if (text.length() <= Violation.MAX_REJECTED_VALUE_LENGTH) {
      return text;
    }
    int end = Violation.MAX_REJECTED_VALUE_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Returns a value as quoted text of at most 120 characters within the quotes, for messages: see
   * {@link #shorten(Object)}.
   *
   * @param value the value
   * @return the shortened text between double quotes
   */
  public static String quote(@Nullable Object value) {
    return '"' + shorten(value) + '"';
  }

  /**
   * Returns a value that must not be null, or throws naming where it was expected: the check for
   * arguments of covalue's factories and analyses.
   *
   * @param <T> the value's type
   * @param value the value
   * @param path where the value was expected, such as {@code threshold}
   * @return the value
   * @throws InvalidModelException if the value is null
   * @throws NullPointerException if the path is null
   */
  public static <T> T requireNonNull(@Nullable T value, String path) {
    Objects.requireNonNull(path, "path");

    if (value == null) {
      throw InvalidModelException.of(path, path + " must not be null", null);
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of a collection that must hold no null, or throws naming the
   * collection, or the index of its first null element.
   *
   * @param <T> the element type
   * @param values the collection
   * @param path where the collection was expected, such as {@code parties}
   * @return the copy, in the collection's iteration order
   * @throws InvalidModelException if the collection or one of its elements is null
   */
  public static <T> List<T> copyOfNonNull(@Nullable Collection<? extends T> values, String path) {
    Objects.requireNonNull(path, "path");

    Collection<? extends T> checked = requireNonNull(values, path);
    List<T> copy = new ArrayList<>(checked.size());
    int i = 0;
    for (T value : checked) {
      if (value == null) {
        throw InvalidModelException.of(
            path + "[" + i + "]", "Element " + i + " of " + path + " must not be null", null);
      }
      copy.add(value);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  private Violations() {}

  /**
   * Starts an empty collection.
   *
   * @return a new, empty collector
   */
  public static Violations collect() {
    return new Violations();
  }

  /**
   * Adds a violation without a rejected value.
   *
   * @param path where the violation is
   * @param message the broken rule, as a sentence
   * @return this collector
   */
  public Violations add(String path, String message) {
    found.add(Violation.of(path, message));
    return this;
  }

  /**
   * Adds a violation with its rejected value.
   *
   * @param path where the violation is
   * @param message the broken rule, as a sentence
   * @param rejectedValue the rejected value; may be null
   * @return this collector
   */
  public Violations add(String path, String message, @Nullable Object rejectedValue) {
    found.add(Violation.of(path, message, rejectedValue));
    return this;
  }

  /**
   * Adds a violation with its rejected value unless a condition holds: a shorthand for checks.
   *
   * @param valid the condition the rule requires
   * @param path where the violation is
   * @param message the broken rule, as a sentence
   * @param rejectedValue the rejected value, or null to record none (as for a missing part)
   * @return this collector
   */
  public Violations check(
      boolean valid, String path, String message, @Nullable Object rejectedValue) {
    if (!valid) {
      found.add(
          rejectedValue == null
              ? Violation.of(path, message)
              : Violation.of(path, message, rejectedValue));
    }
    return this;
  }

  /**
   * Tells why a text is not readable, or that it is: readable text has at least one visible
   * character (not only spaces, invisible format characters such as U+200B or control characters),
   * no control character (in multi-line text, line breaks and tabs are allowed) and no unpaired
   * surrogate. Checked in one pass, without regular expressions.
   *
   * @param text the text
   * @param multiLine whether line breaks and tabs are allowed
   * @return what is wrong, as the end of a sentence such as "has the control character U+0007 at
   *     index 3"; empty if the text is readable
   * @throws NullPointerException if the text is null
   */
  public static Optional<String> unreadable(String text, boolean multiLine) {
    Objects.requireNonNull(text, "text");
    boolean visible = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Printable ASCII, most of any name, is visible and allowed: no look-up of its type.
      if (c > ' ' && c < 0x7f) {
        visible = true;
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
          visible |= isVisible(codePoint);
          i++;
          continue;
        }
        return Optional.of("has an unpaired surrogate at index " + i);
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of("has an unpaired surrogate at index " + i);
      }
      int type = Character.getType(c);
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      boolean separator = type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if ((type == Character.CONTROL && !(multiLine && lineBreakOrTab))
          || (separator && !multiLine)) {
        return Optional.of(
            "has the "
                + (separator ? "line separator " : "control character ")
                + String.format(Locale.ROOT, "U+%04X", (int) c)
                + " at index "
                + i);
      }
      visible |= isVisible(c);
    }
    return visible ? Optional.empty() : Optional.of("has no visible character");
  }

  private static boolean isVisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          false;
      default -> !Character.isWhitespace(codePoint);
    };
  }

  /**
   * Adds a violation unless a text is a readable name: one line with a visible character, no
   * control character and no unpaired surrogate (see {@link #unreadable(String, boolean)}). A blank
   * text is reported as "X must not be blank".
   *
   * @param text the text
   * @param path where the text is, such as {@code name}
   * @param what what the text is, as the sentence's subject, such as {@code "Stakeholder name"}
   * @return this collector
   */
  public Violations checkName(String text, String path, String what) {
    return checkReadable(text, path, what, false, "");
  }

  /**
   * Adds a violation unless a text is readable text of one or more lines: like {@link
   * #checkName(String, String, String)}, but line breaks and tabs are allowed.
   *
   * @param text the text
   * @param path where the text is, such as {@code description}
   * @param what what the text is, as the sentence's subject, such as {@code "Service description"}
   * @return this collector
   */
  public Violations checkText(String text, String path, String what) {
    return checkReadable(text, path, what, true, "");
  }

  /**
   * Adds a violation if an optional name is present but not readable: an optional text is either
   * absent or says something; see {@link #checkName(String, String, String)}.
   *
   * @param text the optional text
   * @param path where the text is
   * @param what what the text is, as the sentence's subject, such as {@code "Map label"}
   * @return this collector
   */
  public Violations checkName(Optional<String> text, String path, String what) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(what, "what");
    // No lambda: this runs for every value built, and a capturing lambda is an allocation.
    if (text.isPresent()) {
      checkReadable(text.get(), path, what, false, " when given");
    }
    return this;
  }

  /**
   * Adds a violation if an optional text of one or more lines is present but not readable; see
   * {@link #checkText(String, String, String)}.
   *
   * @param text the optional text
   * @param path where the text is
   * @param what what the text is, as the sentence's subject, such as {@code "Service description"}
   * @return this collector
   */
  public Violations checkText(Optional<String> text, String path, String what) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(what, "what");
    if (text.isPresent()) {
      checkReadable(text.get(), path, what, true, " when given");
    }
    return this;
  }

  private Violations checkReadable(
      String text, String path, String what, boolean multiLine, String whenGiven) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(what, "what");
    // One pass for readable text, the usual case: a text with a visible character is not blank,
    // so whether it is blank is asked only to word the message for an unreadable one.
    Optional<String> problem = unreadable(text, multiLine);
    if (problem.isPresent() && text.isBlank()) {
      return add(path, what + " must not be blank" + whenGiven, text);
    }
    if (problem.isPresent()) {
      add(
          path,
          what
              + " must be readable text"
              + (multiLine ? "" : " on one line")
              + whenGiven
              + ", but "
              + Violations.quote(text)
              + " "
              + problem.get(),
          text);
    }
    return this;
  }

  /**
   * Adds a violation unless a referenced id is among the known ones: the check of a reference to
   * another element of a model.
   *
   * @param known the ids the model holds
   * @param id the referenced id
   * @param path where the reference is
   * @param what what the id identifies, such as {@code "party"}
   * @return this collector
   */
  public Violations checkKnown(Collection<?> known, Object id, String path, String what) {
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(what, "what");

    if (!known.contains(id)) {
      add(
          path,
          "Unknown " + what + " " + id + ": the model holds no " + what + " with that id",
          id);
    }
    return this;
  }

  /**
   * Adds a violation for every element of a list whose key already appeared earlier in the list,
   * such as a duplicate id. The violation's path is the element's id, {@code list[i].id}.
   *
   * @param <T> the element type
   * @param listPath the path of the list, such as {@code stakeholders}
   * @param elements the list
   * @param key the key that must be unique, such as {@code Stakeholder::id}
   * @param what what the key is, as the sentence's subject, such as {@code "Stakeholder id"}
   * @return this collector
   */
  public <T> Violations checkUnique(
      String listPath, List<T> elements, Function<? super T, ?> key, String what) {
    return checkUnique(listPath, elements, key, "id", what);
  }

  /**
   * Adds a violation for every element of a list whose key already appeared earlier in the list.
   * The violation's path is the key's attribute, {@code list[i].attribute}.
   *
   * @param <T> the element type
   * @param listPath the path of the list, such as {@code observedJourneys}
   * @param elements the list
   * @param key the key that must be unique, such as {@code ObservedJourney::caseId}
   * @param attribute the attribute that holds the key, such as {@code caseId}
   * @param what what the key is, as the sentence's subject, such as {@code "Case id"}
   * @return this collector
   */
  public <T> Violations checkUnique(
      String listPath,
      List<T> elements,
      Function<? super T, ?> key,
      String attribute,
      String what) {
    Objects.requireNonNull(listPath, "listPath");
    Objects.requireNonNull(elements, "elements");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(what, "what");
    // Keys numbered densely in the order they first appear, with the index where each first did.
    ObjectIndex<Object> keys = new ObjectIndex<>(elements.size());
    int[] firstAt = new int[elements.size()];
    for (int i = 0; i < elements.size(); i++) {
      Object value = key.apply(elements.get(i));
      int known = keys.size();
      int number = keys.add(value == null ? NULL_KEY : value);
      if (number == known) {
        firstAt[number] = i;
      } else {
        add(
            listPath + "[" + i + "]." + attribute,
            what
                + " "
                + value
                + " appears twice, first at "
                + listPath
                + "["
                + firstAt[number]
                + "]",
            value);
      }
    }
    return this;
  }

  /**
   * Adds a violation.
   *
   * @param violation the violation
   * @return this collector
   */
  public Violations add(Violation violation) {
    Objects.requireNonNull(violation, "violation");

    found.add(violation);
    return this;
  }

  /**
   * Adds violations found elsewhere, moved below a parent path.
   *
   * @param parentPath the path to put in front of each violation's path
   * @param violations the violations to add
   * @return this collector
   */
  public Violations addAll(String parentPath, List<Violation> violations) {
    Objects.requireNonNull(parentPath, "parentPath");
    Objects.requireNonNull(violations, "violations");

    for (Violation violation : violations) {
      found.add(violation.under(parentPath));
    }
    return this;
  }

  /**
   * Tells whether nothing was found.
   *
   * @return true if no violation was added
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns what was found so far.
   *
   * @return an unmodifiable copy of the violations, in the order they were added
   */
  public List<Violation> toList() {
    return List.copyOf(found);
  }

  /**
   * Throws an {@link InvalidModelException} carrying every violation, if any was added.
   *
   * @throws InvalidModelException if a violation was added
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidModelException(found);
    }
  }
}
