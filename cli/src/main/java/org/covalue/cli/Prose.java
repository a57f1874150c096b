package org.covalue.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.core.OpenCode;
import org.covalue.core.Severity;

/** How the command writes covalue's values for people (after the examples' own helper). */
final class Prose {

  /** The longest line the command prints. */
  static final int WIDTH = 100;

  private Prose() {}

  /**
   * Returns a constant as words: {@code MANAGE_CLOSELY} becomes "manage closely".
   *
   * @param constant the constant
   * @return its name in lower case, with spaces
   */
  static String label(Enum<?> constant) {
    return words(constant.name());
  }

  /**
   * Returns a code of an open set as words: {@code SUBOPTIMAL_PROVISION} becomes "suboptimal
   * provision".
   *
   * @param code the code
   * @return its text in lower case, with spaces
   */
  static String label(OpenCode<?> code) {
    return words(code.code());
  }

  private static String words(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the items of a collection as words, separated by commas.
   *
   * @param items the items
   * @param text what to write for each item
   * @param <T> the type of the items
   * @return such as {@code Cloudline Hosting, Telco One}; "none" when there are no items
   */
  static <T> String list(Collection<T> items, Function<? super T, String> text) {
    if (items.isEmpty()) {
      return "none";
    }
    List<String> words = new ArrayList<>(items.size());
    for (T item : items) {
      words.add(text.apply(item));
    }
    return String.join(", ", words);
  }

  /**
   * Returns a count with its noun, in the singular or the plural.
   *
   * @param count the count
   * @param singular the noun for one
   * @param plural the noun for several
   * @return such as {@code 1 relationship} or {@code 2 relationships}
   */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /**
   * Returns how many findings there are of each severity, most serious first.
   *
   * @param findings the findings
   * @return such as {@code 1 warning, 2 info}, or {@code no finding}
   */
  static String tally(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      long count = findings.stream().filter(f -> f.severity() == severity).count();
      if (count > 0) {
        String word = label(severity);
        parts.add(count + " " + (count == 1 || severity == Severity.INFO ? word : word + "s"));
      }
    }
    return parts.isEmpty() ? "no finding" : String.join(", ", parts);
  }

  /**
   * Prints a line, wrapped at spaces so that no line is longer than {@link #WIDTH} characters when
   * it can be helped. An indented line continues four spaces deeper; a line that is not indented
   * continues as a paragraph.
   *
   * @param out where to print
   * @param line the line
   */
  static void println(PrintWriter out, String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    String continuation = indent == 0 ? "" : " ".repeat(indent + 4);
    String rest = line;
    String prefix = "";
    while (prefix.length() + rest.length() > WIDTH) {
      int room = WIDTH - prefix.length();
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= indent) {
        cut = rest.indexOf(' ', room);
        if (cut < 0) {
          break;
        }
      }
      out.println(prefix + rest.substring(0, cut));
      rest = rest.substring(cut + 1);
      prefix = continuation;
    }
    out.println(prefix + rest);
  }
}
