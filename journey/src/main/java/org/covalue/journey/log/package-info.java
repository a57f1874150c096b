/**
 * Journey analytics over event logs (ITIL 4: Drive Stakeholder Value, §1.2.4 and §1.2.6): a
 * compact, columnar {@link org.covalue.journey.log.JourneyLog} of what consumers really did, the
 * {@link org.covalue.journey.log.ActivityMapping} from the activities a log records to journey
 * steps and touchpoints, and the mergeable {@link org.covalue.journey.log.JourneyAnalytics}
 * computed from a log in one pass: directly-follows relations with their times, path variants,
 * start and end activities, back-and-forth loops, dwell time per step and abandonment.
 *
 * <p>Real journeys rarely follow the designed path: they go from touchpoint to touchpoint and back,
 * and may start part-way (§1.2.4); value is tracked against what really happens (§1.2.6, the
 * Realize step). Everything here is pure: no I/O, no clock, no randomness. Readers that fill a log
 * from CSV or XES files live in covalue-interchange.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.log;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
