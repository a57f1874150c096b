package org.covalue.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.covalue.core.InvalidModelException;
import org.junit.jupiter.api.Test;

/** Money's bounds, its equality and order, and its refusal to mix currencies (§1.2.6 costs). */
class MoneyTest {

  @Test
  void amountsUpToTheBoundsAreTakenAndOneDigitMoreIsRefused() {
    String eighteenDigits = "9".repeat(Money.MAX_INTEGER_DIGITS);
    String eighteenDecimals = "0." + "0".repeat(Money.MAX_SCALE - 1) + "1";
    assertThat(Money.of(eighteenDigits, "EUR").toString()).isEqualTo(eighteenDigits + " EUR");
    assertThat(Money.of(eighteenDecimals, "EUR").isPositive()).isTrue();
    assertThatThrownBy(() -> Money.of("1" + eighteenDigits, "EUR"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "amount: Money amount must have at most 18 decimals and fewer than 19");
    assertThatThrownBy(() -> Money.of("0." + "0".repeat(Money.MAX_SCALE) + "1", "EUR"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("amount: Money amount must have at most 18 decimals");
  }

  @Test
  void currencyCodesAreThreeCapitalLettersOfIso4217() {
    assertThat(Money.zero("AED").currency()).isEqualTo("AED");
    assertThat(Money.zero("ZAR").currency()).isEqualTo("ZAR");
    for (String wrong : new String[] {"@ED", "[AR", "Z@R", "ZA[", "eur", "EU", "EURO", "XYZ"}) {
      assertThatThrownBy(() -> Money.zero(wrong))
          .as(wrong)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("currency: Money currency must be an ISO 4217 code");
    }
  }

  @Test
  void equalityIsByValueAndCurrencyAndTheHashAgrees() {
    Money ten = Money.of("10", "EUR");
    assertThat(ten)
        .isEqualTo(Money.of("10.000", "EUR"))
        .hasSameHashCodeAs(Money.of("10.000", "EUR"));
    assertThat(ten).isNotEqualTo(Money.of("10", "USD")).isNotEqualTo(Money.of("11", "EUR"));
    assertThat(ten).isNotEqualTo("10 EUR");
    assertThat(Money.zero("EUR")).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(Money.zero("EUR").hashCode()).isEqualTo(Money.of("0.00", "EUR").hashCode());
    // Different amounts and currencies spread over different hashes.
    assertThat(ten.hashCode())
        .isNotEqualTo(Money.of("10", "USD").hashCode())
        .isNotEqualTo(Money.of("11", "EUR").hashCode())
        .isNotEqualTo(Money.zero("EUR").hashCode());
    assertThat(Money.zero("EUR").hashCode()).isNotEqualTo(Money.zero("USD").hashCode());
  }

  @Test
  void signsAreTold() {
    assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
    assertThat(Money.zero("EUR").isPositive()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isPositive()).isFalse();
    assertThat(Money.zero("EUR").isZero()).isTrue();
    assertThat(Money.of("0.01", "EUR").isZero()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
    assertThat(Money.zero("EUR").isNegative()).isFalse();
  }

  @Test
  void amountsInDifferentCurrenciesAreNeverCombinedOrCompared() {
    Money euros = Money.of("5", "EUR");
    Money dollars = Money.of("5", "USD");
    assertThat(euros.minus(Money.of("2", "EUR"))).isEqualTo(Money.of("3", "EUR"));
    assertThat(euros.compareTo(Money.of("5.00", "EUR"))).isZero();
    assertThat(euros.compareTo(Money.of("6", "EUR"))).isNegative();
    assertThatThrownBy(() -> euros.minus(dollars))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Cannot subtract amounts in different currencies, 5 EUR and 5 USD");
    assertThatThrownBy(() -> euros.compareTo(dollars))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Cannot compare amounts in different currencies");
    assertThat(euros.times(new BigDecimal("0.5"))).isEqualTo(Money.of("2.5", "EUR"));
  }

  @Test
  void aTextOfUpToSixtyFourCharactersIsReadAsANumberAndALongerOneIsNot() {
    // 64 characters: a number, refused for its 64 digits before the point.
    String sixtyFour = "1" + "0".repeat(63);
    assertThatThrownBy(() -> Money.of(sixtyFour, "EUR"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("fewer than 19 digits before the point");
    // 65 characters are not read at all.
    String sixtyFive = "1" + "0".repeat(64);
    assertThatThrownBy(() -> Money.of(sixtyFive, "EUR"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Money amount must be a decimal number such as 1250.50");
  }
}
