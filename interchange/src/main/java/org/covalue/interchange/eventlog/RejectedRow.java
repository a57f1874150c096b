package org.covalue.interchange.eventlog;

import java.util.Objects;
import java.util.OptionalInt;
import org.covalue.core.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A row of an event log that a reader could not accept: where it is in the file and why. For CSV a
 * row is a record and the column is the 1-based number of its field; for XES a row is an event (or
 * a trace, for a trace without a case id) and the column is the position on the line. Instances are
 * immutable and thread-safe.
 */
public final class RejectedRow {

  private final long line;
  private final int column;
  private final String message;
  private final @Nullable String rejectedValue;

  RejectedRow(long line, int column, String message, @Nullable String rejectedValue) {
    this.line = line;
    this.column = column;
    this.message = message;
    this.rejectedValue = rejectedValue;
  }

  /**
   * Returns the file line where the row starts.
   *
   * @return the line, counted from 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the problem, where one is known.
   *
   * @return the column, counted from 1, or empty for a problem of the row as a whole
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns what is wrong, as a sentence.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns where the row is, as {@code line 17} or {@code line 17, column 3}: the path of {@link
   * #toViolation()}.
   *
   * @return the location
   */
  public String location() {
    return column > 0 ? "line " + line + ", column " + column : "line " + line;
  }

  /**
   * Returns the rejection as a violation, its path being the {@linkplain #location() location}.
   *
   * @return the violation
   */
  public Violation toViolation() {
    return rejectedValue == null
        ? Violation.of(location(), message)
        : Violation.of(location(), message, rejectedValue);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RejectedRow that
        && line == that.line
        && column == that.column
        && message.equals(that.message)
        && Objects.equals(rejectedValue, that.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, message, rejectedValue);
  }

  /** Returns the location and the message, as {@code line 17, column 3: message}. */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
