/**
 * Costs (ITIL 4: Drive Stakeholder Value, §1.2.6): the money, time and other resources that
 * stakeholders put into providing and into consuming a service. The total cost of a service is
 * never money alone, and it falls on both sides of the relationship.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.cost;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
