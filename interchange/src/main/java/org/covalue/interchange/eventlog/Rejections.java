package org.covalue.interchange.eventlog;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the tally of rows read and rejected while a reader runs: it throws at the first rejection
 * when failing fast, and otherwise keeps up to a limit of rejections and counts the rest.
 */
final class Rejections {

  private final boolean failFast;
  private final int limit;
  private final List<RejectedRow> kept = new ArrayList<>();
  long rowsRead;
  long rowsRejected;

  Rejections(boolean failFast, int limit) {
    this.failFast = failFast;
    this.limit = limit;
  }

  /** Records that rows were rejected: throws when failing fast. */
  void reject(long rows, long line, int column, String message, @Nullable String value) {
    RejectedRow row = new RejectedRow(line, column, message, value);
    if (failFast) {
      throw new InvalidModelException(List.of(row.toViolation()));
    }
    rowsRejected += rows;
    if (kept.size() < limit) {
      kept.add(row);
    }
  }

  List<RejectedRow> kept() {
    return kept;
  }

  /** Shortens a rejected value for a message. */
  static String shown(String value) {
    return value.length() <= 60 ? value : value.substring(0, 59) + "…";
  }
}
