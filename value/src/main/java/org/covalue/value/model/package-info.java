/**
 * The value model: the aggregate of the value module (ITIL 4: Drive Stakeholder Value, §1.2.6 and
 * §1.2.7), holding the journey model it builds on and every value element side by side, so that the
 * rules between them are checked in one place.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.model;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
