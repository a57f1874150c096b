/**
 * Evidence that other analyses measure and value leakage detection takes as input (ITIL 4: Drive
 * Stakeholder Value, §1.2.6): the width of the band of visibility of each relationship, as the
 * visibility module measures it (§1.2.5), and how observed journeys deviate from their design, as
 * journey conformance or event-log analytics count it (§1.2.4). Each is a plain value, so that any
 * analysis, or a tool, can produce it.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.evidence;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
