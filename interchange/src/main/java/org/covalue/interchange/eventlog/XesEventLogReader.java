package org.covalue.interchange.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.log.JourneyLog;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event log of observed journeys (ITIL 4: Drive Stakeholder Value, §1.2.4) from an XES
 * document (IEEE 1849, the eXtensible Event Stream) into a {@link JourneyLog}: each trace is a
 * case, each of its events an event of the log. The document is streamed with StAX, so its size is
 * bound by the log, not by a document tree.
 *
 * <pre>{@code
 * EventLogRead read = XesEventLogReader.DEFAULT.read(Path.of("log.xes.gz"));
 * }</pre>
 *
 * <p><b>Attributes.</b> The case is the trace's {@code concept:name}; the activity is the event's
 * {@code concept:name}; the time is the event's {@code time:timestamp} (an {@code xs:dateTime}; one
 * without an offset is in the {@linkplain #withZone(ZoneId) zone}, UTC by default); the resource is
 * the event's {@code org:resource}. Other keys can be named with {@code withXAttribute}. Only
 * attributes written directly in a trace or an event count; nested attributes, other attributes,
 * extensions, classifiers and global defaults are passed over. Times are kept to the millisecond,
 * finer digits cut.
 *
 * <p><b>Safety.</b> The reader refuses any document type declaration (so no entity, internal or
 * external, is ever expanded) and resolves nothing outside the document.
 *
 * <p><b>Bad input.</b> A row is an event. An event without an activity or a readable time, or
 * outside a trace, is rejected, with the line and column of its start; a trace without a case id is
 * rejected with all its events. {@link #DEFAULT} fails fast, throwing an {@link
 * InvalidModelException} at {@code line L, column C}; with {@code withFailFast(false)} the reader
 * reads on and the {@link EventLogRead} reports the rejected rows. A document that is not
 * well-formed XML, or that declares a document type, always throws.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XesEventLogReader {

  /** The default settings; see the class description. */
  public static final XesEventLogReader DEFAULT =
      new XesEventLogReader(
          "concept:name",
          "concept:name",
          "time:timestamp",
          "org:resource",
          ZoneOffset.UTC,
          true,
          100);

  private static final Set<String> ATTRIBUTE_ELEMENTS =
      Set.of("string", "date", "int", "float", "boolean", "id", "list", "container");

  private final String caseAttribute;
  private final String activityAttribute;
  private final String timestampAttribute;
  private final String resourceAttribute;
  private final ZoneId zone;
  private final boolean failFast;
  private final int maxReportedRejections;

  private XesEventLogReader(
      String caseAttribute,
      String activityAttribute,
      String timestampAttribute,
      String resourceAttribute,
      ZoneId zone,
      boolean failFast,
      int maxReportedRejections) {
    this.caseAttribute = caseAttribute;
    this.activityAttribute = activityAttribute;
    this.timestampAttribute = timestampAttribute;
    this.resourceAttribute = resourceAttribute;
    this.zone = zone;
    this.failFast = failFast;
    this.maxReportedRejections = maxReportedRejections;
  }

  /**
   * Returns these settings with another trace attribute for the case id.
   *
   * @param key the attribute's key
   * @return the new settings
   * @throws NullPointerException if the key is null
   * @throws InvalidModelException if the key is blank
   */
  public XesEventLogReader withCaseAttribute(String key) {
    return new XesEventLogReader(
        key(key, "caseAttribute"),
        activityAttribute,
        timestampAttribute,
        resourceAttribute,
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another event attribute for the activity.
   *
   * @param key the attribute's key
   * @return the new settings
   * @throws NullPointerException if the key is null
   * @throws InvalidModelException if the key is blank
   */
  public XesEventLogReader withActivityAttribute(String key) {
    return new XesEventLogReader(
        caseAttribute,
        key(key, "activityAttribute"),
        timestampAttribute,
        resourceAttribute,
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another event attribute for the time.
   *
   * @param key the attribute's key
   * @return the new settings
   * @throws NullPointerException if the key is null
   * @throws InvalidModelException if the key is blank
   */
  public XesEventLogReader withTimestampAttribute(String key) {
    return new XesEventLogReader(
        caseAttribute,
        activityAttribute,
        key(key, "timestampAttribute"),
        resourceAttribute,
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another event attribute for the resource.
   *
   * @param key the attribute's key
   * @return the new settings
   * @throws NullPointerException if the key is null
   * @throws InvalidModelException if the key is blank
   */
  public XesEventLogReader withResourceAttribute(String key) {
    return new XesEventLogReader(
        caseAttribute,
        activityAttribute,
        timestampAttribute,
        key(key, "resourceAttribute"),
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another zone for times that carry no offset.
   *
   * @param zone the zone
   * @return the new settings
   * @throws NullPointerException if the zone is null
   */
  public XesEventLogReader withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new XesEventLogReader(
        caseAttribute,
        activityAttribute,
        timestampAttribute,
        resourceAttribute,
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings failing at the first bad event, or reading on and reporting them all.
   *
   * @param failFast true to throw at the first bad event, false to collect the bad events
   * @return the new settings
   */
  public XesEventLogReader withFailFast(boolean failFast) {
    return new XesEventLogReader(
        caseAttribute,
        activityAttribute,
        timestampAttribute,
        resourceAttribute,
        zone,
        failFast,
        maxReportedRejections);
  }

  /**
   * Returns these settings with another limit on the rejections listed when not failing fast.
   *
   * @param limit the most rejections to list; 0 or more
   * @return the new settings
   * @throws InvalidModelException if the limit is negative
   */
  public XesEventLogReader withMaxReportedRejections(int limit) {
    if (limit < 0) {
      throw InvalidModelException.of(
          "maxReportedRejections",
          "Maximum of reported rejections must not be negative, but was " + limit,
          limit);
    }
    return new XesEventLogReader(
        caseAttribute,
        activityAttribute,
        timestampAttribute,
        resourceAttribute,
        zone,
        failFast,
        limit);
  }

  /**
   * Reads an event log from an XES file, plain or gzip-compressed ({@code .xes.gz}).
   *
   * @param path the file
   * @return the log and the tally of events
   * @throws NullPointerException if the path is null
   * @throws InvalidModelException if the document is not well-formed or declares a document type,
   *     or, when failing fast, at the first bad event; the path is {@code line L, column C}
   * @throws UncheckedIOException if the file cannot be read
   */
  public EventLogRead read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Inputs.open(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event log " + path, e);
    }
  }

  /**
   * Reads an event log from a stream of an XES document; the caller closes the stream.
   *
   * @param in the document
   * @return the log and the tally of events
   * @throws NullPointerException if the stream is null
   * @throws InvalidModelException if the document is not well-formed or declares a document type,
   *     or, when failing fast, at the first bad event
   * @throws UncheckedIOException if the stream cannot be read
   */
  public EventLogRead read(InputStream in) {
    Objects.requireNonNull(in, "in");
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("XES documents must not refer to outside resources");
        });
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(in);
      return new XesParse(reader, this).run();
    } catch (XMLStreamException e) {
      Location location = e.getLocation();
      String where =
          location == null
              ? "line 1"
              : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
      throw InvalidModelException.of(
          where, "XES document is not well-formed XML: " + message(e), null);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // The stream is closed by the caller; nothing is lost.
        }
      }
    }
  }

  private static String message(XMLStreamException e) {
    String text = e.getMessage();
    if (text == null) {
      return "unreadable";
    }
    int cut = text.indexOf("Message: ");
    return cut >= 0 ? text.substring(cut + "Message: ".length()) : text;
  }

  private static String key(String key, String path) {
    Objects.requireNonNull(key, path);
    if (key.isBlank()) {
      throw InvalidModelException.of(path, "XES attribute key must not be blank", key);
    }
    return key;
  }

  /** One run of the reader over one document. */
  private static final class XesParse {
    private final XMLStreamReader reader;
    private final XesEventLogReader settings;
    private final Timestamps timestamps;
    private final Rejections rejections;
    private final JourneyLog.Builder builder = JourneyLog.builder();

    private int depth;
    private int traceDepth = -1;
    private int eventDepth = -1;
    private @Nullable String caseId;
    private long traceLine;
    private int traceColumn;
    private int traceEvents;
    private int[] activities = new int[64];
    private long[] times = new long[64];
    private int[] resources = new int[64];

    private @Nullable String activity;
    private @Nullable String timeText;
    private @Nullable String resource;
    private long eventLine;
    private int eventColumn;

    XesParse(XMLStreamReader reader, XesEventLogReader settings) {
      this.reader = reader;
      this.settings = settings;
      this.timestamps = new Timestamps(settings.zone, null);
      this.rejections = new Rejections(settings.failFast, settings.maxReportedRejections);
    }

    EventLogRead run() throws XMLStreamException {
      while (reader.hasNext()) {
        int type = reader.next();
        if (type == XMLStreamConstants.DTD) {
          throw InvalidModelException.of(
              where(), "XES document must not declare a document type (DTD)", null);
        } else if (type == XMLStreamConstants.START_ELEMENT) {
          depth++;
          start(reader.getLocalName());
        } else if (type == XMLStreamConstants.END_ELEMENT) {
          end();
          depth--;
        }
      }
      return new EventLogRead(
          builder.build(), rejections.rowsRead, rejections.rowsRejected, rejections.kept());
    }

    private String where() {
      Location location = reader.getLocation();
      return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private void start(String name) {
      Location location = reader.getLocation();
      if (name.equals("trace") && traceDepth < 0 && eventDepth < 0) {
        traceDepth = depth;
        caseId = null;
        traceEvents = 0;
        traceLine = location.getLineNumber();
        traceColumn = location.getColumnNumber();
      } else if (name.equals("event") && eventDepth < 0) {
        eventDepth = depth;
        activity = null;
        timeText = null;
        resource = null;
        eventLine = location.getLineNumber();
        eventColumn = location.getColumnNumber();
      } else if (ATTRIBUTE_ELEMENTS.contains(name)) {
        String key = reader.getAttributeValue(null, "key");
        String value = reader.getAttributeValue(null, "value");
        if (key == null || value == null) {
          return;
        }
        if (eventDepth >= 0 && depth == eventDepth + 1) {
          if (key.equals(settings.activityAttribute)) {
            activity = value;
          }
          if (key.equals(settings.timestampAttribute)) {
            timeText = value;
          }
          if (key.equals(settings.resourceAttribute)) {
            resource = value;
          }
        } else if (traceDepth >= 0 && eventDepth < 0 && depth == traceDepth + 1) {
          if (key.equals(settings.caseAttribute)) {
            caseId = value;
          }
        }
      }
    }

    private void end() {
      if (depth == eventDepth) {
        eventDepth = -1;
        endEvent();
      } else if (depth == traceDepth) {
        traceDepth = -1;
        endTrace();
      }
    }

    private void endEvent() {
      rejections.rowsRead++;
      String name = activity;
      String text = timeText;
      if (traceDepth < 0) {
        rejections.reject(1, eventLine, eventColumn, "Event is outside a trace", null);
        return;
      }
      if (name == null || name.isBlank()) {
        rejections.reject(
            1,
            eventLine,
            eventColumn,
            "Event has no activity: its " + settings.activityAttribute + " is missing or blank",
            name);
        return;
      }
      if (text == null) {
        rejections.reject(
            1,
            eventLine,
            eventColumn,
            "Event has no time: its " + settings.timestampAttribute + " is missing",
            null);
        return;
      }
      long millis = timestamps.parse(text);
      if (millis == Timestamps.INVALID) {
        rejections.reject(
            1,
            eventLine,
            eventColumn,
            "Event time '"
                + Rejections.shown(text)
                + "' is not an xs:dateTime such as 2012-04-03T16:55:38.000+02:00",
            text);
        return;
      }
      if (traceEvents == activities.length) {
        activities = Arrays.copyOf(activities, traceEvents * 2);
        times = Arrays.copyOf(times, traceEvents * 2);
        resources = Arrays.copyOf(resources, traceEvents * 2);
      }
      activities[traceEvents] = builder.activityCode(name);
      times[traceEvents] = millis;
      String who = resource;
      resources[traceEvents] = who == null || who.isBlank() ? -1 : builder.resourceCode(who);
      traceEvents++;
    }

    private void endTrace() {
      String id = caseId;
      if (id == null || id.isBlank()) {
        if (traceEvents > 0) {
          rejections.reject(
              traceEvents,
              traceLine,
              traceColumn,
              "Trace has no case id: its "
                  + settings.caseAttribute
                  + " is missing or blank, so its "
                  + traceEvents
                  + " events are left out",
              id);
        }
        return;
      }
      if (traceEvents == 0) {
        return;
      }
      int caseCode = builder.caseCode(id);
      for (int i = 0; i < traceEvents; i++) {
        if (resources[i] >= 0) {
          builder.add(caseCode, activities[i], times[i], resources[i]);
        } else {
          builder.add(caseCode, activities[i], times[i]);
        }
      }
    }
  }
}
