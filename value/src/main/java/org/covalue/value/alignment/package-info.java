/**
 * What a relationship must be aligned with (ITIL 4: Drive Stakeholder Value, §1.2.1, §1.2.3 and
 * §1.2.6): the type of service an offering provides, which calls for a type of relationship (Table
 * 1.2), and the engagement of stakeholders, which the stakeholder map asks for (Figure 1.1).
 */
@CovalueStyle
@NullMarked
package org.covalue.value.alignment;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
