/**
 * Event-log readers for journey analytics (ITIL 4: Drive Stakeholder Value, §1.2.4): CSV files and
 * XES documents (IEEE 1849) of what consumers really did, read straight into the columnar {@link
 * org.covalue.journey.log.JourneyLog} with no object per event; and the JSON form of {@link
 * org.covalue.journey.log.JourneyAnalytics}. Bad rows are reported with their file line and column;
 * nothing is dropped silently.
 */
@NullMarked
package org.covalue.interchange.eventlog;

import org.jspecify.annotations.NullMarked;
