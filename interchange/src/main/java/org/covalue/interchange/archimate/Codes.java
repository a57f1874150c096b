package org.covalue.interchange.archimate;

import java.math.BigDecimal;
import java.util.Locale;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Score;

/** Identifiers, codes and numbers as the export writes them. */
final class Codes {

  private Codes() {}

  /**
   * Returns an element identifier: the kind, an underscore, then each part escaped and joined by
   * {@code "_."}. Parts are covalue ids (letters, digits, {@code . _ : -}); {@code _} becomes
   * {@code __} and {@code :} becomes {@code _c}, so the result is a valid {@code xs:ID} (an NCName)
   * and different parts always give different identifiers.
   */
  static String id(String kind, String... parts) {
    StringBuilder id = new StringBuilder(kind).append('_');
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        id.append("_.");
      }
      String part = parts[i];
      for (int j = 0; j < part.length(); j++) {
        char c = part.charAt(j);
        if (c == '_') {
          id.append("__");
        } else if (c == ':') {
          id.append("_c");
        } else {
          id.append(c);
        }
      }
    }
    return id.toString();
  }

  /**
   * Returns an enum constant or open code as a lower-case code: {@code CO_CREATE} → {@code
   * co-create}.
   */
  static String code(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns a number as plain decimal text without trailing zeros: 1.0 → {@code 1}. */
  static String number(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.signum() == 0 ? "0" : decimal.toPlainString();
  }

  /** Returns a rating as written: a score as its number, a level as its code. */
  static String rating(Rating rating) {
    if (rating instanceof Score score) {
      return number(score.value());
    }
    return code(((Level) rating).name());
  }

  /**
   * Returns text that XML 1.0 can hold: a character XML cannot carry (a control character other
   * than tab, line feed and carriage return, an unpaired surrogate, U+FFFE or U+FFFF) becomes
   * U+FFFD. covalue's own checks refuse all of them except U+FFFE and U+FFFF in names and texts, so
   * for a valid model this changes nothing else.
   */
  static String xmlText(String text) {
    StringBuilder cleaned = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (cleaned != null) {
            cleaned.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && cleaned == null) {
        cleaned = new StringBuilder(n).append(text, 0, i);
      }
      if (cleaned != null) {
        cleaned.append(ok ? c : '\uFFFD');
      }
    }
    return cleaned == null ? text : cleaned.toString();
  }
}
