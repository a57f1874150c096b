package org.covalue.interchange.json;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in one document, each at its JSON pointer. Keeps at most a given number and
 * counts the rest, so that a document of a million bad values costs bounded memory to refuse.
 */
final class Problems {

  private final int max;
  private final List<Violation> kept = new ArrayList<>();
  private int count;

  Problems(int max) {
    this.max = max;
  }

  void add(String pointer, String message, @Nullable Object rejectedValue) {
    count++;
    if (kept.size() < max) {
      kept.add(Violation.of(pointer, message, rejectedValue));
    }
  }

  void add(String pointer, String message) {
    count++;
    if (kept.size() < max) {
      kept.add(Violation.of(pointer, message));
    }
  }

  int count() {
    return count;
  }

  void throwIfAny() {
    if (count == 0) {
      return;
    }
    List<Violation> all = new ArrayList<>(kept);
    if (count > kept.size()) {
      all.add(
          Violation.of(
              "",
              (count - kept.size())
                  + " more problems are not listed; the first "
                  + kept.size()
                  + " are"));
    }
    throw new InvalidModelException(all);
  }

  /** Escapes one reference token of a JSON pointer (RFC 6901), shortening a very long one. */
  static String token(String name) {
    String shortened = name.length() <= 200 ? name : Violations.shorten(name);
    return shortened.replace("~", "~0").replace("/", "~1");
  }
}
