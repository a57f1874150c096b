package org.covalue.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.covalue.journey.log.JourneyAnalytics;
import org.covalue.journey.log.JourneyAnalyzer;
import org.covalue.journey.log.JourneyLog;
import org.jspecify.annotations.Nullable;

/**
 * The buffer of {@link JourneyAnalyticsAggregator}: the journey analytics of the cases a Spark task
 * has seen so far (ITIL 4: Drive Stakeholder Value, §1.2.4), that is, a partial {@link
 * JourneyAnalytics}.
 *
 * <p>Merging the analytics of one case at a time would cost a merge per case. The buffer therefore
 * gathers the paths of arriving cases in a columnar {@link JourneyLog}, and analyzes and merges
 * them in batches of about {@value #BATCH_EVENTS} events, so a task holds at most one batch besides
 * its result. Before it is serialized (when Spark ships partial results to the task that merges
 * them), the buffer analyzes what it holds: what travels is the partial result alone, whose size
 * depends on the numbers of distinct activities, transitions and variants, not on the number of
 * events.
 *
 * <p>Instances are mutable and not thread-safe, as Spark's aggregation buffers are: each belongs to
 * one task.
 */
public final class JourneyAnalyticsBuffer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many events the buffer gathers before it analyzes them and merges the result. */
  public static final int BATCH_EVENTS = 1 << 18;

  /** The settings of the analysis. */
  private final JourneyAnalyzer analyzer;

  /** The analytics of the cases analyzed so far. */
  private JourneyAnalytics analyzed;

  /** The cases not yet analyzed, or null when there are none. */
  private transient JourneyLog.@Nullable Builder pending;

  JourneyAnalyticsBuffer(JourneyAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.analyzed = analyzer.analyze(JourneyLog.builder(0).build());
  }

  /**
   * Returns the analytics of every case the buffer has seen, analyzing those it still gathers.
   *
   * @return the partial result; the analytics of no case when the buffer has seen none
   */
  public JourneyAnalytics analytics() {
    flush();
    return analyzed;
  }

  /**
   * Adds one case, its events in the order of the path.
   *
   * @param caseId the case
   * @param activities the activities of its events
   * @param epochMillis the times of its events, as many as the activities
   */
  void add(String caseId, List<String> activities, List<Long> epochMillis) {
    JourneyLog.Builder log = pending;
    if (log == null) {
      log = JourneyLog.builder(Math.max(activities.size(), 1024));
      pending = log;
    }
    int caseCode = log.caseCode(caseId);
    for (int i = 0; i < activities.size(); i++) {
      log.add(caseCode, log.activityCode(activities.get(i)), epochMillis.get(i));
    }
    if (log.size() >= BATCH_EVENTS) {
      flush();
    }
  }

  /**
   * Merges another buffer, of cases this one has not seen, into this one.
   *
   * @param other the other buffer, made with equal settings
   * @return this buffer
   */
  JourneyAnalyticsBuffer merge(JourneyAnalyticsBuffer other) {
    analyzed = analytics().merge(other.analytics());
    return this;
  }

  private void flush() {
    JourneyLog.Builder log = pending;
    if (log != null) {
      pending = null;
      analyzed = analyzed.merge(analyzer.analyze(log.build()));
    }
  }

  /**
   * Analyzes the events the buffer still gathers, then writes the settings and the partial result.
   *
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    flush();
    out.defaultWriteObject();
  }

  /**
   * Reads the settings and the partial result; no events wait in a buffer that was read.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class of the stream is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(analyzed, "analyzed");
  }

  /** Returns the figures analyzed so far and how many events wait. */
  @Override
  public String toString() {
    JourneyLog.Builder log = pending;
    return "JourneyAnalyticsBuffer["
        + analyzed
        + ", "
        + (log == null ? 0 : log.size())
        + " events pending]";
  }
}
