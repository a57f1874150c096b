package org.covalue.interchange.eventlog;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps of event logs into milliseconds since 1970, from bytes or text, without
 * building an object per timestamp for the common forms: {@code yyyy-MM-dd} or {@code yyyy/MM/dd},
 * then optionally {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.fraction} after a space or a
 * {@code T}, then optionally {@code Z} or an offset {@code +HH:mm}, {@code +HHmm} or {@code +HH}. A
 * time without an offset is read in the reader's zone. Fractions finer than a millisecond are cut
 * towards the past.
 */
final class Timestamps {

  /** Returned for text that is not a timestamp. */
  static final long INVALID = Long.MIN_VALUE;

  private final ZoneId zone;
  private final @Nullable ZoneOffset fixedOffset;
  private final @Nullable DateTimeFormatter pattern;

  Timestamps(ZoneId zone, @Nullable DateTimeFormatter pattern) {
    this.zone = zone;
    this.fixedOffset = zone instanceof ZoneOffset offset ? offset : null;
    this.pattern = pattern;
  }

  /** Reads a timestamp from bytes; INVALID if it is none. */
  long parse(byte[] b, int offset, int length) {
    if (pattern != null) {
      return parsePattern(new String(b, offset, length, java.nio.charset.StandardCharsets.UTF_8));
    }
    int end = offset + length;
    int i = offset;
    int year = digits(b, i, end, 4);
    if (year < 0 || i + 4 >= end) {
      return INVALID;
    }
    i += 4;
    byte separator = b[i];
    if (separator != '-' && separator != '/') {
      return INVALID;
    }
    int month = digits(b, i + 1, end, 2);
    if (month < 1 || month > 12 || i + 3 >= end || b[i + 3] != separator) {
      return INVALID;
    }
    int day = digits(b, i + 4, end, 2);
    if (day < 1 || day > daysInMonth(year, month)) {
      return INVALID;
    }
    i += 6;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    if (i < end && (b[i] == ' ' || b[i] == 'T')) {
      hour = digits(b, i + 1, end, 2);
      if (hour < 0 || hour > 23 || i + 3 >= end || b[i + 3] != ':') {
        return INVALID;
      }
      minute = digits(b, i + 4, end, 2);
      if (minute < 0 || minute > 59) {
        return INVALID;
      }
      i += 6;
      if (i < end && b[i] == ':') {
        second = digits(b, i + 1, end, 2);
        if (second < 0 || second > 59) {
          return INVALID;
        }
        i += 3;
        if (i < end && (b[i] == '.' || b[i] == ',')) {
          int digitsSeen = 0;
          i++;
          while (i < end && b[i] >= '0' && b[i] <= '9') {
            if (digitsSeen < 3) {
              millis = millis * 10 + (b[i] - '0');
            }
            digitsSeen++;
            i++;
          }
          if (digitsSeen == 0 || digitsSeen > 9) {
            return INVALID;
          }
          for (int d = digitsSeen; d < 3; d++) {
            millis *= 10;
          }
        }
      }
    }
    long offsetSeconds;
    if (i == end) {
      ZoneOffset fixed = fixedOffset;
      if (fixed == null) {
        return regionTime(year, month, day, hour, minute, second, millis);
      }
      offsetSeconds = fixed.getTotalSeconds();
    } else if (b[i] == 'Z' && i + 1 == end) {
      offsetSeconds = 0;
    } else if ((b[i] == '+' || b[i] == '-') && i + 3 <= end) {
      int sign = b[i] == '-' ? -1 : 1;
      int offsetHours = digits(b, i + 1, end, 2);
      int offsetMinutes = 0;
      int rest = end - (i + 3);
      if (rest == 3 && b[i + 3] == ':') {
        offsetMinutes = digits(b, i + 4, end, 2);
      } else if (rest == 2) {
        offsetMinutes = digits(b, i + 3, end, 2);
      } else if (rest != 0) {
        return INVALID;
      }
      if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
        return INVALID;
      }
      offsetSeconds = sign * (offsetHours * 3600L + offsetMinutes * 60L);
    } else {
      return INVALID;
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    return (seconds - offsetSeconds) * 1000L + millis;
  }

  /** Reads a timestamp from text; INVALID if it is none. */
  long parse(String text) {
    if (pattern != null) {
      return parsePattern(text);
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return INVALID;
      }
      bytes[i] = (byte) c;
    }
    return parse(bytes, 0, bytes.length);
  }

  private long parsePattern(String text) {
    DateTimeFormatter formatter = pattern;
    if (formatter == null) {
      return INVALID;
    }
    try {
      TemporalAccessor parsed = formatter.parse(text);
      if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
        return parsed.getLong(ChronoField.INSTANT_SECONDS) * 1000L
            + parsed.getLong(ChronoField.MILLI_OF_SECOND);
      }
      LocalDateTime local =
          parsed.isSupported(ChronoField.HOUR_OF_DAY)
              ? LocalDateTime.from(parsed)
              : java.time.LocalDate.from(parsed).atStartOfDay();
      return local.atZone(zone).toInstant().toEpochMilli();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return INVALID;
    }
  }

  private long regionTime(
      int year, int month, int day, int hour, int minute, int second, int millis) {
    return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
        .atZone(zone)
        .toInstant()
        .toEpochMilli();
  }

  /** Reads exactly count digits at i, or returns -1. */
  private static int digits(byte[] b, int i, int end, int count) {
    if (i + count > end) {
      return -1;
    }
    int value = 0;
    for (int k = i; k < i + count; k++) {
      int digit = b[k] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a date of the proleptic Gregorian calendar. */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
