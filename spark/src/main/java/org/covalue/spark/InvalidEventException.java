package org.covalue.spark;

import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * An event with no case, activity or time, or a blank one, met in a Spark task. It carries the
 * violation as plain texts, so that it survives the trip from an executor to the driver, where
 * {@link SparkJourneyAnalyzer#analyze} turns it into the library's {@link InvalidModelException}.
 */
final class InvalidEventException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String rejectedValue;

  InvalidEventException(String path, String message, @Nullable String rejectedValue) {
    super(message);
    this.path = path;
    this.rejectedValue = rejectedValue;
  }

  /** Returns the library's exception for the first of these exceptions in a chain of causes. */
  static @Nullable InvalidModelException findIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidEventException invalid) {
        InvalidModelException exception =
            InvalidModelException.of(
                invalid.path, String.valueOf(invalid.getMessage()), invalid.rejectedValue);
        exception.initCause(thrown);
        return exception;
      }
    }
    return null;
  }
}
