/**
 * Utility and warranty (ITIL 4: Drive Stakeholder Value, §1.2.6), the two halves of a service's
 * performance that outcomes depend on: what the service does for the consumer (fit for purpose) and
 * how well it does it against agreed targets (fit for use); and the requirements consumers hold
 * against them.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.performance;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
