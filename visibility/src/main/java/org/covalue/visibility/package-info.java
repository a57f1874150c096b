/**
 * Visibility (ITIL 4: Drive Stakeholder Value, §1.2.5): each party's line of visibility and the
 * band of visibility between them.
 */
@CovalueStyle
@NullMarked
package org.covalue.visibility;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
