/**
 * Service value (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): outcomes, costs and risks,
 * utility and warranty, value-driver chains and value leakage.
 */
@CovalueStyle
@NullMarked
package org.covalue.value;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
