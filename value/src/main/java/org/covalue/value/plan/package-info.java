/**
 * Value co-creation plans (ITIL 4: Drive Stakeholder Value, §1.2.6 and Table 1.1): what the parties
 * agree, at the agree step, about the outcomes they will co-create, how each will be measured, and
 * how much the service will be used; tracked at the realize step, where value is realized against
 * the plan.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.plan;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
