package org.covalue.core.analysis;

import java.util.Locale;

/** Formats numbers for explanations so that rounding never hides which side of a line they are. */
final class Numbers {

  private static final int MAX_DECIMALS = 6;

  private Numbers() {}

  /**
   * Returns how many decimals (at least two) show a value and a threshold in the right order: a
   * value below the threshold must not print as equal to it, nor a value at the threshold as below
   * it.
   */
  static int decimalsToCompare(double value, double threshold) {
    for (int decimals = 2; decimals < MAX_DECIMALS; decimals++) {
      double shownValue = Double.parseDouble(format(value, decimals));
      double shownThreshold = Double.parseDouble(format(threshold, decimals));
      if (Double.compare(shownValue, shownThreshold) == Double.compare(value, threshold)) {
        return decimals;
      }
    }
    return MAX_DECIMALS;
  }

  static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
