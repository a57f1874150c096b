/**
 * Risks (ITIL 4: Drive Stakeholder Value, §1.2.6): the uncertainty a stakeholder carries in a
 * service (threats, its vulnerability to them, their impact on it), its distance to complying with
 * requirements other stakeholders impose, and the chance that needs change after the relationship
 * starts.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.risk;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
