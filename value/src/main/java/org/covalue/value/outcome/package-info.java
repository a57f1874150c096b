/**
 * Outputs and outcomes (ITIL 4: Drive Stakeholder Value, §1.2.6): what activities of a service
 * deliver, and the results those deliverables make possible for stakeholders. The relation is many
 * to many, and an outcome always belongs to one stakeholder, since value is subjective.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.outcome;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
