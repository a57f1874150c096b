package org.covalue.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency: a decimal amount (never a floating-point number) and an ISO
 * 4217 currency code such as {@code EUR}. ITIL 4: Drive Stakeholder Value (§1.2.6) counts money
 * among what stakeholders invest in a service, beside time and other resources; covalue also uses
 * money as the common unit in which a stakeholder weighs outcomes against costs and risks.
 *
 * <pre>{@code
 * Money fee = Money.of("49.90", "EUR");
 * Money year = fee.times(BigDecimal.valueOf(12));   // 598.80 EUR
 * }</pre>
 *
 * <p>An amount has at most {@value #MAX_SCALE} decimals and is less than 10<sup>{@value
 * #MAX_INTEGER_DIGITS}</sup> in size, so that hostile input cannot make huge numbers. Amounts may
 * be negative; the model types that need a non-negative amount say so. Two amounts are equal when
 * they have the same currency and the same numeric value, whatever their scale: {@code 10.0 EUR}
 * equals {@code 10 EUR}. Arithmetic and comparison across currencies are refused: covalue never
 * converts. Instances are immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** Most decimals an amount given to {@link #of(BigDecimal, String)} may have. */
  public static final int MAX_SCALE = 18;

  /** Most digits an amount given to {@link #of(BigDecimal, String)} may have before the point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  private final BigDecimal amount;
  private final String currency;

  private Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount; at most {@value #MAX_SCALE} decimals and less than 10<sup>{@value
   *     #MAX_INTEGER_DIGITS}</sup> in size
   * @param currency an ISO 4217 currency code of three upper-case letters, such as {@code EUR}
   * @return the money
   * @throws InvalidModelException if an argument is null, the amount is out of range or the code is
   *     not an ISO 4217 currency code
   */
  public static Money of(BigDecimal amount, String currency) {
    Violations found = Violations.collect();
    if (amount == null) {
      found.add("amount", "Money amount must not be null");
    } else if (amount.scale() > MAX_SCALE
        || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      found.add(
          "amount",
          "Money amount must have at most "
              + MAX_SCALE
              + " decimals and fewer than "
              + (MAX_INTEGER_DIGITS + 1)
              + " digits before the point, but was "
              + Violations.shorten(amount.toString()),
          amount.toString());
    }
    if (currency == null) {
      found.add("currency", "Money currency must not be null");
    } else if (!isCurrencyCode(currency)) {
      found.add(
          "currency",
          "Money currency must be an ISO 4217 code such as EUR, but was "
              + Violations.quote(currency),
          currency);
    }
    found.throwIfAny();
    return new Money(Objects.requireNonNull(amount), Objects.requireNonNull(currency));
  }

  /**
   * Returns an amount of money read from decimal text.
   *
   * @param amount the amount as a plain decimal number, such as {@code "1250.50"} or {@code "-3"}
   * @param currency an ISO 4217 currency code, such as {@code EUR}
   * @return the money
   * @throws InvalidModelException if an argument is null, the text is not a decimal number, or
   *     {@link #of(BigDecimal, String)} refuses the amount or the code
   */
  public static Money of(String amount, String currency) {
    if (amount == null) {
      throw InvalidModelException.of("amount", "Money amount must not be null", null);
    }
    @Nullable BigDecimal parsed;
    try {
      parsed = amount.length() > 64 ? null : new BigDecimal(amount);
    } catch (NumberFormatException e) {
      parsed = null;
    }
    if (parsed == null) {
      throw InvalidModelException.of(
          "amount",
          "Money amount must be a decimal number such as 1250.50, but was "
              + Violations.quote(amount),
          amount);
    }
    return of(parsed, currency);
  }

  /**
   * Returns nothing, in a currency.
   *
   * @param currency an ISO 4217 currency code, such as {@code EUR}
   * @return zero in that currency
   * @throws InvalidModelException if the code is null or not an ISO 4217 code
   */
  public static Money zero(String currency) {
    return of(BigDecimal.ZERO, currency);
  }

  private static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns the amount.
   *
   * @return the amount, with the scale it was given or computed with
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return an ISO 4217 code, such as {@code EUR}
   */
  public String currency() {
    return currency;
  }

  /**
   * Returns the sum of this amount and another in the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidModelException if the other amount is null or in another currency
   */
  public Money plus(Money other) {
    requireSameCurrency(Violations.requireNonNull(other, "other"), "add");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns this amount less another in the same currency.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws InvalidModelException if the other amount is null or in another currency
   */
  public Money minus(Money other) {
    requireSameCurrency(Violations.requireNonNull(other, "other"), "subtract");
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns this amount multiplied by a factor, exactly.
   *
   * @param factor the factor
   * @return the product, in this currency
   * @throws InvalidModelException if the factor is null
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Violations.requireNonNull(factor, "factor")), currency);
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for zero, at any scale
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Compares two amounts in the same currency by their value.
   *
   * @throws InvalidModelException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(Objects.requireNonNull(other, "other"), "compare");
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other, String verb) {
    if (!currency.equals(other.currency)) {
      throw InvalidModelException.of(
          "currency",
          "Cannot "
              + verb
              + " amounts in different currencies, "
              + this
              + " and "
              + other
              + ": covalue never converts currencies",
          other.currency);
    }
  }

  /** Two amounts are equal when their currencies are and their amounts are numerically equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money that
        && currency.equals(that.currency)
        && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31
        + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /** Returns the amount as plain decimal text and the currency, such as {@code 1250.50 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
