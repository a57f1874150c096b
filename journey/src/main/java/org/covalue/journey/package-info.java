/**
 * Customer journeys (ITIL 4: Drive Stakeholder Value, §1.2.4 and Table 1.1): the seven journey
 * steps, touchpoints and service interactions, value streams, experience, and observed journeys.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
