package org.covalue.testkit;

/**
 * One row of an event log, as {@link JourneyLogs} draws it: a case, an activity as the log writes
 * it, and a time (ITIL 4: Drive Stakeholder Value, §1.2.4).
 *
 * @param caseId the case
 * @param activity the activity
 * @param epochMillis when, in milliseconds since 1970
 */
public record LogRow(String caseId, String activity, long epochMillis) {}
