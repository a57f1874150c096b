/**
 * Stakeholders and the stakeholder map (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1): who
 * can affect or is affected by a customer journey, how much influence and interest each has, and
 * how they are to be engaged. The map is a snapshot that is revised as the journey goes on.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.stakeholder;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
