/**
 * A ready-made example model: the journey of a user who gets an incident resolved, after Table 1.3
 * of ITIL 4: Drive Stakeholder Value (§1.2.4). The table's content was not available to the
 * project; this model is covalue's reconstruction of a typical incident journey, for examples,
 * demos and tests, and is not ITIL content.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.sample;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
