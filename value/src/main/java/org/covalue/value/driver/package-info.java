/**
 * Value-driver chains (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11): how each layer of a
 * service drives value at the layer above, from the resources applied as products and practices,
 * through offerings and service interactions, service performance, the consumer's performance and
 * goals, up to the consumer's purpose.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.driver;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
