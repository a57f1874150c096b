package org.covalue.value.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The numbers in the messages of findings: four significant digits in plain notation between a
 * millionth and a thousand million million, scientific notation outside, and as many digits as it
 * takes for a value and its threshold to print apart when they differ.
 */
class FormatTest {

  @Test
  void aNumberKeepsFourSignificantDigitsWithoutTrailingZeros() {
    assertThat(Format.number(98.7)).isEqualTo("98.7");
    // 1/6 = 0.16666..., rounded half up at the fourth digit.
    assertThat(Format.number(1.0 / 6)).isEqualTo("0.1667");
    assertThat(Format.number(-2.5)).isEqualTo("-2.5");
    assertThat(Format.number(12345)).isEqualTo("12350");
    assertThat(Format.number(4.0)).isEqualTo("4");
  }

  @Test
  void zeroOfEitherSignIsZero() {
    assertThat(Format.number(0.0)).isEqualTo("0");
    assertThat(Format.number(-0.0)).isEqualTo("0");
  }

  @Test
  void numbersThatAreNotFiniteKeepTheirJavaNames() {
    assertThat(Format.number(Double.NaN)).isEqualTo("NaN");
    assertThat(Format.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Format.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void veryLargeNumbersFromATenToTheFifteenthAreScientific() {
    // Exactly at the limit: scientific, with four significant digits.
    assertThat(Format.number(1e15)).isEqualTo("1.000e+15");
    assertThat(Format.number(-1e15)).isEqualTo("-1.000e+15");
    // Just below it, the number is still plain, even though it rounds up to 10^15.
    assertThat(Format.number(Math.nextDown(1e15))).isEqualTo("1000000000000000");
    assertThat(Format.number(123456e12)).isEqualTo("1.235e+17");
  }

  @Test
  void verySmallNumbersBelowAMillionthAreScientific() {
    // A millionth itself is plain; anything smaller in size is scientific.
    assertThat(Format.number(1e-6)).isEqualTo("0.000001");
    assertThat(Format.number(-1e-6)).isEqualTo("-0.000001");
    assertThat(Format.number(Math.nextDown(1e-6))).isEqualTo("1.000e-06");
    assertThat(Format.number(-2.5e-9)).isEqualTo("-2.500e-09");
  }

  @Test
  void aPercentageIsTheShareTimesAHundred() {
    assertThat(Format.percent(0.125)).isEqualTo("12.5%");
    assertThat(Format.percent(1)).isEqualTo("100%");
    assertThat(Format.percent(0)).isEqualTo("0%");
    // 1/3 of the cases: four significant digits of 33.33...
    assertThat(Format.percent(1.0 / 3)).isEqualTo("33.33%");
  }

  @Test
  void aDecimalDropsTrailingZerosAndStaysPlain() {
    assertThat(Format.decimal(new BigDecimal("1250.50"))).isEqualTo("1250.5");
    assertThat(Format.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Format.decimal(new BigDecimal("-20.000"))).isEqualTo("-20");
    assertThat(Format.decimal(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(Format.decimal(new BigDecimal("0E+5"))).isEqualTo("0");
  }

  @Test
  void aValueAndAThresholdThatDifferInTheFourthDigitNeedNoMore() {
    assertThat(Format.pair(6, 4)).containsExactly("6", "4");
    assertThat(Format.pair(0.1234, 0.1235)).containsExactly("0.1234", "0.1235");
  }

  @Test
  void equalNumbersPrintAlikeWithFourDigits() {
    assertThat(Format.pair(2.5, 2.5)).containsExactly("2.5", "2.5");
    assertThat(Format.pair(1.0 / 3, 1.0 / 3)).containsExactly("0.3333", "0.3333");
  }

  @Test
  void aValueCloseToItsThresholdGetsTheDigitsThatTellThemApart() {
    // Both round to 1 at four and five digits; the sixth digit tells them apart.
    assertThat(Format.pair(1.00001, 1.00002)).containsExactly("1.00001", "1.00002");
    assertThat(Format.pair(0.99, 0.99001)).containsExactly("0.99", "0.99001");
  }

  @Test
  void neighbouringDoublesNeedAllSeventeenDigits() {
    // 3 and the double just below it print alike up to 16 digits.
    double below = Math.nextDown(3.0);
    assertThat(Format.pair(3.0, below)).containsExactly("3", "2.9999999999999996");
    assertThat(Format.pair(below, 3.0)).containsExactly("2.9999999999999996", "3");
  }

  @Test
  void scientificPairsGetMoreDigitsToo() {
    assertThat(Format.pair(1.0001e20, 1.0002e20)).containsExactly("1.0001e+20", "1.0002e+20");
  }
}
