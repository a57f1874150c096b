package org.covalue.interchange.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.log.JourneyLog;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event log of observed journeys (ITIL 4: Drive Stakeholder Value, §1.2.4) from a CSV file
 * into a {@link JourneyLog}: one event a row, with a case, an activity (or touchpoint) and a
 * timestamp column, and optionally a resource column. The file is read as UTF-8 bytes and the texts
 * go straight into the log's dictionaries, with no object per row.
 *
 * <pre>{@code
 * EventLogRead read = CsvEventLogReader.DEFAULT.read(Path.of("helpdesk.csv"));
 * EventLogRead other = CsvEventLogReader.DEFAULT
 *     .withCaseColumn("Ticket")
 *     .withActivityColumn("Touchpoint")
 *     .withTimestampColumn("When")
 *     .withFailFast(false)
 *     .read(Path.of("tickets.csv"));
 * }</pre>
 *
 * <p><b>Format.</b> The first non-empty line is the header. Fields are separated by the delimiter
 * (a comma by default) and may be quoted with {@code "}, a quote inside being written twice; a
 * quoted field may span lines. Lines end with LF or CRLF; empty lines are no rows. A UTF-8 byte
 * order mark is skipped, and a gzip-compressed file is read as such. A row is at most 16 MiB.
 *
 * <p><b>Columns.</b> By default the columns are found by their names, compared without case,
 * spaces, {@code _} and {@code -}: the case is {@code CaseID}, {@code Case}, or {@code
 * case:concept:name}; the activity is {@code ActivityID}, {@code Activity}, {@code Touchpoint},
 * {@code ActivityName} or {@code concept:name}; the timestamp is {@code CompleteTimestamp}, {@code
 * Timestamp}, {@code time:timestamp}, {@code Time} or {@code DateTime}. So the layout of the
 * help-desk log ({@code CaseID,ActivityID,CompleteTimestamp}) needs no setting. {@code withXColumn}
 * names a column exactly instead. There is no resource column unless one is named.
 *
 * <p><b>Timestamps.</b> {@code yyyy-MM-dd} or {@code yyyy/MM/dd}, optionally followed (after a
 * space or {@code T}) by {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.SSS} (up to nine
 * fraction digits), optionally followed by {@code Z} or an offset such as {@code +02:00}; a time
 * without an offset is in the {@linkplain #withZone(ZoneId) zone}, UTC by default. Any other form
 * can be given as a {@linkplain #withTimestampPattern(String) pattern}. Times are kept to the
 * millisecond, finer digits cut.
 *
 * <p><b>Bad rows.</b> A row whose case or activity is blank, whose timestamp cannot be read, or
 * whose number of fields differs from the header's is rejected, with its line and the column (the
 * 1-based field number). {@link #DEFAULT} fails fast: the first bad row throws an {@link
 * InvalidModelException} at {@code line L, column C}. With {@code withFailFast(false)} the reader
 * reads on, and the {@link EventLogRead} counts every rejected row and lists the first {@linkplain
 * #withMaxReportedRejections(int) hundred}. A missing or ambiguous header column always throws. An
 * empty resource field means the event has no resource.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvEventLogReader {

  /** The default settings; see the class description. */
  public static final CsvEventLogReader DEFAULT =
      new CsvEventLogReader(null, null, null, null, ',', ZoneOffset.UTC, null, true, 100);

  static final int MAX_ROW_BYTES = 16 << 20;

  private static final Set<String> CASE_NAMES = Set.of("caseid", "case", "case:concept:name");
  private static final Set<String> ACTIVITY_NAMES =
      Set.of("activityid", "activity", "touchpoint", "activityname", "concept:name");
  private static final Set<String> TIMESTAMP_NAMES =
      Set.of("completetimestamp", "timestamp", "time:timestamp", "time", "datetime");

  private final @Nullable String caseColumn;
  private final @Nullable String activityColumn;
  private final @Nullable String timestampColumn;
  private final @Nullable String resourceColumn;
  private final char delimiter;
  private final ZoneId zone;
  private final @Nullable String timestampPattern;
  private final boolean failFast;
  private final int maxReportedRejections;

  private CsvEventLogReader(
      @Nullable String caseColumn,
      @Nullable String activityColumn,
      @Nullable String timestampColumn,
      @Nullable String resourceColumn,
      char delimiter,
      ZoneId zone,
      @Nullable String timestampPattern,
      boolean failFast,
      int maxReportedRejections) {
    this.caseColumn = caseColumn;
    this.activityColumn = activityColumn;
    this.timestampColumn = timestampColumn;
    this.resourceColumn = resourceColumn;
    this.delimiter = delimiter;
    this.zone = zone;
    this.timestampPattern = timestampPattern;
    this.failFast = failFast;
    this.maxReportedRejections = maxReportedRejections;
  }

  /**
   * Returns these settings with the case column named exactly.
   *
   * @param name the column's header, as the file writes it
   * @return the new settings
   * @throws NullPointerException if the name is null
   * @throws InvalidModelException if the name is blank
   */
  public CsvEventLogReader withCaseColumn(String name) {
    return new CsvEventLogReader(
        column(name, "caseColumn"),
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with the activity (or touchpoint) column named exactly.
   *
   * @param name the column's header, as the file writes it
   * @return the new settings
   * @throws NullPointerException if the name is null
   * @throws InvalidModelException if the name is blank
   */
  public CsvEventLogReader withActivityColumn(String name) {
    return new CsvEventLogReader(
        caseColumn,
        column(name, "activityColumn"),
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with the timestamp column named exactly.
   *
   * @param name the column's header, as the file writes it
   * @return the new settings
   * @throws NullPointerException if the name is null
   * @throws InvalidModelException if the name is blank
   */
  public CsvEventLogReader withTimestampColumn(String name) {
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        column(name, "timestampColumn"),
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with a resource column: who or what did each event.
   *
   * @param name the column's header, as the file writes it
   * @return the new settings
   * @throws NullPointerException if the name is null
   * @throws InvalidModelException if the name is blank
   */
  public CsvEventLogReader withResourceColumn(String name) {
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        column(name, "resourceColumn"),
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another field delimiter, such as {@code ';'} or a tab.
   *
   * @param delimiter an ASCII character other than a quote, CR or LF
   * @return the new settings
   * @throws InvalidModelException if the delimiter cannot separate fields
   */
  public CsvEventLogReader withDelimiter(char delimiter) {
    if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw InvalidModelException.of(
          "delimiter",
          "CSV delimiter must be an ASCII character other than a quote, CR or LF, but was '"
              + delimiter
              + "'",
          delimiter);
    }
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another zone for timestamps that carry no offset.
   *
   * @param zone the zone, such as {@code ZoneId.of("Europe/Rome")}
   * @return the new settings
   * @throws NullPointerException if the zone is null
   */
  public CsvEventLogReader withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with a timestamp pattern of {@link DateTimeFormatter#ofPattern(String)},
   * such as {@code dd.MM.yyyy HH:mm}, used instead of the built-in forms. A pattern without a time
   * of day reads dates as their start in the zone. Dates are read strictly: 31.02.2026 is rejected,
   * not moved to the end of February.
   *
   * @param pattern the pattern
   * @return the new settings
   * @throws NullPointerException if the pattern is null
   * @throws InvalidModelException if the pattern is not a valid pattern
   */
  public CsvEventLogReader withTimestampPattern(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    formatter(pattern);
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        pattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings failing at the first bad row, or reading on and reporting them all.
   *
   * @param failFast true to throw at the first bad row, false to collect the bad rows
   * @return the new settings
   */
  public CsvEventLogReader withFailFast(boolean failFast) {
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another limit on the rejected rows listed when not failing fast;
   * rows past the limit are still counted.
   *
   * @param limit the most rejected rows to list; 0 or more
   * @return the new settings
   * @throws InvalidModelException if the limit is negative
   */
  public CsvEventLogReader withMaxReportedRejections(int limit) {
    if (limit < 0) {
      throw InvalidModelException.of(
          "maxReportedRejections",
          "Maximum of reported rejections must not be negative, but was " + limit,
          limit);
    }
    return new CsvEventLogReader(
        caseColumn,
        activityColumn,
        timestampColumn,
        resourceColumn,
        delimiter,
        zone,
        timestampPattern,
        failFast,
        limit);
  }

  /**
   * Reads an event log from a file, plain or gzip-compressed.
   *
   * @param path the file
   * @return the log and the tally of rows
   * @throws NullPointerException if the path is null
   * @throws InvalidModelException if the header lacks a column, or, when failing fast, at the first
   *     bad row; the violation's path is {@code line L} or {@code line L, column C}
   * @throws UncheckedIOException if the file cannot be read
   */
  public EventLogRead read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Inputs.open(path)) {
      return read(in, Inputs.plainSize(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event log " + path, e);
    }
  }

  /**
   * Reads an event log from a stream of UTF-8 bytes, to its end; the caller closes the stream.
   *
   * @param in the bytes
   * @return the log and the tally of rows
   * @throws NullPointerException if the stream is null
   * @throws InvalidModelException if the header lacks a column, or, when failing fast, at the first
   *     bad row
   * @throws UncheckedIOException if the stream cannot be read
   */
  public EventLogRead read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(in, -1);
  }

  private EventLogRead read(InputStream in, long size) {
    String pattern = timestampPattern;
    Timestamps timestamps = new Timestamps(zone, pattern == null ? null : formatter(pattern));
    try {
      return new CsvParse(in, this, timestamps, size).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event log", e);
    }
  }

  private static String column(String name, String path) {
    Objects.requireNonNull(name, path);
    if (name.isBlank()) {
      throw InvalidModelException.of(path, "CSV column name must not be blank", name);
    }
    return name;
  }

  private static DateTimeFormatter formatter(String pattern) {
    try {
      return new java.time.format.DateTimeFormatterBuilder()
          .appendPattern(pattern)
          .parseDefaulting(java.time.temporal.ChronoField.ERA, 1)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw InvalidModelException.of(
          "timestampPattern",
          "Timestamp pattern " + pattern + " is not a valid pattern: " + e.getMessage(),
          pattern);
    }
  }

  private static String normalized(String name) {
    StringBuilder text = new StringBuilder();
    for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '_' && c != '-') {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** One run of the reader over one input. */
  private static final class CsvParse {
    private final InputStream in;
    private final CsvEventLogReader settings;
    private final Timestamps timestamps;
    private final byte delimiter;
    private final Rejections rejections;
    private final long size;
    private JourneyLog.Builder builder = JourneyLog.builder();
    private byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line = 1;
    private int[] fieldStart = new int[8];
    private int[] fieldEnd = new int[8];
    private int fields;
    private static final int BATCH = 512;
    private final int[] caseOffsets = new int[BATCH];
    private final int[] caseLengths = new int[BATCH];
    private final int[] caseCodes = new int[BATCH];
    private final int[] queuedActivities = new int[BATCH];
    private final long[] queuedTimes = new long[BATCH];
    private final int[] queuedResources = new int[BATCH];
    private int queued;

    CsvParse(InputStream in, CsvEventLogReader settings, Timestamps timestamps, long size) {
      this.in = in;
      this.size = size;
      this.settings = settings;
      this.timestamps = timestamps;
      this.delimiter = (byte) settings.delimiter;
      this.rejections = new Rejections(settings.failFast, settings.maxReportedRejections);
    }

    EventLogRead run() throws IOException {
      fill();
      presize();
      if (limit >= 3
          && buffer[0] == (byte) 0xEF
          && buffer[1] == (byte) 0xBB
          && buffer[2] == (byte) 0xBF) {
        position = 3;
      }
      long headerLine = -1;
      List<String> header = new ArrayList<>();
      while (headerLine < 0) {
        long startLine = line;
        int end = nextRecord();
        if (end < 0) {
          throw InvalidModelException.of("line " + startLine, "CSV file has no header", null);
        }
        if (isEmptyLine(end)) {
          position = skipLineEnd(end);
          continue;
        }
        if (!split(position, end, startLine)) {
          throw InvalidModelException.of(
              "line " + startLine, "CSV header is not a valid row of fields", null);
        }
        for (int f = 0; f < fields; f++) {
          header.add(
              new String(
                  buffer, fieldStart[f], fieldEnd[f] - fieldStart[f], StandardCharsets.UTF_8));
        }
        headerLine = startLine;
        position = skipLineEnd(end);
      }
      int caseIndex = find(header, settings.caseColumn, CASE_NAMES, "case", headerLine);
      int activityIndex =
          find(header, settings.activityColumn, ACTIVITY_NAMES, "activity", headerLine);
      int timeIndex =
          find(header, settings.timestampColumn, TIMESTAMP_NAMES, "timestamp", headerLine);
      String resourceName = settings.resourceColumn;
      int resourceIndex =
          resourceName == null ? -1 : find(header, resourceName, Set.of(), "resource", headerLine);
      int width = header.size();

      while (true) {
        long startLine = line;
        int end = nextRecord();
        if (end < 0) {
          break;
        }
        if (isEmptyLine(end)) {
          position = skipLineEnd(end);
          continue;
        }
        rejections.rowsRead++;
        if (!split(position, end, startLine)) {
          position = skipLineEnd(end);
          continue;
        }
        position = skipLineEnd(end);
        if (fields != width) {
          rejections.reject(
              1, startLine, 0, "Row has " + fields + " fields, but the header has " + width, null);
          continue;
        }
        int caseFrom = fieldStart[caseIndex];
        int caseLength = fieldEnd[caseIndex] - caseFrom;
        if (isBlank(caseFrom, caseLength)) {
          rejections.reject(
              1,
              startLine,
              caseIndex + 1,
              "Case in column " + header.get(caseIndex) + " is blank",
              null);
          continue;
        }
        int activityFrom = fieldStart[activityIndex];
        int activityLength = fieldEnd[activityIndex] - activityFrom;
        if (isBlank(activityFrom, activityLength)) {
          rejections.reject(
              1,
              startLine,
              activityIndex + 1,
              "Activity in column " + header.get(activityIndex) + " is blank",
              null);
          continue;
        }
        int timeFrom = fieldStart[timeIndex];
        int timeLength = fieldEnd[timeIndex] - timeFrom;
        long millis = timestamps.parse(buffer, timeFrom, timeLength);
        if (millis == Timestamps.INVALID) {
          String text = new String(buffer, timeFrom, timeLength, StandardCharsets.UTF_8);
          rejections.reject(
              1,
              startLine,
              timeIndex + 1,
              "Timestamp '"
                  + Rejections.shown(text)
                  + "' in column "
                  + header.get(timeIndex)
                  + " is not a time of a known form, such as 2012-04-03 16:55:38",
              text);
          continue;
        }
        int activityCode = builder.activityCode(buffer, activityFrom, activityLength);
        int resourceCode = -1;
        if (resourceIndex >= 0 && fieldEnd[resourceIndex] > fieldStart[resourceIndex]) {
          resourceCode =
              builder.resourceCode(
                  new String(
                      buffer,
                      fieldStart[resourceIndex],
                      fieldEnd[resourceIndex] - fieldStart[resourceIndex],
                      StandardCharsets.UTF_8));
        }
        queue(caseFrom, caseLength, activityCode, millis, resourceCode);
      }
      flush();
      return new EventLogRead(
          builder.build(), rejections.rowsRead, rejections.rowsRejected, rejections.kept());
    }

    /**
     * Gives the builder room for about as many events as the file has rows, told by its size and
     * the lines of the first buffer, so that its columns need not grow by copies.
     */
    private void presize() {
      if (size <= 0 || limit == 0) {
        return;
      }
      int lines = 0;
      for (int i = 0; i < limit; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
      if (lines < 2) {
        return;
      }
      long expected = size * (lines + 1L) / limit;
      builder = JourneyLog.builder((int) Math.min(expected + expected / 50 + 16, 1 << 30));
    }

    private boolean isEmptyLine(int end) {
      return end == position || (end == position + 1 && buffer[position] == '\r');
    }

    /** Keeps an accepted row until its batch is full, or the buffer is about to move. */
    private void queue(int caseFrom, int caseLength, int activityCode, long millis, int resource) {
      if (queued == BATCH) {
        flush();
      }
      caseOffsets[queued] = caseFrom;
      caseLengths[queued] = caseLength;
      queuedActivities[queued] = activityCode;
      queuedTimes[queued] = millis;
      queuedResources[queued] = resource;
      queued++;
    }

    /** Adds the queued rows to the log, their cases looked up as one batch. */
    private void flush() {
      if (queued == 0) {
        return;
      }
      builder.caseCodes(buffer, caseOffsets, caseLengths, queued, caseCodes);
      for (int i = 0; i < queued; i++) {
        if (queuedResources[i] >= 0) {
          builder.add(caseCodes[i], queuedActivities[i], queuedTimes[i], queuedResources[i]);
        } else {
          builder.add(caseCodes[i], queuedActivities[i], queuedTimes[i]);
        }
      }
      queued = 0;
    }

    private boolean isBlank(int from, int length) {
      if (length == 0) {
        return true;
      }
      byte first = buffer[from];
      if (first != ' ' && first != '\t' && first >= 0) {
        return false;
      }
      return new String(buffer, from, length, StandardCharsets.UTF_8).isBlank();
    }

    private static int find(
        List<String> header, @Nullable String exact, Set<String> names, String what, long line) {
      List<Integer> matches = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        boolean match =
            exact != null ? header.get(i).equals(exact) : names.contains(normalized(header.get(i)));
        if (match) {
          matches.add(i);
        }
      }
      String wanted = exact != null ? exact : "one of " + new java.util.TreeSet<>(names);
      if (matches.isEmpty()) {
        throw InvalidModelException.of(
            "line " + line,
            "CSV header has no " + what + " column (" + wanted + "); its columns are " + header,
            header);
      }
      if (matches.size() > 1) {
        throw InvalidModelException.of(
            "line " + line,
            "CSV header has more than one " + what + " column (" + wanted + "): " + header,
            header);
      }
      return matches.get(0);
    }

    /**
     * Finds the end of the record at position (the index of its LF, or of the end of input),
     * reading more input as needed; counts the lines inside quotes. Returns -1 at the end of input.
     * A record whose quote never closes is rejected as a whole and -1 returned only at the end.
     */
    private int nextRecord() throws IOException {
      int scan = position;
      boolean quoted = false;
      long linesInside = 0;
      while (true) {
        if (scan >= limit) {
          if (endOfInput) {
            if (scan == position) {
              return -1;
            }
            if (quoted) {
              line += linesInside;
              rejections.rowsRead++;
              rejections.reject(
                  1,
                  line - linesInside,
                  0,
                  "Quoted field is not closed before the end of the file",
                  null);
              position = limit;
              return -1;
            }
            return limit;
          }
          int moved = position;
          fill();
          scan -= moved - position;
          continue;
        }
        byte c = buffer[scan];
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\n') {
          if (!quoted) {
            return scan;
          }
          linesInside++;
        }
        scan++;
      }
    }

    /** Moves past the LF at end, if any, and counts the line. */
    private int skipLineEnd(int end) {
      if (end < limit) {
        line++;
        return end + 1;
      }
      return end;
    }

    /**
     * Splits the record from start to end (an LF or the end of input) into fields, unquoting in
     * place. Returns false, after rejecting the row, if a quoted field is followed by more text.
     */
    private boolean split(int start, int end, long startLine) {
      int stop = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
      for (int k = start; k < end; k++) {
        if (buffer[k] == '\n') {
          line++;
        }
      }
      fields = 0;
      int i = start;
      while (true) {
        ensureRoomForAField();
        if (i < stop && buffer[i] == '"') {
          int read = i + 1;
          int write = i;
          while (read < stop) {
            byte c = buffer[read];
            if (c == '"') {
              if (read + 1 < stop && buffer[read + 1] == '"') {
                buffer[write++] = '"';
                read += 2;
                continue;
              }
              break;
            }
            buffer[write++] = c;
            read++;
          }
          fieldStart[fields] = i;
          fieldEnd[fields] = write;
          read++;
          if (read < stop && buffer[read] != delimiter) {
            rejections.reject(
                1,
                startLine,
                fields + 1,
                "Quoted field must end at a delimiter or at the end of the row",
                null);
            return false;
          }
          i = read;
        } else {
          int j = i;
          while (j < stop && buffer[j] != delimiter) {
            j++;
          }
          fieldStart[fields] = i;
          fieldEnd[fields] = j;
          i = j;
        }
        fields++;
        if (i >= stop) {
          return true;
        }
        i++;
        if (i == stop) {
          ensureRoomForAField();
          fieldStart[fields] = stop;
          fieldEnd[fields] = stop;
          fields++;
          return true;
        }
      }
    }

    /** Grows the field bounds when they are full, before the next field is stored. */
    private void ensureRoomForAField() {
      if (fields == fieldStart.length) {
        fieldStart = Arrays.copyOf(fieldStart, fields * 2);
        fieldEnd = Arrays.copyOf(fieldEnd, fields * 2);
      }
    }

    /** Moves the unread bytes to the front of the buffer and reads more after them. */
    private void fill() throws IOException {
      flush();
      int remaining = limit - position;
      if (remaining >= MAX_ROW_BYTES) {
        throw InvalidModelException.of(
            "line " + line, "CSV row is longer than " + MAX_ROW_BYTES + " bytes", null);
      }
      if (remaining > buffer.length / 2) {
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_ROW_BYTES + (1 << 20)));
      }
      System.arraycopy(buffer, position, buffer, 0, remaining);
      position = 0;
      limit = remaining;
      while (limit < buffer.length) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          endOfInput = true;
          return;
        }
        limit += n;
      }
    }
  }
}
