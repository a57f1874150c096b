/**
 * Customer and user experience (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.5): how customers
 * (CX) and users (UX) perceive the functional and emotional sides of their interactions with a
 * service and its provider, and where that perception comes from.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.experience;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
