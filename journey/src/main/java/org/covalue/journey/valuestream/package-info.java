/**
 * Value streams and how customer journeys depend on them (ITIL 4: Drive Stakeholder Value, §1.2.4,
 * Figure 1.4): each party's series of activities that create and deliver its products and services,
 * of which only the part visible to the other parties shows in a journey.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.valuestream;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
