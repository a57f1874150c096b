/**
 * Observed journeys (ITIL 4: Drive Stakeholder Value, §1.2.4): what consumers really did, as an
 * ordered, timed sequence of touchpoints and steps, to compare with the designed journey. Real
 * journeys rarely follow the designed path: they go back and forth, and may start part-way.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.observed;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
