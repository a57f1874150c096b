package org.covalue.journey.log;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.jspecify.annotations.Nullable;

/**
 * An event log of observed journeys, held in columns (ITIL 4: Drive Stakeholder Value, §1.2.4): for
 * each event, the case it belongs to (a ticket, an order, one consumer's journey), the activity or
 * touchpoint reached, as the log writes it, and when, to the millisecond; optionally the resource
 * that did it. It is the input of {@link JourneyAnalytics}.
 *
 * <p>The log is compact so that tens of millions of events fit in memory: texts are kept once, in a
 * dictionary of UTF-8 bytes, and events are primitive arrays, with no object per event (about 12
 * bytes per event, 16 with resources, plus each case's label once). The events are grouped by case,
 * cases in the order of their first event in the input, and within a case in time order; events of
 * a case with the same time keep their input order. {@link Builder} does that sorting, so the input
 * may come in any order.
 *
 * <pre>{@code
 * JourneyLog log = JourneyLog.builder()
 *     .add("ticket-1", "Register", Instant.parse("2026-01-05T09:00:00Z"))
 *     .add("ticket-1", "Resolve", Instant.parse("2026-01-05T11:30:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JourneyLog {

  private final Labels cases;
  private final Labels activities;
  private final @Nullable Labels resources;

  /** caseStarts[c] is the first event of case c; caseStarts[caseCount] is the event count. */
  private final int[] caseStarts;

  private final int[] activityCodes;
  private final long[] times;
  private final int @Nullable [] resourceCodes;

  private JourneyLog(
      Labels cases,
      Labels activities,
      @Nullable Labels resources,
      int[] caseStarts,
      int[] activityCodes,
      long[] times,
      int @Nullable [] resourceCodes) {
    this.cases = cases;
    this.activities = activities;
    this.resources = resources;
    this.caseStarts = caseStarts;
    this.activityCodes = activityCodes;
    this.times = times;
    this.resourceCodes = resourceCodes;
  }

  /**
   * Starts an empty log.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(1024);
  }

  /**
   * Starts an empty log with room for a number of events, so that a reader that knows about how
   * many events come saves the copies of growing columns.
   *
   * @param expectedEvents about how many events will be added; more may be
   * @return a builder
   * @throws IllegalArgumentException if the number is negative
   */
  public static Builder builder(int expectedEvents) {
    if (expectedEvents < 0) {
      throw new IllegalArgumentException(
          "Expected events must not be negative, but was " + expectedEvents);
    }
    return new Builder(Math.max(16, expectedEvents));
  }

  /**
   * Returns how many events the log holds.
   *
   * @return the number of events
   */
  public int eventCount() {
    return activityCodes.length;
  }

  /**
   * Returns how many cases the log holds.
   *
   * @return the number of cases
   */
  public int caseCount() {
    return caseStarts.length - 1;
  }

  /**
   * Returns how many distinct activities the log holds.
   *
   * @return the number of activities
   */
  public int activityCount() {
    return activities.size();
  }

  /**
   * Returns the label of a case, as the log writes it.
   *
   * @param caseIndex the case, from 0 to {@code caseCount() - 1}
   * @return the label
   * @throws IndexOutOfBoundsException if there is no such case
   */
  public String caseLabel(int caseIndex) {
    Objects.checkIndex(caseIndex, caseCount());
    return cases.label(caseIndex);
  }

  /**
   * Returns the first event of a case.
   *
   * @param caseIndex the case
   * @return the index of its first event
   * @throws IndexOutOfBoundsException if there is no such case
   */
  public int caseStart(int caseIndex) {
    Objects.checkIndex(caseIndex, caseCount());
    return caseStarts[caseIndex];
  }

  /**
   * Returns the index after the last event of a case.
   *
   * @param caseIndex the case
   * @return the index of the first event of the next case, or the event count for the last case
   * @throws IndexOutOfBoundsException if there is no such case
   */
  public int caseEnd(int caseIndex) {
    Objects.checkIndex(caseIndex, caseCount());
    return caseStarts[caseIndex + 1];
  }

  /**
   * Returns the activities of the log, by code: the code of an activity is its index here.
   *
   * @return the labels, in the order of their first appearance in the input; unmodifiable
   */
  public List<String> activityLabels() {
    List<String> labels = new ArrayList<>(activities.size());
    for (int code = 0; code < activities.size(); code++) {
      labels.add(activities.label(code));
    }
    return Collections.unmodifiableList(labels);
  }

  /**
   * Returns the code of an event's activity.
   *
   * @param event the event, from 0 to {@code eventCount() - 1}
   * @return an index into {@link #activityLabels()}
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public int activityCode(int event) {
    return activityCodes[Objects.checkIndex(event, activityCodes.length)];
  }

  /**
   * Returns an event's activity, as the log writes it.
   *
   * @param event the event
   * @return the label
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public String activity(int event) {
    return activities.label(activityCode(event));
  }

  /**
   * Returns when an event happened.
   *
   * @param event the event
   * @return milliseconds since 1970-01-01T00:00:00Z
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public long epochMillis(int event) {
    return times[Objects.checkIndex(event, times.length)];
  }

  /**
   * Returns when an event happened, as an instant.
   *
   * @param event the event
   * @return the instant, to the millisecond
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public Instant time(int event) {
    return Instant.ofEpochMilli(epochMillis(event));
  }

  /**
   * Tells whether the log records who did each event.
   *
   * @return true if at least one event was added with a resource
   */
  public boolean hasResources() {
    return resourceCodes != null;
  }

  /**
   * Returns the resource that did an event, if the log records one for it.
   *
   * @param event the event
   * @return the resource's label, or empty
   * @throws IndexOutOfBoundsException if there is no such event
   */
  public Optional<String> resource(int event) {
    Objects.checkIndex(event, activityCodes.length);
    int[] codes = resourceCodes;
    Labels labels = resources;
    if (codes == null || labels == null || codes[event] < 0) {
      return Optional.empty();
    }
    return Optional.of(labels.label(codes[event]));
  }

  /**
   * Returns one case as an {@link ObservedJourney}, with each activity placed at its touchpoint and
   * step by a mapping, so that it can be compared with a designed journey (§1.2.4). This builds one
   * object per event of the case: use it for single cases, not for a whole large log.
   *
   * @param caseIndex the case
   * @param mapping where each activity of the case sits in the journey
   * @return the observed journey, its case id being the case's label
   * @throws NullPointerException if the mapping is null
   * @throws IndexOutOfBoundsException if there is no such case
   * @throws InvalidModelException if an activity of the case has no touchpoint in the mapping, or
   *     the case's label is not of the form of a {@link CaseId}
   */
  public ObservedJourney observedJourney(int caseIndex, ActivityMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    Objects.checkIndex(caseIndex, caseCount());
    Violations found = Violations.collect();
    List<JourneyEvent> events = new ArrayList<>();
    for (int event = caseStarts[caseIndex]; event < caseStarts[caseIndex + 1]; event++) {
      String activity = activities.label(activityCodes[event]);
      Optional<CustomerJourneyStep> step = mapping.step(activity);
      Optional<TouchpointId> touchpoint = mapping.touchpoint(activity);
      if (step.isEmpty() || touchpoint.isEmpty()) {
        found.add(
            "activities[" + Violations.quote(activity) + "]",
            "Activity " + Violations.quote(activity) + " has no touchpoint in the mapping",
            activity);
        continue;
      }
      events.add(JourneyEvent.of(touchpoint.get(), step.get(), Instant.ofEpochMilli(times[event])));
    }
    found.throwIfAny();
    return ObservedJourney.of(CaseId.of(cases.label(caseIndex)), events);
  }

  /**
   * Returns an estimate of the bytes of heap the log holds: its arrays and dictionaries.
   *
   * @return bytes
   */
  public long estimatedHeapBytes() {
    long bytes = 64L + 4L * caseStarts.length + 4L * activityCodes.length + 8L * times.length;
    bytes += cases.heapBytes() + activities.heapBytes();
    Labels labels = resources;
    int[] codes = resourceCodes;
    if (labels != null && codes != null) {
      bytes += labels.heapBytes() + 4L * codes.length;
    }
    return bytes;
  }

  int[] caseStartsArray() {
    return caseStarts;
  }

  int[] activityCodesArray() {
    return activityCodes;
  }

  long[] timesArray() {
    return times;
  }

  String activityLabel(int code) {
    return activities.label(code);
  }

  /** Returns the number of events and cases. */
  @Override
  public String toString() {
    return "JourneyLog[" + eventCount() + " events, " + caseCount() + " cases]";
  }

  /**
   * Collects the events of a {@link JourneyLog}, in any order, and sorts them into it. Besides
   * adding events by their texts, it lets a reader turn each text into a code once and then add
   * events by codes, straight from bytes, with no object per event.
   *
   * <p>Instances are mutable and not thread-safe. {@link #build()} may be called more than once.
   */
  public static final class Builder {

    private final Labels cases = new Labels();
    private final Labels activities = new Labels();
    private @Nullable Labels resources;
    private int size;
    private int[] caseCodes;
    private int[] activityCodes;
    private long[] times;
    private int @Nullable [] resourceCodes;

    private Builder(int capacity) {
      caseCodes = new int[capacity];
      activityCodes = new int[capacity];
      times = new long[capacity];
    }

    /**
     * Adds an event.
     *
     * @param caseId the case, as the log writes it; not blank
     * @param activity the activity or touchpoint, as the log writes it; not blank
     * @param at when; kept to the millisecond, finer digits are cut towards the past
     * @return this builder
     * @throws InvalidModelException if an argument is null or blank, or the time is beyond the
     *     range of milliseconds since 1970 a long holds
     */
    public Builder add(
        @Nullable CharSequence caseId, @Nullable CharSequence activity, @Nullable Instant at) {
      return add(caseCode(caseId), activityCode(activity), epochMillis(at));
    }

    /**
     * Adds an event done by a resource.
     *
     * @param caseId the case; not blank
     * @param activity the activity or touchpoint; not blank
     * @param at when
     * @param resource who or what did it; not blank
     * @return this builder
     * @throws InvalidModelException if an argument is null or blank, or the time is out of range
     */
    public Builder add(
        @Nullable CharSequence caseId,
        @Nullable CharSequence activity,
        @Nullable Instant at,
        @Nullable CharSequence resource) {
      return add(caseCode(caseId), activityCode(activity), epochMillis(at), resourceCode(resource));
    }

    /**
     * Adds an event by the codes this builder gave its texts.
     *
     * @param caseCode a code from {@link #caseCode(CharSequence)}
     * @param activityCode a code from {@link #activityCode(CharSequence)}
     * @param epochMillis when, in milliseconds since 1970-01-01T00:00:00Z
     * @return this builder
     * @throws IndexOutOfBoundsException if a code was not given by this builder
     */
    public Builder add(int caseCode, int activityCode, long epochMillis) {
      Objects.checkIndex(caseCode, cases.size());
      Objects.checkIndex(activityCode, activities.size());
      ensureRoom();
      caseCodes[size] = caseCode;
      activityCodes[size] = activityCode;
      times[size] = epochMillis;
      int[] resourceColumn = resourceCodes;
      if (resourceColumn != null) {
        resourceColumn[size] = -1;
      }
      size++;
      return this;
    }

    /**
     * Adds an event done by a resource, by the codes this builder gave its texts.
     *
     * @param caseCode a code from {@link #caseCode(CharSequence)}
     * @param activityCode a code from {@link #activityCode(CharSequence)}
     * @param epochMillis when, in milliseconds since 1970-01-01T00:00:00Z
     * @param resourceCode a code from {@link #resourceCode(CharSequence)}
     * @return this builder
     * @throws IndexOutOfBoundsException if a code was not given by this builder
     */
    public Builder add(int caseCode, int activityCode, long epochMillis, int resourceCode) {
      Labels labels = resources;
      Objects.checkIndex(resourceCode, labels == null ? 0 : labels.size());
      add(caseCode, activityCode, epochMillis);
      int[] resourceColumn = resourceCodes;
      if (resourceColumn == null) {
        resourceColumn = new int[caseCodes.length];
        Arrays.fill(resourceColumn, 0, size, -1);
        resourceCodes = resourceColumn;
      }
      resourceColumn[size - 1] = resourceCode;
      return this;
    }

    /**
     * Returns the code of a case, adding the case if it is new. Codes only name cases: the built
     * log orders cases by their first event, and leaves out a case that has none.
     *
     * @param caseId the case, as the log writes it; not blank
     * @return the code, for {@link #add(int, int, long)}
     * @throws InvalidModelException if the case is null or blank
     */
    public int caseCode(@Nullable CharSequence caseId) {
      return cases.intern(requireText(caseId, "caseId", "case"));
    }

    /**
     * Returns the code of a case given as UTF-8 bytes, adding the case if it is new.
     *
     * @param utf8 the bytes
     * @param offset where the case's bytes start
     * @param length how many bytes; not blank
     * @return the code
     * @throws NullPointerException if the bytes are null
     * @throws IndexOutOfBoundsException if the range is outside the bytes
     * @throws InvalidModelException if the text is blank
     */
    public int caseCode(byte[] utf8, int offset, int length) {
      return cases.intern(requireText(utf8, offset, length, "caseId", "case"), offset, length);
    }

    /**
     * Returns the codes of several cases given as slices of one array of UTF-8 bytes, adding the
     * new ones: the same codes as {@link #caseCode(byte[], int, int)} one by one, but faster for
     * logs whose rows come in no order of case, as the look-ups of a batch overlap in memory.
     *
     * @param utf8 the bytes
     * @param offsets where each case's bytes start
     * @param lengths how many bytes each case has; none blank
     * @param count how many cases, from the start of the arrays
     * @param codes where the codes go, from index 0
     * @throws NullPointerException if an array is null
     * @throws IndexOutOfBoundsException if a slice is outside the bytes, or an array is shorter
     *     than the count
     * @throws InvalidModelException if a case is blank; the cases before it have their codes
     */
    public void caseCodes(byte[] utf8, int[] offsets, int[] lengths, int count, int[] codes) {
      Objects.requireNonNull(utf8, "utf8");
      Objects.checkFromIndexSize(0, count, offsets.length);
      Objects.checkFromIndexSize(0, count, lengths.length);
      Objects.checkFromIndexSize(0, count, codes.length);
      for (int i = 0; i < count; i++) {
        requireText(utf8, offsets[i], lengths[i], "caseId", "case");
      }
      cases.internAll(utf8, offsets, lengths, count, codes);
    }

    /**
     * Returns the code of an activity, adding the activity if it is new.
     *
     * @param activity the activity or touchpoint, as the log writes it; not blank
     * @return the code, for {@link #add(int, int, long)}
     * @throws InvalidModelException if the activity is null or blank
     */
    public int activityCode(@Nullable CharSequence activity) {
      return activities.intern(requireText(activity, "activity", "activity"));
    }

    /**
     * Returns the code of an activity given as UTF-8 bytes, adding the activity if it is new.
     *
     * @param utf8 the bytes
     * @param offset where the activity's bytes start
     * @param length how many bytes; not blank
     * @return the code
     * @throws NullPointerException if the bytes are null
     * @throws IndexOutOfBoundsException if the range is outside the bytes
     * @throws InvalidModelException if the text is blank
     */
    public int activityCode(byte[] utf8, int offset, int length) {
      return activities.intern(
          requireText(utf8, offset, length, "activity", "activity"), offset, length);
    }

    /**
     * Returns the code of a resource, adding the resource if it is new.
     *
     * @param resource who or what does events; not blank
     * @return the code, for {@link #add(int, int, long, int)}
     * @throws InvalidModelException if the resource is null or blank
     */
    public int resourceCode(@Nullable CharSequence resource) {
      CharSequence text = requireText(resource, "resource", "resource");
      Labels labels = resources;
      if (labels == null) {
        labels = new Labels();
        resources = labels;
      }
      return labels.intern(text);
    }

    /**
     * Returns how many events were added.
     *
     * @return the number of events
     */
    public int size() {
      return size;
    }

    /**
     * Returns the log: the events grouped by case, cases in the order of their first event, each
     * case's events in time order, events with equal times in the order they were added. Takes time
     * linear in the number of events when each case's events were added in time order.
     *
     * @return the log
     */
    public JourneyLog build() {
      // Cases are numbered anew in the order of their first event; a case coded without events is
      // left out. The events are grouped already when no case comes back after another.
      int[] perCase = new int[cases.size()];
      int[] newCode = new int[perCase.length];
      Arrays.fill(newCode, -1);
      int caseCount = 0;
      boolean grouped = true;
      int previousCase = -1;
      for (int i = 0; i < size; i++) {
        int code = caseCodes[i];
        int renumbered = newCode[code];
        if (renumbered < 0) {
          renumbered = caseCount++;
          newCode[code] = renumbered;
        } else if (renumbered != previousCase) {
          grouped = false;
        }
        previousCase = renumbered;
        perCase[code]++;
      }
      int[] kept = new int[caseCount];
      int[] caseStarts = new int[caseCount + 1];
      for (int c = 0; c < perCase.length; c++) {
        if (newCode[c] >= 0) {
          kept[newCode[c]] = c;
          caseStarts[newCode[c] + 1] = perCase[c];
        }
      }
      for (int c = 0; c < caseCount; c++) {
        caseStarts[c + 1] += caseStarts[c];
      }
      int[] sortedActivities;
      long[] sortedTimes;
      int @Nullable [] sortedResources = null;
      int[] resourceColumn = resourceCodes;
      if (grouped && timesSortedWithinCases(caseStarts)) {
        sortedActivities = Arrays.copyOf(activityCodes, size);
        sortedTimes = Arrays.copyOf(times, size);
        if (resourceColumn != null) {
          sortedResources = Arrays.copyOf(resourceColumn, size);
        }
      } else {
        int[] order = new int[size];
        int[] next = Arrays.copyOf(caseStarts, caseCount);
        for (int i = 0; i < size; i++) {
          order[next[newCode[caseCodes[i]]]++] = i;
        }
        sortedActivities = new int[size];
        sortedTimes = new long[size];
        for (int i = 0; i < size; i++) {
          sortedActivities[i] = activityCodes[order[i]];
          sortedTimes[i] = times[order[i]];
        }
        int[] resourcesInOrder = null;
        if (resourceColumn != null) {
          resourcesInOrder = new int[size];
          for (int i = 0; i < size; i++) {
            resourcesInOrder[i] = resourceColumn[order[i]];
          }
          sortedResources = resourcesInOrder;
        }
        sortByTimeWithinCases(caseStarts, sortedTimes, sortedActivities, resourcesInOrder);
      }
      Labels resourceLabels = resources;
      return new JourneyLog(
          cases.frozen(kept),
          activities.frozen(),
          resourceLabels == null || sortedResources == null ? null : resourceLabels.frozen(),
          caseStarts,
          sortedActivities,
          sortedTimes,
          sortedResources);
    }

    private boolean timesSortedWithinCases(int[] caseStarts) {
      for (int c = 0; c + 1 < caseStarts.length; c++) {
        for (int i = caseStarts[c] + 1; i < caseStarts[c + 1]; i++) {
          if (times[i] < times[i - 1]) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Sorts each case's events by time, stably, moving the activity and resource of each event with
     * its time. Each case is checked first, so cases already in order cost one look.
     */
    private static void sortByTimeWithinCases(
        int[] caseStarts, long[] times, int[] activities, int @Nullable [] resources) {
      int[] order = new int[0];
      long[] timeBuffer = new long[0];
      int[] activityBuffer = new int[0];
      int[] resourceBuffer = new int[0];
      int[] mergeBuffer = new int[0];
      for (int c = 0; c + 1 < caseStarts.length; c++) {
        int from = caseStarts[c];
        int to = caseStarts[c + 1];
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
          sorted = times[i] >= times[i - 1];
        }
        if (sorted) {
          continue;
        }
        int length = to - from;
        if (to - from <= 32 && resources == null) {
          for (int i = from + 1; i < to; i++) {
            long time = times[i];
            int activity = activities[i];
            int j = i - 1;
            while (j >= from && times[j] > time) {
              times[j + 1] = times[j];
              activities[j + 1] = activities[j];
              j--;
            }
            times[j + 1] = time;
            activities[j + 1] = activity;
          }
          continue;
        }
        if (order.length < length) {
          int capacity = Math.max(length, order.length * 2);
          order = new int[capacity];
          timeBuffer = new long[capacity];
          activityBuffer = new int[capacity];
          resourceBuffer = new int[capacity];
          mergeBuffer = new int[capacity];
        }
        for (int i = 0; i < length; i++) {
          order[i] = from + i;
        }
        mergeSort(order, 0, length, mergeBuffer, times);
        for (int i = 0; i < length; i++) {
          timeBuffer[i] = times[order[i]];
          activityBuffer[i] = activities[order[i]];
        }
        System.arraycopy(timeBuffer, 0, times, from, length);
        System.arraycopy(activityBuffer, 0, activities, from, length);
        if (resources != null) {
          for (int i = 0; i < length; i++) {
            resourceBuffer[i] = resources[order[i]];
          }
          System.arraycopy(resourceBuffer, 0, resources, from, length);
        }
      }
    }

    /** Sorts indexes into times by their time, stably. */
    private static void mergeSort(int[] order, int from, int to, int[] buffer, long[] times) {
      if (to - from <= 32) {
        for (int i = from + 1; i < to; i++) {
          int event = order[i];
          long time = times[event];
          int j = i - 1;
          while (j >= from && times[order[j]] > time) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = event;
        }
        return;
      }
      int middle = (from + to) >>> 1;
      mergeSort(order, from, middle, buffer, times);
      mergeSort(order, middle, to, buffer, times);
      if (times[order[middle - 1]] <= times[order[middle]]) {
        return;
      }
      System.arraycopy(order, from, buffer, 0, middle - from);
      int left = 0;
      int leftEnd = middle - from;
      int right = middle;
      int out = from;
      while (left < leftEnd && right < to) {
        if (times[order[right]] < times[buffer[left]]) {
          order[out++] = order[right++];
        } else {
          order[out++] = buffer[left++];
        }
      }
      while (left < leftEnd) {
        order[out++] = buffer[left++];
      }
    }

    private void ensureRoom() {
      if (size < caseCodes.length) {
        return;
      }
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("A journey log holds at most 2^31 - 9 events");
      }
      int capacity =
          (int) Math.min(Integer.MAX_VALUE - 8L, caseCodes.length + (caseCodes.length >> 1));
      caseCodes = Arrays.copyOf(caseCodes, capacity);
      activityCodes = Arrays.copyOf(activityCodes, capacity);
      times = Arrays.copyOf(times, capacity);
      int[] resourceColumn = resourceCodes;
      if (resourceColumn != null) {
        resourceCodes = Arrays.copyOf(resourceColumn, capacity);
      }
    }

    private CharSequence requireText(@Nullable CharSequence text, String path, String what) {
      if (text == null) {
        throw InvalidModelException.of(
            "events[" + size + "]." + path,
            "Journey log " + what + " of event " + size + " must not be null",
            null);
      }
      if (isBlank(text)) {
        throw InvalidModelException.of(
            "events[" + size + "]." + path,
            "Journey log " + what + " of event " + size + " must not be blank",
            text);
      }
      return text;
    }

    private byte[] requireText(byte[] utf8, int offset, int length, String path, String what) {
      Objects.checkFromIndexSize(offset, length, utf8.length);
      for (int i = offset; i < offset + length; i++) {
        byte b = utf8[i];
        if (b < 0) {
          String text = new String(utf8, offset, length, java.nio.charset.StandardCharsets.UTF_8);
          requireText(text, path, what);
          return utf8;
        }
        if (!Character.isWhitespace(b)) {
          return utf8;
        }
      }
      requireText("", path, what);
      return utf8;
    }

    private static boolean isBlank(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private long epochMillis(@Nullable Instant at) {
      if (at == null) {
        throw InvalidModelException.of(
            "events[" + size + "].at",
            "Journey log time of event " + size + " must not be null",
            null);
      }
      try {
        return at.toEpochMilli();
      } catch (ArithmeticException | DateTimeException e) {
        throw InvalidModelException.of(
            "events[" + size + "].at",
            "Journey log time of event " + size + " is beyond the range of milliseconds since 1970",
            at);
      }
    }
  }
}
