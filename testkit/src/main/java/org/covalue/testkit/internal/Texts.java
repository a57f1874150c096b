package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of the texts covalue's values are made of: id texts, names, stakeholder kind codes,
 * ITIL section numbers and finding rule ids, each valid or deliberately invalid.
 */
public final class Texts {

  /** Characters an id may start with. */
  static final String ID_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

  /** Characters an id may contain after its first one. */
  static final String ID_PART = ID_START + ".:-";

  /** The longest id covalue accepts. */
  static final int ID_MAX_LENGTH = 128;

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String NAME_START = LETTERS + "0123456789ÄÉÑØßçéüœ中日Ωж";
  private static final String NAME_PART = NAME_START + "      -'&.,()/:\u00A0";
  private static final String CODE_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CODE_PART = CODE_START + "0123456789_";
  private static final String RULE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private static final List<String> BLANKS =
      List.of("", " ", "   ", "\t", "\n", " \t\r\n ", "\u2003", "\u3000", "\u2028");

  private static final List<String> BAD_ID_CHARS =
      List.of(
          " ", "/", "#", "@", "é", "\t", "\n", "中", "+", ",", ";", "=", "%", "\"", "~", "\u00A0");

  private Texts() {}

  /**
   * Returns id texts of every allowed form: 1 to 128 ASCII letters, digits, {@code _ . : -},
   * starting with a letter, a digit or {@code _}; mostly short, sometimes up to the limit.
   *
   * @return the generator
   */
  public static Gen<String> idTexts() {
    return in -> {
      boolean isLong = Draw.oneIn(in, 8);
      return idText(
          in, isLong ? Draw.intBetween(in, 13, ID_MAX_LENGTH) : Draw.intBetween(in, 1, 12));
    };
  }

  /**
   * Returns short id texts (1 to 8 characters), for building unique ids with a numeric suffix.
   *
   * @return the generator
   */
  public static Gen<String> idBases() {
    return in -> idText(in, Draw.intBetween(in, 1, 8));
  }

  private static String idText(RandomnessSource in, int length) {
    StringBuilder text = new StringBuilder(length);
    text.append(ID_START.charAt(Draw.intBetween(in, 0, ID_START.length() - 1)));
    for (int i = 1; i < length; i++) {
      text.append(ID_PART.charAt(Draw.intBetween(in, 0, ID_PART.length() - 1)));
    }
    return text.toString();
  }

  /**
   * Draws distinct id texts: a short base followed by {@code -} and the position, so that no two
   * are equal, while the bases vary.
   *
   * @param in the randomness source
   * @param count how many
   * @return {@code count} distinct id texts
   */
  public static List<String> uniqueIdTexts(RandomnessSource in, int count) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(idBases().generate(in) + "-" + i);
    }
    return texts;
  }

  /**
   * Returns an id text that none of the given texts equals.
   *
   * @param in the randomness source
   * @param taken the texts in use
   * @return a text not in {@code taken}
   */
  public static String freshIdText(RandomnessSource in, Set<String> taken) {
    String base = idBases().generate(in);
    String candidate = base + "-new";
    for (int i = 0; taken.contains(candidate); i++) {
      candidate = base + "-new" + i;
    }
    return candidate;
  }

  /**
   * Returns an id text that the given texts cannot hold when they come from {@link #uniqueIdTexts}:
   * it ends in {@code -missing}, never in {@code -} and digits.
   *
   * @param in the randomness source
   * @return a text for a dangling reference
   */
  public static String missingIdText(RandomnessSource in) {
    return idBases().generate(in) + "-missing";
  }

  /**
   * Returns texts no typed id accepts: empty, too long, starting with {@code . : -}, or holding a
   * character outside the allowed set.
   *
   * @return the generator
   */
  public static Gen<String> invalidIdTexts() {
    return in -> {
      switch (Draw.intBetween(in, 0, 4)) {
        case 0 -> {
          return "";
        }
        case 1 -> {
          return idText(in, Draw.intBetween(in, ID_MAX_LENGTH + 1, ID_MAX_LENGTH + 40));
        }
        case 2 -> {
          return Draw.oneOf(in, List.of(".", ":", "-")) + idText(in, Draw.intBetween(in, 1, 6));
        }
        case 3 -> {
          return idText(in, Draw.intBetween(in, 1, 6))
              + Draw.oneOf(in, BAD_ID_CHARS)
              + (Draw.bool(in) ? idText(in, Draw.intBetween(in, 1, 6)) : "");
        }
        default -> {
          return Draw.oneOf(in, BLANKS);
        }
      }
    };
  }

  /**
   * Returns names that are not blank: they start with a letter or a digit (Latin or not) and may
   * contain spaces, punctuation and non-breaking spaces.
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return in -> {
      int length = Draw.intBetween(in, 1, 24);
      StringBuilder name = new StringBuilder(length);
      name.append(NAME_START.charAt(Draw.intBetween(in, 0, NAME_START.length() - 1)));
      for (int i = 1; i < length; i++) {
        name.append(NAME_PART.charAt(Draw.intBetween(in, 0, NAME_PART.length() - 1)));
      }
      return name.toString();
    };
  }

  /**
   * Returns blank texts: empty, or made only of white space (as {@link String#isBlank()} sees it).
   *
   * @return the generator
   */
  public static Gen<String> blanks() {
    return in -> Draw.oneOf(in, BLANKS);
  }

  /**
   * Returns the codes of custom stakeholder kinds: an upper-case letter, then up to 63 upper-case
   * letters, digits or underscores.
   *
   * @return the generator
   */
  public static Gen<String> kindCodes() {
    return in -> {
      int length = Draw.oneIn(in, 8) ? Draw.intBetween(in, 13, 64) : Draw.intBetween(in, 1, 12);
      StringBuilder code = new StringBuilder(length);
      code.append(CODE_START.charAt(Draw.intBetween(in, 0, CODE_START.length() - 1)));
      for (int i = 1; i < length; i++) {
        code.append(CODE_PART.charAt(Draw.intBetween(in, 0, CODE_PART.length() - 1)));
      }
      return code.toString();
    };
  }

  /**
   * Returns texts no stakeholder kind accepts as its code.
   *
   * @return the generator
   */
  public static Gen<String> invalidKindCodes() {
    return in -> {
      switch (Draw.intBetween(in, 0, 5)) {
        case 0 -> {
          return Draw.oneOf(in, BLANKS);
        }
        case 1 -> {
          return Draw.oneOf(in, List.of("owner", "Owner", "regulatoR", "a"));
        }
        case 2 -> {
          return Draw.oneOf(in, List.of("1", "_", "9A", "_OWNER")) + kindCodes().generate(in);
        }
        case 3 -> {
          return kindCodes().generate(in) + Draw.oneOf(in, List.of("-", " ", ".", "Ä", "é", "$"));
        }
        case 4 -> {
          StringBuilder tooLong = new StringBuilder("K");
          int length = Draw.intBetween(in, 65, 90);
          while (tooLong.length() < length) {
            tooLong.append(CODE_PART.charAt(Draw.intBetween(in, 0, CODE_PART.length() - 1)));
          }
          return tooLong.toString();
        }
        default -> {
          return " " + kindCodes().generate(in);
        }
      }
    };
  }

  /**
   * Returns section, figure or table numbers: one to three groups of digits separated by dots.
   *
   * @return the generator
   */
  public static Gen<String> sectionNumbers() {
    return in -> {
      int groups = Draw.intBetween(in, 1, 3);
      StringBuilder number = new StringBuilder();
      for (int i = 0; i < groups; i++) {
        if (i > 0) {
          number.append('.');
        }
        number.append(Draw.intBetween(in, 0, 12));
      }
      return number.toString();
    };
  }

  /**
   * Returns texts that are not section numbers.
   *
   * @return the generator
   */
  public static Gen<String> invalidSectionNumbers() {
    return in ->
        Draw.oneOf(
            in,
            List.of(
                "", " ", "1.", ".1", "1..2", "a", "1.a", " 1", "1 ", "1,2", "-1", "§1.2", "１.２",
                "1.2.", "I.2"));
  }

  /**
   * Returns finding rule ids: dotted groups of lower-case words joined by hyphens.
   *
   * @return the generator
   */
  public static Gen<String> ruleIds() {
    return in -> {
      int groups = Draw.intBetween(in, 1, 3);
      StringBuilder rule = new StringBuilder();
      for (int g = 0; g < groups; g++) {
        if (g > 0) {
          rule.append('.');
        }
        int words = Draw.intBetween(in, 1, 3);
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            rule.append('-');
          }
          int length = Draw.intBetween(in, 1, 6);
          for (int c = 0; c < length; c++) {
            rule.append(RULE_CHARS.charAt(Draw.intBetween(in, 0, RULE_CHARS.length() - 1)));
          }
        }
      }
      return rule.toString();
    };
  }

  /**
   * Returns texts that are not rule ids: empty, blank, upper case, doubled or dangling separators,
   * other characters, or longer than 100 characters.
   *
   * @return the generator
   */
  public static Gen<String> invalidRuleIds() {
    return in ->
        Draw.oneOf(
            in,
            List.of(
                "",
                " ",
                "A",
                "a.",
                ".a",
                "a..b",
                "a-",
                "-a",
                "a--b",
                "a_b",
                "a b",
                "é",
                "a.B",
                "rule.",
                "consumer-roles..gap",
                "a".repeat(101)));
  }

  /**
   * Quotes a text for a description, writing control and space characters as Java escapes so that a
   * blank text stays visible in a test report.
   *
   * @param text the text
   * @return the text in double quotes
   */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x21 && c < 0x7f && c != '"' && c != '\\') {
        quoted.append(c);
      } else {
        quoted.append(String.format("\\u%04x", (int) c));
      }
    }
    return quoted.append('"').toString();
  }
}
