package org.covalue.visibility.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes shares as percentages for messages, never rounding two different numbers alike. */
final class Percentages {

  private static final int MOST_DECIMALS = 6;

  private Percentages() {}

  /**
   * Writes a share and a threshold as percentages with the fewest decimals (none to six) at which
   * they differ if they are different, so that a share just below a threshold never reads as equal
   * to it.
   *
   * @param share the share, in [0, 1]
   * @param threshold the threshold, in [0, 1]
   * @return the share's text and the threshold's, such as {@code ["33.3%", "33.4%"]}
   */
  static String[] apart(double share, double threshold) {
    for (int decimals = 0; decimals < MOST_DECIMALS; decimals++) {
      String a = format(share, decimals);
      String b = format(threshold, decimals);
      if (!a.equals(b) || share == threshold) {
        return new String[] {a, b};
      }
    }
    return new String[] {format(share, MOST_DECIMALS), format(threshold, MOST_DECIMALS)};
  }

  private static String format(double share, int decimals) {
    BigDecimal percent =
        BigDecimal.valueOf(share * 100)
            .setScale(decimals, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return percent.toPlainString() + "%";
  }
}
