package org.covalue.interchange.eventlog;

import java.util.List;
import org.covalue.journey.log.JourneyLog;

/**
 * What reading an event log gave: the {@link JourneyLog} of the rows accepted, how many rows were
 * read and how many rejected, and, up to the reader's limit, which rows were rejected and why (ITIL
 * 4: Drive Stakeholder Value, §1.2.4: the log is the record of real journeys, so nothing is left
 * out silently). Instances are immutable and thread-safe.
 */
public final class EventLogRead {

  private final JourneyLog log;
  private final long rowsRead;
  private final long rowsRejected;
  private final List<RejectedRow> rejections;

  EventLogRead(JourneyLog log, long rowsRead, long rowsRejected, List<RejectedRow> rejections) {
    this.log = log;
    this.rowsRead = rowsRead;
    this.rowsRejected = rowsRejected;
    this.rejections = List.copyOf(rejections);
  }

  /**
   * Returns the log of the accepted rows.
   *
   * @return the log
   */
  public JourneyLog log() {
    return log;
  }

  /**
   * Returns how many rows were read: records of a CSV file after its header (empty lines are no
   * rows), or events of an XES document.
   *
   * @return the number of rows, accepted or rejected
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns how many rows were rejected.
   *
   * @return the number of rows; {@code rowsRead() - rowsRejected()} rows are in the log
   */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * Tells whether any row was rejected.
   *
   * @return true if {@link #rowsRejected()} is more than 0
   */
  public boolean hasRejections() {
    return rowsRejected > 0;
  }

  /**
   * Returns the rejected rows, in file order, up to the reader's limit of reported rejections.
   *
   * @return the rejections; fewer than {@link #rowsRejected()} when the limit was reached;
   *     unmodifiable
   */
  public List<RejectedRow> rejections() {
    return rejections;
  }

  /** Returns the counts of rows and events. */
  @Override
  public String toString() {
    return rowsRead
        + " rows read, "
        + rowsRejected
        + " rejected, "
        + log.eventCount()
        + " events in "
        + log.caseCount()
        + " cases";
  }
}
