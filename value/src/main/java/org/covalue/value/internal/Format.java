package org.covalue.value.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Formats numbers for the messages of findings: short, and never so rounded that a value and its
 * threshold print alike when they differ.
 */
public final class Format {

  private static final int FEW_DIGITS = 4;
  private static final int MOST_DIGITS = 17;

  private Format() {}

  /**
   * Returns a number with up to four significant digits, without trailing zeros.
   *
   * @param value a finite number
   * @return such as {@code 98.7} or {@code 0.1667}
   */
  public static String number(double value) {
    return number(value, FEW_DIGITS);
  }

  /**
   * Returns a value and a threshold with as many significant digits (at least four) as it takes for
   * the texts to differ when the numbers do.
   *
   * @param value a finite number
   * @param threshold a finite number
   * @return the two texts, the value's first
   */
  public static String[] pair(double value, double threshold) {
    for (int digits = FEW_DIGITS; digits < MOST_DIGITS; digits++) {
      String a = number(value, digits);
      String b = number(threshold, digits);
      if (a.equals(b) == (Double.compare(value, threshold) == 0)) {
        return new String[] {a, b};
      }
    }
    return new String[] {number(value, MOST_DIGITS), number(threshold, MOST_DIGITS)};
  }

  /**
   * Returns a share as a percentage with up to four significant digits, such as {@code 12.5%}.
   *
   * @param share a finite number, 1 for all
   * @return the percentage
   */
  public static String percent(double share) {
    return number(share * 100, FEW_DIGITS) + "%";
  }

  /**
   * Returns a decimal without trailing zeros, in plain notation.
   *
   * @param value the decimal
   * @return such as {@code 1250.5}
   */
  public static String decimal(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String number(double value, int digits) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    double size = Math.abs(value);
    if (size >= 1e15 || size < 1e-6) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    }
    return new BigDecimal(value)
        .round(new MathContext(digits))
        .stripTrailingZeros()
        .toPlainString();
  }
}
