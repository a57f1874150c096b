package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.covalue.interchange.internal.Markup;

/**
 * Makes model text safe for each picture format: one line, of bounded length, with every character
 * that means something to the format escaped. Pure functions; every picture goes through them.
 */
final class Text {

  /** The character that ends a shortened label. */
  static final String ELLIPSIS = "…";

  private Text() {}

  /**
   * Returns a text as one line of at most {@code max} code points: control characters, line and
   * paragraph separators become spaces, unpaired surrogates and non-characters become U+FFFD, runs
   * of white space become one space, and a longer text is cut and ends with an ellipsis.
   */
  static String label(String text, int max) {
    StringBuilder line = new StringBuilder(Math.min(text.length(), max * 2 + 2));
    boolean space = false;
    int count = 0;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if ((codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint))
          || codePoint == 0xFFFE
          || codePoint == 0xFFFF) {
        codePoint = 0xFFFD;
      }
      int type = Character.getType(codePoint);
      boolean blank =
          Character.isWhitespace(codePoint)
              || Character.isSpaceChar(codePoint)
              || type == Character.CONTROL
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      if (blank) {
        space = line.length() > 0;
        continue;
      }
      if (space) {
        if (count + 1 >= max) {
          return line.toString().stripTrailing() + ELLIPSIS;
        }
        line.append(' ');
        count++;
        space = false;
      }
      if (count + 1 >= max && i < length) {
        return line.toString().stripTrailing() + ELLIPSIS;
      }
      line.appendCodePoint(codePoint);
      count++;
    }
    return line.length() == 0 ? "?" : line.toString();
  }

  /** Escapes a text for XML character data and attribute values. */
  static String xml(String text) {
    return Markup.escape(text);
  }

  /**
   * Escapes a text for Mermaid: letters, digits, spaces and {@code . - _} stay as they are; every
   * other character becomes Mermaid's numeric entity code {@code #NNN;}, which Mermaid turns back
   * into the character when it renders. No quote, bracket, colon, comma, pipe, semicolon or hash
   * can then end a label or a task early.
   */
  static String mermaid(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)
          || codePoint == ' '
          || codePoint == '.'
          || codePoint == '-'
          || codePoint == '_') {
        escaped.appendCodePoint(codePoint);
      } else {
        escaped.append('#').append(codePoint).append(';');
      }
    }
    return escaped.toString();
  }

  /**
   * Escapes a text for a Graphviz DOT double-quoted string: backslashes (which start Graphviz's
   * label escapes such as {@code \N}) and double quotes get a backslash.
   */
  static String dot(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '"') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Formats a number with up to the given decimals, in the same way on every machine. */
  static String number(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.indexOf('.') >= 0) {
      text = text.replaceAll("0+$", "");
      if (text.endsWith(".")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    return text.equals("-0") ? "0" : text;
  }

  /** Estimates the width of a text in pixels at a font size, wide characters counting double. */
  static double width(String text, double fontSize) {
    double units = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      units += codePoint >= 0x1100 && Character.isIdeographic(codePoint) ? 1.0 : 0.6;
    }
    return units * fontSize;
  }

  /**
   * Breaks a label into at most {@code lines} lines of at most {@code perLine} code points, at
   * spaces where it can; what does not fit ends the last line with an ellipsis.
   */
  static List<String> wrap(String text, int perLine, int lines) {
    List<String> result = new ArrayList<>(lines);
    String rest = text;
    while (!rest.isEmpty() && result.size() < lines) {
      if (rest.codePointCount(0, rest.length()) <= perLine) {
        result.add(rest);
        rest = "";
      } else if (result.size() == lines - 1) {
        result.add(label(rest, perLine));
        rest = "";
      } else {
        int cut = rest.offsetByCodePoints(0, perLine);
        int space = rest.lastIndexOf(' ', cut);
        int end = space > 0 ? space : cut;
        result.add(rest.substring(0, end));
        rest = rest.substring(end).strip();
      }
    }
    return result;
  }
}
